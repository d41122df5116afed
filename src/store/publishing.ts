/**
 * Publishing and correcting updates, the public record. Both only ever insert rows, and both
 * run in one transaction that also changes service statuses and bumps the revision.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable, Transaction } from '../db/database';
import {
  correctionTexts,
  incidents,
  incidentServices,
  maintenances,
  publicRevision,
  services,
  updateCorrections,
  updates,
  updateServices,
  updateTexts,
} from '../db/schema';
import { isIncidentPhase, type IncidentPhase } from '../domain/incident';
import { LIMITS } from '../domain/limits';
import { isServiceStatus, type ServiceStatus } from '../domain/status';
import { ConflictError, InputError, NotFoundError } from './errors';
import { appendFeedItems } from './feed-items';
import type { Actor } from './audit';
import { insertIncident, type IncidentInput } from './incidents';
import { recordOutboxEvent } from './outbox';
import { writeTransaction, type Audit } from './revision';
import { defaultLocaleOf } from './site';
import { requireDefaultLocale, text } from './validate';

export interface StatusChangeInput {
  serviceId: number;
  to: ServiceStatus;
  /** The service version the editor saw; a mismatch means someone else changed it first. */
  expectedVersion?: number;
}

export interface PublishUpdateInput {
  incidentId?: number | null;
  /** New phase of the incident; `resolved` resolves it. */
  phase?: IncidentPhase;
  /** Defaults to now; set only when importing a historical log. */
  publishedAt?: Date;
  texts: Record<string, string>;
  changes?: StatusChangeInput[];
  /** Services the update concerns without changing their status. */
  mentions?: number[];
  /**
   * Services of the incident the editor says are no longer affected (the update form's one
   * list, issue 12): taken out of its affected services in the same write, unless this update
   * changes or mentions them.
   */
  unaffected?: number[];
  /** Undefined keeps the incident's current promise; null clears it. */
  nextUpdateDueAt?: Date | null;
  /** The incident version the editor saw. */
  expectedIncidentVersion?: number;
}

export interface PublishedUpdate {
  updateId: number;
  uid: string;
}

export async function publishUpdate(
  db: Database,
  clock: Clock,
  input: PublishUpdateInput,
  actor?: Actor,
): Promise<PublishedUpdate> {
  return writeTransaction(db, clock, (tx, now, audit) => insertUpdate(tx, now, audit, input), actor);
}

/** Where the first update of a new incident went wrong: its fields, named as the update's own. */
export const FIRST_UPDATE_FIELD_PREFIX = 'firstUpdate.';

/**
 * Opens an incident and publishes its first update as one write: one transaction and one
 * revision bump, so a refused update (a service changed meanwhile, a text too long) or a
 * crash between the two can never leave an incident without the update it was opened with.
 * Input errors of the update part name their field with FIRST_UPDATE_FIELD_PREFIX.
 */
export async function openIncident(
  db: Database,
  clock: Clock,
  incident: IncidentInput,
  firstUpdate: Omit<PublishUpdateInput, 'incidentId'> | null,
  actor?: Actor,
): Promise<{ incidentId: number; update: PublishedUpdate | null }> {
  return writeTransaction(
    db,
    clock,
    async (tx, now, audit) => {
      const incidentId = await insertIncident(tx, now, audit, incident);
      if (!firstUpdate) return { incidentId, update: null };
      try {
        return { incidentId, update: await insertUpdate(tx, now, audit, { ...firstUpdate, incidentId }) };
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        throw new InputError(error.code, `${FIRST_UPDATE_FIELD_PREFIX}${error.field ?? 'texts'}`, error.params);
      }
    },
    actor,
  );
}

export interface InsertUpdateOptions {
  /**
   * Written by the maintenance store (./maintenance.ts): it may set the phase of a
   * maintenance's incident, and may leave the texts empty for an automatic transition, which
   * is then worded from what it recorded (`update_maintenance`) when shown.
   */
  maintenance?: boolean;
}

