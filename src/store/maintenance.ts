/**
 * Planned maintenance (docs/decisions/0024): an incident with a schedule. Scheduling, editing,
 * rescheduling, changing the status by hand, and the automatic start and end — each one write
 * transaction that bumps the revision and is audited, each publishing a dated update of the
 * maintenance through the same insertUpdate as every other update, so the public record, the
 * feeds and the service statuses follow without code of their own here.
 *
 * The console (not built yet) calls: scheduleMaintenance, editMaintenance,
 * rescheduleMaintenance, changeMaintenanceStatus (start early, verifying, complete) and
 * cancelMaintenance; plain updates to a maintenance go through publishUpdate with its
 * incident id and no phase. The Node timer and the Worker's cron call
 * applyDueMaintenanceTransitions.
 */
import { and, asc, desc, eq, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable, Transaction } from '../db/database';
import { incidents, incidentServices, maintenances, services, updateMaintenance, updateServices } from '../db/schema';
import type { IncidentImpact } from '../domain/incident';
import {
  canChangeMaintenanceStatus,
  dueMaintenanceTransitions,
  incidentPhaseOf,
  isMaintenanceStatus,
  isOpenMaintenance,
  isUnderWay,
  isValidWindow,
  OPEN_MAINTENANCE_STATUSES,
  serviceChangesAtEnd,
  serviceChangesAtStart,
  type DueTransition,
  type MaintenanceStatus,
} from '../domain/maintenance';
import type { ServiceStatus } from '../domain/status';
import type { Actor } from './audit';
import { ConflictError, InputError, NotFoundError } from './errors';
import { applyIncidentNotice, insertIncident, type IncidentTextInput } from './incidents';
import { relabelOutboxEvent } from './outbox';
import { insertUpdate, type PublishedUpdate } from './publishing';
import { writeTransaction, type Audit } from './revision';

/** Texts of an update; left out, the update is worded automatically from what it did. */
type UpdateTexts = Record<string, string> | undefined;

export interface MaintenanceInput {
  slug: string;
  /** Statuspage's impact of the work; a maintenance usually has a minor one. */
  impact?: IncidentImpact;
  /** The notice per language: title and the answers (what will be done, does it affect me …). */
  texts: Record<string, IncidentTextInput>;
  serviceIds: number[];
  startsAt: Date;
  endsAt: Date;
  /** The announcement's own words; left out, it is worded automatically. */
  announcement?: Record<string, string>;
}

function requireWindow(startsAt: Date, endsAt: Date): void {
  if (!(startsAt instanceof Date) || !Number.isFinite(startsAt.getTime())) throw new InputError('required', 'startsAt');
  if (!(endsAt instanceof Date) || !Number.isFinite(endsAt.getTime())) throw new InputError('required', 'endsAt');
  if (!isValidWindow(startsAt, endsAt)) throw new InputError('maintenance-window', 'endsAt');
}

/** Someone (an editor, another instance's timer) changed the maintenance meanwhile. */
async function movedOn(tx: Queryable, incidentId: number): Promise<ConflictError> {
  const incident = await tx.select({ version: incidents.version }).from(incidents).where(eq(incidents.id, incidentId)).get();
  return new ConflictError('Someone else changed this maintenance after you opened it.', incident?.version ?? 0);
}

async function loadMaintenance(tx: Queryable, incidentId: number) {
  const row = await tx.select().from(maintenances).where(eq(maintenances.incidentId, incidentId)).get();
  if (!row) throw new NotFoundError('The maintenance does not exist.');
  return row;
}

/** The ids of the services a maintenance concerns (its incident's affected services). */
async function serviceIdsOf(tx: Queryable, incidentId: number): Promise<number[]> {
  const rows = await tx
    .select({ id: incidentServices.serviceId })
    .from(incidentServices)
    .where(eq(incidentServices.incidentId, incidentId))
    .orderBy(asc(incidentServices.serviceId))
    .all();
  return rows.map((row) => row.id);
}

