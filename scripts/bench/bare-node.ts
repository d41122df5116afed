/**
 * The reference rows: the same bytes and headers as one of the app's documents, sent by a Node
 * process that does nothing else (./bare-node-server.mjs), measured like the app against nginx.
 * "bare node:http" is what a plain node:http server reaches at the least per request; "bare
 * net socket" writes the prepared response straight to the socket, the most a Node process
 * can reach here. The app's ratio can be read against both.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { startProcess } from './processes';
import type { RawResponse } from './raw-http';

/** Headers Node writes itself for each response or connection. */
const OWN_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

export function startBareNode(options: { dir: string; port: number; response: RawResponse; net: boolean }): ChildProcess {
  const file = join(options.dir, 'bare-node-response.json');
  const headers = Object.entries(options.response.headers).filter(([name]) => !OWN_HEADERS.has(name));
  writeFileSync(file, JSON.stringify({ status: options.response.status, headers, body: options.response.body.toString('base64') }));
  const args = ['scripts/bench/bare-node-server.mjs', file, String(options.port)];
  return startProcess(process.execPath, options.net ? [...args, 'net'] : args);
}
