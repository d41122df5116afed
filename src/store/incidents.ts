/** Incidents: the notice, its affected services, and the reads for the public pages. */
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, like, or, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable, Transaction } from '../db/database';
import { incidents, incidentServices, incidentTexts, services } from '../db/schema';
import {
  isIncidentImpact,
  isIncidentPhase,
  NOTICE_QUESTIONS,
  NOTICE_TEXT_FIELDS,
  type IncidentImpact,
  type IncidentPhase,
  type NoticeQuestion,
} from '../domain/incident';
import { slugCandidate, slugFromTitle } from '../domain/incident-slug';
import { LIMITS } from '../domain/limits';
import { ConflictError, InputError, NotFoundError } from './errors';
import type { Actor } from './audit';
import { writeTransaction, type Audit } from './revision';
import { defaultLocaleOf } from './site';
import { requireDefaultLocale, requireSlug, text } from './validate';

/** A notice in one language: the title, and the answer to any of the notice questions. */
export interface IncidentTextInput extends Partial<Record<NoticeQuestion, string>> {
  title: string;
}

export interface IncidentInput {
  /** Empty or left out: made from the default language's title, unique (-2, -3 …). */
  slug?: string;
  impact: IncidentImpact;
  phase?: IncidentPhase;
  startedAt?: Date;
  nextUpdateDueAt?: Date | null;
  texts: Record<string, IncidentTextInput>;
  serviceIds?: number[];
}

export function incidentTextRow(locale: string, value: IncidentTextInput, now: Date) {
  const field = (name: keyof IncidentTextInput) => `texts.${locale}.${name}`;
  const answers = Object.fromEntries(
    NOTICE_QUESTIONS.map((question) => [question, text(value[question], LIMITS.longText, field(question))]),
  ) as Record<NoticeQuestion, string>;
  return { locale, title: text(value.title, LIMITS.name, field('title'), true), ...answers, updatedAt: now };
}

export async function createIncident(db: Database, clock: Clock, input: IncidentInput, actor?: Actor): Promise<number> {
  return writeTransaction(db, clock, (tx, now, audit) => insertIncident(tx, now, audit, input), actor);
}

/**
 * Creates an incident inside the caller's write transaction, so that opening one can commit
 * together with its first update (see openIncident in ./publishing.ts).
 */
export async function insertIncident(tx: Transaction, now: Date, audit: Audit, input: IncidentInput): Promise<number> {
  const given = input.slug?.trim() ?? '';
  const explicit = given === '' ? null : requireSlug(given);
  if (!isIncidentImpact(input.impact)) throw new InputError('unknown-choice', 'impact');
  const phase = input.phase ?? 'investigating';
  if (!isIncidentPhase(phase) || phase === 'resolved')
    throw new InputError('unknown-choice', 'phase');
  const defaultLocale = await defaultLocaleOf(tx);
  const entries = requireDefaultLocale(input.texts, defaultLocale);
  let slug: string;
  if (explicit !== null) {
    // An address the editor chose is theirs to change, not ours to number.
    const taken = await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.slug, explicit)).get();
    if (taken) throw new InputError('slug-taken', 'slug');
    slug = explicit;
  } else {
    slug = await freeSlugFor(tx, input.texts[defaultLocale]?.title ?? '');
  }
  const [incident] = await tx
    .insert(incidents)
    .values({
      slug,
      phase,
      impact: input.impact,
      startedAt: input.startedAt ?? now,
      nextUpdateDueAt: input.nextUpdateDueAt ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: incidents.id });
  const incidentId = incident!.id;
  for (const [locale, value] of entries) {
    await tx.insert(incidentTexts).values({ incidentId, ...incidentTextRow(locale, value, now) });
  }
  const serviceIds = [...new Set(input.serviceIds ?? [])];
  if (serviceIds.length > 0) {
    const found = await tx.select({ id: services.id }).from(services).where(inArray(services.id, serviceIds)).all();
    if (found.length !== serviceIds.length) throw new InputError('unknown-choice', 'serviceIds');
    await tx.insert(incidentServices).values(serviceIds.map((serviceId) => ({ incidentId, serviceId })));
  }
  await audit({
    action: 'incident.create',
    targetType: 'incident',
    targetId: incidentId,
    after: { slug, impact: input.impact, phase, nextUpdateDueAt: input.nextUpdateDueAt ?? null, texts: input.texts, serviceIds },
  });
  return incidentId;
}

