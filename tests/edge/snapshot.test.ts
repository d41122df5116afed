/**
 * Last known good on Workers, in workerd: the app built as src/worker.ts builds it, on its
 * own database endpoint, with the data centre's Cache API and the SNAPSHOT_KV namespace
 * (vitest.config.mts) behind it. When the endpoint is stopped or hangs, every page and feed
 * it rendered is served with 200, the banner and X-Status-Snapshot; a second "data centre"
 * (an empty cache of its own, a new isolate's memory) gets the same from KV.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { KvNamespace } from '../../src/snapshot/edge-snapshots';
import type { EdgeCache } from '../../src/edge/cache';
import { buildWorkerApp, edgeSnapshots, type WorkerBindings } from '../../src/worker';
import { executionContext, freshDatabaseUrl, hangingDatabaseUrl, startDatabase, stopDatabase, workerTarget } from './helpers';

const kv = (env as unknown as { SNAPSHOT_KV: KvNamespace }).SNAPSHOT_KV;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const PATHS = ['/', '/en/', '/tjanster/lokalbokning', '/handelser/it-angrepp', '/historik?page=2', '/feed.atom', '/en/feed.json', '/handelser/it-angrepp/feed.rss'];
const SNAPSHOT_STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/;

/** The banner's text as read, or null. */
function bannerText(html: string): string | null {
  const banner = /<p class="snapshot-banner" role="status">([\s\S]*?)<\/p>/.exec(html)?.[1];
  return banner === undefined ? null : banner.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * One "data centre": the Worker's app in a fresh isolate (nothing in memory), with a cache of
 * its own, and the shared KV namespace under this test's prefix.
 */
async function dataCentre(databaseUrl: string, prefix: string) {
  const bindings: WorkerBindings = {
    LIBSQL_URL: databaseUrl,
    PUBLIC_URL: 'https://status.example.org',
    PASSWORD_ITERATIONS: '1000',
    DATABASE_TIMEOUT_MS: '1000',
    SNAPSHOT_KV: kv,
    SNAPSHOT_KV_PREFIX: prefix,
  };
  const cache = (await caches.open(`colo-${crypto.randomUUID()}`)) as unknown as EdgeCache;
  const app = buildWorkerApp(bindings, edgeSnapshots(bindings, cache));
  return {
    cache,
    async get(path: string) {
      const { context, settled } = executionContext();
      const started = performance.now();
      const response = await app.fetch(new Request(`https://status.example.org${path}`), bindings, context as never);
      const body = await response.text();
      const ms = performance.now() - started;
      await settled();
      return { response, body, ms };
    },
  };
}

function expectFromSnapshot(path: string, result: { response: Response; body: string }, fresh: string) {
  expect(result.response.status, path).toBe(200);
  expect(result.response.headers.get('x-status-snapshot'), path).toMatch(SNAPSHOT_STAMP);
  if (path.includes('feed.')) {
    expect(result.body, path).toBe(fresh);
  } else {
    expect(bannerText(result.body), path).toMatch(
      path.startsWith('/en/')
        ? /^This information is shown as it was on \d+ \w+ \d{4} at \d\d:\d\d\. We cannot get newer information right now\.$/
        : /^Informationen visas som den var \d+ [a-zåäö]+ \d{4} kl\. \d\d\.\d\d\. Vi kan just nu inte hämta nyare uppgifter\.$/,
    );
  }
}

describe('last known good in workerd', () => {
  it('serves every rendered page and feed when the database is stopped, in this data centre from its cache and in another from KV', async () => {
    const url = await freshDatabaseUrl({ seed: 'example' });
    const prefix = `test-${crypto.randomUUID()}:`;
    const here = await dataCentre(url, prefix);
    const fresh = new Map<string, string>();
    for (const path of PATHS) {
      const { response, body } = await here.get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('x-status-snapshot'), path).toBeNull();
      fresh.set(path, body);
    }
    // Kept in KV for everyone, with what the banner needs.
    const kept = await kv.list<{ renderedAt: string; locale: string }>({ prefix });
    expect(kept.keys.map((key) => key.name.slice(prefix.length)).sort()).toEqual([...PATHS].sort());
    expect(kept.keys.find((key) => key.name === `${prefix}/en/`)?.metadata?.locale).toBe('en');

    await stopDatabase(url);
    for (const path of PATHS) expectFromSnapshot(path, await here.get(path), fresh.get(path)!);

    // Another data centre: never rendered anything, nothing in its cache.
    const elsewhere = await dataCentre(url, prefix);
    expect(await elsewhere.cache.match(new Request('https://status.example.org/__snapshot/'))).toBeUndefined();
    for (const path of PATHS) {
      const result = await elsewhere.get(path);
      expectFromSnapshot(path, result, fresh.get(path)!);
      expect(result.ms, path).toBeLessThan(1_500);
    }
    // … and keeps what it fetched from KV in its own cache for next time.
    expect(await elsewhere.cache.match(new Request('https://status.example.org/__snapshot/'))).toBeDefined();

    const health = await elsewhere.get('/healthz');
    expect(health.response.status).toBe(503);
    expect(health.response.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse(health.body)).toMatchObject({
      database: { reachable: false, problem: 'unreachable' },
      publicPages: 'last-good-copies',
      snapshots: { store: 'edge-cache+kv', count: PATHS.length },
    });

    // A page nobody rendered: a clear 503, not a 500.
    const never = await elsewhere.get('/tjanster/mina-sidor');
    expect(never.response.status).toBe(503);

    await startDatabase(url);
    // The next check of the database is due 3 s after the last failure; a request then starts
    // it in the background (kept alive with waitUntil) and is itself still answered at once.
    let back = await here.get('/');
    for (let tries = 0; back.response.headers.get('x-status-snapshot') !== null && tries < 40; tries++) {
      await sleep(200);
      back = await here.get('/');
    }
    expect(back.response.headers.get('x-status-snapshot')).toBeNull();
    expect(bannerText(back.body)).toBeNull();
    expect((await here.get('/healthz')).response.status).toBe(200);
  });

  it('gives up on a hanging database after DATABASE_TIMEOUT_MS, then answers at once', async () => {
    const prefix = `test-${crypto.randomUUID()}:`;
    const working = await dataCentre(await freshDatabaseUrl({ seed: 'example' }), prefix);
    const fresh = (await working.get('/en/feed.json')).body;
    expect((await working.get('/')).response.status).toBe(200);

    const hung = await dataCentre(await hangingDatabaseUrl(), prefix);
    const first = await hung.get('/');
    expectFromSnapshot('/', first, '');
    expect(first.ms).toBeGreaterThanOrEqual(900);
    expect(first.ms).toBeLessThan(3_000);
    const second = await hung.get('/en/feed.json');
    expectFromSnapshot('/en/feed.json', second, fresh);
    expect(second.ms).toBeLessThan(500);
  });
});

describe('the deployed Worker', () => {
  it('keeps its renderings in the SNAPSHOT_KV binding and answers /healthz uncached', async () => {
    const worker = workerTarget();
    const path = `/tillganglighet?utm_source=${crypto.randomUUID()}`;
    const response = await worker.request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-status-snapshot')).toBeNull();
    await response.text();
    await sleep(200);
    const kept = await kv.list({ prefix: 'snapshot:/tillganglighet' });
    expect(kept.keys.map((key) => key.name)).toEqual(['snapshot:/tillganglighet']);

    const health = await worker.request('/healthz');
    expect(health.status).toBe(200);
    expect(health.headers.get('x-edge-cache')).toBeNull();
    expect(await health.json()).toMatchObject({ status: 'ok', database: { reachable: true }, snapshots: { store: 'edge-cache+kv' } });
  });
});
