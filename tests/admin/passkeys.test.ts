import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import { describe, expect, it } from 'vitest';
import { createTestApp, visibleText, type TestContext } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { SoftwareAuthenticator } from '../helpers/authenticator';

/** makeSite() gives the site this public URL; with no PUBLIC_URL configured, passkeys use it. */
const ORIGIN = 'https://status.example.org';
const HOSTILE = `<script>alert(1)</script> ]]> "quoted" 'single'`;

async function setup() {
  const context = await createTestApp();
  await makeUser(context, { username: 'chefen', role: 'admin' });
  const { user, password } = await makeUser(context, { username: 'anna', displayName: 'Anna Andersson' });
  const browser = new Browser(context.app);
  await browser.signIn('anna', password);
  await browser.get('/admin/account');
  return { ...context, user, password, browser };
}

function auditEntries(context: TestContext, action: string) {
  return context.db.query.auditLog.findMany({ where: (log, { eq }) => eq(log.action, action) });
}

/** The first step of adding a passkey: its name and, to prove it is the owner, the password. */
async function registrationOptions(browser: Browser, name: string, password: string) {
  const response = await browser.postJson('/admin/account/passkeys/options', { name, password });
  expect(response.status).toBe(200);
  return ((await response.json()) as { options: PublicKeyCredentialCreationOptionsJSON }).options;
}

async function registerPasskey(browser: Browser, password: string, authenticator: SoftwareAuthenticator, name = 'Jobbtelefonen') {
  const options = await registrationOptions(browser, name, password);
  const response = await browser.postJson('/admin/account/passkeys', { name, response: await authenticator.register(options, ORIGIN) });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ redirect: '/admin/account?done=passkey-added#passkeys' });
}

/** As the sign-in page's passkey button does, with the page's token. */
async function signInOptions(browser: Browser) {
  await browser.get('/admin/login');
  const response = await browser.postJson('/admin/login/passkey/options', {});
  expect(response.status).toBe(200);
  return ((await response.json()) as { options: PublicKeyCredentialRequestOptionsJSON }).options;
}

async function passkeySignIn(context: TestContext, authenticator: SoftwareAuthenticator, ip = '198.51.100.10', overrides: Parameters<SoftwareAuthenticator['authenticate']>[2] = {}) {
  const browser = new Browser(context.app, ip);
  const options = await signInOptions(browser);
  const response = await browser.postJson('/admin/login/passkey', { response: await authenticator.authenticate(options, ORIGIN, overrides), next: '/admin/incidents' });
  return { browser, response };
}

