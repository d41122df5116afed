/** Incidents: the notice, its affected services, and the reads for the public pages. */
import { asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
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
import { InputError } from './errors';
import type { Actor } from './audit';
import { writeTransaction } from './revision';
import { defaultLocaleOf } from './services';
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
