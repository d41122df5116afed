/**
 * One HTTP request with node:http, which (unlike fetch) hands back the body exactly as sent:
 * gzip stays gzip, so the bytes can be served again by nginx and their length compared.
 */
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
  /** Size of the status line and header block as sent. */
  headerBytes: number;
}

export function rawGet(url: string, headers: Record<string, string> = {}, timeoutMs = 10_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const joined: Record<string, string> = {};
        const raw = response.rawHeaders;
        let headerBytes = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n`.length + 2;
        for (let i = 0; i < raw.length; i += 2) {
          const name = raw[i]!.toLowerCase();
          joined[name] = joined[name] === undefined ? raw[i + 1]! : `${joined[name]}, ${raw[i + 1]!}`;
          headerBytes += raw[i]!.length + raw[i + 1]!.length + 4;
        }
        resolve({ status: response.statusCode ?? 0, headers: joined, body: Buffer.concat(chunks), headerBytes });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`${url}: no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** Retries until the URL answers `status` (servers just started), or fails after `timeoutMs`. */
export async function waitForStatus(url: string, status: number, timeoutMs: number, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the server for ${url} exited`);
    try {
      const response = await rawGet(url, {}, 2_000);
      if (response.status === status) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs / 1000} s (last: ${last})`);
}
