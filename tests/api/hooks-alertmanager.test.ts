/**
 * Alertmanager's webhook (payload version 4) through the real app: a firing alert with
 * `status_page_service` takes the service down on the public page with an automatic update,
 * its resolution brings it back (or, for a token that does not restore, only flags it), a
 * person's recent change is never overwritten, and bad input is a clear 4xx.
 */
import { describe, expect, it } from 'vitest';
import { readAuditLog } from './hooks-audit';
import { alert, alertmanagerPayload, hookSite, MINUTE, postJson, servicePageText, statusOf } from './hooks-helpers';
import { setStatus } from '../helpers/factories';
import { statuspage } from './helpers';
import { Browser, makeUser } from '../helpers/admin';
import { visibleText } from '../helpers/app';
import { HOSTILE_TEXTS, MARKUP } from '../helpers/hostile';

const HOOK = '/api/v1/hooks/alertmanager';

describe('Alertmanager webhook', () => {
  it('takes a service down while the alert fires and brings it back when it resolves', async () => {
    const site = await hookSite();
    const firing = await postJson(site, HOOK, alertmanagerPayload([alert('firing', { status_page_service: 'mina-sidor' })]), site.token);
    expect(firing.status).toBe(200);
    expect(firing.headers.get('cache-control')).toBe('no-store');
    const answer = await firing.json();
    expect(answer).toMatchObject({ ignored: 0, results: [{ service: 'mina-sidor', outcome: 'changed', from: 'operational', to: 'down' }] });

    // What residents see: the status and the automatic wording, in both languages.
    let page = await servicePageText(site);
    expect(page).toContain('Status just nu Ur funktion');
    expect(page).toContain('Automatiskt: övervakningen rapporterar att Mina sidor inte svarar.');
    const english = visibleText(await (await site.app.request('/en/services/mina-sidor')).text());
    expect(english).toContain('Automatic: monitoring reports that My pages is not responding.');
    // The alert's own text is not published.
    expect(page).not.toContain('Probe failed');
    const { components } = await statuspage(site, '/api/v2/components.json');
    expect(components.find((component: any) => component.id === 'service-mina-sidor').status).toBe('major_outage');

    // Alertmanager repeats a firing alert every repeat_interval: nothing new is written.
    site.clock.advance(5 * MINUTE);
    const repeated = await postJson(site, HOOK, alertmanagerPayload([alert('firing', { status_page_service: 'mina-sidor' })]), site.token);
    expect((await repeated.json()).results).toEqual([{ service: 'mina-sidor', outcome: 'unchanged', status: 'down' }]);

    site.clock.advance(10 * MINUTE);
    const resolved = await postJson(site, HOOK, alertmanagerPayload([alert('resolved', { status_page_service: 'mina-sidor' })]), site.token);
    expect((await resolved.json()).results).toMatchObject([{ service: 'mina-sidor', outcome: 'changed', from: 'down', to: 'operational' }]);
    page = await servicePageText(site);
    expect(page).toContain('Status just nu Fungerar');
    expect(page).toContain('Automatiskt: övervakningen rapporterar att Mina sidor svarar igen.');
    expect(page.match(/Automatiskt:/g)).toHaveLength(2);

    // Audited under the token's name, in the same transactions.
    const audit = await readAuditLog(site);
    expect(audit.filter((entry) => entry.action === 'update.publish').map((entry) => entry.username)).toEqual(['token:prometheus', 'token:prometheus']);
    expect(audit.filter((entry) => entry.action === 'monitor.report')).toHaveLength(2);
  });

  it('keeps a service down while another alert about it still fires', async () => {
    const site = await hookSite();
    const probe = (status: 'firing' | 'resolved', fingerprint: string) => ({ ...alert(status, { status_page_service: 'mina-sidor' }), fingerprint });
    await postJson(site, HOOK, alertmanagerPayload([probe('firing', 'http-probe')]), site.token);
    site.clock.advance(MINUTE);
    const second = await postJson(site, HOOK, alertmanagerPayload([probe('firing', 'dns-probe')]), site.token);
    expect((await second.json()).results[0]).toMatchObject({ outcome: 'unchanged', status: 'down' });
    site.clock.advance(MINUTE);
    const first = await postJson(site, HOOK, alertmanagerPayload([probe('resolved', 'http-probe')]), site.token);
    expect((await first.json()).results[0]).toEqual({ service: 'mina-sidor', outcome: 'unchanged', status: 'down', stillFiring: 1 });
    expect(await statusOf(site)).toBe('down');
    site.clock.advance(MINUTE);
    const last = await postJson(site, HOOK, alertmanagerPayload([probe('resolved', 'dns-probe')]), site.token);
    expect((await last.json()).results[0]).toMatchObject({ outcome: 'changed', to: 'operational' });
  });

  it('forgets an alert that has not been repeated for a day', async () => {
    const site = await hookSite();
    const probe = (status: 'firing' | 'resolved', fingerprint: string) => ({ ...alert(status, { status_page_service: 'mina-sidor' }), fingerprint });
    await postJson(site, HOOK, alertmanagerPayload([probe('firing', 'lost-resolution'), probe('firing', 'http-probe')]), site.token);
    // Repeats refresh the alert that still fires; the other one's resolution never arrived.
    for (let hour = 0; hour < 25; hour += 1) {
      site.clock.advance(60 * MINUTE);
      await postJson(site, HOOK, alertmanagerPayload([probe('firing', 'http-probe')]), site.token);
    }
    const resolved = await postJson(site, HOOK, alertmanagerPayload([probe('resolved', 'http-probe')]), site.token);
    expect((await resolved.json()).results[0]).toMatchObject({ outcome: 'changed', to: 'operational' });
  });

  it('sets the status the alert names with status_page_status', async () => {
    const site = await hookSite();
    const response = await postJson(
      site,
      HOOK,
      alertmanagerPayload([alert('firing', { status_page_service: 'mina-sidor', status_page_status: 'degraded_performance' })]),
      site.token,
    );
    expect((await response.json()).results[0]).toMatchObject({ outcome: 'changed', to: 'degraded' });
    expect(await servicePageText(site)).toContain('Automatiskt: övervakningen rapporterar att Mina sidor fungerar med begränsningar.');
  });

  it('only flags a resolution for a token that does not restore, and shows the flag on the dashboard', async () => {
    const site = await hookSite({ restoreOnResolve: false });
    await postJson(site, HOOK, alertmanagerPayload([alert('firing', { status_page_service: 'mina-sidor' })]), site.token);
    site.clock.advance(10 * MINUTE);
    const response = await postJson(site, HOOK, alertmanagerPayload([alert('resolved', { status_page_service: 'mina-sidor' })]), site.token);
    const { results } = await response.json();
    expect(results).toMatchObject([{ service: 'mina-sidor', outcome: 'flagged', reason: 'resolved_review', status: 'down' }]);
    expect(results[0].message).toMatch(/does not restore/);
    expect(await statusOf(site)).toBe('down');

    const { password } = await makeUser(site, { username: 'redaktor', role: 'editor' });
    const editor = new Browser(site.app);
    await editor.signIn('redaktor', password);
    const dashboard = visibleText(await (await editor.get('/admin')).text());
    expect(dashboard).toContain('En rapport från övervakningen väntar på dig');
    expect(dashboard).toContain('Mina sidor – Alertmanager');
    expect(dashboard).toContain('Larmet har upphört. Kontrollera att tjänsten fungerar och återställ statusen själv.');

    // A second identical resolution does not flag twice.
    await postJson(site, HOOK, alertmanagerPayload([alert('resolved', { status_page_service: 'mina-sidor' })]), site.token);
    const again = visibleText(await (await editor.get('/admin')).text());
    expect(again).toContain('En rapport från övervakningen väntar på dig');

    // The editor restores it: the flag has been seen to.
    site.clock.advance(MINUTE);
    await setStatus(site.db, site.clock, site.service.id, 'operational', 'Mina sidor fungerar igen.');
    expect(visibleText(await (await editor.get('/admin')).text())).not.toContain('väntar på dig');
  });

  it('lets an editor mark a flag done, which takes it off the dashboard and is audited', async () => {
    const site = await hookSite({ restoreOnResolve: false });
    await postJson(site, HOOK, alertmanagerPayload([alert('firing', { status_page_service: 'mina-sidor' })]), site.token);
    await postJson(site, HOOK, alertmanagerPayload([alert('resolved', { status_page_service: 'mina-sidor' })]), site.token);
    const { password } = await makeUser(site, { username: 'redaktor', role: 'editor' });
    const editor = new Browser(site.app);
    await editor.signIn('redaktor', password);
    const html = await (await editor.get('/admin')).text();
    const action = /action="(\/admin\/monitor-flags\/\d+\/clear)"/.exec(html)?.[1];
    expect(action).toBeDefined();
    const done = await editor.post(action!, {});
    expect(done.status).toBe(303);
    expect(visibleText(await (await editor.get('/admin')).text())).not.toContain('väntar på dig');
    expect((await editor.post(action!, {})).status).toBe(404);
    expect((await readAuditLog(site)).filter((entry) => entry.action === 'monitor.flag-clear').map((entry) => entry.username)).toEqual(['redaktor']);
    // Without a session nothing is cleared.
    expect((await site.app.request(action!, { method: 'POST' })).status).not.toBe(303);
  });

  it("never overwrites a status a person set within the precedence window, and says so", async () => {
    const site = await hookSite();
    await setStatus(site.db, site.clock, site.service.id, 'degraded', 'Långsamt, vi felsöker.');
    site.clock.advance(29 * MINUTE);
    const response = await postJson(site, HOOK, alertmanagerPayload([alert('firing', { status_page_service: 'mina-sidor' })]), site.token);
    const { results } = await response.json();
    expect(results).toMatchObject([{ outcome: 'flagged', reason: 'editor_precedence', status: 'degraded' }]);
    expect(results[0].message).toContain('within the last 30 minutes');
    expect(await statusOf(site)).toBe('degraded');
    expect(await servicePageText(site)).not.toContain('Automatiskt');

    // After the window the monitor's report applies.
    site.clock.advance(2 * MINUTE);
    const later = await postJson(site, HOOK, alertmanagerPayload([alert('firing', { status_page_service: 'mina-sidor' })]), site.token);
    expect((await later.json()).results[0]).toMatchObject({ outcome: 'changed', from: 'degraded', to: 'down' });
  });

  it('takes the precedence window from the setting', async () => {
    const site = await hookSite({ monitorHooks: { editorPrecedenceMinutes: 5, grafanaSecret: null } });
    await setStatus(site.db, site.clock, site.service.id, 'degraded');
    site.clock.advance(6 * MINUTE);
    const response = await postJson(site, HOOK, alertmanagerPayload([alert('firing', { status_page_service: 'mina-sidor' })]), site.token);
    expect((await response.json()).results[0]).toMatchObject({ outcome: 'changed', to: 'down' });
  });

  it('ignores alerts without the label and answers an unknown service with 404, changing nothing', async () => {
    const site = await hookSite();
    const ignored = await postJson(site, HOOK, alertmanagerPayload([alert('firing', { job: 'node' })]), site.token);
    expect(await ignored.json()).toEqual({ results: [], ignored: 1 });

    const unknown = await postJson(
      site,
      HOOK,
      alertmanagerPayload([alert('firing', { status_page_service: 'mina-sidor' }), alert('firing', { status_page_service: 'finns-inte' })]),
      site.token,
    );
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatchObject({ code: 'not-found', message: expect.stringContaining('finns-inte') });
    // One transaction: the known service was not changed either.
    expect(await statusOf(site)).toBe('operational');
  });

  it('refuses bad JSON (400), wrong types and values (422 naming the field) and bodies over 1 MB (413)', async () => {
    const site = await hookSite();
    const broken = await postJson(site, HOOK, '{"version": "4", "alerts": [', site.token);
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe('bad-json');

    const wrongType = await postJson(site, HOOK, { ...alertmanagerPayload([]), alerts: [{ status: 'firing', labels: { status_page_service: 7 } }] }, site.token);
    expect(wrongType.status).toBe(422);
    expect((await wrongType.json()).error.field).toBe('alerts.0.labels.status_page_service');

    const wrongVersion = await postJson(site, HOOK, { ...alertmanagerPayload([]), version: '3' }, site.token);
    expect(wrongVersion.status).toBe(422);
    expect((await wrongVersion.json()).error).toMatchObject({ field: 'version', message: expect.stringContaining('version 4') });

    const badStatus = await postJson(site, HOOK, alertmanagerPayload([alert('firing', { status_page_service: 'mina-sidor', status_page_status: 'lost' })]), site.token);
    expect(badStatus.status).toBe(422);
    expect((await badStatus.json()).error).toMatchObject({ field: 'alerts.0.labels.status_page_status', message: expect.stringContaining('down, degraded') });

    const badSlug = await postJson(site, HOOK, alertmanagerPayload([alert('firing', { status_page_service: '../admin' })]), site.token);
    expect(badSlug.status).toBe(422);
    expect((await badSlug.json()).error.field).toBe('alerts.0.labels.status_page_service');

    const huge = await postJson(site, HOOK, alertmanagerPayload([alert('firing', { status_page_service: 'mina-sidor' }, 'x'.repeat(1_100_000))]), site.token);
    expect(huge.status).toBe(413);
    expect(await statusOf(site)).toBe('operational');
  });

  it('needs a token with the hooks scope', async () => {
    const site = await hookSite({ scopes: ['status:write'] });
    const body = alertmanagerPayload([alert('firing', { status_page_service: 'mina-sidor' })]);
    expect((await postJson(site, HOOK, body, null)).status).toBe(401);
    expect((await postJson(site, HOOK, body, 'sptok_not-a-token')).status).toBe(401);
    expect((await postJson(site, HOOK, body, site.token)).status).toBe(403);
    expect(await statusOf(site)).toBe('operational');
  });

  it('keeps hostile alert text out of the page and escapes it in the console', async () => {
    const site = await hookSite({ serviceName: MARKUP });
    const { password } = await makeUser(site, { username: 'redaktor', role: 'editor' });
    const editor = new Browser(site.app);
    await editor.signIn('redaktor', password);
    for (const hostile of HOSTILE_TEXTS) {
      // A person's recent change makes every report a flag, with the alert's text in it.
      await setStatus(site.db, site.clock, site.service.id, 'degraded');
      const response = await postJson(site, HOOK, alertmanagerPayload([alert('firing', { status_page_service: 'mina-sidor' }, hostile.text)]), site.token);
      expect((await response.json()).results[0].outcome, hostile.name).toBe('flagged');
      const html = await (await editor.get('/admin')).text();
      expect(html, hostile.name).not.toContain('<script>alert(1)</script>');
      expect(html, hostile.name).not.toContain('<img src=x');
      if (hostile.text === MARKUP) expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      site.clock.advance(MINUTE);
      await setStatus(site.db, site.clock, site.service.id, 'operational');
      site.clock.advance(31 * MINUTE);
    }
    // A report applied with a hostile service name: our wording, the name escaped.
    const applied = await postJson(site, HOOK, alertmanagerPayload([alert('firing', { status_page_service: 'mina-sidor' }, MARKUP)]), site.token);
    expect((await applied.json()).results[0].outcome).toBe('changed');
    const page = await (await site.app.request('/tjanster/mina-sidor')).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(visibleText(page)).toContain(`Automatiskt: övervakningen rapporterar att ${MARKUP} inte svarar.`);
  });
});
