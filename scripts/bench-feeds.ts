/**
 * Benchmark: does building a feed cost the same with 100 and with 100 000 updates?
 * Prints figures; asserts nothing. Compare the ratios within one run.
 *
 * For each size it fills a fresh database in bulk (SQL, not the publish path: a 100 000-update
 * history would otherwise take minutes), then builds and serialises, without any cache:
 *   - the whole-site subscription document (newest 50),
 *   - one service's subscription document,
 *   - the oldest and the newest full archive page of the whole site,
 * and reports the median time of each (after one warm-up build). With 100 updates a service
 * holds only 10, so its document is smaller there: compare the bytes column too.
 *
 * Usage: npm run bench:feeds [-- --runs 30]
 */
import { createClient } from '@libsql/client';
import { parseArgs } from 'node:util';
import { fixedClock } from '../src/clock';
import { createDatabase, type Database } from '../src/db/database';
import { applyMigrations } from '../src/db/migrate';
import { serializeFeed } from '../src/feeds/serialize';
import { buildFeedDocument, type FeedRequest } from '../src/routes/feed-documents';
import { loadSite } from '../src/store/site';
import { createServiceGroup } from '../src/store/groups';
import { createService } from '../src/store/services';
import { saveSite } from '../src/store/site';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const runs = Number(values.runs);
const SERVICES = 10;

async function fill(size: number): Promise<Database> {
  const client = createClient({ url: ':memory:' });
  const db = createDatabase(client);
  await applyMigrations(db);
  const clock = fixedClock('2026-01-01T00:00:00Z');
  await saveSite(db, clock, {
    publicUrl: 'https://status.example.org',
    offeredLocales: ['sv', 'en'],
    timeZone: 'Europe/Stockholm',
    texts: { sv: { organisationName: 'Bänkby kommun', siteTitle: 'Driftstatus' } },
  });
  const group = await createServiceGroup(db, clock, { slug: 'grupp', names: { sv: 'Grupp' } });
  for (let i = 1; i <= SERVICES; i++)
    await createService(db, clock, { slug: `tjanst-${i}`, groupId: group, texts: { sv: { name: `Tjänst ${i}` } } });
  const start = Date.parse('2026-01-01T00:00:00Z');
  await client.batch(
    [
      { sql: `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
              insert into updates (uid, incident_id, incident_phase, published_at, created_at)
              select printf('%08x-0000-4000-8000-%012x', i, i), null, null, ? + i * 60000, ? + i * 60000 from n`, args: [size, start, start] },
      { sql: `insert into update_texts (update_id, locale, body, created_at)
              select id, 'sv', 'Uppdatering nummer ' || id || '. ' || substr(hex(randomblob(200)), 1, 300), created_at from updates`, args: [] },
      { sql: `insert into update_services (update_id, service_id, status_before, status_after)
              select id, (id % ${SERVICES}) + 1, 'operational', 'down' from updates`, args: [] },
      { sql: `insert into feed_items (scope, seq, update_id, correction_id, created_at)
              select 'site', id, id, null, published_at from updates`, args: [] },
      { sql: `insert into feed_items (scope, seq, update_id, correction_id, created_at)
              select 'service:' || s.service_id, row_number() over (partition by s.service_id order by u.id), u.id, null, u.published_at
              from updates u join update_services s on s.update_id = u.id`, args: [] },
      { sql: 'analyze', args: [] },
    ],
    'write',
  );
  return db;
}

async function measure(db: Database, request: Omit<FeedRequest, 'site' | 'publicUrl' | 'emptyFeedUpdated' | 'locale'>) {
  const site = (await loadSite(db))!;
  const full: FeedRequest = { ...request, site, locale: 'sv', publicUrl: site.publicUrl, emptyFeedUpdated: new Date(0) };
  const times: number[] = [];
  let bytes = serializeFeed((await buildFeedDocument(db, full))!, 'atom').length; // warm-up
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const document = await buildFeedDocument(db, full);
    bytes = serializeFeed(document!, 'atom').length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, bytes };
}

const sizes = [100, 100_000];
const results: Record<string, number[]> = {};
console.log(`Median of ${runs} builds (Atom, serialised), Node ${process.version}`);
for (const size of sizes) {
  const filled = performance.now();
  const db = await fill(size);
  const fullArchives = Math.floor(size / 50);
  console.log(`\n${size} updates (filled in ${Math.round(performance.now() - filled)} ms)`);
  const cases: [string, Omit<FeedRequest, 'site' | 'publicUrl' | 'emptyFeedUpdated' | 'locale'>][] = [
    ['site, newest 50', { scope: { kind: 'site' }, archive: null }],
    ['one service, newest 50', { scope: { kind: 'service', slug: 'tjanst-3' }, archive: null }],
    ['site, archive 1 (oldest)', { scope: { kind: 'site' }, archive: 1 }],
    [`site, archive ${fullArchives} (newest full)`, { scope: { kind: 'site' }, archive: fullArchives }],
  ];
  for (const [name, request] of cases) {
    const { median, bytes } = await measure(db, request);
    const key = name.replace(/\d+ \(newest full\)/, 'N (newest full)');
    (results[key] ??= []).push(median);
    console.log(`  ${name.padEnd(34)} ${median.toFixed(2).padStart(8)} ms   ${bytes} bytes`);
  }
  db.$client.close();
}
console.log('\nratio 100 000 / 100:');
for (const [name, [small, large]] of Object.entries(results)) console.log(`  ${name.padEnd(34)} ${(large! / small!).toFixed(2)}`);