/** Records what an update did to the maintenance (part of the update: append-only). */
async function recordOnUpdate(
  tx: Transaction,
  updateId: number,
  state: { status: MaintenanceStatus; rescheduled: boolean; startsAt: Date; endsAt: Date },
): Promise<void> {
  await tx.insert(updateMaintenance).values({
    updateId,
    status: state.status,
    rescheduled: state.rescheduled,
    scheduledStartAt: state.startsAt,
    scheduledEndAt: state.endsAt,
  });
}

/**
 * Schedules a maintenance: its incident (notice, services), its schedule and an announcement
 * update on every service it concerns, in one write.
 */
export async function scheduleMaintenance(
  db: Database,
  clock: Clock,
  input: MaintenanceInput,
  actor?: Actor,
): Promise<{ incidentId: number; update: PublishedUpdate }> {
  requireWindow(input.startsAt, input.endsAt);
  const serviceIds = [...new Set(input.serviceIds)];
  if (serviceIds.length === 0) throw new InputError('no-services', 'serviceIds');
  return writeTransaction(
    db,
    clock,
    async (tx, now, audit) => {
      const incidentId = await insertIncident(tx, now, audit, {
        slug: input.slug,
        impact: input.impact ?? 'minor',
        phase: incidentPhaseOf('scheduled'),
        startedAt: input.startsAt,
        nextUpdateDueAt: null,
        texts: input.texts,
        serviceIds,
      });
      const uid = crypto.randomUUID();
      await tx.insert(maintenances).values({
        incidentId,
        uid,
        status: 'scheduled',
        scheduledStartAt: input.startsAt,
        scheduledEndAt: input.endsAt,
        sequence: 0,
        createdAt: now,
        updatedAt: now,
      });
      const update = await insertUpdate(tx, now, audit, { incidentId, texts: input.announcement ?? {}, mentions: serviceIds }, { maintenance: true });
      await recordOnUpdate(tx, update.updateId, { status: 'scheduled', rescheduled: false, startsAt: input.startsAt, endsAt: input.endsAt });
      await audit({
        action: 'maintenance.schedule',
        targetType: 'incident',
        targetId: incidentId,
        after: { uid, startsAt: input.startsAt, endsAt: input.endsAt, serviceIds },
      });
      return { incidentId, update };
    },
    actor,
  );
}

export interface MaintenanceEditInput {
  incidentId: number;
  /** The incident version the editor loaded. */
  expectedVersion: number;
  impact: IncidentImpact;
  /** Every language the notice should have; a language left out is removed (never the default). */
  texts: Record<string, IncidentTextInput>;
  /** Can change only while the maintenance is still ahead. */
  serviceIds: number[];
}

/** Edits the notice (texts, impact, and while still ahead the services). No update is published. */
export async function editMaintenance(db: Database, clock: Clock, input: MaintenanceEditInput, actor?: Actor): Promise<void> {
  await writeTransaction(
    db,
    clock,
    async (tx, now, audit) => {
      const maintenance = await loadMaintenance(tx, input.incidentId);
      const before = await serviceIdsOf(tx, input.incidentId);
      const after = [...new Set(input.serviceIds)].sort((a, b) => a - b);
      if (after.length === 0) throw new InputError('no-services', 'serviceIds');
      // Services under way go back at the end only if the maintenance still knows them.
      if (maintenance.status !== 'scheduled' && after.join() !== before.join()) throw new InputError('maintenance-started', 'serviceIds');
      await applyIncidentNotice(tx, now, audit, {
        incidentId: input.incidentId,
        expectedVersion: input.expectedVersion,
        impact: input.impact,
        texts: input.texts,
        serviceIds: after,
        nextUpdateDueAt: null,
      });
      await tx.update(maintenances).set({ updatedAt: now }).where(eq(maintenances.incidentId, input.incidentId));
    },
    actor,
  );
}

export interface RescheduleInput {
  incidentId: number;
  startsAt: Date;
  endsAt: Date;
  /** The incident version the editor loaded; left out, not checked. */
  expectedVersion?: number;
  texts?: UpdateTexts;
}

