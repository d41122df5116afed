/**
 * `npm run export`, run for real as a child process against database files and a remote
 * libSQL endpoint (the local Hrana server on loopback): help, progress, the one-line summary,
 * exit codes, rewriting only what changed, removing what is gone, and --watch following a
 * publication and riding out a database outage. Every wait is bounded.
 */
import { createClient } from '@libsql/client';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock, systemClock } from '../../src/clock';
import { createDatabase, type Database } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { publicLocalesOf } from '../../src/domain/locales';
import { urlPrefixOf } from '../../src/urls/locale-prefixes';
import { loadExample } from '../../src/seed/example';
import { publishUpdate } from '../../src/store/publishing';
import { loadSite, saveSite } from '../../src/store/site';
import { startLibsqlServer } from '../../tools/libsql-server/libsql-server';
import { filesUnder, MANIFEST, temporaryFolder } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..');
/** Each run starts Node with tsx (a second or more on a busy machine). */
const SLOW = 180_000;

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function spawnExport(args: string[], env: Record<string, string>): ChildProcess & { output: CliResult; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, LIBSQL_AUTH_TOKEN: '', LIBSQL_URL: '', PUBLIC_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: CliResult = { code: null, stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      output.code = code;
      resolve(code);
    });
  });
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return Object.assign(child, { output, exited });
}

async function run(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const child = spawnExport(args, env);
  await child.exited;
  return child.output;
}

/** Polls `check` every 100 ms until it holds, failing after `ms`. */
async function waitFor(what: string, check: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function open(url: string, authToken?: string): Database {
  const client = createClient({ url, authToken });
  cleanups.push(() => client.close());
  return createDatabase(client);
}

async function exampleFile(dir: string): Promise<{ url: string; path: string; db: Database }> {
  const path = join(dir, 'status.db');
  const db = open(`file:${path}`);
  await applyMigrations(db);
  await loadExample(db, fixedClock('2026-02-11T13:00:00Z'), { publicUrl: 'https://status.example.org' });
  return { url: `file:${path}`, path, db };
}

/** A status change with a note: the overview and the service page change. */
async function publishNote(db: Database, note: string): Promise<void> {
  const service = await db.query.services.findFirst({ where: (services, { eq }) => eq(services.slug, 'bibliotek') });
  await publishUpdate(db, systemClock, { texts: { sv: note, en: note }, changes: [{ serviceId: service!.id, to: 'down' }] });
}

const SUMMARY = /^Exported (\d+) files \([\d.]+ (?:KiB|MiB); (\d+) written, (\d+) unchanged, (\d+) removed\) of revision (\d+) to (.+) in [\d.]+ s; absolute links start with (\S+)$/m;

describe('npm run export', () => {
  it('explains itself with --help, and refuses wrong usage with exit code 2', { timeout: SLOW }, async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run export -- --out DIR \[--base-url URL\] \[--watch/);
    expect(help.stdout).toContain('--interval SECONDS');
    for (const args of [[], ['--out'], ['--out', 'x', '--nope'], ['--out', 'x', '--base-url', 'ftp://x'], ['--out', 'x', '--interval', '1']]) {
      const wrong = await run(args);
      expect(wrong.code, args.join(' ')).toBe(2);
      expect(wrong.stderr, args.join(' ')).toMatch(/^Error: .+\n\nUsage: npm run export/);
    }
  });

  it('writes the site with progress and a one-line summary, then rewrites only what changed and removes what is gone', { timeout: SLOW }, async () => {
    const dir = temporaryFolder('export-cli-', cleanups);
    const { url, db } = await exampleFile(dir);
    const out = join(dir, 'site');

    const first = await run(['--out', out], { DATABASE_URL: url });
    expect(first.code, first.stderr).toBe(0);
    const summary = SUMMARY.exec(first.stdout);
    expect(summary, first.stdout).not.toBeNull();
    const total = Number(summary![1]);
    expect(first.stdout.trim().split('\n')).toHaveLength(1);
    expect(Number(summary![2])).toBe(total);
    expect(summary![7]).toBe('https://status.example.org');
    expect(first.stderr).toContain(`rendered ${total}/${total} files`);
    expect(first.stderr).toMatch(new RegExp(`rendered \\d+/${total} files\\n[\\s\\S]*rendered \\d+/${total} files`));
    const files = filesUnder(out);
    expect(files).toContain(MANIFEST);
    expect(files.length).toBe(total + 1);
    expect(files).toContain('en/index.html');
    const overview = statSync(join(out, 'index.html')).mtimeMs;

    const again = await run(['--out', out], { DATABASE_URL: url });
    expect(again.code, again.stderr).toBe(0);
    // Only the posters may differ (one per language): they say when they were made, to the minute.
    const [written, unchanged, removedNothing] = SUMMARY.exec(again.stdout)!.slice(2, 5).map(Number);
    expect(written).toBeLessThanOrEqual(publicLocalesOf((await loadSite(db))!.offeredLocales).length);
    expect(written! + unchanged!).toBe(total);
    expect(removedNothing).toBe(0);
    expect(statSync(join(out, 'index.html')).mtimeMs).toBe(overview);

    // Offer Swedish only: every file of the other languages goes, and only those.
    const site = (await loadSite(db))!;
    const others = publicLocalesOf(site.offeredLocales).filter((locale) => locale !== 'sv').map((locale) => `${urlPrefixOf(locale)}/`);
    expect(others).toContain('en/');
    await saveSite(db, systemClock, {
      ...site,
      offeredLocales: ['sv'],
      texts: Object.fromEntries(Object.entries(site.texts).map(([locale, text]) => [locale, { organisationName: text.organisationName, siteTitle: text.siteTitle, notice: text.notice }])),
    });
    const swedish = await run(['--out', out, '--base-url', 'https://reserv.example.net/'], { DATABASE_URL: url });
    expect(swedish.code, swedish.stderr).toBe(0);
    const [, count, , , removed] = SUMMARY.exec(swedish.stdout)!.map(Number);
    expect(removed).toBe(files.filter((file) => others.some((prefix) => file.startsWith(prefix))).length);
    expect(count).toBe(total - removed!);
    for (const prefix of others) expect(existsSync(join(out, prefix)), prefix).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<link rel="canonical" href="https://reserv.example.net/"/>');
    expect(filesUnder(out).some((file) => file.includes('.export-staging'))).toBe(false);
  });

  it('fails with exit code 1 and a clear message for an unusable folder or database', { timeout: SLOW }, async () => {
    const dir = temporaryFolder('export-cli-fail-', cleanups);
    const { url } = await exampleFile(dir);

    writeFileSync(join(dir, 'a-file'), 'not a folder');
    const underFile = await run(['--out', join(dir, 'a-file', 'site')], { DATABASE_URL: url });
    expect(underFile.code).toBe(1);
    expect(underFile.stderr).toMatch(/^Error: Cannot create the folder .*a-file\/site: ENOTDIR/m);

    const foreign = join(dir, 'someone-elses');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'thesis.docx'), 'precious');
    const notEmpty = await run(['--out', foreign], { DATABASE_URL: url });
    expect(notEmpty.code).toBe(1);
    expect(notEmpty.stderr).toMatch(/is not empty and holds no earlier export/);
    expect(filesUnder(foreign)).toEqual(['thesis.docx']);

    const missing = await run(['--out', join(dir, 'site')], { DATABASE_URL: `file:${join(dir, 'nothing-here.db')}` });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Error: There is no database at .*nothing-here\.db/m);

    const server = await startLibsqlServer({ databasePath: join(dir, 'status.db') });
    const deadUrl = server.url;
    await server.close();
    const unreachable = await run(['--out', join(dir, 'site')], { DATABASE_URL: deadUrl });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^Error: could not export http:\/\/127\.0\.0\.1:\d+: /m);
    expect(existsSync(join(dir, 'site', 'index.html'))).toBe(false);
  });
});

