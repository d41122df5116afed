/**
 * The scene every fault test starts from: a site with one service, an editor who has
 * published two updates through the console, and every public page and feed rendered once
 * (so each has a last good copy). Then a test breaks the database its own way and checks
 * what residents, the editor and /healthz get, and what is in the database afterwards.
 */
import { expect } from 'vitest';
import type { Database } from '../../src/db/database';
import { SNAPSHOT_BANNER_SLOT } from '../../views/layouts/SnapshotBanner';
import { createTestApp, visibleText, type TestContext } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { makeGroup, makeService } from '../helpers/factories';
import type { SnapshotStore } from '../../src/snapshot/store';
import { ENGLISH_BANNER, RENDERED_AT, sleep, SWEDISH_BANNER, timedRequest } from './helpers';

/** Every kind of public page and feed the scene has, in both languages. */
export const PUBLIC_PATHS = [
  '/',
  '/en/',
  '/tjanster/mina-sidor',
  '/en/services/mina-sidor',
  '/historik',
  '/en/history',
  '/prenumerera',
  '/tillganglighet',
  '/affisch',
  '/status.txt',
  '/feed.atom',
  '/feed.rss',
  '/feed.json',
  '/en/feed.json',
  '/tjanster/mina-sidor/feed.atom',
] as const;

export const FIRST_NOTE = 'Första beskedet: inloggningen är långsam.';
export const SECOND_NOTE = 'Andra beskedet: inloggningen fungerar inte.';

export interface Scene extends TestContext {
  browser: Browser;
  service: { id: number; slug: string };
  /** The fresh body of every public path, as rendered before the fault. */
  fresh: Map<string, string>;
}

