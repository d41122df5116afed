/**
 * Issue 11, durability: the real server (its bundle, as `npm start` runs it) on a
 * database file, an editor publishing in a burst through the console over HTTP, and the
 * server killed with SIGKILL in the middle of it: no handler runs, nothing is flushed or
 * closed, requests are cut off on the wire. Restarted on the same file, every publication
 * the editor was told is published must be there, in the database and on the public feeds,
 * and none may be half there. Twice, so the second crash hits a file that already came back
 * from one. What a power cut would keep is a different question: docs/decisions/0021.
 *
 * Bounded: two rounds of at most a few hundred requests, loopback only, and afterEach kills
 * every process the test started, also when it fails.
 */
import type { Client } from '@libsql/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNodeClient } from '../../src/db/open-node';
import { sv } from '../../src/i18n/sv';
import { visibleText } from '../helpers/app';
import { Browser } from '../helpers/browser-session';
import { freeLoopbackPort, HttpTarget, runAdminCli, startChildServer, stopChildServers, type ChildServer } from '../helpers/child-server';
import { incidentTargetOf, publishUntilKilled, statusTargetsOf, type BurstOutcome } from './publication-burst';
import { expectAppendOnlyTriggersIntact, expectFileSound, expectRoundIntact, markerOf, readBaseline, type StoredUpdate } from './store-audit';

