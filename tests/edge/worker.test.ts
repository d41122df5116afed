/**
 * The Worker as deployed (src/worker.ts with wrangler.toml), with the edge cache in front:
 * readers are served from the data centre's cache, a publication shows within the TTL, and
 * the last good copy is served when the app fails.
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
  it('serves the last good copy when the app fails, and never caches the console', async () => {
    const cache = await caches.open(`test-${crypto.randomUUID()}`);
    let healthy = true;
    const app = async (request: Request) =>
      healthy
        ? new Response(`page for ${new URL(request.url).pathname}`, { status: 200, headers: { ETag: '"1"', 'Cache-Control': 'public, max-age=30' } })
        : new Response('database down', { status: 500 });
    const options = { ttlSeconds: 1, lastGoodSeconds: 3600 };
    const request = () => new Request('https://status.example.org/historik?page=2&fbclid=abc');
    expect((await withEdgeCache(request(), cache, waitUntil, options, app)).headers.get('x-edge-cache')).toBe('miss');
    await sleep(1_200);
    healthy = false;
    const stale = await withEdgeCache(request(), cache, waitUntil, options, app);
    expect(stale.status).toBe(200);
    expect(stale.headers.get('x-edge-cache')).toBe('stale');
    expect(stale.headers.get('cache-control')).toBe('public, max-age=30');
    expect(await stale.text()).toBe('page for /historik');

    const admin = await withEdgeCache(new Request('https://status.example.org/admin'), cache, waitUntil, options, app);
    expect(admin.status).toBe(500);
    expect(admin.headers.get('x-edge-cache')).toBeNull();
  });
});