/**
 * The first free address made from a title: the base, then base-2, base-3 …, read in one query.
 * Opening reads it inside its write transaction, so two openings cannot both take the same
 * one; a preview reads it outside one (what it shows may be taken by the time it is published,
 * and publishing then numbers it on).
 */
export async function freeSlugFor(tx: Queryable, title: string): Promise<string> {
  const base = slugFromTitle(title);
  const rows = await tx
    .select({ slug: incidents.slug })
    .from(incidents)
    .where(or(eq(incidents.slug, base), like(incidents.slug, `${base}-%`)))
    .all();
  const taken = new Set(rows.map((row) => row.slug));
  for (let attempt = 1; ; attempt += 1) {
    const candidate = slugCandidate(base, attempt);
    if (!taken.has(candidate)) return candidate;
  }
}

const incidentDetails = {
  texts: true,
  services: { with: { service: { with: { texts: true } } } },
  // Set when the incident is a planned maintenance (./maintenance.ts).
  maintenance: true,
} as const;

/** Unresolved incidents: the most severe first, then the most recently started. */
export function listActiveIncidents(db: Queryable) {
  return db.query.incidents.findMany({
    where: isNull(incidents.resolvedAt),
    with: incidentDetails,
    orderBy: [
      sql`case ${incidents.impact} when 'critical' then 0 when 'major' then 1 when 'minor' then 2 else 3 end`,
      desc(incidents.startedAt),
      desc(incidents.id),
    ],
  });
}

/** The most recently started incidents, resolved or not. */
export function listIncidents(db: Queryable, limit: number) {
  return db.query.incidents.findMany({
    with: { texts: true },
    orderBy: [desc(incidents.startedAt), desc(incidents.id)],
    limit,
  });
}

export type IncidentWithDetails = Awaited<ReturnType<typeof listActiveIncidents>>[number];

export function findIncidentBySlug(db: Queryable, slug: string) {
  return db.query.incidents.findFirst({ where: eq(incidents.slug, slug), with: incidentDetails });
}

/**
 * The newest `limit` incidents that affected a service, most recently started first, in one
 * statement. "Newest" is chosen by when the incident was opened (its id, read backwards from
 * the (service_id, incident_id) index: `limit` index steps however many incidents the service
 * has had), then shown by start time, which an editor may set earlier than the opening.
 */
export function listIncidentsForService(db: Queryable, serviceId: number, limit: number) {
  const newest = db
    .select({ id: incidentServices.incidentId })
    .from(incidentServices)
    .where(eq(incidentServices.serviceId, serviceId))
    .orderBy(desc(incidentServices.incidentId))
    .limit(limit);
  return db.query.incidents.findMany({
    where: inArray(incidents.id, newest),
    with: { texts: true },
    orderBy: [desc(incidents.startedAt), asc(incidents.id)],
  });
}

/** The promised next-update times of unresolved incidents: moments the public pages change. */
export async function listPendingDeadlines(db: Queryable): Promise<Date[]> {
  const rows = await db
    .select({ due: incidents.nextUpdateDueAt })
    .from(incidents)
    .where(isNull(incidents.resolvedAt))
    .all();
  return rows.flatMap((row) => (row.due ? [row.due] : []));
}

export function findIncidentById(db: Queryable, id: number) {
  return db.query.incidents.findFirst({ where: eq(incidents.id, id), with: incidentDetails });
}

/** Resolved incidents, the most recently resolved first, one page at a time. */
export function listResolvedIncidents(db: Queryable, options: { limit: number; offset: number }) {
  return db.query.incidents.findMany({
    where: isNotNull(incidents.resolvedAt),
    with: { texts: true },
    orderBy: [desc(incidents.resolvedAt), desc(incidents.id)],
    limit: options.limit,
    offset: options.offset,
  });
}

export async function countResolvedIncidents(db: Queryable): Promise<number> {
  const row = await db.select({ total: count() }).from(incidents).where(isNotNull(incidents.resolvedAt)).get();
  return row?.total ?? 0;
}

export interface IncidentNoticeInput {
  incidentId: number;
  /** The incident version the editor loaded; a mismatch means someone else saved first. */
  expectedVersion: number;
  impact: IncidentImpact;
  /** Every language the notice should have; a language left out is removed (never the default). */
  texts: Record<string, IncidentTextInput>;
  serviceIds: number[];
  nextUpdateDueAt: Date | null;
}

