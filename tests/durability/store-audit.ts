/**
 * Reading the database file after a crash, through the client the app itself opens it with
 * (src/db/open-node.ts): what a round of publications left behind, and whether every one of
 * them is whole. Plain SQL on purpose: these checks must not share a bug with the store.
 */
import type { Client, Row } from '@libsql/client';
import { expect } from 'vitest';
import type { Publication } from './publication-burst';

export interface Baseline {
  lastUpdateId: number;
  revision: number;
  services: Map<number, { slug: string; status: string; version: number }>;
  incidents: Map<number, { slug: string; version: number }>;
}

const number = (row: Row | undefined, column: string) => Number(row?.[column] ?? 0);

export async function readBaseline(client: Client): Promise<Baseline> {
  const last = (await client.execute('SELECT coalesce(max(id), 0) AS id FROM updates')).rows[0];
  const revision = (await client.execute('SELECT revision FROM public_revision WHERE id = 1')).rows[0];
  const services = await client.execute('SELECT id, slug, status, version FROM services');
  const incidents = await client.execute('SELECT id, slug, version FROM incidents');
  return {
    lastUpdateId: number(last, 'id'),
    revision: number(revision, 'revision'),
    services: new Map(services.rows.map((row) => [Number(row.id), { slug: String(row.slug), status: String(row.status), version: Number(row.version) }])),
    incidents: new Map(incidents.rows.map((row) => [Number(row.id), { slug: String(row.slug), version: Number(row.version) }])),
  };
}

export interface StoredUpdate {
  id: number;
  incidentId: number | null;
  texts: Record<string, string>;
  changes: { serviceId: number; before: string | null; after: string | null }[];
  scopes: string[];
  auditedTexts: Record<string, string> | null;
}

/** Every update published since `baseline`, with everything that belongs to it. */
export async function updatesSince(client: Client, baseline: Baseline): Promise<StoredUpdate[]> {
  const after = [baseline.lastUpdateId];
  const updates = await client.execute({ sql: 'SELECT id, incident_id FROM updates WHERE id > ? ORDER BY id', args: after });
  const byId = new Map<number, StoredUpdate>(
    updates.rows.map((row) => [
      Number(row.id),
      { id: Number(row.id), incidentId: row.incident_id === null ? null : Number(row.incident_id), texts: {}, changes: [], scopes: [], auditedTexts: null },
    ]),
  );
  const orphan = (table: string, id: number) => new Error(`${table} has a row for update ${id}, which does not exist`);
  for (const row of (await client.execute({ sql: 'SELECT update_id, locale, body FROM update_texts WHERE update_id > ?', args: after })).rows) {
    const update = byId.get(Number(row.update_id));
    if (!update) throw orphan('update_texts', Number(row.update_id));
    update.texts[String(row.locale)] = String(row.body);
  }
  const changes = await client.execute({
    sql: 'SELECT update_id, service_id, status_before, status_after FROM update_services WHERE update_id > ? ORDER BY update_id',
    args: after,
  });
  for (const row of changes.rows) {
    const update = byId.get(Number(row.update_id));
    if (!update) throw orphan('update_services', Number(row.update_id));
    update.changes.push({
      serviceId: Number(row.service_id),
      before: row.status_before === null ? null : String(row.status_before),
      after: row.status_after === null ? null : String(row.status_after),
    });
  }
  const items = await client.execute({ sql: 'SELECT update_id, scope FROM feed_items WHERE update_id > ? AND correction_id IS NULL', args: after });
  for (const row of items.rows) {
    const update = byId.get(Number(row.update_id));
    if (!update) throw orphan('feed_items', Number(row.update_id));
    update.scopes.push(String(row.scope));
  }
  const audits = await client.execute("SELECT target_id, after FROM audit_log WHERE action = 'update.publish'");
  for (const row of audits.rows) {
    const update = byId.get(Number(row.target_id));
    if (update) update.auditedTexts = (JSON.parse(String(row.after)) as { texts: Record<string, string> }).texts;
  }
  return [...byId.values()];
}

/** The text a publication is recognised by (its Swedish text, unique per publication). */
export const markerOf = (publication: Publication) => publication.texts.sv;

/**
 * Fails unless every acknowledged publication is stored, nothing is stored that was not sent,
 * nothing twice, and every stored update is whole: its texts, its status change, its feed
 * entries and its audit entry, with service and incident versions and the public revision
 * moved exactly once per update.
 */
