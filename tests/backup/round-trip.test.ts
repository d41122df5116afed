/**
 * A backup of the example municipality restored into a fresh database serves the same pages
 * and feeds, byte for byte; sign-in secrets are absent by default and present when asked for.
 */
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src/backup/create';
import { serializeBackup } from '../../src/backup/format';
import { parseBackup } from '../../src/backup/parse';
import { restoreBackup } from '../../src/backup/restore';
import { DATA_TABLES, NO_PASSWORD, SECRET_TABLES } from '../../src/backup/tables';
import { hashPassword } from '../../src/auth/password';
import { SYSTEM_ACTOR } from '../../src/store/audit';
import { readRevision } from '../../src/store/revision';
import { resetUserPassword } from '../../src/store/user-access';
import { findUserByUsername } from '../../src/store/users';
import { Browser, makeUser } from '../helpers/admin';
import { TEST_PASSWORD_ITERATIONS } from '../helpers/app';
import { createTestDatabase } from '../helpers/db';
import { appOn, exampleDatabase, tableRows } from './helpers';

const RESTORE = { actor: { userId: null, username: 'cli', ip: null }, force: false };

/** Makes a backup, writes it out as the file text and reads it back, as a real round trip does. */
async function throughFile(db: Parameters<typeof createBackup>[0], now: Date, includeSecrets = false) {
  return parseBackup(serializeBackup(await createBackup(db, { now, includeSecrets })));
}

const PAGES = [
  '/',
  '/en/',
  '/handelser/it-angrepp',
  '/en/incidents/it-angrepp',
  '/historik',
  '/prenumerera',
  '/feed.atom',
  '/feed.json',
  '/feed.rss',
  '/en/feed.atom',
  '/en/feed.json',
  '/handelser/it-angrepp/feed.atom',
];

describe('backup round trip', () => {
  it('serves identical pages and feeds from the restored database, with a newer revision', async () => {
    const source = await exampleDatabase();
    const backup = await throughFile(source.db, source.clock.now());
    const target = await createTestDatabase();
    const summary = await restoreBackup(target, backup, { ...RESTORE, now: source.clock.now() });

    const before = await readRevision(source.db);
    const after = await readRevision(target);
    expect(after.revision).toBe(before.revision + 1);
    expect(summary.revision).toBe(after.revision);
    // The public data last changed when it did in the source: "Senast uppdaterad" reads the same.
    expect(after.changedAt.getTime()).toBe(before.changedAt.getTime());

    const original = appOn(source.db, source.clock);
    const restored = appOn(target, source.clock);
    const service = await source.db.query.services.findFirst();
    for (const path of [...PAGES, `/tjanster/${service!.slug}`, `/tjanster/${service!.slug}/feed.atom`]) {
      const [a, b] = await Promise.all([original.request(path), restored.request(path)]);
      expect(a.status, path).toBe(200);
      expect(b.status, path).toBe(200);
      const [textA, textB] = await Promise.all([a.text(), b.text()]);
      expect(textB, path).toBe(textA);
      expect(textA.length, path).toBeGreaterThan(500);
      // The ETag follows the revision, so caches holding the old one refresh.
      expect(b.headers.get('etag'), path).not.toBe(a.headers.get('etag'));
    }
    // Something the reader sees is really there (not two empty pages alike).
    expect(await (await restored.request('/handelser/it-angrepp')).text()).toContain('IT-angrepp');
  });

  it('restores every data table row for row; the audit log gains one entry for the restore', async () => {
    const source = await exampleDatabase();
    const target = await createTestDatabase();
    await restoreBackup(target, await throughFile(source.db, source.clock.now()), { ...RESTORE, now: source.clock.now() });
    for (const table of DATA_TABLES) {
      if (table === 'public_revision' || table === 'audit_log') continue;
      expect(await tableRows(target, table), table).toEqual(await tableRows(source.db, table));
    }
    const sourceAudit = await tableRows(source.db, 'audit_log');
    const targetAudit = await tableRows(target, 'audit_log');
    expect(targetAudit.slice(0, -1)).toEqual(sourceAudit);
    expect(targetAudit.at(-1)).toMatchObject({ username: 'cli', action: 'backup.restore' });
    // New rows continue after the restored ids instead of reusing them.
    const sequences = await target.$client.execute(`SELECT seq FROM sqlite_sequence WHERE name = 'updates'`);
    expect(Number(sequences.rows[0]![0])).toBe(Number((await source.db.$client.execute(`SELECT seq FROM sqlite_sequence WHERE name = 'updates'`)).rows[0]![0]));
  });

  it('covers every table the migrations create, each classified as data or secret', async () => {
    const db = await createTestDatabase();
    const tables = await db.$client.execute(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle_%' ORDER BY name`,
    );
    const unclassified = tables.rows.map((row) => String(row[0])).filter((name) => !DATA_TABLES.has(name) && !SECRET_TABLES.has(name));
    expect(unclassified).toEqual([]);
    const backup = await createBackup(db, { now: new Date(), includeSecrets: true });
    expect(Object.keys(backup.tables).sort()).toEqual(tables.rows.map((row) => String(row[0])).sort());
  });
});

