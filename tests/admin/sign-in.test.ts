import { describe, expect, it } from 'vitest';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';

describe('signing in', () => {
  it('signs in with a password and sets a strict, host-bound session cookie', async () => {
    const context = await createTestApp({ publicUrl: 'https://status.example.org' });
    const { user, password } = await makeUser(context, { username: 'anna' });
    const browser = new Browser(context.app);
    const response = await browser.post('/admin/login', { username: 'Anna', password, next: '/admin' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin');
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^__Host-session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    const dashboard = await browser.get('/admin');
    expect(dashboard.status).toBe(200);
    expect(dashboard.headers.get('cache-control')).toBe('no-store');
    expect(visibleText(await dashboard.text())).toContain(`Inloggad som ${user.displayName}`);
  });

  it('uses a plain HttpOnly, SameSite=Strict cookie on http://localhost, where browsers refuse Secure ones', async () => {
    const context = await createTestApp({ publicUrl: null });
    const { password } = await makeUser(context, { username: 'anna' });
    const response = await new Browser(context.app).post('/admin/login', { username: 'anna', password });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
  });

  it('refuses a wrong password with a clear message and never says which part was wrong', async () => {
    const context = await createTestApp();
    const { user } = await makeUser(context, { username: 'anna' });
    const browser = new Browser(context.app);
    const wrong = await browser.post('/admin/login', { username: 'anna', password: 'fel lösenord helt och hållet' });
    const unknown = await browser.post('/admin/login', { username: 'ingen', password: 'fel lösenord helt och hållet' });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(visibleText(await response.text())).toContain('Fel användarnamn eller lösenord.');
    }
    expect(browser.hasSessionCookie()).toBe(false);
    const failures = await context.db.query.auditLog.findMany({ where: (log, { eq }) => eq(log.action, 'auth.login-failed') });
    expect(failures.map((entry) => [entry.username, entry.ip, entry.targetId])).toEqual([
      ['anna', '192.0.2.1', String(user.id)],
      ['ingen', '192.0.2.1', null],
    ]);
  });

  // Failed sign-ins per account, per address and per device: tests/admin/sign-in-throttling.test.ts.

  it('throttles one client trying many accounts', async () => {
    const context = await createTestApp();
    const browser = new Browser(context.app, '198.51.100.77');
    let last: Response | undefined;
    for (let attempt = 1; attempt <= 20; attempt++) {
      last = await browser.post('/admin/login', { username: `konto${attempt}`, password: 'helt fel lösenord här' });
    }
    expect(last!.status).toBe(429);
    expect(visibleText(await last!.text())).toContain('För många misslyckade försök från den här datorn.');
    const other = new Browser(context.app, '198.51.100.78');
    expect((await other.post('/admin/login', { username: 'konto1', password: 'helt fel lösenord här' })).status).toBe(401);
  });

  it('sends people who are not signed in to the sign-in page, and back afterwards', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna' });
    const browser = new Browser(context.app);
    const response = await browser.get('/admin');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin/login?next=%2Fadmin');
    const login = await browser.get('/admin/login?next=%2Fadmin');
    expect(login.status).toBe(200);
    const signedIn = await browser.post('/admin/login', { username: 'anna', password, next: 'https://evil.example/' });
    expect(signedIn.headers.get('location')).toBe('/admin');
  });

  it('ends the session on sign-out, and the old cookie no longer works', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna' });
    const browser = new Browser(context.app);
    await browser.signIn('anna', password);
    const stolen = browser.cookieHeader();
    const out = await browser.post('/admin/logout', {});
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/admin/login?signed-out');
    const replay = await context.app.request('/admin', { headers: { Cookie: stolen } });
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toContain('/admin/login');
  });

  it('expires a session after two idle hours and after twelve hours in all', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna' });
    const idle = new Browser(context.app);
    await idle.signIn('anna', password);
    context.clock.advance(2 * 3_600_000 + 1000);
    expect((await idle.get('/admin')).status).toBe(303);

    const busy = new Browser(context.app);
    await busy.signIn('anna', password);
    for (let hour = 1; hour <= 11; hour++) {
      context.clock.advance(3_600_000);
      expect((await busy.get('/admin')).status, `hour ${hour}`).toBe(200);
    }
    context.clock.advance(3_600_000 + 1000);
    expect((await busy.get('/admin')).status).toBe(303);
  });
});

describe('CSRF protection', () => {
  it('rejects a state-changing request without the session token or from another origin', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna' });
    const browser = new Browser(context.app);
    await browser.signIn('anna', password);
    const noToken = await browser.post('/admin/logout', {}, { csrf: false });
    expect(noToken.status).toBe(403);
    expect(visibleText(await noToken.text())).toContain('Formuläret kunde inte verifieras');
    const wrongToken = await browser.post('/admin/logout', { _csrf: 'x'.repeat(43) });
    expect(wrongToken.status).toBe(403);
    const crossSite = await browser.post('/admin/logout', {}, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    const noOrigin = await browser.post('/admin/logout', {}, { origin: null });
    expect(noOrigin.status).toBe(403);
    // The session survived every forged attempt.
    expect((await browser.get('/admin')).status).toBe(200);
  });
});
