/**
 * Issue 9, defect 5: a locked database. The app runs on a database file opened as the Node
 * entry opens it (WAL, the busy wait), and a real second connection to the same file plays
 * the outside writer (the admin CLI, a backup, an sqlite3 shell) holding the write lock.
 *
 * - held briefly: the editor's request waits for it and succeeds, and the server keeps
 *   answering other requests meanwhile;
 * - held longer than the busy timeout: 503 with Retry-After and a page that keeps the draft,
 *   and nothing reported as published that was not stored;
 * - released: the very next write succeeds (no lock outlives the other writer, and none of
 *   ours outlives a failed statement).
 */
import { createClient, type Client } from '@libsql/client';
import { sql } from 'drizzle-orm';
import Sqlite from 'libsql';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { openNodeClient } from '../../src/db/open-node';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { makeGroup, makeService } from '../helpers/factories';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function temporaryFile(): { path: string; url: string } {
  const dir = mkdtempSync(join(tmpdir(), 'locks-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'status.db');
  return { path, url: `file:${path}` };
}

async function openAsTheServerDoes(url: string, busyTimeoutMs: number): Promise<{ client: Client; db: Database }> {
  const client = await openNodeClient({ url, busyTimeoutMs });
  cleanups.push(() => client.close());
  const db = createDatabase(client);
  return { client, db };
}

/** Another connection to the file, as an outside process has: plain, no busy timeout of its own. */
function outsideWriter(path: string) {
  const connection = new Sqlite(path);
  cleanups.push(() => {
    if (connection.inTransaction) connection.exec('ROLLBACK');
    connection.close();
  });
  connection.exec('CREATE TABLE IF NOT EXISTS outside_notes (note TEXT)');
  return {
    /** BEGIN IMMEDIATE (or EXCLUSIVE) and a write: the database's write lock is now held. */
    lock(mode: 'IMMEDIATE' | 'EXCLUSIVE' = 'IMMEDIATE') {
      connection.exec(`BEGIN ${mode}`);
      connection.prepare('INSERT INTO outside_notes (note) VALUES (?)').run('held');
    },
    release() {
      connection.exec('COMMIT');
    },
    /** Can the outside writer take the lock right now, without waiting? */
    canWriteNow(): boolean {
      try {
        connection.exec('BEGIN IMMEDIATE');
        connection.exec('COMMIT');
        return true;
      } catch {
        return false;
      }
    },
  };
}

async function editorOnFile(busyTimeoutMs: number) {
  const file = temporaryFile();
  const { client, db } = await openAsTheServerDoes(file.url, busyTimeoutMs);
  await applyMigrations(db);
  const context = await createTestApp({ database: db });
  const group = await makeGroup(db, context.clock);
  const service = await makeService(db, context.clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor' } });
  const { password } = await makeUser(context, { username: 'redaktor', role: 'editor' });
  const browser = new Browser(context.app);
  await browser.signIn('redaktor', password);
  const outside = outsideWriter(file.path);
  return { ...context, client, file, service, browser, password, outside };
}

async function statusForm(context: Awaited<ReturnType<typeof editorOnFile>>, status: string, note: string) {
  const page = await (await context.browser.get('/admin')).text();
  const version = /name="version" value="(\d+)"/.exec(page)![1]!;
  return { status, note, version };
}

async function publicStatusLine(context: Awaited<ReturnType<typeof editorOnFile>>): Promise<string> {
  return visibleText(await (await context.app.request('/')).text());
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The try-again page's form, read as a browser would submit it. */
function tryAgainForm(html: string): { action: string; fields: [string, string][] } {
  const [, rawAction, inner] = /<form id="try-again" method="post" action="([^"]*)">([\s\S]*?)<\/form>/.exec(html)!;
  const action = decode(rawAction!);
  const fields: [string, string][] = [];
  for (const match of inner!.matchAll(/<input[^>]*name="([^"]*)"[^>]*value="([^"]*)"|<textarea[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g)) {
    if (match[1] !== undefined) fields.push([decode(match[1]), decode(match[2]!)]);
    else fields.push([decode(match[3]!), decode(match[4]!)]);
  }
  return { action, fields };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the database file as the server opens it', () => {
  it('is in WAL mode with synchronous=FULL on every connection, so a commit is on disk before it is acknowledged', async () => {
    const file = temporaryFile();
    const { client } = await openAsTheServerDoes(file.url, 1000);
    expect((await client.execute('PRAGMA journal_mode')).rows[0]![0]).toBe('wal');
    // A transaction holds one pooled connection; the next statement runs on another one.
    const transaction = await client.transaction('write');
    expect((await transaction.execute('PRAGMA synchronous')).rows[0]![0]).toBe(2);
    expect((await client.execute('PRAGMA synchronous')).rows[0]![0]).toBe(2);
    await transaction.rollback();
    // Stored in the file: a process opening it later (the CLI) gets WAL too.
    const later = createClient({ url: file.url });
    cleanups.push(() => later.close());
    expect((await later.execute('PRAGMA journal_mode')).rows[0]![0]).toBe('wal');
  });
});

describe('an outside writer holding the lock', () => {
  it('briefly: the editor’s change waits for it and is published, and readers are served meanwhile', async () => {
    const context = await editorOnFile(5_000);
    const form = await statusForm(context, 'down', 'Mina sidor går inte att nå.');
    context.outside.lock();
    const started = Date.now();
    const posting = context.browser.post(`/admin/services/${context.service.id}/status`, form);

    // While the write waits: the public page is served (WAL readers do not wait, and the
    // wait does not block the event loop).
    await sleep(100);
    const duringLock = await context.app.request('/');
    expect(duringLock.status).toBe(200);
    expect(visibleText(await duringLock.text())).toMatch(/Mina sidor\s+Fungerar/);

    await sleep(200);
    context.outside.release();
    const response = await posting;
    expect(response.status).toBe(303);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(await publicStatusLine(context)).toMatch(/Mina sidor\s+Ur funktion/);
    expect(context.errors).toEqual([]);
  });

  it('longer than the timeout: 503, the draft kept in an editable form, nothing published; after release, sending again publishes', async () => {
    const context = await editorOnFile(300);
    const note = 'Vi felsöker <b>inloggningen</b> & återkommer.\nNästa besked kl. 15.';
    const form = await statusForm(context, 'down', note);
    context.outside.lock();
    const refused = await context.browser.post(`/admin/services/${context.service.id}/status`, form);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const html = await refused.text();
    const text = visibleText(html);
    expect(text).toContain('Inte sparat – försök igen om en stund');
    expect(text).toContain('har inte sparats och inte publicerats');
    // The draft, escaped, in a textarea the editor can change; posted back to the same address.
    expect(html).toContain('Vi felsöker &lt;b&gt;inloggningen&lt;/b&gt; &amp; återkommer.');
    expect(html).not.toContain('<b>inloggningen</b>');
    const again = tryAgainForm(html);
    expect(again.action).toBe(`/admin/services/${context.service.id}/status`);
    expect(again.fields).toContainEqual(['note', note]);
    expect(again.fields).toContainEqual(['status', 'down']);
    expect(again.fields).toContainEqual(['_csrf', context.browser.csrfToken!]);

    // Not published, not audited as published.
    expect(await publicStatusLine(context)).toMatch(/Mina sidor\s+Fungerar/);
    const published = await context.db.query.auditLog.findMany({ where: (log, { eq }) => eq(log.action, 'update.publish') });
    expect(published).toHaveLength(0);

    context.outside.release();
    const sentAgain = await context.browser.post(again.action, Object.fromEntries(again.fields));
    expect(sentAgain.status).toBe(303);
    expect(await publicStatusLine(context)).toMatch(/Mina sidor\s+Ur funktion/);
  });

  it('longer than the timeout, from htmx: the notice replaces the page content, draft included', async () => {
    const context = await editorOnFile(200);
    const form = await statusForm(context, 'degraded', 'Långsamt just nu.');
    context.outside.lock();
    const refused = await context.browser.post(`/admin/services/${context.service.id}/status`, form, { headers: { 'HX-Request': 'true' } });
    context.outside.release();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('hx-retarget')).toBe('#main');
    expect(refused.headers.get('hx-reswap')).toBe('innerHTML');
    const html = await refused.text();
    expect(html).not.toContain('<html');
    expect(tryAgainForm(html).fields).toContainEqual(['note', 'Långsamt just nu.']);
  });

  it('at sign-in: the user name is kept, the password is asked for again, and signing in works once the lock is gone', async () => {
    const context = await editorOnFile(200);
    const stranger = new Browser(context.app, '192.0.2.77');
    context.outside.lock();
    const refused = await stranger.post('/admin/login', { username: 'redaktor', password: context.password, next: '/admin' });
    expect(refused.status).toBe(503);
    const html = await refused.text();
    expect(html).not.toContain(context.password);
    const again = tryAgainForm(html);
    expect(again.fields).toContainEqual(['username', 'redaktor']);
    expect(again.fields).toContainEqual(['password', '']);
    expect(stranger.hasSessionCookie()).toBe(false);

    // Sending the kept form again, with the password typed in, signs in once the lock is gone.
    context.outside.release();
    const typedAgain = Object.fromEntries(again.fields.map(([name, value]) => [name, name === 'password' ? context.password : value]));
    const signedIn = await stranger.post(again.action, typedAgain);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/admin');
    expect(stranger.hasSessionCookie()).toBe(true);
  });

  it('exclusively, for as long as it likes: public pages are still served (readers never wait in WAL)', async () => {
    const context = await editorOnFile(200);
    context.outside.lock('EXCLUSIVE');
    for (const path of ['/', '/en/', '/tjanster/mina-sidor', '/feed.atom']) {
      const response = await context.app.request(path);
      expect(response.status, path).toBe(200);
    }
    context.outside.release();
  });
});

describe('no lock outlives a failure', () => {
  it('after a refused write our connections hold nothing: the outside writer gets the lock at once', async () => {
    const context = await editorOnFile(200);
    const form = await statusForm(context, 'down', 'Nere.');
    context.outside.lock();
    expect((await context.browser.post(`/admin/services/${context.service.id}/status`, form)).status).toBe(503);
    context.outside.release();
    expect(context.outside.canWriteNow()).toBe(true);
  });

  it('a transaction whose COMMIT fails is rolled back: its lock is released and the next write succeeds', async () => {
    const file = temporaryFile();
    const { client, db } = await openAsTheServerDoes(file.url, 200);
    // A deferred foreign key is checked at COMMIT, so COMMIT itself fails and the transaction
    // would stay open (holding the write lock) unless the client rolls it back.
    await client.execute('PRAGMA foreign_keys = ON');
    await client.execute('CREATE TABLE parents (id INTEGER PRIMARY KEY)');
    await client.execute('CREATE TABLE children (parent INTEGER REFERENCES parents(id) DEFERRABLE INITIALLY DEFERRED)');
    await expect(
      db.transaction(async (tx) => {
        await tx.run(sql.raw('INSERT INTO children (parent) VALUES (42)'));
      }),
    ).rejects.toThrow(/FOREIGN KEY/);
    const outside = outsideWriter(file.path);
    expect(outside.canWriteNow()).toBe(true);
    await db.transaction(async (tx) => {
      await tx.run(sql.raw('INSERT INTO parents (id) VALUES (1)'));
    });
    expect((await client.execute('SELECT count(*) FROM parents')).rows[0]![0]).toBe(1);
  });

  it('a transaction of this same process held across an await makes other writers wait, not fail', async () => {
    const context = await editorOnFile(5_000);
    const form = await statusForm(context, 'down', 'Nere en stund.');
    let releaseHeld!: () => void;
    const held = context.db.transaction(async (tx) => {
      await tx.run(sql.raw("INSERT INTO outside_notes (note) VALUES ('ours')"));
      await new Promise<void>((resolve) => (releaseHeld = resolve));
    });
    const posting = context.browser.post(`/admin/services/${context.service.id}/status`, form);
    await sleep(150);
    releaseHeld();
    await held;
    expect((await posting).status).toBe(303);
    expect(await publicStatusLine(context)).toMatch(/Mina sidor\s+Ur funktion/);
    expect(context.errors).toEqual([]);
  });
});