describe('npm run export -- --watch', () => {
  it('exports again after a publication, and stops cleanly on SIGTERM', { timeout: SLOW }, async () => {
    const dir = temporaryFolder('export-watch-', cleanups);
    const { url, db } = await exampleFile(dir);
    const out = join(dir, 'site');
    const watcher = spawnExport(['--out', out, '--watch', '--interval', '0.3'], { DATABASE_URL: url });
    await waitFor('the first export', () => /Exported \d+ files/.test(watcher.output.stderr));
    const servicePage = join(out, 'tjanster', 'bibliotek.html');
    const before = readFileSync(servicePage, 'utf8');
    expect(before).not.toContain('Exporttest: biblioteket har stängt.');

    await publishNote(db, 'Exporttest: biblioteket har stängt.');
    await waitFor('the export of the publication', () => readFileSync(servicePage, 'utf8').includes('Exporttest: biblioteket har stängt.'));
    await waitFor('the summary of the second export', () => (watcher.output.stderr.match(/Exported \d+ files/g) ?? []).length >= 2);
    const revision = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')).revision as number;
    expect(revision).toBe((await db.query.publicRevision.findFirst())!.revision);

    watcher.kill('SIGTERM');
    expect(await watcher.exited).toBe(0);
    expect(watcher.output.stdout).toMatch(/^Stopped watching after 2 exports; .* holds revision \d+$/m);
  });

  it('keeps the last good export while the database is unreachable, and catches up when it is back', { timeout: SLOW }, async () => {
    const dir = temporaryFolder('export-outage-', cleanups);
    const { path, db } = await exampleFile(dir);
    let server = await startLibsqlServer({ databasePath: path });
    cleanups.push(() => server.close());
    const port = Number(new URL(server.url).port);
    const out = join(dir, 'site');
    const watcher = spawnExport(['--out', out, '--watch', '--interval', '0.3'], { DATABASE_URL: server.url });
    // The example is in six languages: its first export takes a while on a busy machine.
    await waitFor('the first export', () => /Exported \d+ files/.test(watcher.output.stderr), 150_000);
    const overview = readFileSync(join(out, 'index.html'), 'utf8');

    await server.close();
    await waitFor('the outage to be noticed', () => /database unavailable \(fetch failed: .+\); keeping the export of revision \d+; trying again every 0\.3 s\n/.test(watcher.output.stderr));
    // Still there, untouched, while the database is away; the watcher keeps running.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(overview);
    expect(watcher.exitCode).toBeNull();

    await publishNote(db, 'Exporttest: publicerat under avbrottet.');
    server = await startLibsqlServer({ databasePath: path, port });
    await waitFor('the export after the outage', () => readFileSync(join(out, 'tjanster', 'bibliotek.html'), 'utf8').includes('Exporttest: publicerat under avbrottet.'));
    expect(watcher.output.stderr).toContain('the database answers again');

    watcher.kill('SIGTERM');
    expect(await watcher.exited).toBe(0);
  });
});
