import { describe, expect, it } from 'vitest';
import { newTotpSecret } from '../../src/auth/totp';
import { appendAudit, SYSTEM_ACTOR } from '../../src/store/audit';
import { replaceRecoveryCodes } from '../../src/store/second-factors';
import { saveSite } from '../../src/store/site';
import { findUserByUsername, updateUser } from '../../src/store/users';
import { createTestApp, visibleText, type TestContext } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { makeGroup, makeService } from '../helpers/factories';

const HOSTILE = `<script>alert(1)</script> ]]> "quoted" 'single'`;

async function team(options: { adminLocale?: string } = {}) {
  const context = await createTestApp();
  const admin = await makeUser(context, { username: 'ada', role: 'admin', displayName: 'Ada Admin', locale: options.adminLocale });
  const editor = await makeUser(context, { username: 'erik', role: 'editor', displayName: 'Erik Redaktör' });
  const adminBrowser = new Browser(context.app, '192.0.2.10');
  await adminBrowser.signIn('ada', admin.password);
  return { ...context, admin, editor, adminBrowser };
}

async function signedIn(context: TestContext, username: string, password: string, ip = '192.0.2.20') {
  const browser = new Browser(context.app, ip);
  const response = await browser.signIn(username, password);
  expect(response.status).toBe(303);
  return browser;
}

/** The version field of the user page, as a browser would send it back. */
async function versionOn(browser: Browser, userId: number): Promise<string> {
  const html = await (await browser.get(`/admin/users/${userId}`)).text();
  return /name="version" value="(\d+)"/.exec(html)![1]!;
}

async function auditActions(context: TestContext) {
  return (await context.db.query.auditLog.findMany({ orderBy: (log, { asc }) => asc(log.id) })).map((entry) => entry.action);
}

describe('who may manage people', () => {
  it('refuses editors on every users and audit route, GET and POST, and changes nothing', async () => {
    const context = await team();
    const editorBrowser = await signedIn(context, 'erik', context.editor.password);
    const target = context.admin.user.id;
    const before = await auditActions(context);
    for (const path of ['/admin/users', '/admin/users/new', `/admin/users/${target}`, '/admin/audit', '/admin/audit?action=auth.']) {
      expect((await editorBrowser.get(path)).status, `GET ${path}`).toBe(403);
    }
    const posts: [string, Record<string, string>][] = [
      ['/admin/users', { username: 'smyg', displayName: 'Smyg', role: 'admin', password: 'ett långt och ovanligt lösenord' }],
      [`/admin/users/${target}/role`, { role: 'editor', version: '1' }],
      [`/admin/users/${target}/disable`, { version: '1' }],
      [`/admin/users/${target}/enable`, { version: '1' }],
      [`/admin/users/${target}/password`, { password: 'ett helt annat långt lösenord', version: '1' }],
      [`/admin/users/${target}/sessions/revoke`, {}],
      [`/admin/users/${target}/totp/reset`, { version: '1' }],
    ];
    for (const [path, form] of posts) {
      expect((await editorBrowser.post(path, form)).status, `POST ${path}`).toBe(403);
      expect((await editorBrowser.post(path, form, { headers: { 'HX-Request': 'true' } })).status, `htmx POST ${path}`).toBe(403);
    }
    expect(await auditActions(context)).toEqual(before);
    expect(await findUserByUsername(context.db, 'smyg')).toBeUndefined();
    // The admin was not touched and is still signed in.
    expect((await context.adminBrowser.get('/admin/users')).status).toBe(200);
    // Editors are not offered the links either.
    const dashboard = await (await editorBrowser.get('/admin')).text();
    expect(dashboard).not.toContain('href="/admin/users"');
    expect(dashboard).not.toContain('href="/admin/audit"');
  });
});

