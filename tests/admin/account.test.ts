import { describe, expect, it } from 'vitest';
import { renderSVG } from 'uqr';
import { totpCodeAt, totpUri } from '../../src/auth/totp';
import { createTestApp, visibleText, type TestContext } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';

const HOSTILE = `<script>alert(1)</script> ]]> "quoted" 'single'`;

async function signedIn(options: { role?: 'admin' | 'editor'; displayName?: string; username?: string } = {}) {
  const context = await createTestApp();
  // Every installation has an admin (the store refuses changes that would leave none).
  if (options.role !== 'admin') await makeUser(context, { username: 'chefen', role: 'admin' });
  const { user, password } = await makeUser(context, { username: options.username ?? 'anna', role: options.role ?? 'editor', displayName: options.displayName ?? 'Anna Andersson' });
  const browser = new Browser(context.app);
  await browser.signIn(user.username, password);
  await browser.get('/admin/account');
  return { ...context, user, password, browser };
}

function auditEntries(context: TestContext, action: string) {
  return context.db.query.auditLog.findMany({ where: (log, { eq }) => eq(log.action, action) });
}

/** Enrols the authenticator app through the pages, as a person would; returns secret and codes. */
async function enrolTotp(context: TestContext, browser: Browser, password: string) {
  const page = await (await browser.get('/admin/account/totp')).text();
  const secret = /name="secret" value="([A-Z2-7]{32})"/.exec(page)![1]!;
  const response = await browser.post('/admin/account/totp', { secret, code: totpCodeAt(secret, context.clock.now()), password });
  expect(response.status).toBe(200);
  const codes = [...(await response.text()).matchAll(/<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})<\/code>/g)].map((match) => match[1]!);
  return { secret, codes };
}

describe('my account', () => {
  it('shows name, role and language, and saves a new language and name', async () => {
    const { browser, db, user } = await signedIn();
    const page = visibleText(await (await browser.get('/admin/account')).text());
    expect(page).toContain('Mitt konto');
    expect(page).toContain('anna');
    expect(page).toContain('Redaktör');
    const html = await (await browser.get('/admin/account')).text();
    const version = /name="version" value="(\d+)"/.exec(html)![1]!;
    const saved = await browser.post('/admin/account/profile', { displayName: 'Anna A.', locale: 'en', version });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/admin/account?done=profile');
    const english = visibleText(await (await browser.get(saved.headers.get('location')!)).text());
    expect(english).toContain('My account');
    expect(english).toContain('Your details are saved.');
    expect(english).toContain('Signed in as Anna A.');
    const [entry] = await auditEntries({ db } as TestContext, 'user.update');
    expect(entry).toMatchObject({ username: 'anna', targetId: String(user.id), before: { locale: 'sv' }, after: { locale: 'en', displayName: 'Anna A.' } });
  });

  it('keeps what was typed and says why when the form is wrong or the account changed meanwhile', async () => {
    const { browser } = await signedIn();
    const html = await (await browser.get('/admin/account')).text();
    const version = /name="version" value="(\d+)"/.exec(html)![1]!;
    const blank = await browser.post('/admin/account/profile', { displayName: ' ', locale: 'xx', version });
    expect(blank.status).toBe(422);
    const text = visibleText(await blank.text());
    expect(text).toContain('Fältet måste fyllas i.');
    expect(text).toContain('Välj ett av alternativen.');

    const stale = await browser.post('/admin/account/profile', { displayName: 'Gammal flik', locale: 'sv', version: String(Number(version) - 1) });
    expect(stale.status).toBe(409);
    const conflict = await stale.text();
    expect(visibleText(conflict)).toContain('Kontot ändrades någon annanstans');
    expect(conflict).toContain('value="Gammal flik"');
  });

  it('escapes hostile text in the display name', async () => {
    const { browser } = await signedIn();
    const html = await (await browser.get('/admin/account')).text();
    const version = /name="version" value="(\d+)"/.exec(html)![1]!;
    expect((await browser.post('/admin/account/profile', { displayName: HOSTILE, locale: 'sv', version })).status).toBe(303);
    const page = await (await browser.get('/admin/account')).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(visibleText(page)).toContain(`Inloggad som ${HOSTILE}`);
  });
});

