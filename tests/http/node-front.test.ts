/**
 * The front of the Node server (src/node-front.ts, docs/decisions/0045): kept responses are
 * answered from the socket's bytes; everything else goes to node:http with the bytes exactly
 * as they came. What clients get must not change: the same header lines as node:http writes,
 * pipelined requests answered in order whoever answers them, node:http's refusals for
 * anything ambiguous (no request smuggled past it), its timeouts, a publication visible on
 * the same keep-alive connection, and close() that does not wait for idle connections.
 *
 * Every test talks raw TCP to the real server src/node.ts builds (createNodeServer).
 */
import { connect, type AddressInfo, type Socket } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { readRequestHead, writeRandomUuid } from '../../src/node-front';
import { createNodeServer, zlibCompressor } from '../../src/node-listener';
import { createTestApp, visibleText, type TestContext } from '../helpers/app';
import { makeGroup, makeService, setStatus } from '../helpers/factories';
import { Cleanups } from '../worst-day/helpers';

const cleanups = new Cleanups();
afterEach(() => cleanups.run());

async function serve(options: { keepAliveTimeout?: number } = {}) {
  const context: TestContext = await createTestApp({ compressor: zlibCompressor });
  const group = await makeGroup(context.db, context.clock);
  const service = await makeService(context.db, context.clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor' } });
  const server = createNodeServer(context.app.readyResponses, (request, bindings) => context.app.fetch(request, bindings));
  if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.add(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const port = (server.address() as AddressInfo).port;
  return { ...context, server, port, service };
}

interface Parsed {
  statusLine: string;
  status: number;
  /** Header lines as written, in order. */
  lines: string[];
  body: Buffer;
}

/** A keep-alive connection that reads responses one after the other, framed by Content-Length. */
class Connection {
  private buffered = Buffer.alloc(0);
  private waiting: (() => void) | null = null;
  closed = false;
  readonly socket: Socket;

  constructor(port: number) {
    this.socket = connect(port, '127.0.0.1');
    this.socket.on('data', (chunk) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      this.waiting?.();
    });
    this.socket.on('close', () => {
      this.closed = true;
      this.waiting?.();
    });
    this.socket.on('error', () => {});
    cleanups.add(() => void this.socket.destroy());
  }

  send(text: string | Buffer): void {
    this.socket.write(text);
  }

  /** The next response; `headOnly` for HEAD and 304 (no body whatever the headers say). */
  async next(headOnly = false): Promise<Parsed> {
    for (;;) {
      const end = this.buffered.indexOf('\r\n\r\n');
      if (end >= 0) {
        const [statusLine, ...lines] = this.buffered.subarray(0, end).toString('latin1').split('\r\n');
        const status = Number(statusLine!.split(' ')[1]);
        const lengthLine = lines.find((line) => line.toLowerCase().startsWith('content-length:'));
        const length = headOnly || status === 304 || !lengthLine ? 0 : Number(lengthLine.split(':')[1]);
        if (this.buffered.length >= end + 4 + length) {
          const body = this.buffered.subarray(end + 4, end + 4 + length);
          this.buffered = this.buffered.subarray(end + 4 + length);
          return { statusLine: statusLine!, status, lines, body: Buffer.from(body) };
        }
      }
      if (this.closed) throw new Error(`connection closed; unread: ${JSON.stringify(this.buffered.toString('latin1').slice(0, 200))}`);
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = null;
    }
  }

  /** Whatever arrives until the server closes the connection. */
  async rest(): Promise<string> {
    while (!this.closed) {
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = null;
    }
    return this.buffered.toString('latin1');
  }
}

const get = (target: string, headers: Record<string, string> = {}) =>
  `GET ${target} HTTP/1.1\r\nHost: status.example\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;

const headerOf = (response: Parsed, name: string) =>
  response.lines.find((line) => line.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim();
/** Every line but the two that differ per response by design. */
const comparable = (response: Parsed) => response.lines.filter((line) => !/^(date|x-request-id):/i.test(line));

/** Asks until the front holds a kept response for the target (the first request keeps it). */
async function warm(port: number, target: string, headers: Record<string, string> = {}) {
  const connection = new Connection(port);
  connection.send(get(target, headers));
  await connection.next();
  connection.send(get(target, headers));
  await connection.next();
  connection.socket.destroy();
}

describe('the front of the Node server', () => {
  it('answers kept documents on a keep-alive connection with exactly node:http’s header lines', async () => {
    const { port, server } = await serve();
    await warm(port, '/', { 'Accept-Encoding': 'gzip' });
    const front = new Connection(port);
    const before = { ...server.frontStats };
    front.send(get('/', { 'Accept-Encoding': 'gzip' }));
    const fromFront = await front.next();
    expect(server.frontStats.answered).toBe(before.answered + 1);
    expect(server.frontStats.handedOver).toBe(before.handedOver);

    // The same request on a connection node:http reads (a head split over two writes is
    // always handed over): node:http's listener answers it from the same kept response.
    const http = new Connection(port);
    const request = get('/', { 'Accept-Encoding': 'gzip' });
    http.send(request.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 50));
    http.send(request.slice(10));
    const fromHttp = await http.next();
    expect(server.frontStats.handedOver).toBe(before.handedOver + 1);

    expect(fromFront.status).toBe(200);
    expect(comparable(fromFront)).toEqual(comparable(fromHttp));
    expect(comparable(fromFront)).toContain('Connection: keep-alive');
    expect(comparable(fromFront)).toContain('Keep-Alive: timeout=5');
    expect(fromFront.body.equals(fromHttp.body)).toBe(true);
    expect(visibleText(gunzipSync(fromFront.body).toString('utf8'))).toMatch(/Mina sidor\s+Fungerar/);
    expect(headerOf(fromFront, 'date')).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(headerOf(fromFront, 'x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // A client's own request id is echoed, as on the normal path.
    front.send(get('/', { 'Accept-Encoding': 'gzip', 'X-Request-Id': 'trace-42' }));
    expect(headerOf(await front.next(), 'x-request-id')).toBe('trace-42');
  });

  it('answers pipelined requests in order, handing the first one it does not take to node:http with what follows', async () => {
    const { port, server } = await serve();
    await warm(port, '/');
    await warm(port, '/feed.atom');
    const before = { ...server.frontStats };
    const connection = new Connection(port);
    const form = 'email=&scope=all';
    connection.send(
      get('/') +
        get('/feed.atom') +
        `POST /prenumerera HTTP/1.1\r\nHost: status.example\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${form.length}\r\n\r\n${form}` +
        get('/'),
    );
    const first = await connection.next();
    const second = await connection.next();
    const third = await connection.next();
    const fourth = await connection.next();
    expect(headerOf(first, 'content-type')).toContain('text/html');
    expect(headerOf(second, 'content-type')).toContain('application/atom+xml');
    // The form post is the app's (refused here: no address), then the page once more.
    expect(third.status).toBeGreaterThanOrEqual(400);
    expect(fourth.status).toBe(200);
    expect(headerOf(fourth, 'content-type')).toContain('text/html');
    expect(fourth.body.equals(first.body)).toBe(true);
    expect(server.frontStats.answered).toBe(before.answered + 2);
    expect(server.frontStats.handedOver).toBe(before.handedOver + 1);
  });

  it('leaves every ambiguous head to node:http, which refuses it: nothing is smuggled past it', async () => {
    const { port, server } = await serve();
    await warm(port, '/');
    const attempts = [
      // A body on a GET: node:http reads it as the body, so "GET /admin" is no second request.
      'GET / HTTP/1.1\r\nHost: status.example\r\nContent-Length: 23\r\n\r\nGET /admin HTTP/1.1\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: status.example\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: status.example\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n',
      'GET / HTTP/1.1\nHost: status.example\n\n',
      'GET / HTTP/1.1\r\nHost: status.example\r\nX-Folded: a\r\n b\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: status.example\r\nHost: other.example\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: status.example\r\nX-Bad: a\x00b\r\n\r\n',
      'GET / HTTP/1.1\r\n\r\n',
      'GET http://status.example/ HTTP/1.1\r\nHost: status.example\r\n\r\n',
      'GET / HTTP/1.0\r\nHost: status.example\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: status.example\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: status.example\r\nExpect: 100-continue\r\n\r\n',
    ];
    const before = { ...server.frontStats };
    for (const attempt of attempts) {
      const connection = new Connection(port);
      connection.send(attempt);
      connection.send('GET / HTTP/1.1\r\nHost: status.example\r\nConnection: close\r\n\r\n');
      const all = await Promise.race([connection.rest(), new Promise<string>((resolve) => setTimeout(() => resolve(''), 1_500))]);
      connection.socket.destroy();
      // Never more responses than node:http gives on its own (it closes after a refusal).
      const statuses = [...all.matchAll(/^HTTP\/1\.[01] (\d{3})/gm)].map((match) => Number(match[1]));
      expect(statuses.filter((status) => status === 200).length, JSON.stringify(attempt)).toBeLessThanOrEqual(2);
      expect(all, JSON.stringify(attempt)).not.toContain('/admin/sign-in');
    }
    // None of them was answered by the front.
    expect(server.frontStats.answered).toBe(before.answered);
    expect(server.frontStats.handedOver).toBe(before.handedOver + attempts.length);
    // node:http's own answer to two of them, as before the front existed.
    const bare = new Connection(port);
    bare.send('GET / HTTP/1.1\r\nHost: status.example\r\nTransfer-Encoding : chunked\r\n\r\n');
    expect(await bare.rest()).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    const lf = new Connection(port);
    lf.send('GET / HTTP/1.1\nHost: status.example\n\n');
    expect(await lf.rest()).toMatch(/^HTTP\/1\.1 400 Bad Request/);
  });

  it('shows a publication on the same connection at once: the front has the app render it anew', async () => {
    const { port, server, db, clock, service } = await serve();
    await warm(port, '/', { 'Accept-Encoding': 'gzip' });
    const connection = new Connection(port);
    const page = async () => {
      connection.send(get('/', { 'Accept-Encoding': 'gzip' }));
      return visibleText(gunzipSync((await connection.next()).body).toString('utf8'));
    };
    expect(await page()).toMatch(/Mina sidor\s+Fungerar/);
    const before = { ...server.frontStats };
    await setStatus(db, clock, service.id, 'down', 'Inloggningen fungerar inte.');
    expect(await page()).toMatch(/Mina sidor\s+Ur funktion/);
    expect(await page()).toMatch(/Mina sidor\s+Ur funktion/);
    // Rendered once by the app, then kept; the connection stayed with the front.
    expect(server.frontStats.renewed).toBe(before.renewed + 1);
    expect(server.frontStats.answered).toBe(before.answered + 2);
    expect(server.frontStats.handedOver).toBe(before.handedOver);
  });

  it('answers HEAD and If-None-Match as node:http does, and ends the connection on "Connection: close"', async () => {
    const { port } = await serve();
    await warm(port, '/');
    const connection = new Connection(port);
    connection.send(get('/'));
    const page = await connection.next();
    connection.send(`HEAD / HTTP/1.1\r\nHost: status.example\r\n\r\n`);
    const head = await connection.next(true);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(headerOf(head, 'content-length')).toBeUndefined();
    expect(headerOf(head, 'etag')).toBe(headerOf(page, 'etag'));
    connection.send(get('/', { 'If-None-Match': headerOf(page, 'etag')! }));
    const notModified = await connection.next();
    expect(notModified.status).toBe(304);
    expect(notModified.statusLine).toBe('HTTP/1.1 304 Not Modified');
    connection.send(get('/', { Connection: 'close' }));
    const last = await connection.next();
    expect(headerOf(last, 'connection')).toBe('close');
    expect(headerOf(last, 'keep-alive')).toBeUndefined();
    await connection.rest();
    expect(connection.closed).toBe(true);
  });

  it('holds what a client that does not read has sent, and answers all of it once it reads', async () => {
    const { port } = await serve();
    await warm(port, '/');
    const connection = new Connection(port);
    connection.socket.pause();
    const count = 400;
    connection.send(get('/').repeat(count));
    await new Promise((resolve) => setTimeout(resolve, 300));
    connection.socket.resume();
    const statuses: number[] = [];
    for (let i = 0; i < count; i++) statuses.push((await connection.next()).status);
    expect(statuses).toEqual(Array(count).fill(200));
  });

  it('closes an idle keep-alive connection after keepAliveTimeout, and close() does not wait for idle ones', async () => {
    const { port, server } = await serve({ keepAliveTimeout: 300 });
    await warm(port, '/');
    const connection = new Connection(port);
    connection.send(get('/'));
    const response = await connection.next();
    expect(headerOf(response, 'keep-alive')).toBe('timeout=0');
    const started = Date.now();
    await connection.rest();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);

    server.keepAliveTimeout = 60_000;
    const idle = new Connection(port);
    idle.send(get('/'));
    await idle.next();
    const closing = Date.now();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(Date.now() - closing).toBeLessThan(1_000);
    expect(idle.closed || (await idle.rest(), idle.closed)).toBe(true);
  });
});

describe('readRequestHead: the part of HTTP/1.1 the front takes', () => {
  it('takes a plain GET or HEAD and reads the headers a kept answer depends on', () => {
    const head = readRequestHead('GET /tjanster?page=2 HTTP/1.1\r\nHOST: a.example\r\naccept-encoding:  gzip, br \r\nUser-Agent: x');
    expect(head?.method).toBe('GET');
    expect(head?.target).toBe('/tjanster?page=2');
    expect(head?.values.get('host')).toBe('a.example');
    expect(head?.values.get('accept-encoding')).toBe('gzip, br');
    expect(head?.close).toBe(false);
    expect(readRequestHead('HEAD / HTTP/1.1\r\nHost: a\r\nConnection: close')?.close).toBe(true);
  });

  it('leaves everything else alone', () => {
    for (const text of [
      'POST / HTTP/1.1\r\nHost: a',
      'get / HTTP/1.1\r\nHost: a',
      'GET / HTTP/1.1',
      'GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 0',
      'GET / HTTP/1.1\r\nHost: a\r\ncontent-length: 0',
      'GET / HTTP/1.1\r\nHost: a\r\nConnection: upgrade',
      'GET / HTTP/1.1\r\nHost: a\r\nAccept-Encoding: gzip\r\nAccept-Encoding: br',
      'GET / HTTP/1.1\r\nHost: a\r\nX: é',
      'GET / HTTP/1.1\r\nHost: a\r\n: empty name',
      'GET /a b HTTP/1.1\r\nHost: a',
      `GET / HTTP/1.1\r\nHost: a\r\nX: ${'a'.repeat(8_000)}`,
    ]) {
      expect(readRequestHead(text), JSON.stringify(text.slice(0, 60))).toBeNull();
    }
  });

  it('reads a long hostile line in linear time', () => {
    const started = performance.now();
    for (let i = 0; i < 50; i++) readRequestHead(`GET / HTTP/1.1\r\nHost: a\r\nX:${' '.repeat(7_000)}\x01`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('writeRandomUuid: the request ids the front makes', () => {
  it('writes version 4 UUIDs as crypto.randomUUID() makes them, each different, across refills of its pool', () => {
    const seen = new Set<string>();
    const buffer = Buffer.alloc(40, 0x20);
    for (let i = 0; i < 1_000; i++) {
      writeRandomUuid(buffer, 2);
      const id = buffer.toString('latin1', 2, 38);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      seen.add(id);
    }
    // 1 000 ids use the 4 KiB pool four times over; nothing around them is touched.
    expect(seen.size).toBe(1_000);
    expect(buffer.toString('latin1', 0, 2) + buffer.toString('latin1', 38)).toBe('    ');
  });
});
