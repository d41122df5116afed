/** Incidents: the notice, its affected services, and the reads for the public pages. */
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable } from '../db/database';
import { incidents, incidentServices, incidentTexts, services } from '../db/schema';
import {
  isIncidentImpact,
  isIncidentPhase,
  type IncidentImpact,
  type IncidentPhase,
} from '../domain/incident';
import { LIMITS } from '../domain/limits';
import { ConflictError, InputError, NotFoundError } from './errors';
import type { Actor } from './audit';
import { writeTransaction } from './revision';
import { defaultLocaleOf } from './site';
import { requireDefaultLocale, requireSlug, text } from './validate';

export interface IncidentTextInput {
  title: string;
  whatHappened?: string;
  affectsMe?: string;
  whatWeAreDoing?: string;
  whatYouShouldDo?: string;
  whoToContact?: string;
}

export interface IncidentInput {
  slug: string;
  impact: IncidentImpact;
  phase?: IncidentPhase;
  startedAt?: Date;
  nextUpdateDueAt?: Date | null;
  texts: Record<string, IncidentTextInput>;
  serviceIds?: number[];
}

export function incidentTextRow(locale: string, value: IncidentTextInput, now: Date) {
  const field = (name: keyof IncidentTextInput) => `texts.${locale}.${name}`;
  return {
    locale,
    title: text(value.title, LIMITS.name, field('title'), true),
    whatHappened: text(value.whatHappened, LIMITS.longText, field('whatHappened')),
    affectsMe: text(value.affectsMe, LIMITS.longText, field('affectsMe')),
    whatWeAreDoing: text(value.whatWeAreDoing, LIMITS.longText, field('whatWeAreDoing')),
    whatYouShouldDo: text(value.whatYouShouldDo, LIMITS.longText, field('whatYouShouldDo')),
    whoToContact: text(value.whoToContact, LIMITS.longText, field('whoToContact')),
    updatedAt: now,
  };
}

export async function createIncident(db: Database, clock: Clock, input: IncidentInput, actor?: Actor): Promise<number> {
  const slug = requireSlug(input.slug);
  if (!isIncidentImpact(input.impact)) throw new InputError('unknown-choice', 'impact');
  const phase = input.phase ?? 'investigating';
  if (!isIncidentPhase(phase) || phase === 'resolved')
    throw new InputError('unknown-choice', 'phase');
  return writeTransaction(db, clock, async (tx, now, audit) => {
    const entries = requireDefaultLocale(input.texts, await defaultLocaleOf(tx));
    const taken = await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.slug, slug)).get();
    if (taken) throw new InputError('slug-taken', 'slug');
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
  }, actor);
}

const incidentDetails = {
  texts: true,
  services: { with: { service: { with: { texts: true } } } },
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

/** Incidents that affected a service, newest first. */
export async function listIncidentsForService(db: Queryable, serviceId: number) {
  const links = await db
    .select({ incidentId: incidentServices.incidentId })
    .from(incidentServices)
    .where(eq(incidentServices.serviceId, serviceId))
    .all();
  if (links.length === 0) return [];
  return db.query.incidents.findMany({
    where: inArray(
      incidents.id,
      links.map((link) => link.incidentId),
    ),
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

const NOTICE_FIELDS = ['title', 'whatHappened', 'affectsMe', 'whatWeAreDoing', 'whatYouShouldDo', 'whoToContact'] as const;

function noticeFieldsOf(row: NoticeFields): NoticeFields {
  return Object.fromEntries(NOTICE_FIELDS.map((field) => [field, row[field]])) as unknown as NoticeFields;
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
  await writeTransaction(db, clock, async (tx, now, audit) => {
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
      if (old && NOTICE_FIELDS.every((field) => old[field] === row[field])) continue;
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
  }, actor);
}