/** Publishes inside the caller's write transaction (publishUpdate, openIncident, maintenance). */
export async function insertUpdate(
  tx: Transaction,
  now: Date,
  audit: Audit,
  input: PublishUpdateInput,
  options: InsertUpdateOptions = {},
): Promise<PublishedUpdate> {
  const changes = input.changes ?? [];
  for (const [index, change] of changes.entries()) {
    if (!isServiceStatus(change.to)) throw new InputError('unknown-choice', `changes.${index}.to`);
  }
  if (new Set(changes.map((change) => change.serviceId)).size !== changes.length)
    throw new InputError('one-change-per-service', 'changes');
  if (input.phase !== undefined && !isIncidentPhase(input.phase)) throw new InputError('unknown-choice', 'phase');
  const incidentId = input.incidentId ?? null;
  if (incidentId === null && input.phase !== undefined)
    throw new InputError('phase-needs-incident', 'phase');

  const publishedAt = input.publishedAt ?? now;
  const automatic = options.maintenance === true && Object.keys(input.texts).length === 0;
  const bodies = (automatic ? [] : requireDefaultLocale(input.texts, await defaultLocaleOf(tx))).map(
    ([locale, body]) => [locale, text(body, LIMITS.updateBody, `texts.${locale}`, true)] as const,
  );

  const incident =
    incidentId === null
      ? null
      : await tx.select().from(incidents).where(eq(incidents.id, incidentId)).get();
  if (incidentId !== null && !incident) throw new NotFoundError('The incident does not exist.');
  // A maintenance opens and closes with its own status (./maintenance.ts), never with a change
  // of phase. A form that sends the phase it has, unchanged, publishes a plain update.
  if (incident && input.phase !== undefined && !options.maintenance) {
    const maintenance = await tx.select({ id: maintenances.incidentId }).from(maintenances).where(eq(maintenances.incidentId, incident.id)).get();
    if (maintenance && input.phase !== incident.phase) throw new InputError('maintenance-status', 'phase');
    if (maintenance) input = { ...input, phase: undefined };
  }
  if (incident && input.expectedIncidentVersion !== undefined && incident.version !== input.expectedIncidentVersion)
    throw new ConflictError('Someone else updated this incident after you opened it.', incident.version);

  const concerned = new Map<number, { before: ServiceStatus | null; after: ServiceStatus | null }>();
  for (const change of changes) {
    const service = await tx.select().from(services).where(eq(services.id, change.serviceId)).get();
    if (!service) throw new InputError('unknown-choice', 'changes');
    if (change.expectedVersion !== undefined && service.version !== change.expectedVersion)
      throw new ConflictError(`Someone else changed “${service.slug}” after you opened it.`, service.version);
    if (service.status === change.to) {
      concerned.set(service.id, { before: null, after: null });
      continue;
    }
    concerned.set(service.id, { before: service.status, after: change.to });
    await tx
      .update(services)
      .set({
        status: change.to,
        statusChangedAt: publishedAt,
        // Back in operation: the promised restoration time has been met.
        ...(change.to === 'operational' ? { expectedRestorationAt: null } : {}),
        version: sql`${services.version} + 1`,
        updatedAt: now,
      })
      .where(eq(services.id, service.id));
  }
  const mentions = [...new Set(input.mentions ?? [])].filter((id) => !concerned.has(id));
  if (mentions.length > 0) {
    const found = await tx.select({ id: services.id }).from(services).where(inArray(services.id, mentions)).all();
    if (found.length !== mentions.length) throw new InputError('unknown-choice', 'mentions');
    for (const id of mentions) concerned.set(id, { before: null, after: null });
  }
  if (!incident && concerned.size === 0)
    throw new InputError('no-services', 'changes');

  const uid = crypto.randomUUID();
  const [update] = await tx
    .insert(updates)
    .values({ uid, incidentId, incidentPhase: input.phase ?? null, publishedAt, createdAt: now })
    .returning({ id: updates.id });
  const updateId = update!.id;
  // The history's page count (publicRevision.updateCount). The row may not exist before the
  // first write; writeTransaction bumps its revision after this.
  await tx
    .insert(publicRevision)
    .values({ id: 1, revision: 0, changedAt: now, updateCount: 1 })
    .onConflictDoUpdate({ target: publicRevision.id, set: { updateCount: sql`${publicRevision.updateCount} + 1` } });
  for (const [locale, body] of bodies) {
    await tx.insert(updateTexts).values({ updateId, locale, body, createdAt: now });
  }
  if (concerned.size > 0) {
    await tx.insert(updateServices).values(
      [...concerned].map(([serviceId, { before, after }]) => ({
        updateId,
        serviceId,
        statusBefore: before,
        statusAfter: after,
      })),
    );
  }

  if (incident) {
    const resolving = input.phase === 'resolved';
    const reopening = incident.resolvedAt !== null && input.phase !== undefined && !resolving;
    await tx
      .update(incidents)
      .set({
        phase: input.phase ?? incident.phase,
        resolvedAt: resolving ? publishedAt : reopening ? null : incident.resolvedAt,
        nextUpdateDueAt: resolving
          ? null
          : input.nextUpdateDueAt === undefined
            ? incident.nextUpdateDueAt
            : input.nextUpdateDueAt,
        version: sql`${incidents.version} + 1`,
        updatedAt: now,
      })
      .where(eq(incidents.id, incident.id));
    if (concerned.size > 0) {
      await tx
        .insert(incidentServices)
        .values([...concerned.keys()].map((serviceId) => ({ incidentId: incident.id, serviceId })))
        .onConflictDoNothing();
    }
    const unaffected = [...new Set(input.unaffected ?? [])].filter((id) => !concerned.has(id));
    if (unaffected.length > 0)
      await tx.delete(incidentServices).where(and(eq(incidentServices.incidentId, incident.id), inArray(incidentServices.serviceId, unaffected)));
  }
  await appendFeedItems(tx, { updateId, correctionId: null, createdAt: publishedAt });
  // Who must be told, in this same transaction (docs/decisions/0040). An update imported with
  // its own date belongs to the historical record and is not announced.
  if (input.publishedAt === undefined)
    await recordOutboxEvent(tx, now, { kind: 'update', incidentId, updateId, serviceIds: [...concerned.keys()] });
  await audit({
    action: 'update.publish',
    targetType: 'update',
    targetId: updateId,
    after: {
      uid,
      incidentId,
      phase: input.phase ?? null,
      publishedAt,
      texts: Object.fromEntries(bodies),
      services: [...concerned].map(([serviceId, change]) => ({ serviceId, ...change })),
      ...(input.unaffected?.length ? { unaffected: input.unaffected } : {}),
      nextUpdateDueAt: input.nextUpdateDueAt,
    },
  });
  return { updateId, uid };
}

