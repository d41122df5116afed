/**
 * Ready responses (src/http/ready-responses.ts, docs/decisions/0034): a cached public document
 * is answered before the middleware chain, on Node by the node:http listener itself. What a
 * client gets must not change: the same headers as the normal path, 304s, content coding by
 * Accept-Encoding, HEAD, a publication visible on the very next request, nothing from an
 * older revision or time state, and the last good copy when the database fails.
 *
 * "The normal path" for a document is asked with a tracking parameter (`?utm_source=…`):
 * it names the same document (docs/decisions/0025), but such a target is never kept, so it is
 * answered through routing and middleware every time.
 */
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/database';
import { negotiateCoding } from '../../src/http/content-encoding';
import { keepableTarget } from '../../src/http/ready-responses';
import { createNodeServer, zlibCompressor } from '../../src/node-listener';
import { createTestApp, visibleText, type TestContext } from '../helpers/app';
import { makeChannel, makeGroup, makeService, setStatus } from '../helpers/factories';
import { Cleanups, RemoteDatabase, remoteAppDatabase, temporaryDirectory } from '../worst-day/helpers';

const cleanups = new Cleanups();
afterEach(() => cleanups.run());

const NORMAL = '?utm_source=test';

/** A site with one service, on Node's compressor (br and gzip), as src/node.ts builds it. */
async function site(options: Parameters<typeof createTestApp>[0] = {}): Promise<TestContext & { service: { id: number } }> {
  const context = await createTestApp({ compressor: zlibCompressor, ...options });
  const group = await makeGroup(context.db, context.clock);
  const service = await makeService(context.db, context.clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor' } });
  return { ...context, service };
}

/** Every header but the two that differ per response by design (Date is Node's own). */
function comparable(headers: Headers | [string, string][]): [string, string][] {
  const pairs = headers instanceof Headers ? [...headers] : headers;
  return pairs.filter(([name]) => !['x-request-id', 'date'].includes(name.toLowerCase())).sort(([a], [b]) => a.localeCompare(b));
}

interface RawResponse {
  status: number;
  /** Header lines as written on the wire, names as sent. */
  headers: [string, string][];
  body: Uint8Array;
}

/** One request on its own connection, read as bytes: what a client really receives. */
function rawRequest(port: number, method: string, target: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('connect', () => {
      const lines = Object.entries({ Host: `127.0.0.1:${port}`, ...headers, Connection: 'close' }).map(([name, value]) => `${name}: ${value}\r\n`);
      socket.write(`${method} ${target} HTTP/1.1\r\n${lines.join('')}\r\n`);
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      const [statusLine, ...lines] = all.subarray(0, end).toString('latin1').split('\r\n');
      resolve({
        status: Number(statusLine!.split(' ')[1]),
        headers: lines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
        body: new Uint8Array(all.subarray(end + 4)),
      });
    });
  });
}