describe('sign-in secrets', () => {
  async function exampleWithAdmin() {
    const source = await exampleDatabase();
    const { user, password } = await makeUser(source, { username: 'anna', role: 'admin', displayName: 'Anna Andersson' });
    // A live session and a failed attempt, so the secret tables hold something.
    const browser = new Browser(appOn(source.db, source.clock), '192.0.2.20');
    expect((await browser.signIn('anna', password)).status).toBe(303);
    await new Browser(appOn(source.db, source.clock), '192.0.2.21').post('/admin/login', { username: 'anna', password: 'fel lösenord helt enkelt' });
    return { ...source, user, password };
  }

  it('leaves them out by default and says so; the accounts stay but cannot sign in until a new password is set', async () => {
    const source = await exampleWithAdmin();
    const document = await createBackup(source.db, { now: source.clock.now(), includeSecrets: false });
    const text = serializeBackup(document);
    const stored = await findUserByUsername(source.db, 'anna');
    expect(text).not.toContain(stored!.passwordHash);
    expect(document.secrets.included).toBe(false);
    expect(document.secrets.tables).toEqual(expect.arrayContaining(['sessions', 'recovery_codes', 'passkeys', 'login_throttle', 'webauthn_challenges', 'known_devices']));
    expect(document.secrets.columns.users).toEqual(expect.arrayContaining(['password_hash', 'totp_secret']));
    expect(document.secrets.note).toMatch(/left out/);
    expect(document.tables.sessions).toBeUndefined();

    const target = await createTestDatabase();
    const summary = await restoreBackup(target, await parseBackup(text), { ...RESTORE, now: source.clock.now() });
    expect(summary.accountsWithoutPassword).toEqual(['anna']);
    const restoredUser = await findUserByUsername(target, 'anna');
    expect(restoredUser).toMatchObject({ displayName: 'Anna Andersson', role: 'admin', passwordHash: NO_PASSWORD, totpSecret: null });
    expect((await target.$client.execute('SELECT count(*) FROM sessions')).rows[0]![0]).toBe(0);

    const app = appOn(target, source.clock);
    const refused = await new Browser(app, '192.0.2.30').signIn('anna', source.password);
    expect(refused.status).not.toBe(303);

    // What `npm run admin -- reset-password` does gets them back in.
    await resetUserPassword(target, source.clock, restoredUser!.id, await hashPassword('ett nytt och långt lösenord', TEST_PASSWORD_ITERATIONS), SYSTEM_ACTOR, {
      expectedVersion: restoredUser!.version,
    });
    const admitted = new Browser(app, '192.0.2.31');
    expect((await admitted.signIn('anna', 'ett nytt och långt lösenord')).status).toBe(303);
    expect((await admitted.get('/admin/users')).status).toBe(200);
  });

  it('keeps them with includeSecrets: the same password and session work on the restored database', async () => {
    const source = await exampleWithAdmin();
    const document = await throughFile(source.db, source.clock.now(), true);
    expect(document.secrets.included).toBe(true);
    expect(document.secrets.tables).toEqual([]);
    expect(document.tables.sessions!.rows.length).toBeGreaterThan(0);
    expect(document.tables.login_throttle!.rows.length).toBeGreaterThan(0);

    const target = await createTestDatabase();
    const summary = await restoreBackup(target, document, { ...RESTORE, now: source.clock.now() });
    expect(summary.accountsWithoutPassword).toEqual([]);
    expect((await findUserByUsername(target, 'anna'))!.passwordHash).toBe((await findUserByUsername(source.db, 'anna'))!.passwordHash);
    for (const table of ['sessions', 'known_devices', 'login_throttle', 'users']) expect(await tableRows(target, table), table).toEqual(await tableRows(source.db, table));

    const browser = new Browser(appOn(target, source.clock), '192.0.2.40');
    expect((await browser.signIn('anna', source.password)).status).toBe(303);
  });
});
