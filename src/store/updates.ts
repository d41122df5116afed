/**
 * Reading published updates, the public record, with everything a view of one needs.
 * Publishing and correcting them is in ./publishing.
 */
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { incidents, publicRevision, updateCorrections, updates, updateServices } from '../db/schema';

/** What every view of an update needs: texts, services concerned, corrections, incident. */
const updateDetails = {
  texts: true,
  services: {
    with: {
      service: {
        columns: { id: true, slug: true, retiredAt: true },
        with: { texts: { columns: { locale: true, name: true, updatedAt: true } } },
      },
    },
  },
  corrections: {
    with: { texts: true },
    // A function, because `as const` would make a plain array readonly, which drizzle rejects.
    orderBy: () => [asc(updateCorrections.correctedAt), asc(updateCorrections.id)],
  },
  incident: {
    columns: { id: true, slug: true },
    with: { texts: { columns: { locale: true, title: true, updatedAt: true } } },
  },
  // What the update did to a maintenance (status, window), when it belongs to one.
  maintenance: true,
} as const;

/** Updates by id, with details (order not guaranteed). */
export function findUpdatesByIds(db: Queryable, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query.updates.findMany({ where: inArray(updates.id, ids), with: updateDetails });
}

export function listUpdatesOfIncident(db: Queryable, incidentId: number) {
  return db.query.updates.findMany({
    where: eq(updates.incidentId, incidentId),
    with: updateDetails,
    orderBy: [desc(updates.publishedAt), desc(updates.id)],
  });
}

export type UpdateWithDetails = Awaited<ReturnType<typeof listUpdatesOfIncident>>[number];

/**
 * The newest update of each given incident (for the overview), in one statement whatever the
 * number of incidents: for each incident a correlated subquery reads its newest update id
 * from the (incident_id, published_at) index, whose entries end in the row id, so
 * "published_at desc, id desc, limit 1" is one index step per incident.
 */
export async function latestUpdatesOfIncidents(
  db: Queryable,
  incidentIds: number[],
): Promise<Map<number, UpdateWithDetails>> {
  if (incidentIds.length === 0) return new Map();
  // Written out with its own table aliases: the relational query's `where` renders every
  // column it is given as one of its own table, so drizzle columns cannot tell the two apart.
  const ids = sql.join(incidentIds.map((id) => sql`${id}`), sql`, `);
  const newest = sql`(select (select newer.id from ${updates} newer where newer.incident_id = incident.id
      order by newer.published_at desc, newer.id desc limit 1)
    from ${incidents} incident where incident.id in (${ids}))`;
  const rows = await db.query.updates.findMany({ where: inArray(updates.id, newest), with: updateDetails });
  return new Map(rows.map((update) => [update.incidentId!, update]));
}

/** One page of every update, newest first. Reads only the rows shown (index on published_at). */
export function listUpdatesPage(db: Queryable, page: number, pageSize: number) {
  return db.query.updates.findMany({
    with: updateDetails,
    orderBy: [desc(updates.publishedAt), desc(updates.id)],
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
}

/** How many updates there are: kept with the public revision, so it costs one row (see publicRevision.updateCount). */
export async function countUpdates(db: Queryable): Promise<number> {
  const row = await db.select({ total: publicRevision.updateCount }).from(publicRevision).where(eq(publicRevision.id, 1)).get();
  return row?.total ?? 0;
}

/**
 * The newest `limit` updates that changed or mentioned a service, newest first. "Newest" is
 * chosen by publishing order (the update id, read backwards from the (service_id, update_id)
 * index: `limit` index steps however long the history), then shown by publication time. The
 * two orders are the same unless an update was published with an earlier time than one
 * published before it, which only the example loader does, in time order anyway (ordering by
 * published_at here would sort every update the service ever had: docs/decisions/0026).
 */
export function listUpdatesOfService(db: Queryable, serviceId: number, limit: number) {
  const newest = db
    .select({ id: updateServices.updateId })
    .from(updateServices)
    .where(eq(updateServices.serviceId, serviceId))
    .orderBy(desc(updateServices.updateId))
    .limit(limit);
  return db.query.updates.findMany({
    where: inArray(updates.id, newest),
    with: updateDetails,
    orderBy: [desc(updates.publishedAt), desc(updates.id)],
  });
}
