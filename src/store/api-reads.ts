/**
 * Reads for the JSON APIs (src/api/): incidents and maintenances with every update, in a fixed
 * number of statements whatever the number of incidents (never a query per incident). The
 * services, groups and contact channels come from the same reads as the public pages
 * (./services.ts, ./groups.ts, ./contacts.ts), so the API and the pages cannot disagree.
 */
import { and, asc, count, desc, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { incidents, maintenances, updateMaintenance, updates } from '../db/schema';
import type { MaintenanceStatus } from '../domain/maintenance';
import { findUpdatesByIds, type UpdateWithDetails } from './updates';

/** The services an incident affects, with what a reference to one shows. */
const affectedServices = {
  columns: { serviceId: true },
  with: { service: { columns: { id: true, slug: true }, with: { texts: { columns: { locale: true, name: true, updatedAt: true } } } } },
} as const;

/** What an API document needs of an incident: its texts, the services it affects, its schedule. */
const incidentForApi = {
  texts: true,
  services: affectedServices,
  maintenance: true,
} as const;

/** Incidents that are not planned maintenance (those are listed on their own). */
const notMaintenance = (db: Queryable) => notInArray(incidents.id, db.select({ id: maintenances.incidentId }).from(maintenances));

/** Incidents (not maintenances), the most recently started first. */
export function listIncidentsForApi(db: Queryable, options: { unresolvedOnly?: boolean; limit: number; offset?: number }) {
  return db.query.incidents.findMany({
    where: and(notMaintenance(db), options.unresolvedOnly ? isNull(incidents.resolvedAt) : undefined),
    with: incidentForApi,
    orderBy: [desc(incidents.startedAt), desc(incidents.id)],
    limit: options.limit,
    offset: options.offset ?? 0,
  });
}

export type IncidentForApi = Awaited<ReturnType<typeof listIncidentsForApi>>[number];

export async function countIncidentsForApi(db: Queryable): Promise<number> {
  const row = await db.select({ total: count() }).from(incidents).where(notMaintenance(db)).get();
  return row?.total ?? 0;
}

/** One incident or maintenance by its slug (the native API's incident document). */
export function findIncidentForApi(db: Queryable, slug: string) {
  return db.query.incidents.findFirst({ where: eq(incidents.slug, slug), with: incidentForApi });
}

/**
 * Maintenances in the given statuses with their incident. `soonest` lists what is coming
 * (the earliest start first); `newest` is the history (the latest start first).
 */
export function listMaintenancesForApi(
  db: Queryable,
  options: { statuses: readonly MaintenanceStatus[]; order: 'soonest' | 'newest'; limit: number },
) {
  const direction = options.order === 'soonest' ? asc : desc;
  return db.query.maintenances.findMany({
    where: inArray(maintenances.status, [...options.statuses]),
    with: { incident: { with: { texts: true, services: affectedServices } } },
    orderBy: [direction(maintenances.scheduledStartAt), direction(maintenances.incidentId)],
    limit: options.limit,
  });
}

export type MaintenanceForApi = Awaited<ReturnType<typeof listMaintenancesForApi>>[number];

export interface UpdatesOfIncidents {
  /** Each incident's updates, newest first (as Statuspage lists `incident_updates`). */
  byIncident: Map<number, UpdateWithDetails[]>;
  /** For updates of a maintenance: the maintenance status it left (`update_maintenance`). */
  maintenanceStatus: Map<number, MaintenanceStatus>;
}

/**
 * Every update of the given incidents, with the details the update presenter needs, in three
 * statements however many incidents there are: the ids, the updates by id (the one read
 * src/present/update.ts is written against), and what each did to a maintenance.
 */
export async function updatesOfIncidents(db: Queryable, incidentIds: readonly number[]): Promise<UpdatesOfIncidents> {
  const byIncident = new Map<number, UpdateWithDetails[]>(incidentIds.map((id) => [id, []]));
  if (incidentIds.length === 0) return { byIncident, maintenanceStatus: new Map() };
  const ofIncidents = inArray(updates.incidentId, [...incidentIds]);
  const [idRows, statusRows] = await Promise.all([
    db.select({ id: updates.id }).from(updates).where(ofIncidents).all(),
    db
      .select({ updateId: updateMaintenance.updateId, status: updateMaintenance.status })
      .from(updateMaintenance)
      .where(inArray(updateMaintenance.updateId, db.select({ id: updates.id }).from(updates).where(ofIncidents)))
      .all(),
  ]);
  const rows = await findUpdatesByIds(
    db,
    idRows.map((row) => row.id),
  );
  rows.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id);
  for (const update of rows) byIncident.get(update.incidentId!)?.push(update);
  return { byIncident, maintenanceStatus: new Map(statusRows.map((row) => [row.updateId, row.status])) };
}
