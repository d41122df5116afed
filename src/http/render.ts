/** Rendering Hono JSX to strings, for cached pages and feed entries. */
import type { Child } from 'hono/jsx';

export async function renderDocumentFragment(node: Child): Promise<string> {
  return String(await (node as { toString(): string | Promise<string> }).toString());
}

export async function renderDocument(node: Child): Promise<string> {
  return `<!DOCTYPE html>${await renderDocumentFragment(node)}`;
}