describe('registering a passkey', () => {
  it('adds a named passkey from the account page, lists it and audits it', async () => {
    const context = await setup();
    const authenticator = new SoftwareAuthenticator();
    const options = await registrationOptions(context.browser, 'Jobbtelefonen', context.password);
    expect(options.rp.id).toBe('status.example.org');
    expect(options.authenticatorSelection).toMatchObject({ residentKey: 'required', userVerification: 'required' });
    const response = await context.browser.postJson('/admin/account/passkeys', { name: 'Jobbtelefonen', response: await authenticator.register(options, ORIGIN) });
    expect(response.status).toBe(200);

    const page = visibleText(await (await context.browser.get('/admin/account?done=passkey-added')).text());
    expect(page).toContain('Passkeyn är tillagd.');
    expect(page).toContain('Jobbtelefonen');
    expect(page).toContain('Senast använd: aldrig.');
    const [entry] = await auditEntries(context, 'passkey.add');
    expect(entry).toMatchObject({ username: 'anna', targetType: 'passkey', after: { userId: context.user.id, name: 'Jobbtelefonen' } });
    expect(JSON.stringify(entry)).not.toMatch(/publicKey/);

    // The same authenticator is not offered twice.
    const again = await registrationOptions(context.browser, 'Igen', context.password);
    expect(again.excludeCredentials?.map((entry) => entry.id)).toEqual([(await context.db.query.passkeys.findFirst())!.id]);
  });

  it('refuses a missing name before the ceremony starts, and a replayed or foreign response after it', async () => {
    const context = await setup();
    const blank = await context.browser.postJson('/admin/account/passkeys/options', { name: '   ', password: context.password });
    expect(blank.status).toBe(422);
    expect(await blank.json()).toEqual({ error: 'Fältet måste fyllas i.', field: 'name' });

    const authenticator = new SoftwareAuthenticator();
    const options = await registrationOptions(context.browser, 'Nyckel', context.password);
    const attestation = await authenticator.register(options, ORIGIN);
    expect((await context.browser.postJson('/admin/account/passkeys', { name: 'Nyckel', response: attestation })).status).toBe(200);
    const replay = await context.browser.postJson('/admin/account/passkeys', { name: 'Nyckel igen', response: attestation });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toEqual({ error: 'Det tog för lång tid, eller så har försöket redan använts. Försök igen.' });

    // A challenge issued to Bertil cannot register a passkey for Anna.
    const { password } = await makeUser(context, { username: 'bertil' });
    const bertil = new Browser(context.app, '198.51.100.2');
    await bertil.signIn('bertil', password);
    await bertil.get('/admin/account');
    const bertilsOptions = await registrationOptions(bertil, 'Bertils', password);
    const stolen = await context.browser.postJson('/admin/account/passkeys', { name: 'Stulen', response: await authenticator.register(bertilsOptions, ORIGIN) });
    expect(stolen.status).toBe(400);

    // A phishing site's origin, or an authenticator that did not verify the person, is refused.
    const phished = await context.browser.postJson('/admin/account/passkeys', {
      name: 'Fiske',
      response: await authenticator.register(await registrationOptions(context.browser, 'Fiske', context.password), 'https://status-example.org.evil.example'),
    });
    expect(phished.status).toBe(400);
    const unverified = await context.browser.postJson('/admin/account/passkeys', {
      name: 'Utan PIN',
      response: await authenticator.register(await registrationOptions(context.browser, 'Utan PIN', context.password), ORIGIN, { flags: 0x41 }),
    });
    expect(unverified.status).toBe(400);

    expect(await context.db.query.passkeys.findMany()).toHaveLength(1);
    const failures = await auditEntries(context, 'passkey.add-failed');
    expect(failures.map((entry) => (entry.after as { reason: string }).reason).slice(0, 2)).toEqual(['challenge', 'challenge']);
    expect(failures).toHaveLength(4);
  });

  it('needs the session’s CSRF token, and refuses cross-site posts', async () => {
    const context = await setup();
    const response = await context.browser.postJson('/admin/account/passkeys/options', { name: 'Nyckel', password: context.password }, { csrf: false });
    expect(response.status).toBe(403);
    // A cross-site page can only send form-like types without a preflight: those are refused.
    const crossSite = await context.app.request('/admin/login/passkey', {
      method: 'POST',
      body: JSON.stringify({ response: {} }),
      headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
  });
});

describe('signing in with a passkey', () => {
  it('starts a fully signed-in session and audits it', async () => {
    const context = await setup();
    const authenticator = new SoftwareAuthenticator();
    await registerPasskey(context.browser, context.password, authenticator);
    context.clock.advance(60_000);

    const { browser, response } = await passkeySignIn(context, authenticator);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ redirect: '/admin/incidents' });
    expect(browser.hasSessionCookie()).toBe(true);
    const dashboard = await browser.get('/admin');
    expect(dashboard.status).toBe(200);
    expect(visibleText(await dashboard.text())).toContain('Inloggad som Anna Andersson');

    const logins = await auditEntries(context, 'auth.login');
    expect(logins.at(-1)).toMatchObject({ username: 'anna', ip: '198.51.100.10', targetId: String(context.user.id), after: { method: 'passkey', passkey: 'Jobbtelefonen' } });
    const stored = (await context.db.query.passkeys.findFirst())!;
    expect(stored.counter).toBe(1);
    expect(stored.lastUsedAt).toEqual(context.clock.now());
    expect(visibleText(await (await browser.get('/admin/account')).text())).toMatch(/Senast använd: 11 februari 2026 kl\. 14\.01 ?\./);
  });

  it('works even with TOTP on: the passkey is a complete sign-in of its own', async () => {
    const context = await setup();
    const authenticator = new SoftwareAuthenticator();
    await registerPasskey(context.browser, context.password, authenticator);
    await context.db.update((await import('../../src/db/schema')).users).set({ totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totpEnabledAt: context.clock.now() });
    const { browser, response } = await passkeySignIn(context, authenticator);
    expect(response.status).toBe(200);
    expect((await browser.get('/admin')).status).toBe(200);
  });

  it('refuses a replayed assertion and an expired challenge', async () => {
    const context = await setup();
    const authenticator = new SoftwareAuthenticator();
    await registerPasskey(context.browser, context.password, authenticator);

    const browser = new Browser(context.app, '198.51.100.11');
    const options = await signInOptions(browser);
    const assertion = await authenticator.authenticate(options, ORIGIN);
    expect((await browser.postJson('/admin/login/passkey', { response: assertion })).status).toBe(200);
    const replayer = new Browser(context.app, '198.51.100.12');
    await replayer.get('/admin/login');
    const replay = await replayer.postJson('/admin/login/passkey', { response: assertion });
    expect(replay.status).toBe(401);
    expect(await replay.json()).toEqual({ error: 'Inloggningen med passkey misslyckades. Försök igen eller logga in med lösenord.' });

    const late = new Browser(context.app, '198.51.100.13');
    const lateOptions = await signInOptions(late);
    context.clock.advance(5 * 60_000 + 1000);
    const expired = await late.postJson('/admin/login/passkey', { response: await authenticator.authenticate(lateOptions, ORIGIN) });
    expect(expired.status).toBe(401);
    expect(late.hasSessionCookie()).toBe(false);

    const failures = await auditEntries(context, 'auth.login-failed');
    expect(failures.map((entry) => entry.after)).toEqual([
      { method: 'passkey', reason: 'challenge' },
      { method: 'passkey', reason: 'challenge' },
    ]);
    expect(failures.map((entry) => entry.username)).toEqual(['anna', 'anna']);
  });

  it('never signs in as someone else with another user’s passkey', async () => {
    const context = await setup();
    const annasKey = new SoftwareAuthenticator();
    await registerPasskey(context.browser, context.password, annasKey, 'Annas nyckel');
    const { password } = await makeUser(context, { username: 'bertil', displayName: 'Bertil Berg' });
    const bertil = new Browser(context.app, '198.51.100.2');
    await bertil.signIn('bertil', password);
    await bertil.get('/admin/account');
    const bertilsKey = new SoftwareAuthenticator();
    await registerPasskey(bertil, password, bertilsKey, 'Bertils nyckel');
    const anna = annasKey.credentials[0]!;
    const bertils = bertilsKey.credentials[0]!;

    // Bertil's passkey claiming to be Anna's account.
    const claimed = await passkeySignIn(context, bertilsKey, '198.51.100.20', { userHandle: anna.userHandle });
    expect(claimed.response.status).toBe(401);
    // Anna's credential id, signed with Bertil's key.
    const forged = await passkeySignIn(context, bertilsKey, '198.51.100.21', { credentialId: anna.id, credential: { ...bertils, userHandle: anna.userHandle } });
    expect(forged.response.status).toBe(401);
    expect(forged.browser.hasSessionCookie()).toBe(false);

    // Bertil's own passkey signs in Bertil, and only Bertil.
    const own = await passkeySignIn(context, bertilsKey, '198.51.100.22');
    expect(own.response.status).toBe(200);
    expect(visibleText(await (await own.browser.get('/admin')).text())).toContain('Inloggad som Bertil Berg');

    const reasons = (await auditEntries(context, 'auth.login-failed')).map((entry) => (entry.after as { reason: string }).reason);
    expect(reasons[0]).toBe('user-mismatch');
    expect(reasons[1]).toBe('not-verified');
  });

  it('refuses an assertion made for another site', async () => {
    const context = await setup();
    const authenticator = new SoftwareAuthenticator();
    await registerPasskey(context.browser, context.password, authenticator);
    const { response } = await passkeySignIn(context, authenticator, '198.51.100.30', { origin: 'https://evil.example' });
    expect(response.status).toBe(401);
  });

  it('is never held back: failed attempts lock nothing, and it signs in while the account is slowed and the address locked', async () => {
    const context = await setup();
    const authenticator = new SoftwareAuthenticator();
    await registerPasskey(context.browser, context.password, authenticator);
    // Assertions for another site, from many addresses: refused, and never counted.
    for (let attempt = 1; attempt <= 12; attempt++) {
      const { response } = await passkeySignIn(context, authenticator, `198.51.100.${40 + attempt}`, { origin: 'https://evil.example' });
      expect(response.status).toBe(401);
    }
    // Password guesses from many addresses hold the account back for new devices …
    for (let attempt = 1; attempt <= 10; attempt++) {
      await new Browser(context.app, `203.0.113.${attempt}`).post('/admin/login', { username: 'anna', password: `gissning ${attempt}` });
    }
    expect((await new Browser(context.app, '203.0.113.50').post('/admin/login', { username: 'anna', password: context.password })).status).toBe(429);
    // … and twenty from one address lock it.
    const client = new Browser(context.app, '198.51.100.99');
    for (let attempt = 1; attempt <= 20; attempt++) await client.post('/admin/login', { username: `konto${attempt}`, password: 'helt fel lösenord här' });
    expect((await client.post('/admin/login', { username: 'anna', password: context.password })).status).toBe(429);
    // Junk from that address is refused as junk, not with a lock …
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await client.postJson('/admin/login/passkey', { response: { nonsense: attempt } })).status).toBe(401);
    }
    // … and the owner's passkey signs in from there.
    const { browser, response } = await passkeySignIn(context, authenticator, '198.51.100.99');
    expect(response.status).toBe(200);
    expect((await browser.get('/admin')).status).toBe(200);
  });

  it('works from a sign-in page opened before another tab signed in with the password', async () => {
    const context = await setup();
    const authenticator = new SoftwareAuthenticator();
    await registerPasskey(context.browser, context.password, authenticator);
    const browser = new Browser(context.app, '198.51.100.60');
    const page = await (await browser.get('/admin/login')).text();
    const pageToken = /id="passkey-sign-in"[^>]*data-csrf="([^"]+)"/.exec(page)?.[1] ?? '';
    await browser.signIn('anna', context.password);
    const earlier = browser.cookieHeader();

    // The first tab's button, with what its page carries.
    browser.csrfToken = pageToken;
    const options = await browser.postJson('/admin/login/passkey/options', {});
    expect(options.status).toBe(200);
    const { options: request } = (await options.json()) as { options: PublicKeyCredentialRequestOptionsJSON };
    const signedIn = await browser.postJson('/admin/login/passkey', { response: await authenticator.authenticate(request, ORIGIN), next: '/admin' });
    expect(signedIn.status).toBe(200);
    expect((await browser.get('/admin')).status).toBe(200);
    expect((await context.app.request('/admin', { headers: { Cookie: earlier } })).status).toBe(303);
  });
});