/**
 * Moves the window (or, once under way, only its end) and publishes the new time as an
 * update. SEQUENCE moves on, so calendars that subscribed replace the event.
 */
export async function rescheduleMaintenance(db: Database, clock: Clock, input: RescheduleInput, actor?: Actor): Promise<PublishedUpdate> {
  requireWindow(input.startsAt, input.endsAt);
  return writeTransaction(
    db,
    clock,
    async (tx, now, audit) => {
      const maintenance = await loadMaintenance(tx, input.incidentId);
      if (!isOpenMaintenance(maintenance.status)) throw new InputError('maintenance-status', 'startsAt');
      if (maintenance.status !== 'scheduled' && input.startsAt.getTime() !== maintenance.scheduledStartAt.getTime())
        throw new InputError('maintenance-started', 'startsAt');
      const moved = await tx
        .update(maintenances)
        .set({
          scheduledStartAt: input.startsAt,
          scheduledEndAt: input.endsAt,
          sequence: sql`${maintenances.sequence} + 1`,
          updatedAt: now,
        })
        .where(and(eq(maintenances.incidentId, maintenance.incidentId), eq(maintenances.status, maintenance.status)))
        .returning({ id: maintenances.incidentId });
      if (moved.length === 0) throw await movedOn(tx, maintenance.incidentId);
      if (maintenance.status === 'scheduled')
        await tx.update(incidents).set({ startedAt: input.startsAt }).where(eq(incidents.id, maintenance.incidentId));
      const update = await insertUpdate(
        tx,
        now,
        audit,
        {
          incidentId: maintenance.incidentId,
          texts: input.texts ?? {},
          mentions: await serviceIdsOf(tx, maintenance.incidentId),
          expectedIncidentVersion: input.expectedVersion,
        },
        { maintenance: true },
      );
      await recordOnUpdate(tx, update.updateId, { status: maintenance.status, rescheduled: true, startsAt: input.startsAt, endsAt: input.endsAt });
      await audit({
        action: 'maintenance.reschedule',
        targetType: 'incident',
        targetId: maintenance.incidentId,
        before: { startsAt: maintenance.scheduledStartAt, endsAt: maintenance.scheduledEndAt, sequence: maintenance.sequence },
        after: { startsAt: input.startsAt, endsAt: input.endsAt, sequence: maintenance.sequence + 1 },
      });
      return update;
    },
    actor,
  );
}

export interface StatusChangeInput {
  incidentId: number;
  to: MaintenanceStatus;
  expectedVersion?: number;
  texts?: UpdateTexts;
}

/**
 * Changes the status by hand: start early, verifying, back to work, complete early, cancel.
 * Starting puts its working services into "Planerat underhåll"; completing or cancelling one
 * under way gives them back the status they had.
 */
export async function changeMaintenanceStatus(db: Database, clock: Clock, input: StatusChangeInput, actor?: Actor): Promise<PublishedUpdate> {
  if (!isMaintenanceStatus(input.to)) throw new InputError('unknown-choice', 'to');
  return writeTransaction(
    db,
    clock,
    async (tx, now, audit) => {
      const maintenance = await loadMaintenance(tx, input.incidentId);
      if (!canChangeMaintenanceStatus(maintenance.status, input.to)) throw new InputError('maintenance-status', 'to');
      const update = await applyStatusChange(tx, now, audit, maintenance, input.to, input.texts, input.expectedVersion);
      if (!update) throw await movedOn(tx, maintenance.incidentId);
      return update;
    },
    actor,
  );
}

export function cancelMaintenance(
  db: Database,
  clock: Clock,
  input: Omit<StatusChangeInput, 'to'>,
  actor?: Actor,
): Promise<PublishedUpdate> {
  return changeMaintenanceStatus(db, clock, { ...input, to: 'cancelled' }, actor);
}

