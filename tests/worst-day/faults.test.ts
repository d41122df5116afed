/**
 * Issue 11, "Durability and faults": the database hanging, unreachable, locked by another
 * connection, read-only and full. In each: what residents get (the last good copies with a
 * banner when the database cannot be read; fresh pages when it can), what /healthz says, what
 * an editor gets (a clear 503 with the draft kept), and that nothing is lost: after recovery
 * the earlier publications are all there and the failed one is not half-there.
 *
 * Loopback only; every wait is bounded.
 */
import { createClient } from '@libsql/client';
import Sqlite from 'libsql';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { openNodeClient } from '../../src/db/open-node';
import {
  Cleanups,
  clientWithPragmas,
  HangingProxy,
  RemoteDatabase,
  remoteAppDatabase,
  temporaryDirectory,
} from './helpers';
import {
  expectAdminPageUnavailable,
  expectDraftKept,
  expectServedFresh,
  expectServedFromSnapshots,
  FIRST_NOTE,
  healthOf,
  overviewText,
  publishedSite,
  SECOND_NOTE,
  statusForm,
  storedPublications,
  waitUntilFresh,
  type Scene,
} from './scenario';
import { join } from 'node:path';

const cleanups = new Cleanups();
afterEach(() => cleanups.run());

const THIRD_NOTE = 'Tredje beskedet: vi arbetar på det.';
const UNREACHABLE = 'Databasen gick inte att nå, så det du skickade har inte sparats och inte publicerats.';

/** After recovery: sending the kept draft again publishes it, once, after the two earlier ones. */
async function expectNothingLostAndResendWorks(scene: Scene, draftHtml: string) {
  expect(await storedPublications(scene.db)).toEqual({ notes: [FIRST_NOTE, SECOND_NOTE], audited: 2 });
  const version = /name="version"[^>]*value="(\d+)"/.exec(draftHtml)?.[1];
  expect(version).toBeDefined();
  const resent = await scene.browser.post(`/admin/services/${scene.service.id}/status`, { status: 'investigating', note: THIRD_NOTE, version: version! });
  expect(resent.status).toBe(303);
  expect(await storedPublications(scene.db)).toEqual({ notes: [FIRST_NOTE, SECOND_NOTE, THIRD_NOTE], audited: 3 });
  expect(await overviewText(scene)).toMatch(/Mina sidor\s+Under utredning/);
}

describe('a database that hangs (accepts connections, never answers)', () => {
  it('serves every page and feed from its last good copy within the timeout, then at once; the console says so; fresh again when it answers', async () => {
    const dir = temporaryDirectory(cleanups);
    const remote = await RemoteDatabase.create(cleanups, dir);
    const proxy = await HangingProxy.start(cleanups, () => remote.port);
    const db = await remoteAppDatabase(cleanups, proxy.url, 1_500);
    const scene = await publishedSite(db, { databaseTimeoutMs: 1_000, databaseRetryMs: 500 });
    const form = await statusForm(scene, 'investigating', THIRD_NOTE);

    proxy.hang();
    // An editor first, before any reader noticed: the write waits for the remote deadline,
    // then is refused, with words that do not claim more than is known.
    const started = performance.now();
    const timedOut = await scene.browser.post(`/admin/services/${scene.service.id}/status`, form);
    expect(performance.now() - started).toBeLessThan(4_000);
    const draft = await expectDraftKept(timedOut, THIRD_NOTE, 'Databasen svarade inte i tid');

    // Readers: the first request waits for DATABASE_TIMEOUT_MS (1 s here), the rest not at all.
    await expectServedFromSnapshots(scene, { firstWithinMs: 2_500, restWithinMs: 500 });

    // Known down: the console answers at once, and says nothing was saved.
    await expectAdminPageUnavailable(scene, 500);
    await expectDraftKept(await scene.browser.post(`/admin/services/${scene.service.id}/status`, form), THIRD_NOTE, UNREACHABLE);

    const health = await healthOf(scene);
    expect(health.status).toBe(503);
    expect(health.body.database).toMatchObject({ reachable: false, problem: 'timeout' });
    expect(health.body.publicPages).toBe('last-good-copies');
    expect(health.body.snapshots.count).toBeGreaterThanOrEqual(15);
    expect(health.body.snapshots.ageSeconds).toBe(0);

    proxy.forward();
    await waitUntilFresh(scene, 5_000);
    await expectServedFresh(scene);
    const healthy = await healthOf(scene);
    expect(healthy.status).toBe(200);
    expect(healthy.body.database).toMatchObject({ reachable: true });
    expect(healthy.body.database.revision).toBeGreaterThan(0);
    await expectNothingLostAndResendWorks(scene, draft);
  });
});

describe('a remote database whose endpoint is stopped', () => {
  it('serves every page and feed from its last good copy at once, refuses console writes with the draft kept, and reconnects', async () => {
    const dir = temporaryDirectory(cleanups);
    const remote = await RemoteDatabase.create(cleanups, dir);
    const db = await remoteAppDatabase(cleanups, remote.url);
    const scene = await publishedSite(db, { databaseTimeoutMs: 2_000, databaseRetryMs: 500 });
    const form = await statusForm(scene, 'investigating', THIRD_NOTE);

    await remote.stop();
    // Connection refused is an answer: nobody waits for the timeout.
    await expectServedFromSnapshots(scene, { firstWithinMs: 1_000, restWithinMs: 500 });
    await expectAdminPageUnavailable(scene, 1_000);
    const draft = await expectDraftKept(await scene.browser.post(`/admin/services/${scene.service.id}/status`, form), THIRD_NOTE, UNREACHABLE);

    const health = await healthOf(scene);
    expect(health.status).toBe(503);
    expect(health.body.database).toMatchObject({ reachable: false, problem: 'unreachable' });
    expect(health.body).toMatchObject({ status: 'degraded', build: 'test', publicPages: 'last-good-copies' });

    await remote.start();
    await waitUntilFresh(scene, 5_000);
    await expectServedFresh(scene);
    expect((await healthOf(scene)).status).toBe(200);
    await expectNothingLostAndResendWorks(scene, draft);
  });
});

