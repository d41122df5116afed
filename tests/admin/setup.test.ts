import { describe, expect, it } from 'vitest';
import { findUserByUsername } from '../../src/store/users';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';

const TOKEN = 'k2Jd9-setup-token-of-enough-length-0123456789';
const FIRST_ADMIN = {
  token: TOKEN,
  username: 'anna',
  displayName: 'Anna Andersson',
  password: 'sju sorters blommor under kudden',
  password2: 'sju sorters blommor under kudden',
};

describe('first-admin setup on the web', () => {
  it('does not exist without a configured setup token', async () => {
    const context = await createTestApp();
    const browser = new Browser(context.app);
    expect((await browser.get('/admin/setup')).status).toBe(404);
    expect((await browser.post('/admin/setup', FIRST_ADMIN)).status).toBe(404);
    expect(await findUserByUsername(context.db, 'anna')).toBeUndefined();
  });

  it('does not exist once any account exists, so the token is worth nothing', async () => {
    const context = await createTestApp({ setupToken: TOKEN });
    await makeUser(context, { username: 'redan', role: 'editor' });
    const browser = new Browser(context.app);
    expect((await browser.get('/admin/setup')).status).toBe(404);
    expect((await browser.post('/admin/setup', FIRST_ADMIN)).status).toBe(404);
    expect(await findUserByUsername(context.db, 'anna')).toBeUndefined();
  });

  it('refuses a wrong token, and locks the client out after five tries', async () => {
    const context = await createTestApp({ setupToken: TOKEN });
    const browser = new Browser(context.app, '198.51.100.66');
    const page = await browser.get('/admin/setup');
    expect(page.status).toBe(200);
    expect(visibleText(await page.text())).toContain('Skapa första administratören');

    for (let attempt = 1; attempt <= 4; attempt++) {
      const wrong = await browser.post('/admin/setup', { ...FIRST_ADMIN, token: `gissning-${attempt}` });
      expect(wrong.status).toBe(401);
      expect(visibleText(await wrong.text())).toContain('Installationsnyckeln stämmer inte.');
    }
    const fifth = await browser.post('/admin/setup', { ...FIRST_ADMIN, token: 'gissning-5' });
    expect(fifth.status).toBe(429);
    expect(visibleText(await fifth.text())).toContain('För många felaktiga försök från den här datorn. Försök igen om 15 minuter.');
    // Locked: even the right token waits …
    expect((await browser.post('/admin/setup', FIRST_ADMIN)).status).toBe(429);
    expect(await findUserByUsername(context.db, 'anna')).toBeUndefined();
    // … while another client is not affected.
    expect((await new Browser(context.app, '198.51.100.67').post('/admin/setup', { ...FIRST_ADMIN, token: 'nope' })).status).toBe(401);

    const failures = await context.db.query.auditLog.findMany({ where: (log, { eq }) => eq(log.action, 'setup.failed') });
    expect(failures).toHaveLength(6);
    expect(failures[0]).toMatchObject({ ip: '198.51.100.66', after: { reason: 'wrong-token' } });
    expect(JSON.stringify(failures)).not.toContain('gissning');
  });

  it('with the right token, checks the fields, then creates the admin and signs them in', async () => {
    const context = await createTestApp({ setupToken: TOKEN });
    const browser = new Browser(context.app);

    const weak = await browser.post('/admin/setup', { ...FIRST_ADMIN, displayName: '<script>alert(1)</script>', password: 'qwerty123456', password2: 'qwerty123456' });
    expect(weak.status).toBe(422);
    const weakHtml = await weak.text();
    expect(visibleText(weakHtml)).toContain('Det lösenordet är för vanligt och lätt att gissa.');
    expect(weakHtml).not.toContain('<script>alert(1)</script>');
    expect(weakHtml).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(weakHtml).not.toContain(TOKEN);

    const differ = await browser.post('/admin/setup', { ...FIRST_ADMIN, password2: 'något helt annat lösenord' });
    expect(differ.status).toBe(422);
    expect(visibleText(await differ.text())).toContain('Lösenorden är inte likadana.');

    const badName = await browser.post('/admin/setup', { ...FIRST_ADMIN, username: 'Anna Andersson' });
    expect(badName.status).toBe(422);
    expect(await findUserByUsername(context.db, 'anna')).toBeUndefined();

    const created = await browser.post('/admin/setup', FIRST_ADMIN);
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe('/admin');
    expect(browser.hasSessionCookie()).toBe(true);
    const dashboard = await browser.get('/admin');
    expect(dashboard.status).toBe(200);
    expect(visibleText(await dashboard.text())).toContain('Inloggad som Anna Andersson (Administratör)');
    expect((await browser.get('/admin/users')).status).toBe(200);

    const user = (await findUserByUsername(context.db, 'anna'))!;
    expect(user.role).toBe('admin');
    const entries = await context.db.query.auditLog.findMany();
    expect(entries.find((entry) => entry.action === 'setup.first-admin')).toMatchObject({
      targetType: 'user',
      targetId: String(user.id),
      after: { username: 'anna', role: 'admin' },
    });
    expect(JSON.stringify(entries)).not.toContain(TOKEN);
    expect(JSON.stringify(entries)).not.toContain(FIRST_ADMIN.password);

    // Setup is closed for good.
    const stranger = new Browser(context.app, '203.0.113.5');
    expect((await stranger.get('/admin/setup')).status).toBe(404);
    expect((await stranger.post('/admin/setup', { ...FIRST_ADMIN, username: 'mallory' })).status).toBe(404);
    expect(await findUserByUsername(context.db, 'mallory')).toBeUndefined();

    // The new admin signs in again with the password chosen at setup.
    expect((await new Browser(context.app, '192.0.2.99').signIn('anna', FIRST_ADMIN.password)).status).toBe(303);
  });

  it('speaks English when asked to', async () => {
    const context = await createTestApp({ setupToken: TOKEN });
    const page = await new Browser(context.app).get('/admin/setup?lang=en');
    const text = visibleText(await page.text());
    expect(text).toContain('Create the first admin');
    expect(text).toContain('Setup token');
  });
});