/** The status a service had before it last went into maintenance, from the public record. */
async function statusBeforeMaintenance(tx: Transaction, serviceId: number): Promise<ServiceStatus | null> {
  const row = await tx
    .select({ before: updateServices.statusBefore })
    .from(updateServices)
    .where(and(eq(updateServices.serviceId, serviceId), eq(updateServices.statusAfter, 'maintenance')))
    .orderBy(desc(updateServices.updateId))
    .limit(1)
    .get();
  return row?.before ?? null;
}

/** Services (of `serviceIds`) that another maintenance under way also covers. */
async function coveredByOthers(tx: Transaction, incidentId: number, serviceIds: number[]): Promise<Set<number>> {
  if (serviceIds.length === 0) return new Set();
  const rows = await tx
    .select({ id: incidentServices.serviceId })
    .from(incidentServices)
    .innerJoin(maintenances, eq(maintenances.incidentId, incidentServices.incidentId))
    .where(
      and(
        inArray(maintenances.status, ['in_progress', 'verifying']),
        ne(maintenances.incidentId, incidentId),
        inArray(incidentServices.serviceId, serviceIds),
      ),
    )
    .all();
  return new Set(rows.map((row) => row.id));
}

/**
 * Moves the maintenance from its current status to `to` with a compare-and-set on that status
 * in the same statement, then publishes the update with the service changes the move implies.
 * Null when the status had already moved on (another instance, another editor): nothing written.
 */
async function applyStatusChange(
  tx: Transaction,
  now: Date,
  audit: Audit,
  maintenance: typeof maintenances.$inferSelect,
  to: MaintenanceStatus,
  texts: UpdateTexts,
  expectedVersion?: number,
): Promise<PublishedUpdate | null> {
  const from = maintenance.status;
  const moved = await tx
    .update(maintenances)
    .set({ status: to, sequence: sql`${maintenances.sequence} + 1`, updatedAt: now })
    .where(and(eq(maintenances.incidentId, maintenance.incidentId), eq(maintenances.status, from)))
    .returning({ id: maintenances.incidentId });
  if (moved.length === 0) return null;

  const serviceIds = await serviceIdsOf(tx, maintenance.incidentId);
  const current = serviceIds.length
    ? await tx
        .select({ id: services.id, status: services.status })
        .from(services)
        .where(and(inArray(services.id, serviceIds), isNull(services.retiredAt)))
        .all()
    : [];
  let changes: { id: number; to: ServiceStatus }[] = [];
  if (!isUnderWay(from) && isUnderWay(to)) changes = serviceChangesAtStart(current);
  if (isUnderWay(from) && !isOpenMaintenance(to)) {
    const covered = await coveredByOthers(tx, maintenance.incidentId, current.map((service) => service.id));
    const atEnd = [];
    for (const service of current) {
      atEnd.push({
        ...service,
        statusBeforeMaintenance: service.status === 'maintenance' ? await statusBeforeMaintenance(tx, service.id) : null,
        coveredByAnother: covered.has(service.id),
      });
    }
    changes = serviceChangesAtEnd(atEnd);
  }

  const update = await insertUpdate(
    tx,
    now,
    audit,
    {
      incidentId: maintenance.incidentId,
      phase: isOpenMaintenance(to) ? undefined : incidentPhaseOf(to),
      texts: texts ?? {},
      changes: changes.map((change) => ({ serviceId: change.id, to: change.to })),
      mentions: serviceIds,
      expectedIncidentVersion: expectedVersion,
    },
    { maintenance: true },
  );
  // The update's outbox event says the work started or ended (docs/decisions/0040).
  if (!isUnderWay(from) && isUnderWay(to)) await relabelOutboxEvent(tx, update.updateId, 'maintenance-started');
  else if (isUnderWay(from) && !isOpenMaintenance(to)) await relabelOutboxEvent(tx, update.updateId, 'maintenance-ended');
  await recordOnUpdate(tx, update.updateId, {
    status: to,
    rescheduled: false,
    startsAt: maintenance.scheduledStartAt,
    endsAt: maintenance.scheduledEndAt,
  });
  await audit({
    action: 'maintenance.status',
    targetType: 'incident',
    targetId: maintenance.incidentId,
    before: { status: from, sequence: maintenance.sequence },
    after: { status: to, sequence: maintenance.sequence + 1, services: changes },
  });
  return update;
}