export interface CorrectionInput {
  updateId: number;
  texts: Record<string, { body: string; reason: string }>;
  /** Defaults to now; set only when importing. */
  correctedAt?: Date;
}

/** Adds a correction; the original text and any earlier correction stay on record. */
export async function correctUpdate(db: Database, clock: Clock, input: CorrectionInput, actor?: Actor): Promise<number> {
  return writeTransaction(db, clock, async (tx, now, audit) => {
    const defaultLocale = await defaultLocaleOf(tx);
    const entries = requireDefaultLocale(input.texts, defaultLocale);
    const update = await tx.select({ id: updates.id }).from(updates).where(eq(updates.id, input.updateId)).get();
    if (!update) throw new NotFoundError('The update does not exist.');
    const shownBefore = await shownTexts(tx, update.id);
    const rows = entries.map(([locale, value]) => ({
      locale,
      body: text(value.body, LIMITS.updateBody, `texts.${locale}.body`, true),
      reason: text(value.reason, LIMITS.shortText, `texts.${locale}.reason`, locale === defaultLocale),
    }));
    const [correction] = await tx
      .insert(updateCorrections)
      .values({ updateId: update.id, correctedAt: input.correctedAt ?? now })
      .returning({ id: updateCorrections.id });
    await tx.insert(correctionTexts).values(rows.map((row) => ({ correctionId: correction!.id, ...row })));
    await appendFeedItems(tx, { updateId: update.id, correctionId: correction!.id, createdAt: input.correctedAt ?? now });
    await audit({
      action: 'update.correct',
      targetType: 'update',
      targetId: update.id,
      before: shownBefore,
      after: Object.fromEntries(rows.map((row) => [row.locale, { body: row.body, reason: row.reason }])),
    });
    return correction!.id;
  }, actor);
}

/** The text an update shows now, per language: its newest correction's, or the original. */
async function shownTexts(db: Queryable, updateId: number): Promise<Record<string, string>> {
  const latest = await db
    .select({ id: updateCorrections.id })
    .from(updateCorrections)
    .where(eq(updateCorrections.updateId, updateId))
    .orderBy(desc(updateCorrections.correctedAt), desc(updateCorrections.id))
    .get();
  const rows = latest
    ? await db.select({ locale: correctionTexts.locale, body: correctionTexts.body }).from(correctionTexts).where(eq(correctionTexts.correctionId, latest.id)).all()
    : await db.select({ locale: updateTexts.locale, body: updateTexts.body }).from(updateTexts).where(eq(updateTexts.updateId, updateId)).all();
  return Object.fromEntries(rows.map((row) => [row.locale, row.body]));
}