describe('changing the password', () => {
  it('refuses a wrong current password, and counts it like a failed sign-in', async () => {
    const context = await signedIn();
    const response = await context.browser.post('/admin/account/password', {
      currentPassword: 'inte mitt lösenord alls',
      newPassword: 'ett helt nytt långt lösenord',
      repeatPassword: 'ett helt nytt långt lösenord',
    });
    expect(response.status).toBe(422);
    expect(visibleText(await response.text())).toContain('Lösenordet stämmer inte.');
    expect(await auditEntries(context, 'account.confirm-failed')).toHaveLength(1);
    expect(await auditEntries(context, 'user.password')).toHaveLength(0);
  });

  it('refuses a common password, one with the user name, a short one and a mismatch, with clear messages', async () => {
    const { browser, password } = await signedIn();
    const cases: [Record<string, string>, string][] = [
      [{ newPassword: 'password1234', repeatPassword: 'password1234' }, 'Lösenordet är för vanligt och lätt att gissa.'],
      [{ newPassword: 'anna har ett lösenord', repeatPassword: 'anna har ett lösenord' }, 'Lösenordet får inte innehålla ditt användarnamn eller namn.'],
      [{ newPassword: 'kort', repeatPassword: 'kort' }, 'Lösenordet är för kort: minst 12 tecken.'],
      [{ newPassword: 'ett helt nytt långt lösenord', repeatPassword: 'ett annat nytt långt lösenord' }, 'Lösenorden är inte lika.'],
    ];
    for (const [fields, message] of cases) {
      const response = await browser.post('/admin/account/password', { currentPassword: password, ...fields });
      expect(response.status, message).toBe(422);
      const html = await response.text();
      expect(visibleText(html)).toContain(message);
      expect(html).toMatch(/aria-describedby="[^"]*f-(newPassword|repeatPassword)-error/);
    }
  });

  it('changes the password and signs out every other session, but not this one', async () => {
    const context = await signedIn();
    const { browser, password, app } = context;
    const laptop = new Browser(app, '198.51.100.20');
    await laptop.signIn('anna', password);
    expect((await laptop.get('/admin')).status).toBe(200);

    const fresh = 'sju sorters kakor till kaffet';
    const response = await browser.post('/admin/account/password', { currentPassword: password, newPassword: fresh, repeatPassword: fresh });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin/account?done=password&n=1');
    expect(visibleText(await (await browser.get(response.headers.get('location')!)).text())).toContain(
      'Lösenordet är bytt. Du har loggats ut på en annan enhet.',
    );
    expect((await browser.get('/admin')).status).toBe(200);
    expect((await laptop.get('/admin')).status).toBe(303);

    expect((await new Browser(app).post('/admin/login', { username: 'anna', password })).status).toBe(401);
    expect((await new Browser(app).post('/admin/login', { username: 'anna', password: fresh })).status).toBe(303);
    const [entry] = await auditEntries(context, 'user.password');
    expect(entry!.after).toMatchObject({ passwordChanged: true, sessionsRevoked: 1 });
    expect(JSON.stringify(entry)).not.toContain('pbkdf2');
  });
});

