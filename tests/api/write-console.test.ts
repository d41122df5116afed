/**
 * API tokens in the admin console (/admin/settings/tokens): admins only; a token made there is
 * shown once and works against the write API; the list shows last use and expiry; revoking
 * stops it; both are in the audit log under the admin's name; hostile names are refused.
 */
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit';
import { listTokens } from '../../src/store/api-tokens';
import { bearer } from '../helpers/api-tokens';
import { Browser, makeUser } from '../helpers/admin';
import { createTestApp, visibleText } from '../helpers/app';
import { makeGroup, makeService } from '../helpers/factories';

async function signedInAdmin() {
  const context = await createTestApp();
  await makeService(context.db, context.clock, { groupId: await makeGroup(context.db, context.clock), slug: 'mina-sidor' });
  const admin = await makeUser(context, { username: 'ada', role: 'admin' });
  const editor = await makeUser(context, { username: 'erik', role: 'editor' });
  const browser = new Browser(context.app, '192.0.2.10');
  expect((await browser.signIn('ada', admin.password)).status).toBe(303);
  return { ...context, browser, editor };
}

const setDown = (app: Awaited<ReturnType<typeof createTestApp>>['app'], secret: string) =>
  app.request('/api/v1/services/mina-sidor/status', {
    method: 'POST',
    headers: bearer(secret),
    body: JSON.stringify({ status: 'down', note: { sv: 'Nere.' } }),
  });

describe('the API tokens page', () => {
  it('creates a token shown once, which then works; lists it with last use and expiry; revokes it', async () => {
    const context = await signedInAdmin();
    expect((await context.browser.get('/admin/settings/tokens')).status).toBe(200);
    const created = await context.browser.post('/admin/settings/tokens', { name: 'Zabbix', scopes: ['status:write', 'read'], expiresDays: '30' });
    expect(created.status).toBe(200);
    const html = await created.text();
    const secret = /id="token-secret"[^>]*value="([^"]+)"/.exec(html)?.[1];
    expect(secret).toMatch(/^sptok_/);
    expect(visibleText(html)).toContain('Nyckeln ”zabbix” är skapad');

    // Shown once: the list afterwards has the prefix only.
    const listed = await (await context.browser.get('/admin/settings/tokens')).text();
    expect(listed).not.toContain(secret!);
    expect(listed).toContain(`${secret!.slice(0, 12)}…`);
    expect(visibleText(listed)).toContain('read, status:write Aktiv 13 mars 2026 kl. 14.00 Aldrig ada');

    expect((await setDown(context.app, secret!)).status).toBe(200);
    const used = visibleText(await (await context.browser.get('/admin/settings/tokens')).text());
    expect(used).toContain('read, status:write Aktiv 13 mars 2026 kl. 14.00 11 februari 2026 kl. 14.00 ada');

    const [token] = await listTokens(context.db);
    const revoked = await context.browser.post(`/admin/settings/tokens/${token!.id}/revoke`, {});
    expect(revoked.status).toBe(303);
    const after = visibleText(await (await context.browser.get(revoked.headers.get('location')!)).text());
    expect(after).toContain('Nyckeln ”zabbix” är återkallad');
    expect(after).toContain('Återkallad');
    expect((await setDown(context.app, secret!)).status).toBe(401);

    const audit = await listAudit(context.db, { action: 'api-token' });
    expect(audit.map((entry) => [entry.action, entry.username]).reverse()).toEqual([
      ['api-token.create', 'ada'],
      ['api-token.revoke', 'ada'],
    ]);
  });

  it('refuses a form without scopes or with a bad name (422, nothing made) and escapes what was typed', async () => {
    const context = await signedInAdmin();
    await context.browser.get('/admin/settings/tokens');
    const refused = await context.browser.post('/admin/settings/tokens', { name: '<script>alert(1)</script>', expiresDays: 'soon' });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
    expect(visibleText(html)).toContain('Fältet måste fyllas i.');
    expect(visibleText(html)).toContain('Skriv ett helt antal dagar');
    expect(await listTokens(context.db)).toEqual([]);

    await context.browser.post('/admin/settings/tokens', { name: 'zabbix', scopes: 'read' });
    const taken = await context.browser.post('/admin/settings/tokens', { name: 'zabbix', scopes: 'read' });
    expect(taken.status).toBe(422);
    expect(visibleText(await taken.text())).toContain('Det finns redan en nyckel med det namnet');
  });

  it('is for admins only', async () => {
    const context = await signedInAdmin();
    const editor = new Browser(context.app, '192.0.2.20');
    await editor.signIn('erik', context.editor.password);
    expect((await editor.get('/admin/settings/tokens')).status).toBe(403);
    expect((await editor.post('/admin/settings/tokens', { name: 'smyg', scopes: 'status:write' })).status).toBe(403);
    expect(await listTokens(context.db)).toEqual([]);
  });
});
