/**
 * Webhook endpoints in the admin console: an admin adds one and sees its secret once; bad
 * addresses and scopes get a clear 422; editors are refused; hostile text is escaped; an
 * endpoint that kept failing is announced on the dashboard until it is turned on again.
 */
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { WEBHOOK_DISABLE_AFTER } from '../../src/domain/delivery';
import { SYSTEM_ACTOR } from '../../src/store/audit';
import { createWebhookEndpoint, listWebhookEndpoints, recordWebhookAttempt } from '../../src/store/webhooks';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { makeGroup, makeService } from '../helpers/factories';

const HOSTILE = `<script>alert(1)</script> "quoted"`;

async function console_() {
  const context = await createTestApp();
  const admin = await makeUser(context, { username: 'ada', role: 'admin', locale: 'en' });
  const editor = await makeUser(context, { username: 'erik', role: 'editor' });
  const browser = new Browser(context.app, '192.0.2.10');
  await browser.signIn('ada', admin.password);
  const groupId = await makeGroup(context.db, context.clock);
  const portal = await makeService(context.db, context.clock, { groupId, sv: { name: 'Mina sidor' }, en: { name: 'My pages' } });
  return { ...context, browser, editor, portal };
}

describe('webhook endpoints in the console', () => {
  it('adds an endpoint and shows its Standard Webhooks secret once', async () => {
    const { db, browser, portal } = await console_();
    expect((await browser.get('/admin/settings/webhooks')).status).toBe(200);
    const response = await browser.post('/admin/settings/webhooks', {
      url: 'https://hooks.example.org/status',
      description: HOSTILE,
      scope: 'services',
      serviceIds: [String(portal.id)],
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    const [stored] = await listWebhookEndpoints(db);
    expect(stored).toMatchObject({ url: 'https://hooks.example.org/status', scope: 'services', serviceIds: [portal.id], description: HOSTILE });
    expect(stored!.secret).toMatch(/^whsec_/);
    expect(html).toContain(`<code id="webhook-secret">${stored!.secret}</code>`);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(visibleText(html)).toContain(HOSTILE);
    expect(visibleText(html)).toContain('The services My pages');

    const later = await (await browser.get('/admin/settings/webhooks')).text();
    expect(later).not.toContain(stored!.secret);
    expect(visibleText(later)).toContain('https://hooks.example.org/status');
  });

  it.each([
    ['http://hooks.example.org/status', 'The address must start with https://.'],
    ['https://192.168.1.20/hook', 'The address points at this computer or an internal network.'],
    ['https://localhost:8443/hook', 'The address points at this computer or an internal network.'],
    ['nonsense', 'This is not a valid address.'],
  ])('refuses %s with a 422 that says why', async (url, says) => {
    const { db, browser } = await console_();
    const response = await browser.post('/admin/settings/webhooks', { url, scope: 'all' });
    expect(response.status).toBe(422);
    expect(visibleText(await response.text())).toContain(says);
    expect(await listWebhookEndpoints(db)).toEqual([]);
  });

  it('refuses a chosen-services scope without services, and unknown services', async () => {
    const { db, browser } = await console_();
    for (const serviceIds of [[], ['99999'], ['abc']]) {
      const response = await browser.post('/admin/settings/webhooks', { url: 'https://hooks.example.org/a', scope: 'services', serviceIds });
      expect(response.status).toBe(422);
      expect(visibleText(await response.text())).toContain('Choose at least one service');
    }
    expect(await listWebhookEndpoints(db)).toEqual([]);
  });

  it('refuses editors', async () => {
    const context = await console_();
    const editor = new Browser(context.app, '192.0.2.30');
    await editor.signIn('erik', context.editor.password);
    expect((await editor.get('/admin/settings/webhooks')).status).toBe(403);
    expect((await editor.post('/admin/settings/webhooks', { url: 'https://hooks.example.org/a', scope: 'all' })).status).toBe(403);
    expect(await listWebhookEndpoints(context.db)).toEqual([]);
  });

  it('announces an endpoint that kept failing on the dashboard until an admin turns it on again', async () => {
    const { db, clock, browser } = await console_();
    const { id } = await createWebhookEndpoint(db, clock, { url: 'https://hooks.example.org/broken', description: 'Regionen', scope: 'all', serviceIds: [] }, SYSTEM_ACTOR);
    expect(visibleText(await (await browser.get('/admin')).text())).not.toContain('webhook is disabled');
    const failing = fixedClock(clock.now());
    for (let attempt = 0; attempt < WEBHOOK_DISABLE_AFTER.consecutiveFailures; attempt++) {
      await recordWebhookAttempt(db, failing.now(), id, 'HTTP 503 from hooks.example.org');
      failing.advance(WEBHOOK_DISABLE_AFTER.spanMs / (WEBHOOK_DISABLE_AFTER.consecutiveFailures - 1));
    }
    const dashboard = visibleText(await (await browser.get('/admin')).text());
    expect(dashboard).toContain('A webhook is disabled');
    expect(dashboard).toContain('https://hooks.example.org/broken');
    const listing = visibleText(await (await browser.get('/admin/settings/webhooks')).text());
    expect(listing).toContain('because it kept failing');
    expect(listing).toContain('HTTP 503 from hooks.example.org');

    const enabled = await browser.post(`/admin/settings/webhooks/${id}/enable`, {});
    expect(enabled.status).toBe(303);
    expect(visibleText(await (await browser.get('/admin')).text())).not.toContain('webhook is disabled');
    expect((await listWebhookEndpoints(db))[0]).toMatchObject({ disabledAt: null, consecutiveFailures: 0 });

    expect((await browser.post(`/admin/settings/webhooks/${id}/delete`, {})).status).toBe(303);
    expect(await listWebhookEndpoints(db)).toEqual([]);
    expect((await browser.post(`/admin/settings/webhooks/${id}/delete`, {})).status).toBe(404);
  });
});