describe('the list of sign-ins', () => {
  it('lists this user’s sessions with browser, times and address, and marks this one', async () => {
    const context = await signedIn();
    const { app, password, browser } = context;
    const phone = new Browser(app, '203.0.113.7');
    await phone.post('/admin/login', { username: 'anna', password }, { headers: { 'User-Agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1' } });
    const { password: otherPassword } = await makeUser(context, { username: 'bertil' });
    await new Browser(app, '203.0.113.99').signIn('bertil', otherPassword);

    const text = visibleText(await (await browser.get('/admin/account')).text());
    expect(text).toContain('Inloggningar');
    expect(text).toContain('Den här inloggningen');
    expect(text).toContain('Safari på iOS');
    expect(text).toContain('203.0.113.7');
    expect(text).toContain('11 februari 2026 kl. 14.00');
    expect(text).not.toContain('203.0.113.99');
  });

  it('signs out one other session, with htmx or without, and audits it', async () => {
    const context = await signedIn();
    const { app, password, browser } = context;
    const phone = new Browser(app, '203.0.113.7');
    const tablet = new Browser(app, '203.0.113.8');
    await phone.signIn('anna', password);
    await tablet.signIn('anna', password);
    const ids = [...(await (await browser.get('/admin/account')).text()).matchAll(/name="session" value="([^"]+)"/g)].map((match) => match[1]!);
    expect(ids).toHaveLength(2);

    const htmx = await browser.post('/admin/account/sessions/revoke', { session: ids[0]! }, { headers: { 'HX-Request': 'true' } });
    expect(htmx.status).toBe(200);
    const fragment = await htmx.text();
    expect(fragment).not.toContain('<html');
    expect(fragment).toContain('id="sessions"');
    expect(visibleText(fragment)).toContain('Inloggningen är avslutad.');

    const plain = await browser.post('/admin/account/sessions/revoke', { session: ids[1]! });
    expect(plain.status).toBe(303);
    expect(plain.headers.get('location')).toBe('/admin/account?done=session#sessions');
    expect((await phone.get('/admin')).status).toBe(303);
    expect((await tablet.get('/admin')).status).toBe(303);
    expect((await browser.get('/admin')).status).toBe(200);
    expect(await auditEntries(context, 'session.revoke')).toHaveLength(2);

    const again = await browser.post('/admin/account/sessions/revoke', { session: ids[1]! });
    expect(again.status).toBe(404);
    expect(visibleText(await again.text())).toContain('Inloggningen finns inte längre.');
  });

  it('cannot end another user’s session', async () => {
    const context = await signedIn();
    const { password: otherPassword } = await makeUser(context, { username: 'bertil' });
    const bertil = new Browser(context.app, '203.0.113.50');
    await bertil.signIn('bertil', otherPassword);
    const [session] = await context.db.query.sessions.findMany({ where: (row, { eq }) => eq(row.ip, '203.0.113.50') });
    const response = await context.browser.post('/admin/account/sessions/revoke', { session: session!.id });
    expect(response.status).toBe(404);
    expect((await bertil.get('/admin')).status).toBe(200);
  });

  it('signs out everywhere else', async () => {
    const context = await signedIn();
    const { app, password, browser } = context;
    const others = [new Browser(app, '203.0.113.7'), new Browser(app, '203.0.113.8')];
    for (const other of others) await other.signIn('anna', password);
    const response = await browser.post('/admin/account/sessions/revoke-others', {});
    expect(response.status).toBe(303);
    expect(visibleText(await (await browser.get(response.headers.get('location')!)).text())).toContain('Du har loggats ut på 2 andra enheter.');
    for (const other of others) expect((await other.get('/admin')).status).toBe(303);
    expect((await browser.get('/admin')).status).toBe(200);
    const [entry] = await auditEntries(context, 'session.revoke-others');
    expect(entry!.after).toEqual({ sessionsRevoked: 2 });
  });
});

