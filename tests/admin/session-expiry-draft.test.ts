/**
 * A form posted after the session ended keeps its draft through signing in again (issue 12):
 * the sign-in page carries it (never a password or a code), and after the sign-in — password,
 * code step, or passkey — a page sends it, with the new session's token, only when the person
 * does. `next` and the draft's target stay inside the console.
 */
import { describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../src/auth/totp';
import { users } from '../../src/db/schema';
import { DEFAULT_SESSION_POLICY } from '../../src/store/sessions';
import { createTestApp, visibleText, type TestContext } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const NEW_NAME = 'Anna "<b>Ny</b>" Andersson';

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function hiddenValue(html: string, name: string): string | undefined {
  const match = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(html);
  return match ? decode(match[1]!) : undefined;
}

/** Signed in, on the account page, then away for longer than the idle limit. */
async function expiredEditor(context: TestContext) {
  const { user, password } = await makeUser(context, { username: 'anna', displayName: 'Anna Andersson' });
  const browser = new Browser(context.app);
  await browser.signIn('anna', password);
  const account = await (await browser.get('/admin/account')).text();
  const version = /name="version" value="(\d+)"/.exec(account)![1]!;
  const oldToken = browser.csrfToken!;
  context.clock.advance(DEFAULT_SESSION_POLICY.idleMs + 60_000);
  return { user, password, browser, version, oldToken };
}

describe('an expired session keeps the draft (no JavaScript)', () => {
  it('answers a late post with the sign-in page carrying the draft, and sends it after signing in again', async () => {
    const context = await createTestApp();
    const { user, password, browser, version, oldToken } = await expiredEditor(context);

    const late = await browser.post('/admin/account/profile', { version, displayName: NEW_NAME, locale: 'en', _csrf: oldToken });
    expect(late.status).toBe(401);
    const signInHtml = await late.text();
    expect(visibleText(signInHtml)).toContain('Du har loggats ut, så formuläret skickades inte. Det du skrev är sparat');
    expect(signInHtml).not.toContain('<b>Ny</b>');
    const draft = hiddenValue(signInHtml, 'draft')!;
    expect(JSON.parse(draft)).toEqual({
      target: '/admin/account/profile',
      fields: [
        ['version', version],
        ['displayName', NEW_NAME],
        ['locale', 'en'],
      ],
    });
    expect(draft).not.toContain(oldToken);
    expect(hiddenValue(signInHtml, 'next')).toBe('/admin/account/profile');

    const signedIn = await browser.post('/admin/login', { username: 'anna', password, next: '/admin/account/profile', draft });
    expect(signedIn.status).toBe(200);
    const resumeHtml = await signedIn.text();
    expect(visibleText(resumeHtml)).toContain('Du är inloggad igen — skicka formuläret');
    expect(resumeHtml).toContain('<form method="post" action="/admin/account/profile"');
    // What was typed is there to read and edit; the rest rides along hidden.
    expect(resumeHtml).toMatch(/<textarea id="kept-1" name="displayName"[^>]*>Anna &quot;&lt;b&gt;Ny&lt;\/b&gt;&quot; Andersson<\/textarea>/);
    expect(hiddenValue(resumeHtml, 'locale')).toBe('en');
    expect(hiddenValue(resumeHtml, 'version')).toBe(version);
    const newToken = hiddenValue(resumeHtml, '_csrf')!;
    expect(newToken).not.toBe(oldToken);
    // Never sent by itself: nothing changed yet.
    expect((await context.db.query.users.findFirst({ where: (row, { eq }) => eq(row.id, user.id) }))!.displayName).toBe('Anna Andersson');

    const sent = await browser.post('/admin/account/profile', { _csrf: newToken, version, displayName: NEW_NAME, locale: 'en' });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('/admin/account?done=profile');
    const saved = await context.db.query.users.findFirst({ where: (row, { eq }) => eq(row.id, user.id) });
    expect([saved!.displayName, saved!.locale]).toEqual([NEW_NAME, 'en']);
  });

  it('never carries passwords or the form token in the draft', async () => {
    const context = await createTestApp();
    const { browser, oldToken } = await expiredEditor(context);
    const late = await browser.post('/admin/account/password', {
      _csrf: oldToken,
      currentPassword: 'mitt gamla hemliga lösenord',
      newPassword: 'ett helt nytt hemligt lösenord',
      repeatPassword: 'ett helt nytt hemligt lösenord',
    });
    expect(late.status).toBe(401);
    const html = await late.text();
    expect(html).not.toContain('hemlig');
    expect(html).not.toContain(oldToken);
  });

  it('keeps the draft through the code step of an account with an authenticator app', async () => {
    const context = await createTestApp();
    const { password, browser, version, oldToken } = await expiredEditor(context);
    await context.db.update(users).set({ totpSecret: SECRET, totpEnabledAt: context.clock.now() });
    const draft = hiddenValue(await (await browser.post('/admin/account/profile', { version, displayName: NEW_NAME, locale: 'sv', _csrf: oldToken })).text(), 'draft')!;

    const step = await browser.post('/admin/login', { username: 'anna', password, draft });
    expect(step.status).toBe(200);
    const verifyHtml = await step.text();
    expect(visibleText(verifyHtml)).toContain('Bekräfta att det är du');
    expect(hiddenValue(verifyHtml, 'draft')).toBe(draft);
    expect(verifyHtml).toContain('action="/admin/login/verify?next=%2Fadmin%2Faccount%2Fprofile"');

    const wrong = await browser.post('/admin/login/verify?next=%2Fadmin%2Faccount%2Fprofile', { code: '000000', draft });
    expect(wrong.status).toBe(401);
    expect(hiddenValue(await wrong.text(), 'draft')).toBe(draft);

    const verified = await browser.post('/admin/login/verify?next=%2Fadmin%2Faccount%2Fprofile', { code: totpCodeAt(SECRET, context.clock.now()), draft });
    expect(verified.status).toBe(200);
    const resumeHtml = await verified.text();
    expect(visibleText(resumeHtml)).toContain('Du är inloggad igen — skicka formuläret');
    expect(resumeHtml).toContain('Anna &quot;&lt;b&gt;Ny&lt;/b&gt;&quot; Andersson</textarea>');
  });

  it('after a passkey sign-in, the sign-in page hands the draft to the resume page', async () => {
    const context = await createTestApp();
    const { password, browser, version, oldToken } = await expiredEditor(context);
    const signInHtml = await (await browser.post('/admin/account/profile', { version, displayName: NEW_NAME, locale: 'sv', _csrf: oldToken })).text();
    // The form passkeys.js sends once the passkey has signed in.
    expect(signInHtml).toMatch(/<form id="passkey-resume" method="post" action="\/admin\/login\/resume\?lang=sv" hidden="">/);
    const draft = hiddenValue(signInHtml, 'draft')!;
    const signInToken = hiddenValue(signInHtml, '_csrf')!;

    // Without a session the resume page shows nothing but the way in.
    const early = await browser.post('/admin/login/resume', { _csrf: signInToken, draft });
    expect(early.status).toBe(303);
    expect(early.headers.get('location')).toBe('/admin/login');

    await browser.signIn('anna', password);
    const resumed = await browser.post('/admin/login/resume', { _csrf: signInToken, draft });
    expect(resumed.status).toBe(200);
    expect(visibleText(await resumed.text())).toContain('Du är inloggad igen — skicka formuläret');
    // The sign-in form's token guards it, as every way in.
    expect((await browser.post('/admin/login/resume', { _csrf: 'x'.repeat(43), draft })).status).toBe(403);
  });

  it('refuses a draft whose target leaves the console, and signs in as usual', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna' });
    for (const target of ['//evil.example/admin', 'https://evil.example/admin', '/admin/../public', '/admin/%2e%2e/x']) {
      const browser = new Browser(context.app);
      const draft = JSON.stringify({ target, fields: [['note', 'hej']] });
      const response = await browser.post('/admin/login', { username: 'anna', password, next: target, draft });
      expect(response.status, target).toBe(303);
      expect(response.headers.get('location'), target).toBe('/admin');
    }
  });
});