/** The app behind the real Node server (src/node-listener.ts: the front, then node:http) on a loopback port. */
async function listen(context: TestContext): Promise<number> {
  const server: Server = createNodeServer(context.app.readyResponses, (request, bindings) => context.app.fetch(request, bindings));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.add(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (server.address() as AddressInfo).port;
}

const header = (response: RawResponse, name: string) => response.headers.find(([key]) => key.toLowerCase() === name)?.[1];

describe('ready responses over HTTP (the Node listener)', () => {
  it('sends a kept page with exactly the header lines of the normal path, and the same bytes', async () => {
    const context = await site();
    const port = await listen(context);
    // A response is kept once the site's state has been read (the first request reads it).
    await rawRequest(port, 'GET', '/');
    const paths = new Set<string>();
    for (const [path, encoding] of [
      ['/', 'gzip'],
      ['/', ''],
      ['/tjanster/mina-sidor', 'br'],
      ['/feed.atom', 'gzip'],
      ['/api/v2/summary.json', 'gzip'],
      ['/embed', 'gzip'],
      ['/badge.svg', 'gzip'],
    ] as const) {
      const headers: Record<string, string> = encoding ? { 'Accept-Encoding': encoding } : {};
      const first = await rawRequest(port, 'GET', path, headers);
      expect(first.status, path).toBe(200);
      paths.add(path);
      expect(context.app.readyResponses.size, path).toBe(paths.size);
      const kept = await rawRequest(port, 'GET', path, headers);
      const normal = await rawRequest(port, 'GET', path + NORMAL, headers);
      expect(normal.status, path).toBe(200);
      // Same names, same values, same order: a client cannot tell them apart. (Names compared
      // without case, as HTTP does: @hono/node-server itself writes Content-Length in either.)
      const lines = (response: RawResponse) =>
        response.headers.map(([name, value]) => [name.toLowerCase(), value]).filter(([name]) => name !== 'date' && name !== 'x-request-id');
      expect(lines(kept), path).toEqual(lines(normal));
      expect(header(kept, 'content-encoding'), path).toBe(encoding || undefined);
      expect(Buffer.from(kept.body).equals(Buffer.from(normal.body)), path).toBe(true);
      // Its own request id, never another reader's.
      expect(header(kept, 'x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
      expect(header(kept, 'x-request-id'), path).not.toBe(header(first, 'x-request-id'));
    }
    // The security headers are among them (what every page must carry).
    const page = await rawRequest(port, 'GET', '/');
    expect(header(page, 'content-security-policy')).toContain("frame-ancestors 'none'");
    expect(header(page, 'x-content-type-options')).toBe('nosniff');
    // And /embed keeps its own frame policy, badges their cross-origin policy.
    expect(header(await rawRequest(port, 'GET', '/embed'), 'content-security-policy')).toContain('frame-ancestors *');
    expect(header(await rawRequest(port, 'GET', '/badge.svg'), 'cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('answers If-None-Match and If-Modified-Since with the normal path’s 304, and HEAD without a body', async () => {
    const context = await site();
    const port = await listen(context);
    const page = await rawRequest(port, 'GET', '/', { 'Accept-Encoding': 'gzip' });
    const etag = header(page, 'etag')!;
    const lastModified = header(page, 'last-modified')!;
    const conditionals: Record<string, string>[] = [{ 'If-None-Match': etag }, { 'If-Modified-Since': lastModified }, { 'If-None-Match': `"other", ${etag}` }];
    for (const conditional of conditionals) {
      await rawRequest(port, 'GET', '/', conditional);
      const kept = await rawRequest(port, 'GET', '/', conditional);
      const normal = await rawRequest(port, 'GET', '/' + NORMAL, conditional);
      expect(kept.status).toBe(304);
      expect(kept.body).toHaveLength(0);
      expect(comparable(kept.headers)).toEqual(comparable(normal.headers));
    }
    // An ETag that is not current gets the page.
    const stale = await rawRequest(port, 'GET', '/', { 'If-None-Match': 'W/"test.1.0"', 'Accept-Encoding': 'gzip' });
    expect(stale.status).toBe(200);
    expect(gunzipSync(stale.body).toString('utf8')).toContain('Mina sidor');

    await rawRequest(port, 'HEAD', '/', { 'Accept-Encoding': 'gzip' });
    const head = await rawRequest(port, 'HEAD', '/', { 'Accept-Encoding': 'gzip' });
    const normalHead = await rawRequest(port, 'HEAD', '/' + NORMAL, { 'Accept-Encoding': 'gzip' });
    expect(head.status).toBe(200);
    expect(head.body).toHaveLength(0);
    expect(comparable(head.headers)).toEqual(comparable(normalHead.headers));
    expect(header(head, 'etag')).toBe(etag);
    expect(header(head, 'content-encoding')).toBe('gzip');
  });

  it('leaves a request with a Host header it would have to check to the normal path (a 400)', async () => {
    const context = await site();
    const port = await listen(context);
    await rawRequest(port, 'GET', '/');
    await rawRequest(port, 'GET', '/');
    const refused = await rawRequest(port, 'GET', '/', { Host: 'bad host' });
    expect(refused.status).toBe(400);
  });
});

describe('content coding', () => {
  it('negotiates by q-value: br before gzip on a tie, compressed before identity, q=0 refuses', () => {
    const offered = ['br', 'gzip'] as const;
    const cases: [string | undefined, string][] = [
      [undefined, 'identity'],
      ['', 'identity'],
      ['gzip', 'gzip'],
      ['br', 'br'],
      ['gzip, deflate, br', 'br'],
      ['gzip, br;q=0', 'gzip'],
      ['br;q=0.5, gzip;q=0.8', 'gzip'],
      ['br;q=0.8, gzip;q=0.8', 'br'],
      ['gzip;q=0, br;q=0', 'identity'],
      ['gzip;q=0.5', 'gzip'],
      ['identity, gzip;q=0.5', 'identity'],
      ['*', 'br'],
      ['*;q=0.5, br;q=0', 'gzip'],
      ['identity;q=0, *;q=0', 'identity'],
      ['GZIP', 'gzip'],
      ['x-gzip', 'gzip'],
      ['gzip;q=abc', 'identity'],
      ['deflate', 'identity'],
    ];
    for (const [acceptEncoding, expected] of cases) expect(negotiateCoding(acceptEncoding, offered), String(acceptEncoding)).toBe(expected);
    expect(negotiateCoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(negotiateCoding('br, gzip', [])).toBe('identity');
  });

  it('serves the same document in br, gzip and identity as asked, kept and not', async () => {
    const context = await site();
    const port = await listen(context);
    const plain = Buffer.from((await rawRequest(port, 'GET', '/tjanster/mina-sidor')).body).toString('utf8');
    expect(plain).toContain('Mina sidor');
    const decode = (response: RawResponse) => {
      const coding = header(response, 'content-encoding');
      if (coding === 'br') return brotliDecompressSync(response.body).toString('utf8');
      if (coding === 'gzip') return gunzipSync(response.body).toString('utf8');
      return Buffer.from(response.body).toString('utf8');
    };
    for (const [acceptEncoding, coding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0', undefined],
      ['identity', undefined],
    ] as const) {
      for (const target of ['/tjanster/mina-sidor', '/tjanster/mina-sidor', '/tjanster/mina-sidor' + NORMAL]) {
        const response = await rawRequest(port, 'GET', target, { 'Accept-Encoding': acceptEncoding });
        expect(header(response, 'content-encoding'), `${acceptEncoding} ${target}`).toBe(coding);
        expect(header(response, 'vary'), acceptEncoding).toBe('Accept-Encoding');
        expect(decode(response), `${acceptEncoding} ${target}`).toBe(plain);
      }
    }
    // Brotli is the smaller: worth preferring.
    const br = await rawRequest(port, 'GET', '/', { 'Accept-Encoding': 'br' });
    const gzip = await rawRequest(port, 'GET', '/', { 'Accept-Encoding': 'gzip' });
    expect(br.body.length).toBeLessThan(gzip.body.length);
  });

  it('serves the assets compressed too (the stylesheet the pages link), identity when not asked', async () => {
    const context = await site();
    const html = await (await context.app.request('/')).text();
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!;
    const plain = await context.app.request(href);
    const css = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect(css).toContain(':root{');
    for (const [acceptEncoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const response = await context.app.request(href, { headers: { 'Accept-Encoding': acceptEncoding } });
      expect(response.headers.get('content-encoding')).toBe(acceptEncoding);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(bytes.length).toBeLessThan(css.length / 2);
      expect(decode(bytes).toString('utf8')).toBe(css);
    }
  });

  it('compresses once per rendering, however many readers ask at once', async () => {
    let compressions = 0;
    const context = await site({
      compressor: { codings: zlibCompressor.codings, compress: (coding, bytes) => (compressions++, zlibCompressor.compress(coding, bytes)) },
    });
    await Promise.all(Array.from({ length: 20 }, () => context.app.request('/', { headers: { 'Accept-Encoding': 'br' } })));
    for (let i = 0; i < 20; i++) await context.app.request('/', { headers: { 'Accept-Encoding': i % 2 ? 'gzip' : 'br' } });
    expect(compressions).toBe(2); // br and gzip, once
    await setStatus(context.db, context.clock, context.service.id, 'down');
    await Promise.all(Array.from({ length: 5 }, () => context.app.request('/', { headers: { 'Accept-Encoding': 'br' } })));
    expect(compressions).toBe(4);
  });
});

describe('what a kept response may not hide', () => {
  it('shows a publication on the very next request', async () => {
    const context = await site();
    const port = await listen(context);
    const overview = async () => visibleText(gunzipSync((await rawRequest(port, 'GET', '/', { 'Accept-Encoding': 'gzip' })).body).toString('utf8'));
    expect(await overview()).toMatch(/Mina sidor\s+Fungerar/);
    expect(await overview()).toMatch(/Mina sidor\s+Fungerar/);
    expect(context.app.readyResponses.size).toBe(1);
    await setStatus(context.db, context.clock, context.service.id, 'down', 'Inloggningen fungerar inte.');
    expect(await overview()).toMatch(/Mina sidor\s+Ur funktion/);
    // A 304 for the old ETag would hide it too: the old one now gets the page.
    const before = await rawRequest(port, 'GET', '/feed.atom');
    await setStatus(context.db, context.clock, context.service.id, 'degraded', 'Nu går det långsamt.');
    const after = await rawRequest(port, 'GET', '/feed.atom', { 'If-None-Match': header(before, 'etag')! });
    expect(after.status).toBe(200);
    expect(Buffer.from(after.body).toString('utf8')).toContain('Nu går det långsamt.');
  });

  it('does not serve another instance’s older revision once the TTL has passed on the app’s clock', async () => {
    const context = await site({ revisionTtlMs: 1_000 });
    const otherInstance = createDatabase(context.db.$client);
    const overview = async () => visibleText(await (await context.app.request('/')).text());
    expect(await overview()).not.toContain('Bygglov');
    expect(await overview()).not.toContain('Bygglov');
    const group = await makeGroup(otherInstance, context.clock);
    await makeService(otherInstance, context.clock, { groupId: group, slug: 'bygglov', sv: { name: 'Bygglov' } });
    // Within the TTL the kept page is what the normal path would serve too.
    expect(await overview()).not.toContain('Bygglov');
    expect(visibleText(await (await context.app.request('/' + NORMAL)).text())).not.toContain('Bygglov');
    context.clock.advance(1_001);
    expect(await overview()).toContain('Bygglov');
  });

  it('does not serve a time state that has passed (a contact centre that has just closed)', async () => {
    // Wednesday 14.00 in Stockholm; the channel closes at 16.00 (15.00 UTC). A revision read
    // good for a day: only the time state can make the page stale here.
    const context = await site({ revisionTtlMs: 86_400_000 });
    await makeChannel(context.db, context.clock, { texts: { sv: { name: 'Kontaktcenter' }, en: { name: 'Contact centre' } } });
    const overview = async () => {
      const response = await context.app.request('/');
      return { etag: response.headers.get('etag'), text: visibleText(await response.text()) };
    };
    const open = await overview();
    expect(open.text).toContain('Öppet nu – stänger 16.00');
    expect((await overview()).etag).toBe(open.etag);
    context.clock.set('2026-02-11T15:00:01Z');
    const closed = await overview();
    expect(closed.text).toContain('Stängt nu');
    expect(closed.etag).not.toBe(open.etag);
  });

  it('does not serve a document that is per minute or per local day beyond its minute (the poster, status.txt)', async () => {
    // 23.59.30 in Stockholm, nothing else due to change: only the clock can make them stale.
    const context = await site({ now: '2026-02-11T22:59:30Z', revisionTtlMs: 86_400_000 });
    const get = async (path: string) => {
      const response = await context.app.request(path);
      return { etag: response.headers.get('etag'), text: visibleText(await response.text()) };
    };
    const poster = await get('/affisch');
    const text = await get('/status.txt');
    expect(await get('/affisch')).toEqual(poster);
    expect(await get('/status.txt')).toEqual(text);
    expect(context.app.readyResponses.size).toBe(2);
    context.clock.advance(30_000);
    const nextPoster = await get('/affisch');
    expect(nextPoster.etag).not.toBe(poster.etag);
    expect(nextPoster.text).toContain('kl. 00.00');
    expect((await get('/status.txt')).etag).not.toBe(text.etag);
  });

  it('serves the last good copy with its banner once the database fails and the revision read is stale', async () => {
    const dir = temporaryDirectory(cleanups, 'ready-');
    const remote = await RemoteDatabase.create(cleanups, dir);
    const database = await remoteAppDatabase(cleanups, remote.url);
    const context = await site({ database, revisionTtlMs: 1_000, databaseTimeoutMs: 1_000, databaseRetryMs: 500 });
    for (let i = 0; i < 3; i++) {
      const response = await context.app.request('/');
      expect(response.headers.get('x-status-snapshot')).toBeNull();
    }
    expect(context.app.readyResponses.size).toBe(1);
    // Let the last good copy be written (in the background, after the first response).
    await new Promise((resolve) => setTimeout(resolve, 100));
    await remote.stop();
    context.clock.advance(1_001);
    const response = await context.app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-status-snapshot')).toBe('2026-02-11T14:00:00+01:00');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('etag')).toBeNull();
    expect(visibleText(await response.text())).toContain('Vi kan just nu inte hämta nyare uppgifter.');
    // And it stays that way: no kept fresh page comes back while the database is away.
    const again = await context.app.request('/');
    expect(again.headers.get('x-status-snapshot')).toBe('2026-02-11T14:00:00+01:00');
  });

  it('keeps nothing for tracking parameters, odd targets or other methods, and no cookies', async () => {
    expect(keepableTarget('/')).toBe(true);
    expect(keepableTarget('/en/')).toBe(true);
    expect(keepableTarget('/tjanster/mina-sidor/feed.atom')).toBe(true);
    expect(keepableTarget('/historik?page=2')).toBe(true);
    expect(keepableTarget('/api/v2/summary.json?lang=en')).toBe(true);
    for (const target of ['/?utm_source=x', '/?page=1&page=2', '/?', '/a//b', '/a/../b', '/a/./b', '/%41', '/.well-known/x', '/?lang=%20', '/a b']) {
      expect(keepableTarget(target), target).toBe(false);
    }
    const context = await site();
    await context.app.request('/?utm_source=x');
    await context.app.request('/?utm_source=x');
    await context.app.request('/', { method: 'POST' });
    await context.app.request('/tjanster/finns-inte');
    await context.app.request('/sv/');
    expect(context.app.readyResponses.size).toBe(0);
    // The console (which sets cookies) is no cached document: never kept.
    await context.app.request('/admin/sign-in');
    await context.app.request('/admin');
    expect(context.app.readyResponses.size).toBe(0);
  });

  it('answers app.request (every runtime’s fetch) from the same table, with the normal path’s headers', async () => {
    const context = await site();
    for (const path of ['/', '/en/', '/feed.json', '/api/v2/summary.json?lang=en']) {
      const init = { headers: { 'Accept-Encoding': 'gzip' } };
      await context.app.request(path, init);
      const kept = await context.app.request(path, init);
      const normal = await context.app.request(path + (path.includes('?') ? '&utm_source=x' : NORMAL), init);
      expect(kept.status, path).toBe(200);
      expect(comparable(kept.headers), path).toEqual(comparable(normal.headers));
      expect(Buffer.from(await kept.arrayBuffer()).equals(Buffer.from(await normal.arrayBuffer())), path).toBe(true);
    }
    expect(context.app.readyResponses.size).toBe(4);
  });
});
