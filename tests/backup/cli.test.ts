/**
 * `npm run backup` and `npm run restore`, run for real as child processes against database
 * files and against a remote libSQL endpoint (the local Hrana server, with a token): exit
 * codes, the one-line summaries, progress on stderr, and the web app on the restored file.
 */
import { createClient, type Client } from '@libsql/client';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checksumOf, type BackupDocument } from '../../src/backup/format';
import { parseBackup } from '../../src/backup/parse';
import { DATA_TABLES } from '../../src/backup/tables';
import { fixedClock } from '../../src/clock';
import { createDatabase, type Database } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { loadExample } from '../../src/seed/example';
import { exampleData } from '../../src/seed/example-data';
import { startLibsqlServer } from '../../tools/libsql-server/libsql-server';
import { appOn, NOW } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const JOURNAL = JSON.parse(readFileSync(join(ROOT, 'migrations/meta/_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
const LATEST_MIGRATION = JOURNAL.entries.at(-1)!.tag;
/** Each run starts Node with tsx (a second or more on a busy machine). */
const SLOW = 180_000;

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${command}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, LIBSQL_AUTH_TOKEN: '', LIBSQL_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'backup-cli-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function open(url: string, authToken?: string): Database {
  const client: Client = createClient({ url, authToken });
  cleanups.push(() => client.close());
  return createDatabase(client);
}

/** The example in a file database; `before0009`: without planned maintenance, which came with migration 0009. */
async function exampleFile(dir: string, options: { before0009?: boolean } = {}): Promise<string> {
  const url = `file:${join(dir, 'source.db')}`;
  const db = open(url);
  await applyMigrations(db);
  const maintenances = new Set(exampleData.maintenances.map((maintenance) => maintenance.slug));
  const data = options.before0009
    ? { ...exampleData, maintenances: [], updates: exampleData.updates.filter((update) => !maintenances.has(update.incident ?? '')) }
    : exampleData;
  await loadExample(db, fixedClock(NOW), { publicUrl: 'https://status.example.org', data });
  return url;
}

async function overview(url: string): Promise<string> {
  const response = await appOn(open(url), fixedClock(NOW)).request('/');
  expect(response.status).toBe(200);
  return response.text();
}

describe('npm run backup / restore', () => {
  it('backs up a file database and restores it into a new one that serves the same page', { timeout: SLOW }, async () => {
    const dir = workDir();
    const source = await exampleFile(dir);
    const file = join(dir, 'backup.json');

    const backup = await run('backup', [file], { DATABASE_URL: source });
    expect(backup.stderr).toMatch(/read updates: \d+ rows/);
    expect(backup.code, backup.stderr).toBe(0);
    const summary = backup.stdout.trim().split('\n');
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatch(new RegExp(`^Backup written to ${file}: ${DATA_TABLES.size} tables, \\d+ rows, schema ${LATEST_MIGRATION}, without sign-in secrets .*sha256:[0-9a-f]{64}$`));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const document = await parseBackup(readFileSync(file, 'utf8'));
    expect(document.secrets.included).toBe(false);

    const target = `file:${join(dir, 'restored', 'status.db')}`;
    const restore = await run('restore', [file], { DATABASE_URL: target });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stderr).toMatch(/wrote feed_items: \d+ rows/);
    expect(restore.stdout.trim()).toMatch(/^Restored .*backup\.json into file:.*status\.db: \d+ tables, \d+ rows, public revision \d+; without sign-in secrets/);
    expect(restore.stdout.trim().split('\n')).toHaveLength(1);
    expect(await overview(target)).toBe(await overview(source));

    // A second restore into the same, now filled, database is refused…
    const again = await run('restore', [file], { DATABASE_URL: target });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^Error: The target database is not empty: .*--force/m);
    expect(again.stdout).toBe('');
    // …unless told.
    const forced = await run('restore', [file, '--force'], { DATABASE_URL: target });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/replacing what the database held/);
    expect(await overview(target)).toBe(await overview(source));
  });

  it('says plainly what is wrong with the file and never touches the target', { timeout: SLOW }, async () => {
    const dir = workDir();
    const source = await exampleFile(dir);
    const target = `file:${join(dir, 'target.db')}`;
    const file = join(dir, 'backup.json');
    expect((await run('backup', [file, '--include-secrets'], { DATABASE_URL: source })).stdout).toMatch(/WITH sign-in secrets/);

    const missing = await run('restore', [join(dir, 'nope.json')], { DATABASE_URL: target });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Error: There is no file .*nope\.json\./m);

    writeFileSync(join(dir, 'broken.json'), '{"format": "worst-day-status-backup", ');
    const broken = await run('restore', [join(dir, 'broken.json')], { DATABASE_URL: target });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^Error: The file is not valid JSON/m);

    writeFileSync(join(dir, 'tampered.json'), readFileSync(file, 'utf8').replace('"it-angrepp"', '"it-angrepp-2"'));
    const tampered = await run('restore', [join(dir, 'tampered.json')], { DATABASE_URL: target });
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/^Error: The backup's checksum does not match its data/m);

    const fromNewerApp = JSON.parse(readFileSync(file, 'utf8')) as BackupDocument;
    fromNewerApp.schemaMigration = { hash: 'f'.repeat(64), createdAt: JOURNAL.entries.at(-1)!.when + 1 };
    fromNewerApp.checksum = await checksumOf(fromNewerApp);
    writeFileSync(join(dir, 'newer.json'), JSON.stringify(fromNewerApp));
    const newer = await run('restore', [join(dir, 'newer.json')], { DATABASE_URL: target });
    expect(newer.code).toBe(1);
    expect(newer.stderr).toMatch(/^Error: The backup was made by a newer version of the app .*Update the app, then restore\./m);

    expect(existsSync(join(dir, 'target.db'))).toBe(false);
  });

  it('answers --help, wrong usage and a missing database with the right exit codes', { timeout: SLOW }, async () => {
    const dir = workDir();
    const help = await run('restore', ['--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run restore -- FILE \[--force\]/);
    const usage = await run('backup', ['--what'], {});
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^Error: .*--what[\s\S]*Usage: npm run backup -- FILE \[--include-secrets\]/);
    const nothing = await run('backup', [join(dir, 'b.json')], { DATABASE_URL: `file:${join(dir, 'none.db')}` });
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/^Error: There is no database at .*none\.db/m);
    expect(existsSync(join(dir, 'none.db'))).toBe(false);
    expect(existsSync(join(dir, 'b.json'))).toBe(false);
  });

  it('restores a backup made by an older version of the app, then applies the newer migrations', { timeout: SLOW }, async () => {
    const dir = workDir();
    const source = await exampleFile(dir, { before0009: true });
    const file = join(dir, 'current.json');
    expect((await run('backup', [file], { DATABASE_URL: source })).code).toBe(0);
    // The same data as the app at 0005 wrote it: before 0006 added the version columns.
    const current = JSON.parse(readFileSync(file, 'utf8')) as BackupDocument;
    const at0005 = JOURNAL.entries.find((entry) => entry.tag === '0005_audit_append_only')!;
    const newer = JOURNAL.entries.length - 1 - JOURNAL.entries.indexOf(at0005);
    const migrations = await open(source).$client.execute('SELECT hash FROM __drizzle_migrations WHERE created_at = ?', [at0005.when]);
    const old = structuredClone(current);
    old.schemaMigration = { hash: String(migrations.rows[0]![0]), createdAt: at0005.when };
    // Tables that later migrations create did not exist yet: a 0005 backup has none of them.
    const laterTables = JOURNAL.entries
      .slice(JOURNAL.entries.indexOf(at0005) + 1)
      .flatMap((entry) => [...readFileSync(join('migrations', `${entry.tag}.sql`), 'utf8').matchAll(/CREATE TABLE `([a-z_]+)`/g)].map((match) => match[1]!));
    expect(laterTables).toEqual(expect.arrayContaining(['maintenances', 'update_maintenance']));
    for (const table of laterTables) delete old.tables[table];
    // Nor the columns they add (0006: the version columns; 0017: the update count).
    const laterColumns = JOURNAL.entries
      .slice(JOURNAL.entries.indexOf(at0005) + 1)
      .flatMap((entry) => [...readFileSync(join('migrations', `${entry.tag}.sql`), 'utf8').matchAll(/ALTER TABLE `([a-z_]+)` ADD `([a-z_]+)`/g)])
      .map((match) => [match[1]!, match[2]!] as const)
      .filter(([table]) => !laterTables.includes(table));
    expect(laterColumns).toEqual(expect.arrayContaining([['site_settings', 'version'], ['public_revision', 'update_count']]));
    for (const [table, column] of laterColumns) {
      const data = old.tables[table]!;
      const index = data.columns.indexOf(column);
      data.columns.splice(index, 1);
      for (const row of data.rows) row.splice(index, 1);
    }
    old.checksum = await checksumOf(old);
    writeFileSync(join(dir, 'old.json'), JSON.stringify(old));

    const target = `file:${join(dir, 'upgraded.db')}`;
    const restore = await run('restore', [join(dir, 'old.json')], { DATABASE_URL: target });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stderr).toMatch(/schema 0005_audit_append_only/);
    expect(restore.stdout).toContain(`then applied ${newer} newer migration(s)`);
    expect(await overview(target)).toBe(await overview(source));
    // 0017 counted the restored updates for the history's page count.
    const restored = open(target).$client;
    const [counted, rows] = await Promise.all([
      restored.execute('SELECT update_count FROM public_revision WHERE id = 1'),
      restored.execute('SELECT count(*) FROM updates'),
    ]);
    expect(Number(counted.rows[0]![0])).toBe(Number(rows.rows[0]![0]));
    expect(Number(rows.rows[0]![0])).toBeGreaterThan(0);

    // Into a database that is already at the newest schema, it explains what to do instead.
    const migrated = `file:${join(dir, 'migrated.db')}`;
    await applyMigrations(open(migrated));
    const refused = await run('restore', [join(dir, 'old.json')], { DATABASE_URL: migrated });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/older version of the app .*Restore it into a new, empty database/);
  });

  it('works against a remote libSQL database with an auth token', { timeout: SLOW }, async () => {
    const dir = workDir();
    // The server opens the same file the example was written to.
    const sourcePath = (await exampleFile(dir)).slice('file:'.length);
    const token = 'a-token-for-this-test-only';
    const sourceServer = await startLibsqlServer({ databasePath: sourcePath, authToken: token });
    cleanups.push(() => sourceServer.close());
    const targetServer = await startLibsqlServer({ databasePath: join(dir, 'remote-target.db'), authToken: token });
    cleanups.push(() => targetServer.close());
    const file = join(dir, 'remote.json');

    const unauthorised = await run('backup', [file], { DATABASE_URL: sourceServer.url });
    expect(unauthorised.code).toBe(1);
    expect(unauthorised.stderr).toMatch(/^Error: could not back up/m);

    const backup = await run('backup', [file], { DATABASE_URL: sourceServer.url, LIBSQL_AUTH_TOKEN: token });
    expect(backup.code, backup.stderr).toBe(0);
    const restore = await run('restore', [file], { DATABASE_URL: targetServer.url, LIBSQL_AUTH_TOKEN: token });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(new RegExp(`into ${targetServer.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${DATA_TABLES.size} tables`));

    const restored = open(targetServer.url, token);
    const original = open(sourceServer.url, token);
    const count = async (db: Database) => (await db.$client.execute('SELECT count(*) FROM update_texts')).rows[0]![0];
    expect(await count(restored)).toBe(await count(original));
    const uids = async (db: Database) => {
      const rows = await db.$client.execute('SELECT uid FROM updates ORDER BY id');
      return rows.rows.map((row) => row[0]).join(',');
    };
    expect(await uids(restored)).toBe(await uids(original));
  });
});
