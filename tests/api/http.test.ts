/**
 * The API over HTTP, as a browser dashboard or a poller meets it: CORS open (and its
 * preflight), ETag and 304 from the revision, compression, `?lang=` with JSON refusals, JSON
 * 404s, and the last good copy of each document (per language) while the database is down.
 */
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { SNAPSHOT_HEADER } from '../../src/http/last-known-good';
import { PUBLIC_CACHE_CONTROL } from '../../src/http/serve-page';
import { loadSite } from '../../src/store/site';
import { createTestApp } from '../helpers/app';
import { makeGroup, makeService, makeSite, setStatus } from '../helpers/factories';
import { Cleanups, RemoteDatabase, remoteAppDatabase, temporaryDirectory } from '../worst-day/helpers';
import { getJson, statuspage, STATUSPAGE_PATHS } from './helpers';

const NATIVE_PATHS = ['/api/v1/status', '/api/v1/services', '/api/v1/incidents', '/api/v1/maintenances', '/api/v1/contacts'] as const;
const ORIGIN = { Origin: 'https://dashboard.example.net' };

const cleanups = new Cleanups();
afterEach(() => cleanups.run());

describe('CORS', () => {
  it('lets any origin read every document, the OpenAPI description, the 304s and the refusals', async () => {
    const context = await createTestApp({ seed: 'example' });
    for (const path of [...STATUSPAGE_PATHS, ...NATIVE_PATHS, '/api/openapi.json', '/api/v1/services/mina-sidor', '/api/v1/incidents/it-angrepp']) {
      const response = await context.app.request(path, { headers: ORIGIN });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(response.headers.get('access-control-expose-headers'), path).toContain('ETag');
      expect(response.headers.get('set-cookie'), path).toBeNull();
      const etag = response.headers.get('etag')!;
      const again = await context.app.request(path, { headers: { ...ORIGIN, 'If-None-Match': etag } });
      expect(again.status, path).toBe(304);
      expect(again.headers.get('access-control-allow-origin'), path).toBe('*');
    }
    for (const path of ['/api/v2/status.json?lang=xx', '/api/v2/nothing-here.json', '/api/v1/services/finns-inte']) {
      const refused = await context.app.request(path, { headers: ORIGIN });
      expect(refused.status, path).toBeGreaterThanOrEqual(400);
      expect(refused.headers.get('access-control-allow-origin'), path).toBe('*');
    }
  });

  it('answers the preflight of a cross-origin GET', async () => {
    const context = await createTestApp({ seed: 'example' });
    for (const path of ['/api/v2/summary.json', '/api/v1/services']) {
      const response = await context.app.request(path, {
        method: 'OPTIONS',
        headers: { ...ORIGIN, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
      });
      expect(response.status, path).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-allow-methods')).toContain('GET');
      expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('if-none-match');
      expect(response.headers.get('access-control-max-age')).toBe('86400');
    }
  });

  it('keeps the pages themselves closed to other origins', async () => {
    const context = await createTestApp({ seed: 'example' });
    expect((await context.app.request('/', { headers: ORIGIN })).headers.get('access-control-allow-origin')).toBeNull();
    expect((await context.app.request('/api', { headers: ORIGIN })).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('conditional requests and caching', () => {
  it('answers If-None-Match with 304 from the revision, and a new ETag and body after a publication', async () => {
    const context = await createTestApp();
    const group = await makeGroup(context.db, context.clock);
    const service = await makeService(context.db, context.clock, { groupId: group, slug: 'mina-sidor' });
    const first = await context.app.request('/api/v2/status.json');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(first.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(first.headers.get('last-modified')).toBeTruthy();
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"test\./);
    expect(((await first.json()) as any).status.indicator).toBe('none');

    const notModified = await context.app.request('/api/v2/status.json', { headers: { 'If-None-Match': etag } });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');

    await setStatus(context.db, context.clock, service.id, 'down');
    const changed = await context.app.request('/api/v2/status.json', { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(((await changed.json()) as any).status.indicator).toBe('major');
  });

  it('sends gzip to clients that take it, the same JSON unpacked; HEAD without a body', async () => {
    const context = await createTestApp({ seed: 'example' });
    const plain = await (await context.app.request('/api/v2/summary.json')).text();
    const packed = await context.app.request('/api/v2/summary.json', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(packed.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(new Uint8Array(await packed.arrayBuffer())).toString('utf8')).toBe(plain);
    const head = await context.app.request('/api/v2/summary.json', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('?lang=', () => {
  it('chooses the language of names and texts; a language the site does not offer is a JSON 400', async () => {
    const context = await createTestApp({ seed: 'example' });
    expect((await statuspage(context, '/api/v2/status.json')).status.description).toBe('Flera tjänster fungerar inte just nu.');
    expect((await statuspage(context, '/api/v2/status.json', '?lang=sv')).status.description).toBe('Flera tjänster fungerar inte just nu.');
    expect((await statuspage(context, '/api/v2/status.json', '?lang=en')).status.description).toBe('Several services are not working right now.');
    const native = await getJson(context, '/api/v1/services?lang=en');
    expect(native.body.lang).toBe('en');
    expect(native.body.groups[0].name).toEqual({ text: 'E-services and website', lang: 'en', stale: null });

    // German: a language the runtime names, but not one the example offers.
    const offered = (await loadSite(context.db))!.offeredLocales;
    expect(offered).not.toContain('de');
    const unknown = await getJson(context, '/api/v2/summary.json?lang=de');
    expect(unknown.response.status).toBe(400);
    expect(unknown.body).toEqual({ error: { status: 400, message: `Unknown language "de": this site offers ${offered.join(', ')}.` } });
    for (const bad of ['EN', 'english', 'sv_SE', '', 'en%00', 'en&lang=sv']) {
      const refused = await context.app.request(`/api/v1/status?lang=${bad}`);
      expect(refused.status, bad).toBe(400);
      expect(((await refused.json()) as any).error.status, bad).toBe(400);
    }
  });

  it('gives a language the site offers content in without pages of its own: its texts, links to the default pages', async () => {
    const context = await createTestApp({ seed: 'none' });
    const { db, clock } = context;
    // Northern Sami: content may be offered in it, but the interface has no catalog for it.
    await makeSite(db, clock, { offeredLocales: ['sv', 'en', 'se'] });
    const group = await makeGroup(db, clock);
    await makeService(db, clock, { groupId: group, slug: 'kirjasto', sv: { name: 'Biblioteket' }, en: null });
    const { db: _db, ...rest } = context;
    void _db;
    const servicesDoc = await getJson(rest, '/api/v1/services?lang=se');
    expect(servicesDoc.response.status).toBe(200);
    expect(servicesDoc.body.services[0].name).toEqual({ text: 'Biblioteket', lang: 'sv', stale: null });
    expect(servicesDoc.body.services[0].url).toBe('https://status.example.org/tjanster/kirjasto');
    const components = await statuspage(context, '/api/v2/components.json', '?lang=se');
    expect(components.page.url).toBe('https://status.example.org/');
  });
});

describe('refusals', () => {
  it('answers unknown documents and bad parameters in JSON, never with the HTML error page', async () => {
    const context = await createTestApp({ seed: 'example' });
    const cases: [string, number][] = [
      ['/api/v2/nothing-here.json', 404],
      ['/api/v1/nothing-here', 404],
      ['/api/v1/services/finns-inte', 404],
      ['/api/v1/incidents/finns-inte', 404],
      ['/api/v1/incidents?page=99', 404],
      ['/api/v1/incidents?page=0', 400],
      ['/api/v1/incidents?page=1e2', 400],
      ['/api/v1/services/Mina%20sidor', 400],
      ['/api/v1/status?lang=%E0%A4%A', 400],
    ];
    for (const [path, status] of cases) {
      const { response, body } = await getJson(context, path);
      expect(response.status, path).toBe(status);
      expect(body.error.status, path).toBe(status);
      expect(typeof body.error.message, path).toBe('string');
    }
    expect(context.errors).toEqual([]);
  });
});

describe('while the database is down', () => {
  it('serves each document from its last good copy, byte for byte and per language, with CORS and the snapshot header', async () => {
    const dir = temporaryDirectory(cleanups);
    const remote = await RemoteDatabase.create(cleanups, dir);
    const db = await remoteAppDatabase(cleanups, remote.url);
    const context = await createTestApp({ database: db, seed: 'site', revisionTtlMs: 0, databaseTimeoutMs: 1_000, databaseRetryMs: 500 });
    const group = await makeGroup(context.db, context.clock, { sv: 'E-tjänster', en: 'E-services' });
    const service = await makeService(context.db, context.clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor' }, en: { name: 'My pages' } });
    await setStatus(context.db, context.clock, service.id, 'down');
    const paths = ['/api/v2/summary.json', '/api/v2/summary.json?lang=en', '/api/v1/services', '/api/v1/incidents?page=1'];
    const fresh = new Map<string, string>();
    for (const path of paths) {
      const response = await context.app.request(path);
      expect(response.status, path).toBe(200);
      fresh.set(path, await response.text());
    }
    expect(fresh.get('/api/v2/summary.json')).toContain('"E-tjänster"');
    expect(fresh.get('/api/v2/summary.json?lang=en')).toContain('"E-services"');
    // The copies are kept in the background.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await remote.stop();
    for (const path of paths) {
      const response = await context.app.request(path, { headers: ORIGIN });
      expect(response.status, path).toBe(200);
      expect(response.headers.get(SNAPSHOT_HEADER), path).toBeTruthy();
      expect(response.headers.get('content-type'), path).toBe('application/json; charset=utf-8');
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(await response.text(), path).toBe(fresh.get(path));
    }
    // A document never rendered has no copy: a JSON 503, not an HTML page.
    const never = await context.app.request('/api/v2/components.json');
    expect(never.status).toBe(503);
    expect(((await never.json()) as any).error.status).toBe(503);
  });
});
