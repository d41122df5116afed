/**
 * The Worker as deployed (src/worker.ts with wrangler.toml), with the edge cache in front:
 * readers are served from the data centre's cache and a publication shows within the TTL
 * (the last good copies when the database is down: ./snapshot.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { withEdgeCache } from '../../src/edge/cache';
import { Browser, PASSWORD, workerTarget } from './helpers';

const waitUntil = { waitUntil: (promise: Promise<unknown>) => void promise.catch(() => {}) };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the deployed Worker', () => {
  it('serves public pages from the edge cache and shows a publication within the edge TTL', async () => {
    const worker = workerTarget();
    const path = `/tjanster/sophamtning?utm_source=test-${crypto.randomUUID()}`;
    const first = await worker.request(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toContain('s-maxage=');
    await first.text();
    await sleep(100); // the cache put happens after the response (waitUntil)
    const second = await worker.request(path);
    expect(second.headers.get('x-edge-cache')).toBe('hit');
    expect(await second.text()).toContain('Fungerar');

    // An editor publishes through the same Worker.
    const browser = new Browser(worker, '192.0.2.1', 'https://status.example.org');
    expect((await browser.signIn('redaktor', PASSWORD)).status).toBe(303);
    const dashboard = await (await browser.get('/admin')).text();
    const row = dashboard.slice(dashboard.indexOf('Sophämtning'));
    const serviceId = /action="\/admin\/services\/(\d+)\/status"/.exec(row)![1]!;
    const version = /name="version" value="(\d+)"/.exec(row)![1]!;
    const published = await browser.post(`/admin/services/${serviceId}/status`, { status: 'degraded', note: 'Hämtningen är sen.', version });
    expect(published.status).toBe(303);
    // The console itself is never cached at the edge.
    expect((await browser.get('/admin')).headers.get('x-edge-cache')).toBeNull();

    // Within the TTL the edge may still serve the earlier page …
    const during = await worker.request(path);
    expect(during.headers.get('x-edge-cache')).toBe('hit');
    // … and after it (EDGE_CACHE_TTL=2 in the test configuration), every reader sees the change.
    await sleep(2_500);
    const after = await worker.request(path);
    expect(after.headers.get('x-edge-cache')).toBe('miss');
    expect(await after.text()).toContain('Begränsad funktion');
  });

  it('answers conditional requests at the edge', async () => {
    const worker = workerTarget();
    const path = `/en/?v=${crypto.randomUUID()}`;
    const first = await worker.request(path);
    const etag = first.headers.get('etag')!;
    await sleep(100);
    const revalidated = await worker.request(path, { headers: { 'If-None-Match': etag } });
    expect(revalidated.status).toBe(304);
  });
});

describe('edge cache', () => {
  it('keeps answers for the TTL, passes failures through, and never caches the console or /healthz', async () => {
    const cache = await caches.open(`test-${crypto.randomUUID()}`);
    let healthy = true;
    let calls = 0;
    const app = async (request: Request) => {
      calls++;
      return healthy
        ? new Response(`page for ${new URL(request.url).pathname}`, { status: 200, headers: { ETag: '"1"', 'Cache-Control': 'public, max-age=30' } })
        : new Response('database down', { status: 503 });
    };
    const options = { ttlSeconds: 1 };
    const request = () => new Request('https://status.example.org/historik?page=2&fbclid=abc');
    expect((await withEdgeCache(request(), cache, waitUntil, options, app)).headers.get('x-edge-cache')).toBe('miss');
    await sleep(100);
    // Tracking parameters name the same page.
    const hit = await withEdgeCache(new Request('https://status.example.org/historik?utm_source=x&page=2'), cache, waitUntil, options, app);
    expect(hit.headers.get('x-edge-cache')).toBe('hit');
    expect(hit.headers.get('cache-control')).toBe('public, max-age=30');
    expect(await hit.text()).toBe('page for /historik');
    expect(calls).toBe(1);
    await sleep(1_200);
    healthy = false;
    // The app itself answers from its last good copies (tests/edge/snapshot.test.ts); a
    // failure it could not cover is passed on as it is.
    expect((await withEdgeCache(request(), cache, waitUntil, options, app)).status).toBe(503);

    for (const path of ['/admin', '/healthz']) {
      healthy = true;
      await withEdgeCache(new Request(`https://status.example.org${path}`), cache, waitUntil, options, app);
      const again = await withEdgeCache(new Request(`https://status.example.org${path}`), cache, waitUntil, options, app);
      expect(again.headers.get('x-edge-cache'), path).toBeNull();
    }
  });
});