describe('an expired session with htmx', () => {
  it('swaps in the sign-in page with the draft instead of redirecting', async () => {
    const context = await createTestApp();
    const { browser, version, oldToken } = await expiredEditor(context);
    const late = await browser.post('/admin/account/profile', { version, displayName: NEW_NAME, locale: 'sv' }, { headers: { 'HX-Request': 'true', 'X-CSRF-Token': oldToken }, csrf: false });
    expect(late.status).toBe(401);
    expect(late.headers.get('HX-Redirect')).toBeNull();
    expect(late.headers.get('HX-Retarget')).toBe('body');
    expect(late.headers.get('HX-Reswap')).toBe('innerHTML');
    const html = await late.text();
    expect(visibleText(html)).toContain('Logga in');
    expect(JSON.parse(hiddenValue(html, 'draft')!).fields).toContainEqual(['displayName', NEW_NAME]);
  });

  it('a page fetched by htmx without a session goes to sign-in and back', async () => {
    const context = await createTestApp();
    const response = await new Browser(context.app).get('/admin/account', { 'HX-Request': 'true' });
    expect(response.status).toBe(401);
    expect(response.headers.get('HX-Redirect')).toBe('/admin/login?expired&next=%2Fadmin%2Faccount');
  });
});

describe('next after sign-in', () => {
  it('returns to the page asked for, query included', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna' });
    const browser = new Browser(context.app);
    const asked = await browser.get('/admin/account?done=profile');
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toBe('/admin/login?next=%2Fadmin%2Faccount%3Fdone%3Dprofile');
    const login = await (await browser.get(asked.headers.get('location')!)).text();
    expect(hiddenValue(login, 'next')).toBe('/admin/account?done=profile');
    const signedIn = await browser.post('/admin/login', { username: 'anna', password, next: '/admin/account?done=profile' });
    expect(signedIn.headers.get('location')).toBe('/admin/account?done=profile');
  });

  it('refuses //evil, absolute URLs and dot segments', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna' });
    for (const next of ['//evil.example', 'https://evil.example/admin', '/admin/../', '/admin/%2E%2E/feed', '/\\evil.example', 'javascript:alert(1)', '/adminx']) {
      const browser = new Browser(context.app);
      const login = await (await browser.get(`/admin/login?next=${encodeURIComponent(next)}`)).text();
      expect(hiddenValue(login, 'next'), next).toBe('/admin');
      const response = await browser.post('/admin/login', { username: 'anna', password, next });
      expect(response.headers.get('location'), next).toBe('/admin');
    }
  });
});
