/**
 * The Node-only half of serving (src/node.ts uses it; tests use it to run the real server in
 * process): zlib as the compressor, the server src/node.ts listens with (the front of
 * src/node-front.ts, then node:http: docs/decisions/0045), and node:http's listener, which
 * answers kept responses itself before anything reaches @hono/node-server (docs/decisions/0034).
 */
import { getRequestListener } from '@hono/node-server';
import type { RequestListener } from 'node:http';
import type { Socket } from 'node:net';
import { FrontedServer } from './node-front';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { Compressor } from './http/content-encoding';
import type { ReadyResponses } from './http/ready-responses';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Brotli and gzip from zlib, at their strongest: each document is compressed once per
 * rendering, so the time is spent once and the bytes are saved on every response.
 * (CompressionStream, the runtime-neutral default, has no Brotli on Node 20.)
 */
export const zlibCompressor: Compressor = {
  codings: ['br', 'gzip'],
  async compress(coding, bytes) {
    const compressed =
      coding === 'br'
        ? await brotliAsync(bytes, {
            params: {
              [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
              [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
              [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
            },
          })
        : await gzipAsync(bytes, { level: zlib.Z_BEST_COMPRESSION });
    // A copy of its own: zlib's result may be a view into a shared pool.
    return new Uint8Array(compressed);
  },
};

/**
 * A Host header @hono/node-server takes as it is (its own `reValidHost`): any other it parses,
 * and may refuse with a 400, so such a request goes that way.
 */
const PLAIN_HOST = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;

/**
 * The node:http listener: a kept response for a cached public document (src/http/ready-responses.ts)
 * is written directly, status, the prepared header list and the bytes, with no Request,
 * Response, Headers or promise made; everything else goes to the app through
 * @hono/node-server.
 */
export function readyFirst(ready: ReadyResponses, fallback: RequestListener): RequestListener {
  return (req, res) => {
    const host = req.headers.host;
    const answer =
      host !== undefined && PLAIN_HOST.test(host)
        ? ready.answer(req.method ?? '', 'http', req.url ?? '', (name) => {
            const value = req.headers[name];
            return Array.isArray(value) ? value.join(', ') : value;
          })
        : null;
    if (answer === null) return fallback(req, res);
    res.writeHead(answer.status, answer.headers);
    if (answer.body) res.end(answer.body);
    else res.end();
  };
}

/**
 * The server src/node.ts listens with: the front (src/node-front.ts) answers kept responses
 * from the socket's bytes, and has the app render a document kept before when its kept
 * response has lapsed (a publication, the revision check, a new minute). What it does not
 * take goes to node:http, and there to `readyFirst(ready, fallback)` (a kept document asked
 * in a way the front leaves alone, say over HTTP/1.0, is still answered before the app).
 * `fetch` is the app's: node:http reaches it through @hono/node-server, the front directly
 * with the same kind of bindings (getConnInfo reads the socket).
 */
export function createNodeServer(
  ready: ReadyResponses,
  fetch: (request: Request, bindings: { incoming: { socket: Socket } }) => Response | Promise<Response>,
): FrontedServer {
  // Clients send the same Host again and again: the last one that passed is remembered.
  let lastPlainHost = '';
  const plainHost = (host: string | undefined): host is string => {
    if (host === undefined) return false;
    if (host === lastPlainHost) return true;
    if (!PLAIN_HOST.test(host)) return false;
    lastPlainHost = host;
    return true;
  };
  return new FrontedServer({}, readyFirst(ready, getRequestListener(fetch)), {
    kept: (method, target, headers) => (plainHost(headers.get('host')) ? ready.answerWire(method, 'http', target, (name) => headers.get(name)) : null),
    renew: (method, target, headers, socket) => {
      const values = new Map(headers);
      const host = values.get('host');
      if (!plainHost(host) || !ready.wasKept('http', target)) return null;
      const render = () =>
        Promise.resolve(fetch(new Request(`http://${host}${target}`, { method, headers: [...headers] }), { incoming: { socket } })).then((response) =>
          response.body?.cancel(),
        );
      // A response is kept only when the state was fresh as its request began: the first
      // request after a write reads the revision anew, so a second one may be needed.
      // Only the keeping matters here; what fails is asked again through node:http, which logs it.
      return render()
        .then(() => (ready.answerWire(method, 'http', target, (name) => values.get(name)) ? undefined : render()))
        .catch(() => {});
    },
  });
}