describe('the authenticator app (TOTP)', () => {
  it('shows a QR code (inline SVG without style attributes) and the key for typing in', async () => {
    const { browser } = await signedIn();
    const response = await browser.get('/admin/account/totp');
    expect(response.status).toBe(200);
    const html = await response.text();
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<path fill="black" d="M[\d,hvzM-]+"/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const secret = /name="secret" value="([A-Z2-7]{32})"/.exec(html)![1]!;
    expect(visibleText(html)).toContain(secret.replace(/(.{4})/g, '$1 ').trim());
    // The same drawing as uqr's renderSVG, of the otpauth URI for this account.
    const expected = /<path fill="black" d="([^"]+)"/.exec(renderSVG(totpUri(secret, 'Testby kommun', 'anna'), { ecc: 'M', border: 2 }))![1];
    expect(/<path fill="black" d="([^"]+)"/.exec(svg)![1]).toBe(expected);
  });

  it('asks for the password before it is turned on, so a stolen session cannot lock the owner out', async () => {
    const context = await signedIn();
    const { browser, clock, password } = context;
    const page = await (await browser.get('/admin/account/totp')).text();
    expect(page).toMatch(/<input[^>]*name="password"[^>]*type="password"|<input[^>]*type="password"[^>]*name="password"/);
    const secret = /name="secret" value="([A-Z2-7]{32})"/.exec(page)![1]!;
    const code = totpCodeAt(secret, clock.now());

    const missing = await browser.post('/admin/account/totp', { secret, code });
    expect(missing.status).toBe(422);
    const missingHtml = await missing.text();
    expect(visibleText(missingHtml)).toContain('Fältet måste fyllas i.');
    expect(missingHtml).toContain(`value="${secret}"`);
    const wrong = await browser.post('/admin/account/totp', { secret, code, password: 'inte mitt lösenord alls' });
    expect(wrong.status).toBe(422);
    expect(visibleText(await wrong.text())).toContain('Lösenordet stämmer inte.');
    expect((await context.db.query.users.findFirst({ where: (row, { eq }) => eq(row.username, 'anna') }))!.totpEnabledAt).toBeNull();
    expect(await auditEntries(context, 'account.confirm-failed')).toHaveLength(1);

    const right = await browser.post('/admin/account/totp', { secret, code, password });
    expect(right.status).toBe(200);
    expect((await context.db.query.users.findFirst({ where: (row, { eq }) => eq(row.username, 'anna') }))!.totpEnabledAt).not.toBeNull();
  });

  it('is enabled only with a right code, then sign-in asks for a code that works once', async () => {
    const context = await signedIn();
    const { browser, clock, app, password } = context;
    const page = await (await browser.get('/admin/account/totp')).text();
    const secret = /name="secret" value="([A-Z2-7]{32})"/.exec(page)![1]!;
    const wrong = await browser.post('/admin/account/totp', { secret, code: '000000' === totpCodeAt(secret, clock.now()) ? '111111' : '000000', password });
    expect(wrong.status).toBe(422);
    const wrongHtml = await wrong.text();
    expect(visibleText(wrongHtml)).toContain('Koden stämmer inte.');
    expect(wrongHtml).toContain(`value="${secret}"`);
    expect((await context.db.query.users.findFirst())!.totpEnabledAt).toBeNull();

    const code = totpCodeAt(secret, clock.now());
    const right = await browser.post('/admin/account/totp', { secret, code, password });
    expect(right.status).toBe(200);
    const codesPage = await right.text();
    expect(visibleText(codesPage)).toContain('Koderna visas bara nu.');
    const codes = [...codesPage.matchAll(/<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})<\/code>/g)].map((match) => match[1]!);
    expect(codes).toHaveLength(10);
    const [entry] = await auditEntries(context, 'user.totp-enable');
    expect(entry!.after).toMatchObject({ totp: true, recoveryCodes: 10 });
    expect(JSON.stringify(entry)).not.toContain(secret);
    expect(visibleText(await (await browser.get('/admin/account')).text())).toContain('10 oanvända reservkoder kvar.');

    // Signing in now takes a second step; the code that confirmed the app does not work again.
    const other = new Browser(app, '198.51.100.30');
    const first = await other.post('/admin/login', { username: 'anna', password, next: '/admin' });
    expect(first.headers.get('location')).toBe('/admin/login/verify?next=%2Fadmin');
    expect((await other.get('/admin')).status).toBe(303);
    await other.get('/admin/login/verify');
    const reused = await other.post('/admin/login/verify', { code });
    expect(reused.status).toBe(409);
    expect(visibleText(await reused.text())).toContain('Koden har redan använts.');
    clock.advance(30_000);
    const next = totpCodeAt(secret, clock.now());
    expect((await other.post('/admin/login/verify', { code: next })).status).toBe(303);
    expect((await other.get('/admin')).status).toBe(200);
    // … and that one does not work a second time either.
    const third = new Browser(app, '198.51.100.31');
    await third.post('/admin/login', { username: 'anna', password });
    await third.get('/admin/login/verify');
    expect((await third.post('/admin/login/verify', { code: next })).status).toBe(409);
  });

  it('lets a recovery code sign in once', async () => {
    const context = await signedIn();
    const { codes } = await enrolTotp(context, context.browser, context.password);
    const signInWith = async (recoveryCode: string) => {
      const browser = new Browser(context.app, '198.51.100.40');
      await browser.post('/admin/login', { username: 'anna', password: context.password });
      await browser.get('/admin/login/verify');
      return browser.post('/admin/login/verify', { recoveryCode });
    };
    expect((await signInWith(codes[3]!.toUpperCase())).status).toBe(303);
    expect((await signInWith(codes[3]!)).status).toBe(401);
    const [login] = (await auditEntries(context, 'auth.login')).filter((entry) => (entry.after as { method: string }).method === 'password+recovery-code');
    expect(login).toBeDefined();
    expect(visibleText(await (await context.browser.get('/admin/account')).text())).toContain('9 oanvända reservkoder kvar.');
  });

  it('locks the second step after five wrong codes', async () => {
    const context = await signedIn();
    const { secret } = await enrolTotp(context, context.browser, context.password);
    const browser = new Browser(context.app, '198.51.100.41');
    await browser.post('/admin/login', { username: 'anna', password: context.password });
    await browser.get('/admin/login/verify');
    const right = totpCodeAt(secret, new Date(context.clock.now().getTime() + 30_000));
    const wrongCode = right === '123456' ? '654321' : '123456';
    for (let attempt = 1; attempt <= 4; attempt++) expect((await browser.post('/admin/login/verify', { code: wrongCode })).status).toBe(401);
    const fifth = await browser.post('/admin/login/verify', { code: wrongCode });
    expect(fifth.status).toBe(429);
    expect(visibleText(await fifth.text())).toContain('Försök igen om 15 minuter.');
    context.clock.advance(30_000);
    expect((await browser.post('/admin/login/verify', { code: right })).status).toBe(429);
    expect(await auditEntries(context, 'auth.second-factor-failed')).toHaveLength(5);
  });

  it('makes new recovery codes only with the password or a code, and the old ones stop working', async () => {
    const context = await signedIn();
    const { browser, clock, password } = context;
    const { secret, codes } = await enrolTotp(context, browser, password);
    const refused = await browser.post('/admin/account/recovery-codes', { confirm: 'fel lösenord helt klart' });
    expect(refused.status).toBe(422);
    expect(visibleText(await refused.text())).toContain('Lösenordet stämmer inte.');

    clock.advance(30_000);
    const byCode = await browser.post('/admin/account/recovery-codes', { confirm: totpCodeAt(secret, clock.now()) });
    expect(byCode.status).toBe(200);
    const fresh = [...(await byCode.text()).matchAll(/<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})<\/code>/g)].map((match) => match[1]!);
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(codes[0]);

    const byPassword = await browser.post('/admin/account/recovery-codes', { confirm: password });
    expect(byPassword.status).toBe(200);
    expect(await auditEntries(context, 'user.recovery-codes')).toHaveLength(2);

    const other = new Browser(context.app, '198.51.100.42');
    await other.post('/admin/login', { username: 'anna', password });
    await other.get('/admin/login/verify');
    expect((await other.post('/admin/login/verify', { recoveryCode: codes[0]! })).status).toBe(401);
  });

  it('is removed only with the password, and sign-in is one step again', async () => {
    const context = await signedIn();
    const { browser, password } = context;
    await enrolTotp(context, browser, password);
    const wrong = await browser.post('/admin/account/totp/disable', { password: 'fel fel fel fel fel' });
    expect(wrong.status).toBe(422);
    const ok = await browser.post('/admin/account/totp/disable', { password });
    expect(ok.status).toBe(303);
    expect(visibleText(await (await browser.get(ok.headers.get('location')!)).text())).toContain('Autentiseringsappen är borttagen.');
    const [entry] = await auditEntries(context, 'user.totp-disable');
    expect(entry).toMatchObject({ before: { totp: true }, after: { totp: false, recoveryCodesDeleted: true } });
    expect((await new Browser(context.app, '198.51.100.43').post('/admin/login', { username: 'anna', password, next: '/admin' })).headers.get('location')).toBe('/admin');
  });
});

