/**
 * Reads behind CAP messages (src/cap/): the update a message shows, found by its public uid,
 * the feed log of the scopes its thread lives in, and the statuses its services had then.
 * Each is one statement, whatever the number of services or messages involved.
 */
import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { feedItems, incidents, services, updateMaintenance, updates, updateServices } from '../db/schema';
import { isRestoration, type ServiceStatus } from '../domain/status';
import { findUpdatesByIds, type UpdateWithDetails } from './updates';

/** The update with this public uid, with everything a view of one needs; null when there is none. */
export async function findUpdateByUid(db: Queryable, uid: string): Promise<UpdateWithDetails | null> {
  const row = await db.select({ id: updates.id }).from(updates).where(eq(updates.uid, uid)).get();
  if (!row) return null;
  const [update] = await findUpdatesByIds(db, [row.id]);
  return update ?? null;
}

/** An incident with its notice in every language, its services and, for a maintenance, its schedule. */
export function findIncidentForCap(db: Queryable, incidentId: number) {
  return db.query.incidents.findFirst({
    where: eq(incidents.id, incidentId),
    with: { texts: true, maintenance: true, services: { columns: { serviceId: true } } },
  });
}

export type IncidentForCap = NonNullable<Awaited<ReturnType<typeof findIncidentForCap>>>;

/** Services with their texts in every language (names, what to do instead). */
export function findServicesWithTexts(db: Queryable, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query.services.findMany({ where: inArray(services.id, [...ids]), with: { texts: true } });
}

export interface CapLogItem {
  seq: number;
  updateId: number;
  updateUid: string;
  correctionId: number | null;
  sentAt: Date;
}

/** Every message of an incident (its feed scope), in publishing order. */
export async function listIncidentMessages(db: Queryable, incidentId: number): Promise<CapLogItem[]> {
  const rows = await db
    .select({
      seq: feedItems.seq,
      updateId: feedItems.updateId,
      updateUid: updates.uid,
      correctionId: feedItems.correctionId,
      sentAt: feedItems.createdAt,
    })
    .from(feedItems)
    .innerJoin(updates, eq(updates.id, feedItems.updateId))
    .where(eq(feedItems.scope, `incident:${incidentId}`))
    .orderBy(feedItems.seq)
    .all();
  return rows;
}

export interface CapServiceLogItem extends CapLogItem {
  serviceId: number;
  standalone: boolean;
  restores: boolean;
}

/**
 * Every message in the feed scopes of these services, in publishing order within each, with
 * what each update did to that service. Incident updates are included: they end a service's
 * episode when they restore it (src/cap/thread.ts), though they are not part of it.
 */
export async function listServiceMessages(db: Queryable, serviceIds: readonly number[]): Promise<CapServiceLogItem[]> {
  if (serviceIds.length === 0) return [];
  const scopes = serviceIds.map((id) => `service:${id}`);
  const rows = await db
    .select({
      scope: feedItems.scope,
      seq: feedItems.seq,
      updateId: feedItems.updateId,
      updateUid: updates.uid,
      incidentId: updates.incidentId,
      correctionId: feedItems.correctionId,
      sentAt: feedItems.createdAt,
      statusBefore: updateServices.statusBefore,
      statusAfter: updateServices.statusAfter,
    })
    .from(feedItems)
    .innerJoin(updates, eq(updates.id, feedItems.updateId))
    // The scope names the service ('service:<id>'); 'service:' is 8 characters.
    .leftJoin(
      updateServices,
      and(eq(updateServices.updateId, feedItems.updateId), eq(updateServices.serviceId, sql`cast(substr(${feedItems.scope}, 9) as integer)`)),
    )
    .where(inArray(feedItems.scope, scopes))
    .orderBy(feedItems.scope, feedItems.seq)
    .all();
  return rows.map(({ scope, incidentId, statusBefore, statusAfter, ...row }) => ({
    ...row,
    serviceId: Number(scope.slice('service:'.length)),
    standalone: incidentId === null,
    restores: isRestoration(statusBefore, statusAfter),
  }));
}

/**
 * What each service's status was right after the given update: the newest status an update
 * up to it set; failing that, the status the next later change started from; failing that
 * (it never changed), its status now. Publishing order is the update id, which the
 * (service_id, update_id) index walks one step per service.
 */
export async function statusesAfterUpdate(
  db: Queryable,
  updateId: number,
  serviceIds: readonly number[],
): Promise<Map<number, ServiceStatus>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: services.id,
      status: sql<ServiceStatus>`coalesce(
        (select up_to.status_after from ${updateServices} up_to
          where up_to.service_id = ${services.id} and up_to.update_id <= ${updateId} and up_to.status_after is not null
          order by up_to.update_id desc limit 1),
        (select later.status_before from ${updateServices} later
          where later.service_id = ${services.id} and later.update_id > ${updateId} and later.status_before is not null
          order by later.update_id asc limit 1),
        ${services.status})`,
    })
    .from(services)
    .where(inArray(services.id, [...serviceIds]))
    .all();
  return new Map(rows.map((row) => [row.id, row.status]));
}

/**
 * A maintenance as it stood right after the given update of it: the status and window the
 * newest update up to it recorded (an update with only a text records none). Null before
 * its first record, which cannot happen for a maintenance opened through the store.
 */
export function maintenanceAfterUpdate(db: Queryable, incidentId: number, updateId: number) {
  return db
    .select({
      status: updateMaintenance.status,
      scheduledStartAt: updateMaintenance.scheduledStartAt,
      scheduledEndAt: updateMaintenance.scheduledEndAt,
    })
    .from(updateMaintenance)
    .innerJoin(updates, eq(updates.id, updateMaintenance.updateId))
    .where(and(eq(updates.incidentId, incidentId), lte(updates.id, updateId)))
    .orderBy(desc(updates.id))
    .limit(1)
    .get();
}