const ROUNDS = 2;
/** Writers at once: services changed from the dashboard, and ongoing incidents updated. */
const STATUS_WRITERS = 6;
const INCIDENT_WRITERS = 2;
/** The crash comes once this many publications were acknowledged in a round. */
const KILL_AFTER = 30;
const MAX_PER_WRITER = 60;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await stopChildServers();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function temporaryDatabase(): { path: string; url: string } {
  const dir = mkdtempSync(join(tmpdir(), 'crash-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'status.db');
  return { path, url: `file:${path}` };
}

/** The app's own client on the file, for reading what the server left (closed before each crash). */
async function inspect<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = await openNodeClient({ url });
  try {
    return await work(client);
  } finally {
    client.close();
  }
}

/**
 * Every entry's HTML in a feed and all its older pages, followed as a subscriber follows
 * `next_url`, by entry id: the newest page may repeat entries of the newest archive page.
 */
async function allFeedEntries(server: ChildServer, path: string): Promise<string[]> {
  const entries = new Map<string, string>();
  let next: string | undefined = new URL(path, server.url).href;
  for (let page = 0; next && page < 50; page++) {
    const response = await fetch(next);
    expect(response.status, next).toBe(200);
    const feed = (await response.json()) as { items: { id: string; content_html?: string }[]; next_url?: string };
    for (const item of feed.items) entries.set(item.id, item.content_html ?? '');
    next = feed.next_url;
  }
  expect(next, 'the feed has more pages than the test reads').toBeUndefined();
  return [...entries.values()];
}

/** The public side shows the stored round: each update once in the feeds, the services as stored. */
async function expectPublicSideShows(server: ChildServer, url: string, stored: StoredUpdate[]): Promise<void> {
  const [swedish, english] = await Promise.all([allFeedEntries(server, '/feed.json'), allFeedEntries(server, '/en/feed.json')]);
  for (const update of stored) {
    expect(swedish.filter((entry) => entry.includes(update.texts.sv!)), `the Swedish feed and update ${update.id}`).toHaveLength(1);
    if (update.texts.en) expect(english.filter((entry) => entry.includes(update.texts.en!)), `the English feed and update ${update.id}`).toHaveLength(1);
  }
  const services = await inspect(url, async (client) => (await readBaseline(client)).services);
  for (const serviceId of new Set(stored.flatMap((update) => update.changes.map((change) => change.serviceId)))) {
    const service = services.get(serviceId)!;
    const newest = stored.filter((update) => update.changes.some((change) => change.serviceId === serviceId)).at(-1)!;
    const page = await fetch(new URL(`/${sv.paths.services}/${service.slug}`, server.url));
    expect(page.status).toBe(200);
    const text = visibleText(await page.text());
    expect(text).toContain(sv.status[service.status as keyof typeof sv.status]);
    expect(text).toContain(newest.texts.sv!);
  }
}

async function signedInEditor(server: ChildServer, password: string): Promise<{ browser: Browser; target: HttpTarget }> {
  const target = new HttpTarget(server.url);
  const browser = new Browser(target, '127.0.0.1', server.url);
  const signIn = await browser.signIn('redaktor', password);
  expect(signIn.status, server.output()).toBe(303);
  expect(signIn.headers.get('location')).toBe('/admin');
  return { browser, target };
}

/** The burst's targets as the editor's pages show them now (versions move with every round). */
async function currentTargets(browser: Browser) {
  const dashboard = await browser.get('/admin');
  expect(dashboard.status).toBe(200);
  const statuses = statusTargetsOf(await dashboard.text()).slice(0, STATUS_WRITERS);
  const incidentList = await (await browser.get('/admin/incidents')).text();
  const incidentIds = [...new Set([...incidentList.matchAll(/href="\/admin\/incidents\/(\d+)"/g)].map((match) => Number(match[1])))];
  const incidents = [];
  for (const incidentId of incidentIds) {
    const page = await (await browser.get(`/admin/incidents/${incidentId}`)).text();
    // Only ongoing incidents: a resolved one has no update form, only a correction form.
    if (page.includes(`action="/admin/incidents/${incidentId}/updates"`)) incidents.push(incidentTargetOf(incidentId, page));
    if (incidents.length === INCIDENT_WRITERS) break;
  }
  expect(statuses).toHaveLength(STATUS_WRITERS);
  expect(incidents).toHaveLength(INCIDENT_WRITERS);
  return { statuses, incidents };
}

describe('the server killed with SIGKILL in the middle of a burst of publications', () => {
  it('keeps every acknowledged publication, each one whole, and serves and publishes normally after the restart', async () => {
    const database = temporaryDatabase();
    const password = `Kraschprov ${crypto.randomUUID()}`;
    const created = await runAdminCli(['create-user', '--username', 'redaktor', '--name', 'Rita Redaktör', '--role', 'editor', '--password-stdin'], {
      databaseUrl: database.url,
      stdin: `${password}\n`,
    });
    expect(created.code, created.stderr).toBe(0);

    // The same port after each restart, as a supervisor restarts it, so the editor's browser
    // (its origin, its session cookie) carries on.
    const port = await freeLoopbackPort();
    let server = await startChildServer({ databaseUrl: database.url, port, exampleData: true });
    const { browser } = await signedInEditor(server, password);
    const rounds: BurstOutcome[] = [];

    for (let round = 1; round <= ROUNDS; round++) {
      const targets = await currentTargets(browser);
      const baseline = await inspect(database.url, readBaseline);
      const crashing = server;
      let crash: Promise<void> | null = null;
      const outcome = await publishUntilKilled(browser, targets, {
        round,
        killAfter: KILL_AFTER,
        maxPerWriter: MAX_PER_WRITER,
        kill: () => {
          crash = crashing.kill('SIGKILL');
        },
      });
      rounds.push(outcome);
      expect(outcome.refused, crashing.output()).toEqual([]);
      expect(crash, 'the burst ended before the crash').not.toBeNull();
      await crash;
      expect((await crashing.exited).signal).toBe('SIGKILL');
      // The crash came mid-burst: it cut off requests the server had not answered yet.
      expect(outcome.cut).toBeGreaterThan(0);
      expect(outcome.acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);

      server = await startChildServer({ databaseUrl: database.url, port, exampleData: true });
      const stored = await inspect(database.url, async (client) => {
        await expectFileSound(client);
        return expectRoundIntact(client, baseline, outcome);
      });
      await expectPublicSideShows(server, database.url, stored);

      // Serving normally: the public pages answer, and the editor, still signed in (the
      // session was stored before the crash), publishes again.
      expect((await fetch(new URL('/', server.url))).status).toBe(200);
      const [again] = statusTargetsOf(await (await browser.get('/admin')).text());
      const note = `Efter omstart ${round} ${crypto.randomUUID().slice(0, 8)}`;
      const published = await browser.post(`/admin/services/${again!.serviceId}/status`, { status: again!.status === 'down' ? 'degraded' : 'down', note, version: String(again!.version) }, { headers: { 'HX-Request': 'true' } });
      expect(published.status, server.output()).toBe(200);
      expect((await allFeedEntries(server, '/feed.json')).filter((entry) => entry.includes(note))).toHaveLength(1);
    }

    // What was acknowledged across both crashes, once more, after a clean stop.
    await server.kill('SIGTERM');
    await inspect(database.url, async (client) => {
      const bodies = new Set((await client.execute("SELECT body FROM update_texts WHERE locale = 'sv'")).rows.map((row) => String(row.body)));
      const acknowledged = rounds.flatMap((round) => round.acknowledged.map(markerOf));
      expect(acknowledged.filter((marker) => !bodies.has(marker))).toEqual([]);
      await expectFileSound(client);
      await expectAppendOnlyTriggersIntact(client);
    });
  }, 180_000);
});