describe('a database file locked by another connection (BEGIN IMMEDIATE, a write held open)', () => {
  it('keeps serving fresh pages (WAL readers do not wait), and refuses the write after the busy timeout with the draft kept', async () => {
    const dir = temporaryDirectory(cleanups);
    const path = join(dir, 'status.db');
    const client = await openNodeClient({ url: `file:${path}`, busyTimeoutMs: 300 });
    cleanups.add(() => client.close());
    const db = createDatabase(client);
    await applyMigrations(db);
    const scene = await publishedSite(db);
    const form = await statusForm(scene, 'investigating', THIRD_NOTE);

    const outside = new Sqlite(path);
    cleanups.add(() => outside.close());
    outside.exec('BEGIN IMMEDIATE');
    outside.exec("UPDATE public_revision SET changed_at = changed_at WHERE id = 1");

    // Readers are not affected, so they get the current pages, with no banner.
    await expectServedFresh(scene);
    const health = await healthOf(scene);
    expect(health.status).toBe(200);
    expect(health.body.database).toMatchObject({ reachable: true });

    const refused = await scene.browser.post(`/admin/services/${scene.service.id}/status`, form);
    const draft = await expectDraftKept(refused, THIRD_NOTE, 'Databasen var upptagen');
    expect(await overviewText(scene)).toMatch(/Mina sidor\s+Ur funktion/);

    outside.exec('ROLLBACK');
    await expectNothingLostAndResendWorks(scene, draft);
  });
});

describe('a read-only database', () => {
  // As root, file permissions stop nothing and @libsql/client accepts no ?mode=ro, so the
  // app's one connection is made read-only with PRAGMA query_only: SQLite then refuses every
  // write with SQLITE_READONLY, as for a read-only file or disk.
  it('serves fresh pages, says at /healthz that reads work, and refuses writes with words that say waiting will not help', async () => {
    const dir = temporaryDirectory(cleanups);
    const { client, pragma } = clientWithPragmas(cleanups, `file:${join(dir, 'status.db')}`);
    const db = createDatabase(client);
    await applyMigrations(db);
    const scene = await publishedSite(db);
    const form = await statusForm(scene, 'investigating', THIRD_NOTE);

    await pragma('PRAGMA query_only = 1');
    await expectServedFresh(scene);
    expect((await healthOf(scene)).status).toBe(200);
    const refused = await scene.browser.post(`/admin/services/${scene.service.id}/status`, form);
    const draft = await expectDraftKept(refused, THIRD_NOTE, 'Databasen är skrivskyddad just nu, så det du skickade har inte sparats och inte publicerats.');
    expect(draft).toContain('Inte sparat – databasen tar inte emot ändringar');
    expect(draft).toContain('den som driver statussidan behöver åtgärda databasen först');

    await pragma('PRAGMA query_only = 0');
    await expectNothingLostAndResendWorks(scene, draft);
  });
});

describe('a full database (no page can be added)', () => {
  // PRAGMA max_page_count at the current size gives SQLite's real SQLITE_FULL, exactly what a
  // full disk gives, without filling one.
  it('serves fresh pages and refuses the write with the draft kept; nothing of it is stored', async () => {
    const dir = temporaryDirectory(cleanups);
    const url = `file:${join(dir, 'status.db')}`;
    const { client, pragma } = clientWithPragmas(cleanups, url);
    // Small pages (set before the first table), so the note below cannot fit in the free
    // space of existing ones: it needs new (overflow) pages wherever it is written.
    await pragma('PRAGMA page_size = 512');
    const db = createDatabase(client);
    await applyMigrations(db);
    const scene = await publishedSite(db);
    const longNote = `${THIRD_NOTE} ${'Vi återkommer med mer information så snart vi vet mer. '.repeat(30)}`.trim();
    const form = await statusForm(scene, 'investigating', longNote);

    // No free pages left to reuse, then no page may be added.
    await pragma('VACUUM');
    const pages = Number((await client.execute('PRAGMA page_count')).rows[0]![0]);
    await pragma(`PRAGMA max_page_count = ${pages}`);
    expect(Number((await client.execute('PRAGMA freelist_count')).rows[0]![0])).toBe(0);
    await expectServedFresh(scene);
    expect((await healthOf(scene)).status).toBe(200);
    const refused = await scene.browser.post(`/admin/services/${scene.service.id}/status`, form);
    const draft = await expectDraftKept(refused, longNote, 'Databasen är full (disken eller databasens storleksgräns), så det du skickade har inte sparats och inte publicerats.');
    expect(await overviewText(scene)).toMatch(/Mina sidor\s+Ur funktion/);

    // Nothing of the refused write, seen from another connection too.
    const other = createClient({ url });
    cleanups.add(() => other.close());
    const texts = await other.execute('SELECT count(*) FROM update_texts');
    expect(Number(texts.rows[0]![0])).toBe(2);

    await pragma('PRAGMA max_page_count = 1073741823');
    await expectNothingLostAndResendWorks(scene, draft);
  });
});