type NoticeFields = Omit<ReturnType<typeof incidentTextRow>, 'locale' | 'updatedAt'>;

function noticeFieldsOf(row: NoticeFields): NoticeFields {
  return Object.fromEntries(NOTICE_TEXT_FIELDS.map((field) => [field, row[field]])) as unknown as NoticeFields;
}

/**
 * Edits the notice: texts, impact, affected services and the promised next update. A
 * language's `updated_at` moves only when its text actually changed, so the public page can
 * say which translations are older than the original.
 */
export async function updateIncidentNotice(
  db: Database,
  clock: Clock,
  input: IncidentNoticeInput,
  actor?: Actor,
): Promise<void> {
  if (!isIncidentImpact(input.impact)) throw new InputError('unknown-choice', 'impact');
  await writeTransaction(db, clock, (tx, now, audit) => applyIncidentNotice(tx, now, audit, input), actor);
}

/** Edits the notice inside the caller's write transaction (also editMaintenance, ./maintenance.ts). */
export async function applyIncidentNotice(tx: Transaction, now: Date, audit: Audit, input: IncidentNoticeInput): Promise<void> {
  if (!isIncidentImpact(input.impact)) throw new InputError('unknown-choice', 'impact');
  const entries = requireDefaultLocale(input.texts, await defaultLocaleOf(tx));
  const incident = await tx.query.incidents.findFirst({
    where: eq(incidents.id, input.incidentId),
    with: { texts: true, services: { columns: { serviceId: true } } },
  });
  if (!incident) throw new NotFoundError('The incident does not exist.');
  if (incident.version !== input.expectedVersion)
    throw new ConflictError('Someone else edited this incident after you opened it.', incident.version);

  const rows = entries.map(([locale, value]) => incidentTextRow(locale, value, now));
  const stored = new Map(incident.texts.map((row) => [row.locale, row]));
  const changedLocales: string[] = [];
  for (const row of rows) {
    const old = stored.get(row.locale);
    if (old && NOTICE_TEXT_FIELDS.every((field) => old[field] === row[field])) continue;
    changedLocales.push(row.locale);
    await tx
      .insert(incidentTexts)
      .values({ incidentId: incident.id, ...row })
      .onConflictDoUpdate({ target: [incidentTexts.incidentId, incidentTexts.locale], set: { ...noticeFieldsOf(row), updatedAt: now } });
  }
  const removedLocales = incident.texts.map((row) => row.locale).filter((locale) => !rows.some((row) => row.locale === locale));
  for (const locale of removedLocales) {
    await tx.delete(incidentTexts).where(and(eq(incidentTexts.incidentId, incident.id), eq(incidentTexts.locale, locale)));
  }

  const serviceIds = [...new Set(input.serviceIds)].sort((a, b) => a - b);
  if (serviceIds.length > 0) {
    const found = await tx.select({ id: services.id }).from(services).where(inArray(services.id, serviceIds)).all();
    if (found.length !== serviceIds.length) throw new InputError('unknown-choice', 'serviceIds');
  }
  const serviceIdsBefore = incident.services.map((link) => link.serviceId).sort((a, b) => a - b);
  await tx.delete(incidentServices).where(eq(incidentServices.incidentId, incident.id));
  if (serviceIds.length > 0) {
    await tx.insert(incidentServices).values(serviceIds.map((serviceId) => ({ incidentId: incident.id, serviceId })));
  }

  await tx
    .update(incidents)
    .set({
      impact: input.impact,
      nextUpdateDueAt: input.nextUpdateDueAt,
      version: sql`${incidents.version} + 1`,
      updatedAt: now,
    })
    .where(eq(incidents.id, incident.id));

  await audit({
    action: 'incident.update-notice',
    targetType: 'incident',
    targetId: incident.id,
    before: {
      version: incident.version,
      impact: incident.impact,
      nextUpdateDueAt: incident.nextUpdateDueAt,
      texts: Object.fromEntries(incident.texts.map((row) => [row.locale, noticeFieldsOf(row)])),
      serviceIds: serviceIdsBefore,
    },
    after: {
      version: incident.version + 1,
      impact: input.impact,
      nextUpdateDueAt: input.nextUpdateDueAt,
      texts: Object.fromEntries(rows.map((row) => [row.locale, noticeFieldsOf(row)])),
      serviceIds,
      changedLocales,
      removedLocales,
    },
  });
}
