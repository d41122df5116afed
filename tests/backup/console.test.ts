/**
 * The console's backup download: admins only, CSRF-protected, without sign-in secrets unless
 * asked for with the admin's password, every download in the audit log, and the file a real
 * backup that restores.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/backup/parse';
import { restoreBackup } from '../../src/backup/restore';
import { listAudit } from '../../src/store/audit';
import { readRevision } from '../../src/store/revision';
import { findUserByUsername } from '../../src/store/users';
import { Browser, makeUser } from '../helpers/admin';
import { createTestApp, visibleText, type TestContext } from '../helpers/app';
import { createTestDatabase } from '../helpers/db';
import { appOn } from './helpers';

const PAGE = '/admin/settings/backup';

let context: TestContext;
let admin: Browser;
let adminPassword: string;

beforeEach(async () => {
  context = await createTestApp({ seed: 'example' });
  const made = await makeUser(context, { username: 'chef', role: 'admin', displayName: 'Cecilia Chef' });
  adminPassword = made.password;
  admin = new Browser(context.app, '192.0.2.10');
  expect((await admin.signIn('chef', adminPassword)).status).toBe(303);
});

const downloads = () => listAudit(context.db, { action: 'backup.download' });

describe('backup page', () => {
  it('tells admins what the backup leaves out and links it from the navigation', async () => {
    const response = await admin.get(PAGE);
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = visibleText(html);
    expect(text).toContain('Utan inloggningsuppgifter');
    expect(text).toMatch(/innehåller inga inloggningsuppgifter: inga lösenord/);
    expect(text).toContain('npm run admin -- reset-password');
    expect(text).toContain('Varje nedladdning förs in i loggen');
    expect(html).toMatch(/<form method="post" action="\/admin\/settings\/backup">\s*<input type="hidden" name="_csrf" value="[^"]+"/);
    expect(html).toContain('<a href="/admin/settings/backup" aria-current="page">Säkerhetskopia</a>');
    expect(html).not.toMatch(/name="includeSecrets"[^>]*checked/);
  });

  it('is refused to editors (403) and sends visitors to sign in, downloading nothing', async () => {
    const editorUser = await makeUser(context, { username: 'redaktor', role: 'editor' });
    const editor = new Browser(context.app, '192.0.2.11');
    await editor.signIn('redaktor', editorUser.password);
    expect((await editor.get(PAGE)).status).toBe(403);
    const post = await editor.post(PAGE, {});
    expect(post.status).toBe(403);
    expect(post.headers.get('content-disposition')).toBeNull();
    expect(await (await editor.get('/admin')).text()).not.toContain('/admin/settings/backup');

    const anonymous = await context.app.request(PAGE, { method: 'POST', headers: { Origin: 'http://localhost', 'Content-Type': 'application/x-www-form-urlencoded' }, body: '' });
    // A post without a session answers with the sign-in page itself, keeping the form (decision 0033).
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-disposition')).toBeNull();
    expect(await anonymous.text()).toContain('action="/admin/login');
    expect(await downloads()).toEqual([]);
  });

  it('refuses a post without the session’s CSRF token', async () => {
    await admin.get(PAGE);
    const response = await admin.post(PAGE, {}, { csrf: false });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(await downloads()).toEqual([]);
  });
});

describe('backup download', () => {
  it('sends the file without secrets, records it in the audit log and leaves the public revision alone', async () => {
    const revision = await readRevision(context.db);
    await admin.get(PAGE);
    const response = await admin.post(PAGE, {});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="status-backup-20260211T130000Z.json"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    const document = await parseBackup(text);
    expect(document.secrets.included).toBe(false);
    expect(document.tables.sessions).toBeUndefined();
    expect(text).not.toContain((await findUserByUsername(context.db, 'chef'))!.passwordHash);
    expect(document.tables.users!.rows.map((row) => row[document.tables.users!.columns.indexOf('username')])).toEqual(['chef']);

    const [entry, ...others] = await downloads();
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ username: 'chef', ip: '192.0.2.10', after: { secretsIncluded: false, checksum: document.checksum } });
    expect(await readRevision(context.db)).toEqual(revision);

    // The download shows on the page and in the audit log as people read it.
    expect(visibleText(await (await admin.get(PAGE)).text())).toMatch(/Senaste nedladdningarna .*chef \(utan inloggningsuppgifter\)/);
    expect(visibleText(await (await admin.get('/admin/audit?action=backup.')).text())).toContain('Laddade ner en säkerhetskopia');

    // It is a real backup: restored, it serves the same overview.
    const target = await createTestDatabase();
    await restoreBackup(target, document, { now: context.clock.now(), actor: { userId: null, username: 'cli', ip: null }, force: false });
    const [a, b] = await Promise.all([appOn(context.db, context.clock).request('/'), appOn(target, context.clock).request('/')]);
    expect(await b.text()).toBe(await a.text());
  });

  it('includes secrets only with the admin’s password, and says what went wrong otherwise', async () => {
    await admin.get(PAGE);
    const noPassword = await admin.post(PAGE, { includeSecrets: 'on', password: '' });
    expect(noPassword.status).toBe(422);
    const noPasswordHtml = await noPassword.text();
    expect(visibleText(noPasswordHtml)).toContain('Skriv ditt lösenord för att ta med inloggningsuppgifter.');
    expect(noPasswordHtml).toMatch(/name="includeSecrets"[^>]*checked/);

    const wrong = await admin.post(PAGE, { includeSecrets: 'on', password: 'inte mitt lösenord alls' });
    expect(wrong.status).toBe(422);
    expect(visibleText(await wrong.text())).toContain('Lösenordet stämmer inte.');
    expect(await downloads()).toEqual([]);
    expect((await listAudit(context.db, { action: 'account.confirm-failed' })).map((row) => row.username)).toEqual(['chef']);

    const right = await admin.post(PAGE, { includeSecrets: 'on', password: adminPassword });
    expect(right.status).toBe(200);
    expect(right.headers.get('content-disposition')).toMatch(/^attachment; filename="status-backup-/);
    const document = await parseBackup(await right.text());
    expect(document.secrets.included).toBe(true);
    const users = document.tables.users!;
    expect(users.rows[0]![users.columns.indexOf('password_hash')]).toBe((await findUserByUsername(context.db, 'chef'))!.passwordHash);
    expect(document.tables.sessions!.rows.length).toBeGreaterThan(0);
    expect((await downloads()).map((row) => (row.after as { secretsIncluded: boolean }).secretsIncluded)).toEqual([true]);
    expect(context.errors).toEqual([]);
  });

  it('escapes hostile names in the list of downloads', async () => {
    const hostile = await makeUser(context, { username: 'mallory', role: 'admin', displayName: 'M' });
    const browser = new Browser(context.app, '192.0.2.12');
    await browser.signIn('mallory', hostile.password);
    await browser.get(PAGE);
    expect((await browser.post(PAGE, {})).status).toBe(200);
    // The user name is constrained, but the list must escape whatever the log holds.
    await context.db.$client.execute({
      sql: `INSERT INTO audit_log (at, user_id, username, action, after) VALUES (?, NULL, ?, 'backup.download', '{"secretsIncluded":false}')`,
      args: [context.clock.now().getTime(), '<script>alert(1)</script>'],
    });
    const html = await (await admin.get(PAGE)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
