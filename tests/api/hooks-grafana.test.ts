/**
 * Grafana's webhook contact point: the same alerts as Alertmanager, and, when a secret is
 * configured, the body signed with HMAC-SHA256 in X-Grafana-Alerting-Signature (optionally
 * over `<timestamp>:<body>` with X-Grafana-Alerting-Timestamp).
 */
import { describe, expect, it } from 'vitest';
import { signGrafanaBody } from '../../src/api/hooks/grafana-signature';
import { Browser, makeUser } from '../helpers/admin';
import { visibleText } from '../helpers/app';
import { setStatus } from '../helpers/factories';
import { HOSTILE_TEXTS, MARKUP } from '../helpers/hostile';
import { alert, hookSite, MINUTE, postJson, servicePageText, statusOf } from './hooks-helpers';

const HOOK = '/api/v1/hooks/grafana';
const SECRET = 'a long random grafana secret';

/** What Grafana's webhook sends (its own fields besides the alert list). */
function grafanaBody(alerts: ReturnType<typeof alert>[]): string {
  return JSON.stringify({
    receiver: 'status-page',
    status: alerts.some((one) => one.status === 'firing') ? 'firing' : 'resolved',
    orgId: 1,
    alerts: alerts.map((one) => ({ ...one, silenceURL: 'https://grafana.example.org/alerting/silence/new', values: { B: 1 } })),
    groupLabels: {},
    commonLabels: {},
    commonAnnotations: {},
    externalURL: 'https://grafana.example.org/',
    version: '1',
    groupKey: '{}:{}',
    truncatedAlerts: 0,
    title: '[FIRING:1] ProbeFailure',
    state: 'alerting',
    message: 'Probe failed',
  });
}

describe('Grafana webhook', () => {
  it('takes a service down and back with a correctly signed body', async () => {
    const site = await hookSite({ monitorHooks: { editorPrecedenceMinutes: 30, grafanaSecret: SECRET } });
    const firing = grafanaBody([alert('firing', { status_page_service: 'mina-sidor' })]);
    const response = await postJson(site, HOOK, firing, site.token, { 'X-Grafana-Alerting-Signature': await signGrafanaBody(SECRET, firing) });
    expect(response.status).toBe(200);
    expect((await response.json()).results[0]).toMatchObject({ outcome: 'changed', to: 'down' });
    expect(await servicePageText(site)).toContain('Automatiskt: övervakningen rapporterar att Mina sidor inte svarar.');

    site.clock.advance(5 * MINUTE);
    const resolved = grafanaBody([alert('resolved', { status_page_service: 'mina-sidor' })]);
    const timestamp = String(Math.floor(site.clock.now().getTime() / 1000));
    const back = await postJson(site, HOOK, resolved, site.token, {
      'X-Grafana-Alerting-Signature': await signGrafanaBody(SECRET, resolved, timestamp),
      'X-Grafana-Alerting-Timestamp': timestamp,
    });
    expect((await back.json()).results[0]).toMatchObject({ outcome: 'changed', to: 'operational' });
    expect(await statusOf(site)).toBe('operational');
  });

  it('refuses a wrong, missing or replayed signature with 401 and changes nothing', async () => {
    const site = await hookSite({ monitorHooks: { editorPrecedenceMinutes: 30, grafanaSecret: SECRET } });
    const body = grafanaBody([alert('firing', { status_page_service: 'mina-sidor' })]);
    const wrong = await postJson(site, HOOK, body, site.token, { 'X-Grafana-Alerting-Signature': await signGrafanaBody('another secret', body) });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.message).toContain('does not match');
    const tampered = await postJson(site, HOOK, body.replace('mina-sidor', 'mina-sidor '), site.token, {
      'X-Grafana-Alerting-Signature': await signGrafanaBody(SECRET, body),
    });
    expect(tampered.status).toBe(401);
    expect((await postJson(site, HOOK, body, site.token)).status).toBe(401);
    expect((await postJson(site, HOOK, body, site.token, { 'X-Grafana-Alerting-Signature': 'not hex' })).status).toBe(401);
    const old = String(Math.floor(site.clock.now().getTime() / 1000) - 600);
    const replayed = await postJson(site, HOOK, body, site.token, {
      'X-Grafana-Alerting-Signature': await signGrafanaBody(SECRET, body, old),
      'X-Grafana-Alerting-Timestamp': old,
    });
    expect(replayed.status).toBe(401);
    expect(await statusOf(site)).toBe('operational');
  });

  it('needs only the token when no secret is configured', async () => {
    const site = await hookSite();
    const response = await postJson(site, HOOK, grafanaBody([alert('firing', { status_page_service: 'mina-sidor', status_page_status: 'partial_outage' })]), site.token);
    expect((await response.json()).results[0]).toMatchObject({ outcome: 'changed', to: 'investigating' });
  });

  it('refuses bad JSON (400), wrong types (422), an unknown service (404) and over 1 MB (413)', async () => {
    const site = await hookSite();
    expect((await postJson(site, HOOK, '{"alerts": [}', site.token)).status).toBe(400);
    const wrong = await postJson(site, HOOK, { alerts: [{ status: 'burning', labels: {} }] }, site.token);
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.field).toBe('alerts.0.status');
    const unknown = await postJson(site, HOOK, grafanaBody([alert('firing', { status_page_service: 'okand-tjanst' })]), site.token);
    expect(unknown.status).toBe(404);
    const huge = await postJson(site, HOOK, grafanaBody([alert('firing', { status_page_service: 'mina-sidor' }, 'x'.repeat(1_100_000))]), site.token);
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe('too-large');
    expect(await statusOf(site)).toBe('operational');
  });

  it('escapes hostile alert text in the console', async () => {
    const site = await hookSite();
    const { password } = await makeUser(site, { username: 'redaktor', role: 'editor' });
    const editor = new Browser(site.app);
    await editor.signIn('redaktor', password);
    for (const hostile of HOSTILE_TEXTS) {
      await setStatus(site.db, site.clock, site.service.id, 'degraded');
      const response = await postJson(site, HOOK, grafanaBody([alert('firing', { status_page_service: 'mina-sidor' }, hostile.text)]), site.token);
      expect((await response.json()).results[0].outcome, hostile.name).toBe('flagged');
      const html = await (await editor.get('/admin')).text();
      expect(html, hostile.name).not.toContain('<script>alert(1)</script>');
      expect(visibleText(html), hostile.name).toContain('Mina sidor – Grafana');
      if (hostile.text === MARKUP) expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      site.clock.advance(MINUTE);
      await setStatus(site.db, site.clock, site.service.id, 'operational');
      site.clock.advance(31 * MINUTE);
    }
  });
});
