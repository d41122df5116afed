/**
 * A database with the example municipality and a long history behind it, for the scaling
 * benchmark: the example's current incidents on top of years of resolved ones.
 *
 * The history goes in with a few set-based INSERT … SELECT statements in one transaction, not
 * through the publish path: 100 000 updates that way take minutes. The rows are shaped as the
 * publish path writes them (texts in sv and en, the service concerned, feed items in the site,
 * incident and service scopes), so the pages read them as they read real ones. Its feed items
 * are numbered after the example's, as if the history had been imported later: the newest feed
 * entries are historic ones, and the pages' current content stays the example's.
 */
import { createClient } from '@libsql/client';
import { fixedClock } from '../../src/clock';
import { createDatabase, type Database } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { loadExample } from '../../src/seed/example';
import { BENCH_NOW, BENCH_SERVICE } from './fixture';

/** Updates per historic incident: the first changes a service's status, the last restores it. */
const UPDATES_PER_INCIDENT = 10;
const HALF_HOUR = 30 * 60_000;

export interface HistoryDatabase {
  db: Database;
  /** Updates in the database, example and history together. */
  updates: number;
  incidents: number;
}

/** An in-memory database with `totalUpdates` published updates (at least the example's). */
export async function databaseWithHistory(totalUpdates: number): Promise<HistoryDatabase> {
  const client = createClient({ url: ':memory:' });
  const db = createDatabase(client);
  await applyMigrations(db);
  await loadExample(db, fixedClock(BENCH_NOW), { publicUrl: 'https://status.example.org' });
  const counts = async () => {
    const row = (await client.execute('select (select count(*) from updates) as updates, (select count(*) from incidents) as incidents')).rows[0]!;
    return { updates: Number(row.updates), incidents: Number(row.incidents) };
  };
  const example = await counts();
  const historic = Math.max(0, totalUpdates - example.updates);
  if (historic > 0) await insertHistory(db, historic);
  return { db, ...(await counts()) };
}

async function insertHistory(db: Database, historic: number): Promise<void> {
  const client = db.$client;
  const earliest = Number((await client.execute('select min(published_at) as t from updates')).rows[0]!.t);
  // Update j (1 … historic) is published half an hour after j - 1; the last just before the example.
  const start = earliest - (historic + 1) * HALF_HOUR;
  const incidents = Math.ceil(historic / UPDATES_PER_INCIDENT);
  const per = UPDATES_PER_INCIDENT;
  const numbers = (n: number | string) => `with recursive n(i) as (select 1 union all select i + 1 from n where i < ${n})`;
  // Historic incident k covers updates (k-1)·per + 1 … k·per and concerns BENCH_SERVICE and one
  // other service, in turn.
  const others = `retired_at is null and slug <> '${BENCH_SERVICE}'`;
  const services = `s(id, k) as (select id, row_number() over (order by id) - 1 from services where ${others})`;
  const serviceCount = `(select count(*) from services where ${others})`;
  // Historic incidents get consecutive ids (one INSERT): incident k is id first + k - 1.
  const first = `(select min(id) from incidents where slug like 'historik-%')`;
  const historicIncidents = `select id, id - ${first} + 1 as k, created_at from incidents where slug like 'historik-%'`;
  const statements = [
    `${numbers(incidents)}
     insert into incidents (slug, phase, impact, started_at, resolved_at, next_update_due_at, version, created_at, updated_at)
     select 'historik-' || i, 'resolved', 'minor', ${start} + ((i - 1) * ${per} + 1) * ${HALF_HOUR},
            ${start} + min(i * ${per}, ${historic}) * ${HALF_HOUR}, null, 1,
            ${start} + ((i - 1) * ${per} + 1) * ${HALF_HOUR}, ${start} + min(i * ${per}, ${historic}) * ${HALF_HOUR}
     from n`,
    `insert into incident_texts (incident_id, locale, title, what_happened, affects_me, what_we_are_doing, what_you_should_do, who_to_contact, updated_at)
     select i.id, l.locale, l.title || ' ' || i.k, 'Ett fel i ett av kommunens system gjorde att tjänsten inte gick att använda.',
            'Du kunde inte använda tjänsten under tiden.', 'Vi felsökte och rättade felet.', 'Inget.', 'Kommunens kundcenter.', i.created_at
     from (${historicIncidents}) i
     cross join (select 'sv' as locale, 'Driftstörning' as title union all select 'en', 'Disruption') l`,
    `with ${services}
     insert into incident_services (incident_id, service_id)
     select i.id, s.id from (${historicIncidents}) i join s on s.k = i.k % ${serviceCount}
     union all
     select i.id, (select id from services where slug = '${BENCH_SERVICE}') from (${historicIncidents}) i`,
    `${numbers(historic)}
     insert into updates (uid, incident_id, incident_phase, published_at, created_at)
     select printf('00000000-0000-4000-8000-%012x', n.i), i.id,
            case when n.i % ${per} = 0 or n.i = ${historic} then 'resolved' when n.i % ${per} = 1 then 'investigating' end,
            ${start} + n.i * ${HALF_HOUR}, ${start} + n.i * ${HALF_HOUR}
     from n, (select ${first} as first) f
     join incidents i on i.id = f.first + (n.i - 1) / ${per}`,
    `insert into update_texts (update_id, locale, body, created_at)
     select u.id, l.locale, l.body || ' (' || u.uid || ')', u.created_at
     from updates u cross join (select 'sv' as locale, 'Vi arbetar med felet och återkommer med mer information.' as body
                                union all select 'en', 'We are working on the fault and will be back with more information.') l
     where u.uid like '00000000-%'`,
    `insert into update_services (update_id, service_id, status_before, status_after)
     select u.id, l.service_id,
            case when u.incident_phase = 'investigating' then 'operational' when u.incident_phase = 'resolved' then 'degraded' end,
            case when u.incident_phase = 'investigating' then 'degraded' when u.incident_phase = 'resolved' then 'operational' end
     from updates u join incident_services l on l.incident_id = u.incident_id
     where u.uid like '00000000-%'`,
    `insert into feed_items (scope, seq, update_id, correction_id, created_at)
     select 'site', (select coalesce(max(seq), 0) from feed_items where scope = 'site') + row_number() over (order by u.id), u.id, null, u.published_at
     from updates u where u.uid like '00000000-%'`,
    `insert into feed_items (scope, seq, update_id, correction_id, created_at)
     select 'incident:' || u.incident_id, row_number() over (partition by u.incident_id order by u.id), u.id, null, u.published_at
     from updates u where u.uid like '00000000-%'`,
    `insert into feed_items (scope, seq, update_id, correction_id, created_at)
     select 'service:' || l.service_id,
            coalesce((select max(f.seq) from feed_items f where f.scope = 'service:' || l.service_id), 0)
              + row_number() over (partition by l.service_id order by u.id),
            u.id, null, u.published_at
     from updates u join update_services l on l.update_id = u.id where u.uid like '00000000-%'`,
    // What publishing keeps with the revision (src/db/schema/public.ts, updateCount).
    'update public_revision set update_count = (select count(*) from updates) where id = 1',
    // As a long-lived database would have after `PRAGMA optimize`.
    'analyze',
  ];
  await client.batch(statements, 'write');
}
