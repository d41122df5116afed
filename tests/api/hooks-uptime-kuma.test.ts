/**
 * Uptime Kuma's webhook notification: `heartbeat.status` 0 (down) and 1 (up), the service
 * named with ?service=<slug> (or a monitor name that is a slug), its Test button answered
 * without a change.
 */
import { describe, expect, it } from 'vitest';
import { Browser, makeUser } from '../helpers/admin';
import { setStatus } from '../helpers/factories';
import { HOSTILE_TEXTS } from '../helpers/hostile';
import { hookSite, MINUTE, postJson, servicePageText, statusOf } from './hooks-helpers';

const HOOK = '/api/v1/hooks/uptime-kuma';

/** What Uptime Kuma's webhook (application/json) sends for a heartbeat. */
function kuma(status: 0 | 1 | 2 | 3, monitorName = 'Mina sidor (https)', msg = 'timeout of 48000ms exceeded') {
  return {
    heartbeat: { monitorID: 3, status, time: '2026-02-11 14:00:00.000', msg, important: true, duration: 48 },
    monitor: { id: 3, name: monitorName, url: 'https://minasidor.example.org', type: 'http' },
    msg: `[${monitorName}] [${status === 0 ? '🔴 Down' : '✅ Up'}] ${msg}`,
  };
}

describe('Uptime Kuma webhook', () => {
  it('takes the service named by ?service= down on 0 and back on 1', async () => {
    const site = await hookSite();
    const down = await postJson(site, `${HOOK}?service=mina-sidor`, kuma(0), site.token);
    expect(down.status).toBe(200);
    expect((await down.json()).results[0]).toMatchObject({ service: 'mina-sidor', outcome: 'changed', to: 'down' });
    expect(await servicePageText(site)).toContain('Status just nu Ur funktion');

    site.clock.advance(3 * MINUTE);
    const up = await postJson(site, `${HOOK}?service=mina-sidor`, kuma(1, 'Mina sidor (https)', 'OK'), site.token);
    expect((await up.json()).results[0]).toMatchObject({ outcome: 'changed', from: 'down', to: 'operational' });
    expect(await servicePageText(site)).toContain('Automatiskt: övervakningen rapporterar att Mina sidor svarar igen.');
  });

  it('takes the service from a monitor name that is a slug, and a status from ?status=', async () => {
    const site = await hookSite();
    const response = await postJson(site, `${HOOK}?status=degraded`, kuma(0, 'mina-sidor'), site.token);
    expect((await response.json()).results[0]).toMatchObject({ outcome: 'changed', to: 'degraded' });
  });

  it('answers the Test button, pending and maintenance beats without changing anything', async () => {
    const site = await hookSite();
    const test = await postJson(site, `${HOOK}?service=mina-sidor`, { heartbeat: null, monitor: null, msg: 'Uptime Kuma: Testing' }, site.token);
    expect(await test.json()).toEqual({ results: [], ignored: 0, test: true });
    const pending = await postJson(site, `${HOOK}?service=mina-sidor`, kuma(2), site.token);
    expect(await pending.json()).toEqual({ results: [], ignored: 1 });
    expect(await statusOf(site)).toBe('operational');
  });

  it("does not overwrite a person's recent change", async () => {
    const site = await hookSite();
    await setStatus(site.db, site.clock, site.service.id, 'investigating', 'Vi utreder inloggningen.');
    site.clock.advance(MINUTE);
    const response = await postJson(site, `${HOOK}?service=mina-sidor`, kuma(0), site.token);
    expect((await response.json()).results[0]).toMatchObject({ outcome: 'flagged', reason: 'editor_precedence', status: 'investigating' });
    expect(await statusOf(site)).toBe('investigating');
  });

  it('refuses bad JSON, wrong types, an unnamed or unknown service and over 1 MB', async () => {
    const site = await hookSite();
    expect((await postJson(site, `${HOOK}?service=mina-sidor`, 'heartbeat=0', site.token)).status).toBe(400);
    const wrong = await postJson(site, `${HOOK}?service=mina-sidor`, { heartbeat: { status: 'down' } }, site.token);
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.field).toBe('heartbeat.status');
    const unnamed = await postJson(site, HOOK, kuma(0), site.token);
    expect(unnamed.status).toBe(422);
    expect((await unnamed.json()).error.field).toBe('monitor.name');
    expect((await postJson(site, `${HOOK}?service=finns-inte`, kuma(0), site.token)).status).toBe(404);
    expect((await postJson(site, `${HOOK}?service=mina-sidor`, kuma(0, 'x', 'y'.repeat(1_100_000)), site.token)).status).toBe(413);
    expect(await statusOf(site)).toBe('operational');
  });

  it('escapes hostile monitor messages in the console', async () => {
    const site = await hookSite();
    const { password } = await makeUser(site, { username: 'redaktor', role: 'editor' });
    const editor = new Browser(site.app);
    await editor.signIn('redaktor', password);
    for (const hostile of HOSTILE_TEXTS) {
      await setStatus(site.db, site.clock, site.service.id, 'degraded');
      const response = await postJson(site, `${HOOK}?service=mina-sidor`, kuma(0, hostile.text, hostile.text), site.token);
      expect((await response.json()).results[0].outcome, hostile.name).toBe('flagged');
      const html = await (await editor.get('/admin')).text();
      expect(html, hostile.name).not.toContain('<script>alert(1)</script>');
      expect(html, hostile.name).not.toContain('<img src=x');
      site.clock.advance(MINUTE);
      await setStatus(site.db, site.clock, site.service.id, 'operational');
      site.clock.advance(31 * MINUTE);
    }
  });
});
