/**
 * The last good copies themselves: kept once per rendering (not per request), on disk under
 * SNAPSHOT_DIR so a new process serves them before it has a database, compressed once,
 * found again for a URL with tracking parameters, and a clear 503 for a page that was never
 * rendered.
 */
import { gunzipSync } from 'node:zlib';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/database';
import { StandbyClient } from '../../src/db/standby-client';
import { FileSnapshots } from '../../src/snapshot/file-snapshots';
import { MemorySnapshots, type Snapshot } from '../../src/snapshot/store';
import { createTestApp, visibleText } from '../helpers/app';
import { makeGroup, makeService, setStatus } from '../helpers/factories';
import { Cleanups, ENGLISH_BANNER, RemoteDatabase, remoteAppDatabase, RENDERED_AT, sleep, SWEDISH_BANNER, temporaryDirectory } from './helpers';
import { bannerText, healthOf, PUBLIC_PATHS, publishedSite } from './scenario';

const cleanups = new Cleanups();
afterEach(() => cleanups.run());

/** A store that counts what it is asked to keep. */
class CountingSnapshots extends MemorySnapshots {
  readonly saved: string[] = [];
  override async save(key: string, snapshot: Snapshot): Promise<void> {
    this.saved.push(key);
    await super.save(key, snapshot);
  }
}

describe('keeping the last good copy', () => {
  it('keeps one copy per rendering, none per request served from the page cache', async () => {
    const snapshots = new CountingSnapshots();
    const { app, db, clock } = await createTestApp({ seed: 'site', snapshots });
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, slug: 'mina-sidor' });
    for (let i = 0; i < 5; i++) expect((await app.request('/')).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await app.request('/feed.json')).status).toBe(200);
    expect(snapshots.saved).toEqual(['/', '/feed.json']);

    await setStatus(db, clock, service.id, 'down');
    await app.request('/');
    await app.request('/');
    expect(snapshots.saved).toEqual(['/', '/feed.json', '/']);
    // Errors and redirects are never kept.
    await app.request('/tjanster/finns-inte');
    await app.request('/sv/');
    expect(snapshots.saved).toHaveLength(3);
  });

  it('writes files atomically under SNAPSHOT_DIR, which a new process reads before it has any database', async () => {
    const dir = temporaryDirectory(cleanups);
    const snapshotDir = join(dir, 'snapshot');
    const remote = await RemoteDatabase.create(cleanups, dir);
    const first = await publishedSite(await remoteAppDatabase(cleanups, remote.url), { snapshots: await FileSnapshots.open(snapshotDir) });
    await sleep(200);
    const files = readdirSync(snapshotDir);
    expect(files.filter((name) => name.endsWith('.snapshot'))).toHaveLength(PUBLIC_PATHS.length);
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // A write interrupted by a crash leaves only a temporary file, which is never read and is cleared.
    writeFileSync(join(snapshotDir, 'abc.snapshot.123.tmp'), 'half a page');

    // "Restart": a new app on a database handle that has never connected.
    await remote.stop();
    const restarted = await createTestApp({
      database: createDatabase(new StandbyClient()),
      seed: 'none',
      snapshots: await FileSnapshots.open(snapshotDir),
    });
    expect(readdirSync(snapshotDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    for (const path of PUBLIC_PATHS) {
      const started = performance.now();
      const response = await restarted.app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('x-status-snapshot'), path).toBe(RENDERED_AT);
      expect(performance.now() - started, path).toBeLessThan(1_000);
      // Compressed once, and the same bytes decompressed as sent uncompressed.
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      const body = gunzipSync(new Uint8Array(await response.arrayBuffer())).toString('utf8');
      if (path.endsWith('.json') || path.includes('feed.') || path.endsWith('.txt')) expect(body, path).toBe(first.fresh.get(path));
      else expect(bannerText(body), path).toBe(path.startsWith('/en/') ? ENGLISH_BANNER : SWEDISH_BANNER);
    }
    const health = await healthOf(restarted);
    expect(health.status).toBe(503);
    expect(health.body.snapshots).toMatchObject({ store: 'file', count: PUBLIC_PATHS.length });
    expect(health.body.database).toMatchObject({ reachable: false, problem: 'unreachable' });
    // The outage is logged once, when it was noticed, not once per request.
    expect(restarted.errors).toHaveLength(1);
  });

  it('ignores a damaged snapshot file instead of serving it', async () => {
    const dir = temporaryDirectory(cleanups);
    const store = await FileSnapshots.open(dir);
    const body = new TextEncoder().encode('<!DOCTYPE html><html><body><!--snapshot-banner--><p>Sidan</p></body></html>');
    await store.save('/', { meta: { contentType: 'text/html; charset=utf-8', locale: 'sv', timeZone: 'Europe/Stockholm', renderedAt: '2026-02-11T13:00:00.000Z' }, body });
    expect((await store.load('/'))?.body).toEqual(body);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), 'not a snapshot');
    expect(await store.load('/')).toBeNull();
    expect(await (await FileSnapshots.open(dir)).stats()).toEqual({ count: 0, newest: null });
  });
});

describe('serving the last good copy', () => {
  it('finds the copy for a URL with tracking parameters, and answers 503 for a page never rendered', async () => {
    const dir = temporaryDirectory(cleanups);
    const remote = await RemoteDatabase.create(cleanups, dir);
    const scene = await publishedSite(await remoteAppDatabase(cleanups, remote.url));
    await remote.stop();

    const tagged = await scene.app.request('/?utm_source=radio&fbclid=x');
    expect(tagged.status).toBe(200);
    expect(bannerText(await tagged.text())).toBe(SWEDISH_BANNER);

    const never = await scene.app.request('/historik?page=2');
    expect(never.status).toBe(503);
    expect(never.headers.get('retry-after')).toBe('5');
    expect(never.headers.get('x-status-snapshot')).toBeNull();
    expect(visibleText(await never.text())).toContain('Tillfälligt otillgänglig');
    // Bad input is still a 400 without asking anything.
    expect((await scene.app.request('/historik?page=x')).status).toBe(400);
    // Logged once when it went down, not per request.
    expect(scene.errors).toHaveLength(1);
  });

  it('announces the banner politely in the page language, before the header, after the skip link', async () => {
    const dir = temporaryDirectory(cleanups);
    const remote = await RemoteDatabase.create(cleanups, dir);
    const scene = await publishedSite(await remoteAppDatabase(cleanups, remote.url));
    await remote.stop();
    const html = await (await scene.app.request('/en/')).text();
    expect(html).toMatch(/<a class="skip" href="#main">[^<]*<\/a><p class="snapshot-banner" role="status"><strong>This information is shown as it was on <time datetime="2026-02-11T14:00:00\+01:00">11 February 2026 at 14:00<\/time>\.<\/strong> We cannot get newer information right now\.<\/p><header/);
    // The fresh page carries only the empty slot, invisible to readers.
    expect(scene.fresh.get('/en/')).toContain('<!--snapshot-banner-->');
    expect(visibleText(scene.fresh.get('/en/')!)).not.toContain('shown as it was');
  });
});
