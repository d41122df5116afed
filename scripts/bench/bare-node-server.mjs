// The ceiling of the ready responses on this machine: bare node:http, one process, sending one
// prepared response (status, header list, bytes) to every request exactly as
// src/node-listener.ts sends a kept response, with no application at all. Plain JavaScript,
// started with plain `node`, so nothing else runs in it.
//
// Usage: node bare-node-server.mjs <file> <port> [with-async-local-storage]
// <file> is JSON: { status, headers: [[name, value], …], body: base64 }. With the third
// argument an AsyncLocalStorage is used once before serving, as hono/jsx does on the app's
// first rendering (it renders inside AsyncLocalStorage.run): on Node 20 that turns on async
// hooks for the rest of the process, and every later request pays for them.
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, port, mode] = process.argv.slice(2);
const prepared = JSON.parse(readFileSync(file, 'utf8'));
const headers = prepared.headers.flat();
const body = Buffer.from(prepared.body, 'base64');
if (mode === 'with-async-local-storage') new AsyncLocalStorage().run({}, () => {});
createServer((req, res) => {
  res.writeHead(prepared.status, headers);
  res.end(body);
}).listen(Number(port), '127.0.0.1');
