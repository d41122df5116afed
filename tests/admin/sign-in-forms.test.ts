/**
 * The sign-in forms work whatever session the browser already holds (a second tab, a user
 * between the password and the code step), and are still protected against cross-site posts:
 * Origin, SameSite cookies and a token the form carries (issue 9, defect 9). Signing in again
 * in the same browser ends the session it had.
 */
import { describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../src/auth/totp';
import { users } from '../../src/db/schema';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

async function activeSessions(context: Awaited<ReturnType<typeof createTestApp>>) {
  return context.db.query.sessions.findMany({ where: (row, { isNull }) => isNull(row.revokedAt) });
}

describe('the sign-in form with a session already in the browser', () => {
  it('signs in from a form opened before another tab signed in, and ends the session that tab had', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna' });
    const browser = new Browser(context.app);
    await browser.get('/admin/login');
    // The form in the first tab, with its hidden token (the old form had none).
    const firstTab = browser.csrfToken ?? '';
    await browser.signIn('anna', password);
    const earlier = browser.cookieHeader();
    expect(await activeSessions(context)).toHaveLength(1);

    const again = await browser.post('/admin/login', { username: 'anna', password, next: '/admin/incidents', _csrf: firstTab });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe('/admin/incidents');
    expect((await browser.get('/admin')).status).toBe(200);
    // The session of the earlier sign-in is over, not just forgotten by this browser.
    expect(browser.cookieHeader()).not.toBe(earlier);
    const replay = await context.app.request('/admin', { headers: { Cookie: earlier } });
    expect(replay.status).toBe(303);
    expect(await activeSessions(context)).toHaveLength(1);
  });

  it('works between the password and the code step, and the code page opened before still works', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna' });
    await context.db.update(users).set({ totpSecret: SECRET, totpEnabledAt: context.clock.now() });
    const browser = new Browser(context.app);
    expect((await browser.post('/admin/login', { username: 'anna', password, next: '/admin' })).headers.get('location')).toBe(
      '/admin/login/verify?next=%2Fadmin',
    );
    await browser.get('/admin/login/verify');
    const codePage = browser.csrfToken ?? '';
    const halfway = browser.cookieHeader();

    // Back to the sign-in page (the back button, another tab) and through it again.
    const form = await browser.get('/admin/login');
    expect(form.status).toBe(200);
    const again = await browser.post('/admin/login', { username: 'anna', password, next: '/admin' });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe('/admin/login/verify?next=%2Fadmin');
    expect((await context.app.request('/admin/login/verify', { headers: { Cookie: halfway } })).headers.get('location')).toBe('/admin/login');

    const verified = await browser.post('/admin/login/verify', { code: totpCodeAt(SECRET, context.clock.now()), _csrf: codePage });
    expect(verified.status).toBe(303);
    expect((await browser.get('/admin')).status).toBe(200);
    expect(await activeSessions(context)).toHaveLength(1);
  });

  it('keeps its token in a strict, host-bound cookie that a second visit reuses', async () => {
    const context = await createTestApp({ publicUrl: 'https://status.example.org' });
    const browser = new Browser(context.app, '192.0.2.1', 'https://status.example.org');
    const first = await browser.get('/admin/login');
    const cookie = first.headers.getSetCookie().find((header) => header.startsWith('__Host-signin='))!;
    expect(cookie).toMatch(/^__Host-signin=[A-Za-z0-9_-]{43};/);
    for (const attribute of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/']) expect(cookie).toContain(attribute);
    const token = browser.csrfToken;
    expect(await first.text()).toContain(`name="_csrf" value="${token}"`);
    // A second tab shows the same token, so the first tab's form stays valid.
    const second = await browser.get('/admin/login');
    expect(second.headers.getSetCookie().some((header) => header.startsWith('__Host-signin='))).toBe(false);
    expect(browser.csrfToken).toBe(token);
  });
});

describe('cross-site protection of the sign-in forms', () => {
  it('refuses sign-in posts without the form’s token, with a wrong one, from another site or without Origin', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna' });
    const browser = new Browser(context.app);
    await browser.get('/admin/login');
    const token = browser.csrfToken!;
    const attempts = {
      noToken: await browser.post('/admin/login', { username: 'anna', password }, { csrf: false }),
      wrongToken: await browser.post('/admin/login', { username: 'anna', password, _csrf: 'x'.repeat(43) }),
      crossSite: await browser.post('/admin/login', { username: 'anna', password }, { origin: 'https://evil.example' }),
      noOrigin: await browser.post('/admin/login', { username: 'anna', password }, { origin: null }),
      // The token alone, without the cookie it belongs to (another browser that copied it).
      noCookie: await context.app.request('/admin/login', {
        method: 'POST',
        body: new URLSearchParams({ username: 'anna', password, _csrf: token }),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
      }),
      passkeyWithoutToken: await browser.postJson('/admin/login/passkey/options', {}, { csrf: false }),
      codeWithoutToken: await browser.post('/admin/login/verify', { code: '123456' }, { csrf: false }),
    };
    for (const [name, response] of Object.entries(attempts)) {
      expect(response.status, name).toBe(403);
    }
    // Not a dead end: reloading the page gives a form that works.
    const refusal = visibleText(await attempts.noToken.text());
    expect(refusal).toContain('Formuläret kunde inte verifieras');
    expect(refusal).toContain('Ladda om sidan och försök igen.');
    expect(browser.hasSessionCookie()).toBe(false);
    expect(await context.db.query.sessions.findMany()).toHaveLength(0);
    // With the form as served, the same browser signs in.
    expect((await browser.post('/admin/login', { username: 'anna', password })).status).toBe(303);
  });
});