export async function publishedSite(
  db: Database,
  options: { databaseTimeoutMs?: number; databaseRetryMs?: number; snapshots?: SnapshotStore } = {},
): Promise<Scene> {
  const context = await createTestApp({
    database: db,
    seed: 'site',
    // Every request asks for the revision, as on the edge: a fault shows on the next request.
    revisionTtlMs: 0,
    databaseTimeoutMs: options.databaseTimeoutMs ?? 2_000,
    databaseRetryMs: options.databaseRetryMs ?? 500,
    snapshots: options.snapshots,
  });
  const group = await makeGroup(db, context.clock);
  const service = await makeService(db, context.clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor' }, en: { name: 'My pages' } });
  const { password } = await makeUser(context, { username: 'redaktor', role: 'editor' });
  const browser = new Browser(context.app);
  expect((await browser.signIn('redaktor', password)).status).toBe(303);
  const scene: Scene = { ...context, browser, service, fresh: new Map() };
  for (const [status, note] of [['degraded', FIRST_NOTE], ['down', SECOND_NOTE]] as const) {
    expect((await scene.browser.post(`/admin/services/${service.id}/status`, await statusForm(scene, status, note))).status).toBe(303);
  }
  for (const path of PUBLIC_PATHS) {
    const response = await context.app.request(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('x-status-snapshot'), path).toBeNull();
    scene.fresh.set(path, await response.text());
  }
  // Last good copies are kept in the background, after the responses.
  await sleep(100);
  return scene;
}

export async function statusForm(scene: Scene, status: string, note: string) {
  const page = await (await scene.browser.get('/admin')).text();
  const version = /name="version" value="(\d+)"/.exec(page)?.[1];
  if (!version) throw new Error('no status form on the dashboard');
  return { status, note, version };
}

/** The banner's text exactly as read (tags removed without adding spaces), or null. */
export function bannerText(html: string): string | null {
  const banner = /<p class="snapshot-banner" role="status">([\s\S]*?)<\/p>/.exec(html)?.[1];
  return banner === undefined ? null : banner.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

const isHtml = (path: string) => !/feed\.|status\.txt/.test(path);

/**
 * Every public path answers 200 from its last good copy: the header, the banner in the
 * page's language (HTML), and otherwise exactly the bytes served fresh. The first may wait
 * for the database timeout; the others must not wait at all.
 */
export async function expectServedFromSnapshots(scene: Scene, limits: { firstWithinMs: number; restWithinMs: number }) {
  for (const [index, path] of PUBLIC_PATHS.entries()) {
    const { response, body, ms } = await timedRequest(scene.app, path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('x-status-snapshot'), path).toBe(RENDERED_AT);
    expect(response.headers.get('cache-control'), path).toBe('no-cache');
    expect(ms, `${path} took ${Math.round(ms)} ms`).toBeLessThan(index === 0 ? limits.firstWithinMs : limits.restWithinMs);
    const fresh = scene.fresh.get(path)!;
    if (isHtml(path)) {
      expect(bannerText(body), path).toBe(path.startsWith('/en/') ? ENGLISH_BANNER : SWEDISH_BANNER);
      // Nothing else changed: it is the rendering from before the fault, banner put in the slot.
      const banner = /<p class="snapshot-banner"[\s\S]*?<\/p>/.exec(body)![0];
      expect(body.replace(banner, SNAPSHOT_BANNER_SLOT), path).toBe(fresh);
    } else {
      expect(body, path).toBe(fresh);
    }
  }
}

/** Every public path answers fresh: no header, no banner (readers are not told of a fault that does not touch them). */
export async function expectServedFresh(scene: Scene, withinMs = 1_500) {
  for (const path of PUBLIC_PATHS) {
    const { response, body, ms } = await timedRequest(scene.app, path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('x-status-snapshot'), path).toBeNull();
    expect(bannerText(body), path).toBeNull();
    expect(ms, `${path} took ${Math.round(ms)} ms`).toBeLessThan(withinMs);
  }
}

/** Polls until the overview is fresh again (the background check found the database back). */
export async function waitUntilFresh(scene: Scene, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const response = await scene.app.request('/');
    await response.text();
    if (response.status === 200 && response.headers.get('x-status-snapshot') === null) return;
    if (Date.now() > deadline) throw new Error(`still served from the snapshot after ${withinMs} ms`);
    await sleep(100);
  }
}

export async function healthOf(scene: Pick<TestContext, 'app'>) {
  const response = await scene.app.request('/healthz');
  expect(response.headers.get('cache-control')).toBe('no-store');
  return { status: response.status, body: (await response.json()) as Health };
}

export interface Health {
  status: string;
  build: string;
  database: { reachable: boolean; latencyMs: number; revision?: number; problem?: string };
  publicPages: string;
  snapshots: { store: string; count: number | null; newest: string | null; ageSeconds: number | null };
}

/** An admin page while the database is out: a clear 503 page, never a 500. */
export async function expectAdminPageUnavailable(scene: Scene, withinMs: number) {
  const started = performance.now();
  const response = await scene.browser.get('/admin');
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('5');
  expect(visibleText(await response.text())).toContain('Tillfälligt otillgänglig');
  expect(performance.now() - started).toBeLessThan(withinMs);
}

/**
 * A status change posted while the database is out: 503, the given reason, and the draft
 * back in an editable field of a form that posts to the same address.
 */
export async function expectDraftKept(response: Response, note: string, reason: string) {
  expect(response.status).toBe(503);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const html = await response.text();
  expect(visibleText(html)).toContain(reason);
  const escaped = note.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  expect(html).toMatch(new RegExp(`<(input|textarea)[^>]*name="note"[^>]*(value="${escaped}"|>${escaped}<)`));
  return html;
}

/** The Swedish notes of every stored update, oldest first, and how many publications the audit log holds. */
export async function storedPublications(db: Database): Promise<{ notes: string[]; audited: number }> {
  const notes = await db.$client.execute("SELECT body FROM update_texts WHERE locale = 'sv' ORDER BY update_id");
  const audited = await db.$client.execute("SELECT count(*) FROM audit_log WHERE action = 'update.publish'");
  return { notes: notes.rows.map((row) => String(row[0])), audited: Number(audited.rows[0]![0]) };
}

/** Visible text of the public overview, fresh. */
export async function overviewText(scene: Scene): Promise<string> {
  return visibleText(await (await scene.app.request('/')).text());
}