describe('the users page', () => {
  it('lists every user with role, second factor, state and last sign-in', async () => {
    const context = await team();
    await updateUser(context.db, context.clock, context.editor.user.id, { totp: { secret: newTotpSecret() } }, SYSTEM_ACTOR);
    const response = await context.adminBrowser.get('/admin/users');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = visibleText(await response.text());
    expect(text).toContain('ada (du) Ada Admin Administratör Nej Aktivt 11 februari 2026 kl. 14.00');
    expect(text).toContain('erik Erik Redaktör Redaktör Ja (app) Aktivt Aldrig');
  });

  it('creates a user who can then sign in, after refusing bad user names, taken names and weak passwords', async () => {
    const context = await team();
    const browser = context.adminBrowser;
    expect((await browser.get('/admin/users/new')).status).toBe(200);
    const good = { username: 'Bertil.B', displayName: 'Bertil Berg', role: 'editor', password: 'stor grön tekanna på taket' };

    const badName = await browser.post('/admin/users', { ...good, username: 'b b!' });
    expect(badName.status).toBe(422);
    const badNameHtml = await badName.text();
    expect(visibleText(badNameHtml)).toContain('Använd 2–40 tecken: små bokstäver, siffror, punkt, bindestreck eller understreck.');
    expect(badNameHtml).toContain('value="Bertil Berg"');
    expect(badNameHtml).toContain('aria-invalid="true"');
    expect(badNameHtml).not.toContain('stor grön tekanna');

    const taken = await browser.post('/admin/users', { ...good, username: 'erik' });
    expect(taken.status).toBe(422);
    expect(visibleText(await taken.text())).toContain('Användarnamnet är upptaget.');

    for (const [password, message] of [
      ['kort', 'Lösenordet måste ha minst 12 tecken.'],
      ['qwerty123456', 'Det lösenordet är för vanligt och lätt att gissa.'],
      ['bertil.b-är-bäst-2026', 'Lösenordet får inte innehålla användarnamnet eller namnet.'],
    ]) {
      const weak = await browser.post('/admin/users', { ...good, password: password! });
      expect(weak.status, password).toBe(422);
      expect(visibleText(await weak.text())).toContain(message);
    }
    expect(await findUserByUsername(context.db, 'bertil.b')).toBeUndefined();

    const created = await browser.post('/admin/users', good);
    expect(created.status).toBe(303);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/admin\/users\/\d+\?done=created$/);
    expect(visibleText(await (await browser.get(location)).text())).toContain('Användaren Bertil Berg är skapad.');

    const user = (await findUserByUsername(context.db, 'bertil.b'))!;
    expect(user.role).toBe('editor');
    const audit = await context.db.query.auditLog.findFirst({ where: (log, { and, eq }) => and(eq(log.action, 'user.create'), eq(log.targetId, String(user.id))) });
    expect(audit).toMatchObject({ username: 'ada', after: { username: 'bertil.b', role: 'editor' } });
    const newcomer = new Browser(context.app, '192.0.2.30');
    expect((await newcomer.signIn('bertil.b', good.password)).status).toBe(303);
    expect((await newcomer.get('/admin')).status).toBe(200);
  });

  it('shows hostile names as text on the users list, the user page and the audit log', async () => {
    const context = await team();
    const created = await context.adminBrowser.post('/admin/users', { username: 'elak', displayName: HOSTILE, role: 'editor', password: 'stor grön tekanna på taket' });
    expect(created.status).toBe(303);
    for (const path of ['/admin/users', created.headers.get('location')!, '/admin/audit']) {
      const html = await (await context.adminBrowser.get(path)).text();
      expect(html, path).not.toContain('<script>alert(1)</script>');
      expect(html, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(visibleText(html), path).toContain(HOSTILE);
    }
  });
});