describe('requiring two-step verification for everyone', () => {
  it('is an admin-only setting, audited', async () => {
    const editor = await signedIn({ role: 'editor' });
    expect((await editor.browser.get('/admin/account/security-policy')).status).toBe(403);
    expect((await editor.browser.post('/admin/account/security-policy', { requireSecondFactor: 'on' })).status).toBe(403);

    const admin = await signedIn({ role: 'admin', username: 'admin' });
    const response = await admin.browser.post('/admin/account/security-policy', { requireSecondFactor: 'on' });
    expect(response.status).toBe(303);
    const page = visibleText(await (await admin.browser.get(response.headers.get('location')!)).text());
    expect(page).toContain('Sparat: tvåstegsverifiering krävs nu för alla konton.');
    const [entry] = await auditEntries(admin, 'security.require-second-factor');
    expect(entry).toMatchObject({ username: 'admin', before: { requireSecondFactor: false }, after: { requireSecondFactor: true } });
  });

  it('holds a user without a second factor on the account page until they enrol', async () => {
    const context = await signedIn({ role: 'admin', username: 'admin' });
    const { browser, app } = context;
    const { password } = await makeUser(context, { username: 'eva' });
    await browser.post('/admin/account/security-policy', { requireSecondFactor: 'on' });

    const eva = new Browser(app, '198.51.100.60');
    const signIn = await eva.post('/admin/login', { username: 'eva', password, next: '/admin' });
    expect(signIn.headers.get('location')).toBe('/admin');
    const dashboard = await eva.get('/admin');
    expect(dashboard.status).toBe(303);
    expect(dashboard.headers.get('location')).toBe('/admin/account');
    expect((await eva.get('/admin/incidents')).headers.get('location')).toBe('/admin/account');
    const htmx = await eva.get('/admin/services', { 'HX-Request': 'true' });
    expect(htmx.headers.get('HX-Redirect')).toBe('/admin/account');
    const account = await eva.get('/admin/account');
    expect(account.status).toBe(200);
    expect(visibleText(await account.text())).toContain('Tvåstegsverifiering krävs för alla konton. Lägg till en autentiseringsapp eller en passkey innan du fortsätter.');

    // The admin, also without one, is held too, but can reach the policy page.
    expect((await browser.get('/admin')).headers.get('location')).toBe('/admin/account');
    expect((await browser.get('/admin/account/security-policy')).status).toBe(200);

    await enrolTotp(context, eva, password);
    expect((await eva.get('/admin')).status).toBe(200);
    expect(visibleText(await (await eva.get('/admin/account')).text())).not.toContain('Lägg till en autentiseringsapp eller en passkey innan du fortsätter.');

    // Removing the only second factor is refused while it is required.
    const removal = await eva.post('/admin/account/totp/disable', { password });
    expect(removal.status).toBe(422);
    expect(visibleText(await removal.text())).toContain('Lägg till en passkey eller en autentiseringsapp innan du tar bort den här.');

    // Sign-out stays reachable.
    expect((await eva.post('/admin/logout', {})).headers.get('location')).toBe('/admin/login?signed-out');
  });

  it('lets everyone in when it is not required', async () => {
    const { browser } = await signedIn();
    expect((await browser.get('/admin')).status).toBe(200);
  });
});