/** Refused inside the transaction so it rolls back: nothing written, no revision bump. */
class AlreadyMovedOn extends Error {}

/**
 * Records the automatic start and end transitions that are due, each in its own write, and
 * returns those it applied. Idempotent: a transition another instance (or an earlier run)
 * already recorded fails its compare-and-set and is skipped without writing. When nothing is
 * due, nothing is written, so the 30-second timer leaves the revision (and every cache) alone.
 */
export async function applyDueMaintenanceTransitions(db: Database, clock: Clock): Promise<DueTransition<number>[]> {
  const now = clock.now();
  // Only those whose start has come can be due; the index on (status, start) finds them.
  const candidates = await db
    .select({
      id: maintenances.incidentId,
      status: maintenances.status,
      startsAt: maintenances.scheduledStartAt,
      endsAt: maintenances.scheduledEndAt,
    })
    .from(maintenances)
    .where(and(inArray(maintenances.status, [...OPEN_MAINTENANCE_STATUSES]), lte(maintenances.scheduledStartAt, now)))
    .all();
  const applied: DueTransition<number>[] = [];
  let failure: unknown = null;
  for (const transition of dueMaintenanceTransitions(candidates, now)) {
    try {
      await writeTransaction(db, clock, async (tx, txNow, audit) => {
        const maintenance = await loadMaintenance(tx, transition.id);
        // Rescheduled or changed by hand since it was read: decide again next time.
        if (maintenance.status !== transition.from) throw new AlreadyMovedOn();
        const update = await applyStatusChange(tx, txNow, audit, maintenance, transition.to, undefined);
        if (!update) throw new AlreadyMovedOn();
      });
      applied.push(transition);
    } catch (error) {
      if (error instanceof AlreadyMovedOn) continue;
      // One broken maintenance must not hold up the others; the first failure is reported.
      failure ??= error;
    }
  }
  if (failure) throw failure;
  return applied;
}

const maintenanceDetails = {
  incident: {
    with: {
      texts: true,
      services: {
        with: {
          service: {
            columns: { id: true, slug: true, status: true, retiredAt: true },
            with: { texts: { columns: { locale: true, name: true, updatedAt: true } } },
          },
        },
      },
    },
  },
} as const;

/** Maintenances still ahead or under way, the earliest first (overview, service pages). */
export function listOpenMaintenances(db: Queryable) {
  return db.query.maintenances.findMany({
    where: inArray(maintenances.status, [...OPEN_MAINTENANCE_STATUSES]),
    with: maintenanceDetails,
    orderBy: [asc(maintenances.scheduledStartAt), asc(maintenances.incidentId)],
  });
}

export type MaintenanceWithDetails = Awaited<ReturnType<typeof listOpenMaintenances>>[number];

/** How many maintenances the calendar holds: the newest by start, all future ones in practice. */
export const CALENDAR_MAINTENANCE_LIMIT = 200;

/** Every maintenance for the calendar, cancelled and completed too, the newest by start first. */
export function listMaintenancesForCalendar(db: Queryable, limit = CALENDAR_MAINTENANCE_LIMIT) {
  return db.query.maintenances.findMany({
    with: maintenanceDetails,
    orderBy: [desc(maintenances.scheduledStartAt), desc(maintenances.incidentId)],
    limit,
  });
}

/** The windows of open maintenances: their starts and ends are moments the public pages change. */
export function listOpenMaintenanceWindows(db: Queryable): Promise<{ startsAt: Date; endsAt: Date }[]> {
  return db
    .select({ startsAt: maintenances.scheduledStartAt, endsAt: maintenances.scheduledEndAt })
    .from(maintenances)
    .where(inArray(maintenances.status, [...OPEN_MAINTENANCE_STATUSES]))
    .all();
}