describe('adding a passkey asks for the password', () => {
  it('before the ceremony, so a stolen session cannot add a passkey of its own', async () => {
    const context = await setup();
    const account = await (await context.browser.get('/admin/account')).text();
    expect(account).toMatch(/id="passkey-register"[\s\S]*type="password"[\s\S]*<\/form>/);
    const missing = await context.browser.postJson('/admin/account/passkeys/options', { name: 'Nyckel' });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toEqual({ error: 'Fältet måste fyllas i.', field: 'password' });
    const wrong = await context.browser.postJson('/admin/account/passkeys/options', { name: 'Nyckel', password: 'inte mitt lösenord alls' });
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toEqual({ error: 'Lösenordet stämmer inte.', field: 'password' });
    expect(await context.db.query.webauthnChallenges.findMany()).toHaveLength(0);
    expect(await auditEntries(context, 'account.confirm-failed')).toHaveLength(1);

    const right = await context.browser.postJson('/admin/account/passkeys/options', { name: 'Nyckel', password: context.password });
    expect(right.status).toBe(200);
    expect(await context.db.query.webauthnChallenges.findMany()).toHaveLength(1);
  });
});

describe('managing passkeys', () => {
  it('renames a passkey (with htmx or without) and escapes hostile names', async () => {
    const context = await setup();
    await registerPasskey(context.browser, context.password, new SoftwareAuthenticator());
    const { id } = (await context.db.query.passkeys.findFirst())!;
    const path = `/admin/account/passkeys/${encodeURIComponent(id)}/rename`;

    const htmx = await context.browser.post(path, { name: HOSTILE }, { headers: { 'HX-Request': 'true' } });
    expect(htmx.status).toBe(200);
    const fragment = await htmx.text();
    expect(fragment).not.toContain('<html');
    expect(fragment).toContain('id="passkey-list"');
    expect(fragment).not.toContain('<script>alert(1)</script>');
    expect(fragment).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(visibleText(fragment)).toContain('Passkeyn har fått nytt namn.');

    const page = await (await context.browser.get('/admin/account')).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(visibleText(page)).toContain(HOSTILE);

    const blank = await context.browser.post(path, { name: '' });
    expect(blank.status).toBe(422);
    expect(visibleText(await blank.text())).toContain('Fältet måste fyllas i.');
    const plain = await context.browser.post(path, { name: 'Säkerhetsnyckeln' });
    expect(plain.status).toBe(303);
    expect(plain.headers.get('location')).toBe('/admin/account?done=passkey-renamed#passkeys');

    const renames = await auditEntries(context, 'passkey.rename');
    expect(renames.map((entry) => (entry.after as { name: string }).name)).toEqual([HOSTILE, 'Säkerhetsnyckeln']);
  });

  it('removes a passkey only with the password, and never someone else’s', async () => {
    const context = await setup();
    const authenticator = new SoftwareAuthenticator();
    await registerPasskey(context.browser, context.password, authenticator, HOSTILE);
    const { id } = (await context.db.query.passkeys.findFirst())!;
    const path = `/admin/account/passkeys/${encodeURIComponent(id)}/remove`;

    const confirm = await context.browser.get(path);
    expect(confirm.status).toBe(200);
    const confirmHtml = await confirm.text();
    expect(confirmHtml).not.toContain('<script>alert(1)</script>');
    expect(visibleText(confirmHtml)).toContain(`Ta bort ${HOSTILE}`);

    const { password } = await makeUser(context, { username: 'bertil' });
    const bertil = new Browser(context.app, '198.51.100.2');
    await bertil.signIn('bertil', password);
    expect((await bertil.get(path)).status).toBe(404);
    expect((await bertil.post(path, { password })).status).toBe(404);

    const wrong = await context.browser.post(path, { password: 'fel lösenord här' });
    expect(wrong.status).toBe(422);
    expect(visibleText(await wrong.text())).toContain('Lösenordet stämmer inte.');
    expect(await context.db.query.passkeys.findMany()).toHaveLength(1);

    const removed = await context.browser.post(path, { password: context.password });
    expect(removed.status).toBe(303);
    expect(visibleText(await (await context.browser.get(removed.headers.get('location')!)).text())).toContain('Passkeyn är borttagen.');
    expect(await context.db.query.passkeys.findMany()).toHaveLength(0);
    const [entry] = await auditEntries(context, 'passkey.remove');
    expect(entry).toMatchObject({ username: 'anna', targetId: id, before: { name: HOSTILE } });
    expect((await passkeySignIn(context, authenticator)).response.status).toBe(401);
  });

  it('counts as the second factor the security policy requires', async () => {
    const context = await setup();
    const admin = new Browser(context.app, '198.51.100.3');
    await admin.signIn('chefen', 'ett långt och ovanligt lösenord');
    await admin.get('/admin/account');
    await admin.post('/admin/account/security-policy', { requireSecondFactor: 'on' });
    expect((await context.browser.get('/admin')).headers.get('location')).toBe('/admin/account');

    await registerPasskey(context.browser, context.password, new SoftwareAuthenticator());
    expect((await context.browser.get('/admin')).status).toBe(200);

    const { id } = (await context.db.query.passkeys.findFirst())!;
    const removal = await context.browser.post(`/admin/account/passkeys/${encodeURIComponent(id)}/remove`, { password: context.password });
    expect(removal.status).toBe(422);
    expect(visibleText(await removal.text())).toContain('Lägg till en passkey eller en autentiseringsapp innan du tar bort den här.');
  });
});

