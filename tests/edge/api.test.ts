/**
 * The JSON APIs inside workerd: the deployed Worker (wrangler.toml, the edge cache in front)
 * serves summary.json with CORS open from the cache too, answers 304 and the preflight at the
 * edge, and keeps each language apart; the app built in workerd serves every document.
 */
import { describe, expect, it } from 'vitest';
import { appInWorkerd, workerTarget } from './helpers';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ORIGIN = { Origin: 'https://dashboard.example.net' };

describe('the Statuspage API at the edge', () => {
  it('serves summary.json from the edge cache with CORS open, 304 for a known ETag, each language apart', async () => {
    const worker = workerTarget();
    // A tracking parameter names the same document: the first request may find it cached already.
    const first = await worker.request(`/api/v2/summary.json?utm_source=${crypto.randomUUID()}`, { headers: ORIGIN });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const summary = (await first.json()) as any;
    expect(summary.page).toMatchObject({ id: 'status.example.org', name: 'Exempelviks kommun', time_zone: 'Europe/Stockholm' });
    expect(summary.components.length).toBeGreaterThan(10);
    expect(['none', 'minor', 'major', 'critical', 'maintenance']).toContain(summary.status.indicator);
    expect(summary.scheduled_maintenances.map((maintenance: any) => maintenance.impact)).toContain('maintenance');
    await sleep(100); // the cache put happens after the response (waitUntil)

    const cached = await worker.request('/api/v2/summary.json', { headers: ORIGIN });
    expect(cached.headers.get('x-edge-cache')).toBe('hit');
    expect(cached.headers.get('access-control-allow-origin')).toBe('*');
    const etag = cached.headers.get('etag')!;
    await cached.text();
    const revalidated = await worker.request('/api/v2/summary.json', { headers: { ...ORIGIN, 'If-None-Match': etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('access-control-allow-origin')).toBe('*');

    const english = (await (await worker.request('/api/v2/summary.json?lang=en')).json()) as any;
    expect(english.page.name).toBe('Exempelvik Municipality');

    const preflight = await worker.request('/api/v2/summary.json', {
      method: 'OPTIONS',
      headers: { ...ORIGIN, 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('serves every document of the app built inside workerd', async () => {
    const { app } = await appInWorkerd({ seed: 'example' });
    for (const path of [
      '/api/v2/summary.json',
      '/api/v2/status.json',
      '/api/v2/components.json',
      '/api/v2/incidents.json',
      '/api/v2/incidents/unresolved.json',
      '/api/v2/scheduled-maintenances.json',
      '/api/v2/scheduled-maintenances/upcoming.json',
      '/api/v2/scheduled-maintenances/active.json',
      '/api/v1/status',
      '/api/v1/services',
      '/api/v1/incidents/it-angrepp',
      '/api/v1/maintenances',
      '/api/v1/contacts',
      '/api/openapi.json',
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
      await response.json();
    }
    expect((await app.request('/api/v2/status.json?lang=de')).status).toBe(400);
  });
});