describe('changing roles', () => {
  it('audits the change as user.role with before and after, and it takes effect on the next request', async () => {
    const context = await team();
    const editorBrowser = await signedIn(context, 'erik', context.editor.password);
    expect((await editorBrowser.get('/admin/users')).status).toBe(403);

    const version = await versionOn(context.adminBrowser, context.editor.user.id);
    const response = await context.adminBrowser.post(`/admin/users/${context.editor.user.id}/role`, { role: 'admin', version });
    expect(response.status).toBe(303);
    expect(visibleText(await (await context.adminBrowser.get(response.headers.get('location')!)).text())).toContain(
      'Erik Redaktör har nu rollen Administratör.',
    );

    const entry = await context.db.query.auditLog.findFirst({ where: (log, { eq }) => eq(log.action, 'user.role') });
    expect(entry).toMatchObject({ username: 'ada', targetType: 'user', targetId: String(context.editor.user.id), ip: '192.0.2.10' });
    expect(entry!.before).toMatchObject({ role: 'editor' });
    expect(entry!.after).toMatchObject({ role: 'admin' });

    // Same session, next request: now allowed.
    expect((await editorBrowser.get('/admin/users')).status).toBe(200);
  });

  it('answers htmx with the user panel alone, carrying the new version', async () => {
    const context = await team();
    const version = await versionOn(context.adminBrowser, context.editor.user.id);
    const response = await context.adminBrowser.post(`/admin/users/${context.editor.user.id}/role`, { role: 'admin', version }, { headers: { 'HX-Request': 'true' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('<html');
    expect(html).toMatch(/^<div id="user-panel">/);
    expect(visibleText(html)).toContain('Erik Redaktör har nu rollen Administratör.');
    expect(html).toContain(`name="version" value="${Number(version) + 1}"`);
  });

  it('never overwrites a newer change: a stale form gets 409 and nothing changes', async () => {
    const context = await team();
    const stale = await versionOn(context.adminBrowser, context.editor.user.id);
    await updateUser(context.db, context.clock, context.editor.user.id, { displayName: 'Erik Ny' }, SYSTEM_ACTOR);
    const response = await context.adminBrowser.post(`/admin/users/${context.editor.user.id}/role`, { role: 'admin', version: stale }, { headers: { 'HX-Request': 'true' } });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(visibleText(html)).toContain('Någon annan hann ändra detta');
    expect(visibleText(html)).toContain('Erik Ny');
    expect(html).toMatch(/<option value="admin" selected="">/);
    expect((await findUserByUsername(context.db, 'erik'))!.role).toBe('editor');
  });

  it('refuses to demote or disable the last active admin, with a clear message', async () => {
    const context = await team();
    const me = context.admin.user.id;
    const version = await versionOn(context.adminBrowser, me);
    const demote = await context.adminBrowser.post(`/admin/users/${me}/role`, { role: 'editor', version });
    expect(demote.status).toBe(422);
    expect(visibleText(await demote.text())).toContain('Det måste finnas minst en aktiv administratör.');

    const disable = await context.adminBrowser.post(`/admin/users/${me}/disable`, { version }, { headers: { 'HX-Request': 'true' } });
    expect(disable.status).toBe(422);
    expect(visibleText(await disable.text())).toContain('Du kan inte stänga av ditt eget konto.');

    const admin = (await findUserByUsername(context.db, 'ada'))!;
    expect(admin.role).toBe('admin');
    expect(admin.disabledAt).toBeNull();
    expect(await auditActions(context)).not.toContain('user.role');
    expect((await context.adminBrowser.get('/admin/users')).status).toBe(200);
  });
});

describe('an admin who makes themselves an editor', () => {
  it('is sent to the dashboard, and the users page is closed to them from then on', async () => {
    const context = await team();
    await makeUser(context, { username: 'berit', role: 'admin', displayName: 'Berit Admin' });
    const me = context.admin.user.id;
    const response = await context.adminBrowser.post(`/admin/users/${me}/role`, { role: 'editor', version: await versionOn(context.adminBrowser, me) });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin');
    expect((await context.adminBrowser.get('/admin')).status).toBe(200);
    expect((await context.adminBrowser.get('/admin/users')).status).toBe(403);
  });
});

describe('getting people out and back in', () => {
  it('disabling a user ends their sessions, and enabling does not bring the old ones back', async () => {
    const context = await team();
    const editorBrowser = await signedIn(context, 'erik', context.editor.password);
    expect((await editorBrowser.get('/admin')).status).toBe(200);

    const version = await versionOn(context.adminBrowser, context.editor.user.id);
    const disabled = await context.adminBrowser.post(`/admin/users/${context.editor.user.id}/disable`, { version });
    expect(disabled.status).toBe(303);
    expect(visibleText(await (await context.adminBrowser.get(disabled.headers.get('location')!)).text())).toContain(
      'Kontot för Erik Redaktör är avstängt och alla inloggningar är avslutade.',
    );
    expect((await editorBrowser.get('/admin')).status).toBe(303);
    const sessions = await context.db.query.sessions.findMany({ where: (row, { eq }) => eq(row.userId, context.editor.user.id) });
    expect(sessions.every((session) => session.revokedAt !== null)).toBe(true);
    expect((await new Browser(context.app, '192.0.2.21').signIn('erik', context.editor.password)).status).toBe(401);

    const enabled = await context.adminBrowser.post(`/admin/users/${context.editor.user.id}/enable`, { version: String(Number(version) + 1) });
    expect(enabled.status).toBe(303);
    expect((await editorBrowser.get('/admin')).status).toBe(303);
    expect((await new Browser(context.app, '192.0.2.22').signIn('erik', context.editor.password)).status).toBe(303);

    const entries = await context.db.query.auditLog.findMany({ where: (log, { inArray }) => inArray(log.action, ['user.disable', 'user.enable']) });
    expect(entries.map((entry) => [entry.action, (entry.before as { disabled: boolean }).disabled, (entry.after as { disabled: boolean }).disabled])).toEqual([
      ['user.disable', false, true],
      ['user.enable', true, false],
    ]);
  });

  it('sets a new password typed by the admin, refuses weak ones, and signs the person out everywhere', async () => {
    const context = await team();
    const editorBrowser = await signedIn(context, 'erik', context.editor.password);
    const version = await versionOn(context.adminBrowser, context.editor.user.id);
    const weak = await context.adminBrowser.post(`/admin/users/${context.editor.user.id}/password`, { password: 'qwerty123456', version });
    expect(weak.status).toBe(422);
    expect(visibleText(await weak.text())).toContain('Det lösenordet är för vanligt');

    const reset = await context.adminBrowser.post(`/admin/users/${context.editor.user.id}/password`, { password: 'ny vår i gamla stan', version });
    expect(reset.status).toBe(303);
    expect((await editorBrowser.get('/admin')).status).toBe(303);
    expect((await new Browser(context.app, '192.0.2.23').signIn('erik', context.editor.password)).status).toBe(401);
    expect((await new Browser(context.app, '192.0.2.24').signIn('erik', 'ny vår i gamla stan')).status).toBe(303);
    const entry = await context.db.query.auditLog.findFirst({ where: (log, { eq }) => eq(log.action, 'user.password-reset') });
    expect(entry!.after).toMatchObject({ passwordChanged: true, sessionsRevoked: true });
    expect(JSON.stringify(entry)).not.toContain('ny vår');
  });

  it('signs someone out everywhere on request', async () => {
    const context = await team();
    const phone = await signedIn(context, 'erik', context.editor.password, '192.0.2.40');
    const laptop = await signedIn(context, 'erik', context.editor.password, '192.0.2.41');
    const response = await context.adminBrowser.post(`/admin/users/${context.editor.user.id}/sessions/revoke`, {}, { headers: { 'HX-Request': 'true' } });
    expect(response.status).toBe(200);
    expect(visibleText(await response.text())).toContain('2 inloggningar avslutades.');
    expect((await phone.get('/admin')).status).toBe(303);
    expect((await laptop.get('/admin')).status).toBe(303);
    const entry = await context.db.query.auditLog.findFirst({ where: (log, { eq }) => eq(log.action, 'user.sessions-revoke') });
    expect(entry!.after).toMatchObject({ sessionsRevoked: 2 });
  });

  it('removes every second factor of someone who lost their phone', async () => {
    const context = await team();
    await updateUser(context.db, context.clock, context.editor.user.id, { totp: { secret: newTotpSecret() } }, SYSTEM_ACTOR);
    await replaceRecoveryCodes(context.db, context.editor.user.id, context.clock.now());
    // With the app, a password alone is not enough.
    const before = await new Browser(context.app, '192.0.2.50').post('/admin/login', { username: 'erik', password: context.editor.password, next: '/admin' });
    expect(before.headers.get('location')).toContain('/admin/login/verify');

    const page = visibleText(await (await context.adminBrowser.get(`/admin/users/${context.editor.user.id}`)).text());
    expect(page).toContain('Ja (app)');
    const version = await versionOn(context.adminBrowser, context.editor.user.id);
    const reset = await context.adminBrowser.post(`/admin/users/${context.editor.user.id}/totp/reset`, { version });
    expect(reset.status).toBe(303);
    const after = visibleText(await (await context.adminBrowser.get(reset.headers.get('location')!)).text());
    expect(after).toContain('Autentiseringsapp, reservkoder och passkeys för Erik Redaktör är borttagna.');
    expect(after).toContain('Ingen autentiseringsapp är kopplad till kontot.');

    const user = (await findUserByUsername(context.db, 'erik'))!;
    expect(user.totpSecret).toBeNull();
    expect(user.totpEnabledAt).toBeNull();
    expect(await context.db.query.recoveryCodes.findMany({ where: (row, { eq }) => eq(row.userId, user.id) })).toEqual([]);
    const signIn = await new Browser(context.app, '192.0.2.51').post('/admin/login', { username: 'erik', password: context.editor.password, next: '/admin' });
    expect(signIn.headers.get('location')).toBe('/admin');
    const entry = await context.db.query.auditLog.findFirst({ where: (log, { eq }) => eq(log.action, 'user.totp-reset') });
    expect(entry!.before).toMatchObject({ totp: true });
    expect(entry!.after).toMatchObject({ totp: false, recoveryCodesDeleted: true, passkeysDeleted: 0 });
  });

  it('answers 404 for a user that does not exist', async () => {
    const context = await team();
    expect((await context.adminBrowser.get('/admin/users/9999')).status).toBe(404);
    expect((await context.adminBrowser.post('/admin/users/9999/disable', { version: '1' })).status).toBe(404);
  });
});

describe('the audit log', () => {
  it('shows sign-ins, failures, role changes and content changes, newest first, with before and after', async () => {
    const context = await team();
    await new Browser(context.app, '198.51.100.7').post('/admin/login', { username: 'erik', password: 'fel lösenord helt och hållet' });
    const version = await versionOn(context.adminBrowser, context.editor.user.id);
    await context.adminBrowser.post(`/admin/users/${context.editor.user.id}/role`, { role: 'admin', version });
    await saveSite(context.db, context.clock, {
      publicUrl: 'https://status.example.org',
      offeredLocales: ['sv', 'en'],
      timeZone: 'Europe/Stockholm',
      texts: {
        sv: { organisationName: 'Nyby kommun', siteTitle: 'Driftstatus Nyby', notice: HOSTILE },
        en: { organisationName: 'Nyby Municipality', siteTitle: 'Nyby service status', notice: '' },
      },
    });
    const group = await makeGroup(context.db, context.clock);
    const service = await makeService(context.db, context.clock, { groupId: group, sv: { name: 'Bygglov' } });
    const editorBrowser = await signedIn(context, 'erik', context.editor.password);
    const page = await (await editorBrowser.get('/admin')).text();
    const serviceVersion = new RegExp(`action="/admin/services/${service.id}/status"[\\s\\S]*?name="version" value="(\\d+)"`).exec(page)![1]!;
    expect((await editorBrowser.post(`/admin/services/${service.id}/status`, { status: 'down', note: 'Nere.', version: serviceVersion })).status).toBe(303);

    const response = await context.adminBrowser.get('/admin/audit');
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = visibleText(html);
    const codes = [...html.matchAll(/<dd><code>([^<]+)<\/code><\/dd>/g)].map((match) => match[1]);
    expect(codes).toEqual(['update.publish', 'auth.login', 'service.create', 'group.create', 'site.update', 'user.role', 'auth.login-failed', 'auth.login', 'user.create', 'user.create', 'site.create']);
    for (const words of ['Publicerade uppdatering', 'Ändrade webbplatsinställningar', 'Ändrade roll', 'Misslyckad inloggning', 'Loggade in']) expect(text).toContain(words);
    expect(text).toContain('11 februari 2026 kl. 14.00');
    expect(text).toMatch(/Misslyckad inloggning Gäller Användare erik \(#\d+\) IP-adress 198\.51\.100\.7 Kod auth\.login-failed/);
    expect(text).toMatch(/ada: Ändrade roll Gäller Användare erik \(#\d+\) IP-adress 192\.0\.2\.10 Kod user\.role Ändringar: Ändrade roll Fält Före Efter role editor admin/);
    expect(text).toContain('"after": "down"');
    expect(text).toContain('texts.sv.organisationName Testby kommun Nyby kommun');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes hostile values in every part of an entry', async () => {
    const context = await team();
    const hostileActor = { userId: null, username: HOSTILE, ip: HOSTILE };
    await appendAudit(context.db, context.clock.now(), hostileActor, { action: 'x.<b>', targetType: HOSTILE, targetId: HOSTILE, before: { [HOSTILE]: HOSTILE }, after: [HOSTILE] });
    const html = await (await context.adminBrowser.get('/admin/audit')).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<b>');
    expect(visibleText(html)).toContain(HOSTILE);
    expect(visibleText(html)).toContain('x.<b>');
  });

  it('pages through older entries with a link, 50 at a time', async () => {
    const context = await team();
    for (let i = 1; i <= 110; i++) await appendAudit(context.db, context.clock.now(), SYSTEM_ACTOR, { action: 'test.entry', after: { number: i } });
    const numbers = (html: string) => [...html.matchAll(/<th scope="row">number<\/th><td>(\d+)<\/td>/g)].map((match) => Number(match[1]));

    const first = await (await context.adminBrowser.get('/admin/audit?action=test.')).text();
    expect(numbers(first)).toEqual(Array.from({ length: 50 }, (_, i) => 110 - i));
    const older = /<a href="([^"]+)" rel="next">Äldre poster<\/a>/.exec(first)![1]!.replace(/&amp;/g, '&');
    expect(older).toMatch(/^\/admin\/audit\?action=test\.&before=\d+$/);
    expect(first).not.toContain('Nyaste posterna');

    const second = await (await context.adminBrowser.get(older)).text();
    expect(numbers(second)).toEqual(Array.from({ length: 50 }, (_, i) => 60 - i));
    expect(second).toContain('Nyaste posterna');
    const third = await (await context.adminBrowser.get(/<a href="([^"]+)" rel="next">/.exec(second)![1]!.replace(/&amp;/g, '&'))).text();
    expect(numbers(third)).toEqual(Array.from({ length: 10 }, (_, i) => 10 - i));
    expect(third).not.toContain('Äldre poster');
  });

  it('filters by user and by kind of event', async () => {
    const context = await team();
    const editorBrowser = await signedIn(context, 'erik', context.editor.password);
    await editorBrowser.post('/admin/logout', {});
    const version = await versionOn(context.adminBrowser, context.editor.user.id);
    await context.adminBrowser.post(`/admin/users/${context.editor.user.id}/role`, { role: 'admin', version });

    const codes = (html: string) => [...html.matchAll(/<dd><code>([^<]+)<\/code><\/dd>/g)].map((match) => match[1]);
    const byErik = await (await context.adminBrowser.get(`/admin/audit?user=${context.editor.user.id}`)).text();
    expect(codes(byErik)).toEqual(['auth.logout', 'auth.login']);
    expect(byErik).toMatch(new RegExp(`<option value="${context.editor.user.id}" selected="">Erik Redaktör \\(erik\\)</option>`));

    const auth = await (await context.adminBrowser.get('/admin/audit?action=auth.')).text();
    expect(codes(auth)).toEqual(['auth.logout', 'auth.login', 'auth.login']);
    expect(auth).toContain('<option value="auth." selected="">');

    const users = await (await context.adminBrowser.get(`/admin/audit?action=user.&user=${context.admin.user.id}`)).text();
    expect(codes(users)).toEqual(['user.role']);

    // Anything that is not an action prefix is ignored rather than passed to LIKE.
    const odd = await context.adminBrowser.get('/admin/audit?action=%25&user=abc&before=x');
    expect(odd.status).toBe(200);
    expect(codes(await odd.text()).length).toBeGreaterThan(3);
  });

  it('names actions in English for English-speaking admins, and shows unknown ones as their key', async () => {
    const context = await team({ adminLocale: 'en' });
    await appendAudit(context.db, context.clock.now(), SYSTEM_ACTOR, { action: 'future.thing' });
    const text = visibleText(await (await context.adminBrowser.get('/admin/audit')).text());
    expect(text).toContain('Audit log');
    expect(text).toContain('system: future.thing');
    expect(text).toContain('ada: Signed in');
    expect(text).toContain('11 February 2026');
  });
});