describe('the browser side', () => {
  it('loads the passkey scripts as files on the sign-in and account pages only, with a text for people without JavaScript', async () => {
    const context = await setup();
    const signInPage = await (await new Browser(context.app).get('/admin/login?lang=en')).text();
    const scripts = [...signInPage.matchAll(/<script src="([^"]+)" defer=""><\/script>/g)].map((match) => match[1]!);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toMatch(/^\/assets\/webauthn\.\w+\.js$/);
    expect(scripts[1]).toMatch(/^\/assets\/passkeys\.\w+\.js$/);
    expect(signInPage).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(signInPage).not.toMatch(/\sstyle=|\s(data-)?hx-on/);
    expect(visibleText(signInPage)).toContain('Signing in with a passkey needs JavaScript. Without JavaScript, sign in with your password above.');
    expect(signInPage).toMatch(/<div class="passkey-controls" hidden="">/);
    expect(signInPage).toContain('data-verify-url="/admin/login/passkey?lang=en"');

    const account = await (await context.browser.get('/admin/account')).text();
    expect(account).toContain(`src="${scripts[0]}"`);
    expect(account).toContain(`src="${scripts[1]}"`);
    expect(visibleText(account)).toContain('För att lägga till en passkey behöver webbläsaren JavaScript.');
    expect(await (await context.browser.get('/admin')).text()).not.toContain(scripts[1]);

    const library = await context.app.request(scripts[0]!);
    expect(library.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await library.text()).toContain('SimpleWebAuthnBrowser');
    const glue = await (await context.app.request(scripts[1]!)).text();
    expect(glue).toContain('startAuthentication');
    expect(glue).toContain('X-CSRF-Token');
  });
});
