/**
 * hono/jsx without AsyncLocalStorage on Node (src/node-jsx.ts, docs/decisions/0045): src/node.ts
 * has hono/jsx look for it once while node:async_hooks is out of reach, so no rendering turns
 * async hooks on for the process. That is only sound while nothing uses JSX context, which
 * needs it across an await: the first test keeps it so.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** A component that reads a context after an await, rendered in a child process (fresh module state). */
const PROBE = `
import { createContext, useContext } from 'hono/jsx';
import { jsx } from 'hono/jsx/jsx-runtime';
import { renderJsxWithoutAsyncContext } from './src/node-jsx.ts';
if (process.argv.includes('--without')) renderJsxWithoutAsyncContext();
const Language = createContext('default');
const Reader = async () => { await new Promise((resolve) => setTimeout(resolve, 5)); return useContext(Language); };
const html = await jsx(Language.Provider, { value: 'provided', children: jsx(Reader, {}) }).toString();
console.log(String(html));
`;

describe('hono/jsx on Node', () => {
  it('is given no AsyncLocalStorage, and nothing here uses JSX context, which would need it', () => {
    const uses = ['src', 'views']
      .flatMap(sourceFiles)
      .filter((file) => !file.endsWith('node-jsx.ts'))
      .filter((file) => /\b(createContext|useContext|useRequestContext|jsxRenderer|Suspense|ErrorBoundary)\b/.test(readFileSync(file, 'utf8')));
    expect(uses).toEqual([]);
  });

  it('renders without it once src/node-jsx.ts has run: a context read after an await gets its default', async () => {
    const script = (flag: string) => run(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', PROBE, '--', flag], { cwd: process.cwd() });
    // As hono/jsx renders by default: the provided value survives the await (async hooks on).
    expect((await script('--with')).stdout.trim()).toBe('provided');
    expect((await script('--without')).stdout.trim()).toBe('default');
  });
});
