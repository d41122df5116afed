// The reference rows: one Node process sending one prepared response (status, header list,
// bytes) to every request, with no application at all. Plain JavaScript, started with plain
// `node`, so nothing else runs in it.
//
// Usage: node bare-node-server.mjs <file> <port> [net]
// <file> is JSON: { status, headers: [[name, value], …], body: base64 }.
// - Without a third argument, through node:http: `writeHead(status, headers)` and `end(bytes)`,
//   what a plain node:http server does at the least for each request.
// - With `net`, on a bare net socket: the whole response as node:http would frame it, written
//   once per request head received (requests are counted by their blank line, which is all a
//   benchmark's bodiless GETs need). No parsing, no objects: the most a Node process can do
//   here, the ceiling for the app's front (src/node-front.ts).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';

const [file, port, mode] = process.argv.slice(2);
const prepared = JSON.parse(readFileSync(file, 'utf8'));
const body = Buffer.from(prepared.body, 'base64');
if (mode === 'net') {
  const head = (date) =>
    `HTTP/1.1 ${prepared.status} OK\r\n${prepared.headers.map(([name, value]) => `${name}: ${value}\r\n`).join('')}` +
    `Date: ${date}\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n`;
  let response = Buffer.concat([Buffer.from(head(new Date().toUTCString()), 'latin1'), body]);
  setInterval(() => (response = Buffer.concat([Buffer.from(head(new Date().toUTCString()), 'latin1'), body])), 1000).unref();
  createNetServer({ noDelay: true }, (socket) => {
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk) => {
      for (let at = chunk.indexOf('\r\n\r\n'); at >= 0; at = chunk.indexOf('\r\n\r\n', at + 4)) socket.write(response);
    });
  }).listen(Number(port), '127.0.0.1');
} else {
  const headers = prepared.headers.flat();
  createServer((req, res) => {
    res.writeHead(prepared.status, headers);
    res.end(body);
  }).listen(Number(port), '127.0.0.1');
}
