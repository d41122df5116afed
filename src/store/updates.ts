/**
 * Reading published updates, the public record, with everything a view of one needs.
 * Publishing and correcting them is in ./publishing.
 */
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { updateCorrections, updates, updateServices } from '../db/schema';

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

/** The newest update of each given incident (for the overview). */
export async function latestUpdatesOfIncidents(
  db: Queryable,
  incidentIds: number[],
): Promise<Map<number, UpdateWithDetails>> {
  const latest = new Map<number, UpdateWithDetails>();
  for (const incidentId of incidentIds) {
    const update = await db.query.updates.findFirst({
      where: eq(updates.incidentId, incidentId),
      with: updateDetails,
      orderBy: [desc(updates.publishedAt), desc(updates.id)],
    });
    if (update) latest.set(incidentId, update);
  }
  return latest;
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

export async function countUpdates(db: Queryable): Promise<number> {
  const row = await db.select({ total: count() }).from(updates).get();
  return row?.total ?? 0;
}

/** Updates that changed or mentioned a service, newest first. */
export async function listUpdatesOfService(db: Queryable, serviceId: number, limit: number) {
  const ids = await db
    .select({ id: updates.id })
    .from(updateServices)
    .innerJoin(updates, eq(updates.id, updateServices.updateId))
    .where(and(eq(updateServices.serviceId, serviceId)))
    .orderBy(desc(updates.publishedAt), desc(updates.id))
    .limit(limit)
    .all();
  if (ids.length === 0) return [];
  return db.query.updates.findMany({
    where: inArray(
      updates.id,
      ids.map((row) => row.id),
    ),
    with: updateDetails,
    orderBy: [desc(updates.publishedAt), desc(updates.id)],
  });
}