export async function expectRoundIntact(
  client: Client,
  baseline: Baseline,
  round: { sent: Publication[]; acknowledged: Publication[] },
): Promise<StoredUpdate[]> {
  const stored = await updatesSince(client, baseline);
  const sent = new Map(round.sent.map((publication) => [markerOf(publication), publication]));
  const storedMarkers = stored.map((update) => update.texts.sv);

  expect(new Set(storedMarkers).size, 'a publication stored twice').toBe(storedMarkers.length);
  const lost = round.acknowledged.map(markerOf).filter((marker) => !storedMarkers.includes(marker));
  expect(lost, 'acknowledged as published, but not in the database after the crash').toEqual([]);

  for (const update of stored) {
    const publication = sent.get(update.texts.sv ?? '');
    expect(publication, `update ${update.id} is no publication of this round: ${JSON.stringify(update)}`).toBeDefined();
    expect(update.auditedTexts, `update ${update.id} has no audit entry`).toEqual(update.texts);
    if (publication!.kind === 'status') {
      expect(update, `update ${update.id} is not whole`).toMatchObject({
        incidentId: null,
        texts: { sv: publication!.texts.sv },
        changes: [{ serviceId: publication!.serviceId, after: publication!.to }],
      });
      expect(Object.keys(update.texts)).toEqual(['sv']);
      expect(update.scopes.sort()).toEqual(['service:' + publication!.serviceId, 'site'].sort());
    } else {
      expect(update, `update ${update.id} is not whole`).toMatchObject({ incidentId: publication!.incidentId, texts: publication!.texts, changes: [] });
      expect(Object.keys(update.texts).sort()).toEqual(['en', 'sv']);
      expect(update.scopes.sort()).toEqual(['incident:' + publication!.incidentId, 'site'].sort());
    }
  }

  // Each service's changes form one chain from the status it had to the status it has, and
  // its version moved once per change; each incident's version once per update.
  const now = await readBaseline(client);
  for (const [serviceId, before] of baseline.services) {
    const chain = stored.flatMap((update) => update.changes.filter((change) => change.serviceId === serviceId));
    let status = before.status;
    for (const change of chain) {
      expect(change.before, `service ${serviceId}: a change that does not start where the previous one ended`).toBe(status);
      status = change.after!;
    }
    expect(now.services.get(serviceId), `service ${serviceId}`).toMatchObject({ status, version: before.version + chain.length });
  }
  for (const [incidentId, before] of baseline.incidents) {
    const count = stored.filter((update) => update.incidentId === incidentId).length;
    expect(now.incidents.get(incidentId)?.version, `incident ${incidentId}`).toBe(before.version + count);
  }
  expect(now.revision, 'the public revision moves once per committed write').toBe(baseline.revision + stored.length);
  return stored;
}

/** Structural checks of the whole file: SQLite's own, foreign keys, and the feeds' numbering. */
export async function expectFileSound(client: Client): Promise<void> {
  expect((await client.execute('PRAGMA integrity_check')).rows.map((row) => row[0])).toEqual(['ok']);
  expect((await client.execute('PRAGMA foreign_key_check')).rows).toEqual([]);
  expect(String((await client.execute('PRAGMA journal_mode')).rows[0]![0])).toBe('wal');
  // Each feed scope is numbered 1, 2, 3 … without a gap or a repeat (archive pages rely on it).
  const scopes = await client.execute('SELECT scope, count(*) AS items, count(DISTINCT seq) AS distinct_seqs, max(seq) AS last FROM feed_items GROUP BY scope');
  for (const row of scopes.rows) {
    expect({ scope: row.scope, distinct: Number(row.distinct_seqs), last: Number(row.last) }).toEqual({ scope: row.scope, distinct: Number(row.items), last: Number(row.items) });
  }
}

/** The migrations' append-only triggers, by table: the public record and the audit log. */
export const APPEND_ONLY_TABLES = ['updates', 'update_texts', 'update_services', 'update_corrections', 'correction_texts', 'feed_items', 'audit_log'];

/**
 * Fails unless every append-only table still has its two triggers, and each one that holds
 * a row refuses to change or remove it (run with the server stopped: the probes write).
 */
export async function expectAppendOnlyTriggersIntact(client: Client): Promise<void> {
  for (const table of APPEND_ONLY_TABLES) {
    for (const event of ['update', 'delete'] as const) {
      const trigger = await client.execute({ sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", args: [`${table}_no_${event}`] });
      expect(String(trigger.rows[0]?.sql ?? 'missing'), `${table}_no_${event}`).toMatch(new RegExp(`BEFORE ${event} ON \`${table}\`[\\s\\S]*RAISE\\(ABORT`, 'i'));
    }
    const row = (await client.execute(`SELECT rowid AS id FROM ${table} LIMIT 1`)).rows[0];
    if (!row) continue;
    const rowid = Number(row.id);
    const column = String((await client.execute(`SELECT name FROM pragma_table_info('${table}') LIMIT 1`)).rows[0]![0]);
    await expect(client.execute({ sql: `UPDATE ${table} SET ${column} = ${column} WHERE rowid = ?`, args: [rowid] })).rejects.toThrow(/append-only/);
    await expect(client.execute({ sql: `DELETE FROM ${table} WHERE rowid = ?`, args: [rowid] })).rejects.toThrow(/append-only/);
  }
}
