/**
 * Incident templates (issue 12): what a new incident starts from — its notice in every
 * language, its first update's text, and the services it affects with their statuses. Admins
 * create, edit and delete them (each one audited write); editors only read them, to prefill the
 * new-incident form, which publishes through openIncident as ever. A template publishes
 * nothing by itself.
 */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable, Transaction } from '../db/database';
import { incidentTemplates, incidentTemplateServices, incidentTemplateTexts, services } from '../db/schema';
import { INCIDENT_IMPACTS, NOTICE_QUESTIONS, type IncidentImpact, type IncidentPhase, type NoticeQuestion } from '../domain/incident';
import { LIMITS } from '../domain/limits';
import { isServiceStatus, type ServiceStatus } from '../domain/status';
import type { Actor } from './audit';
import { InputError, NotFoundError } from './errors';
import { requireVersion } from './ordering';
import { writeTransaction } from './revision';
import { defaultLocaleOf } from './site';
import { requireDefaultLocale, text } from './validate';

/** A template's words in one language. Questions left out are empty. */
export type TemplateTextInput = { name: string; title: string; update?: string } & Partial<Record<NoticeQuestion, string>>;

export interface TemplateInput {
  impact: IncidentImpact;
  /** The phase the incident opens in; never "resolved". */
  phase: IncidentPhase;
  texts: Record<string, TemplateTextInput>;
  services: { serviceId: number; status: ServiceStatus }[];
}

export type TemplateTextRow = typeof incidentTemplateTexts.$inferSelect;

export interface IncidentTemplate {
  id: number;
  impact: IncidentImpact;
  phase: IncidentPhase;
  version: number;
  updatedAt: Date;
  texts: TemplateTextRow[];
  services: { serviceId: number; status: ServiceStatus }[];
}

async function withDetails(db: Queryable, rows: (typeof incidentTemplates.$inferSelect)[]): Promise<IncidentTemplate[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [texts, links] = await Promise.all([
    db.select().from(incidentTemplateTexts).where(inArray(incidentTemplateTexts.templateId, ids)).all(),
    db.select().from(incidentTemplateServices).where(inArray(incidentTemplateServices.templateId, ids)).orderBy(asc(incidentTemplateServices.serviceId)).all(),
  ]);
  return rows.map((row) => ({
    id: row.id,
    impact: row.impact,
    phase: row.phase,
    version: row.version,
    updatedAt: row.updatedAt,
    texts: texts.filter((entry) => entry.templateId === row.id),
    services: links.filter((link) => link.templateId === row.id).map(({ serviceId, status }) => ({ serviceId, status })),
  }));
}

/** Every template, oldest first (the order they were made in; the console sorts by name). */
export async function listIncidentTemplates(db: Queryable): Promise<IncidentTemplate[]> {
  return withDetails(db, await db.select().from(incidentTemplates).orderBy(asc(incidentTemplates.id)).all());
}

export async function findIncidentTemplate(db: Queryable, id: number): Promise<IncidentTemplate | undefined> {
  const row = await db.select().from(incidentTemplates).where(eq(incidentTemplates.id, id)).get();
  return row ? (await withDetails(db, [row]))[0] : undefined;
}

function snapshot(template: Pick<IncidentTemplate, 'impact' | 'phase' | 'texts' | 'services'>) {
  return {
    impact: template.impact,
    phase: template.phase,
    texts: Object.fromEntries(template.texts.map(({ templateId: _id, locale, updatedAt: _at, ...rest }) => [locale, rest])),
    services: template.services,
  };
}

/** The checks that need no form: the last line of defence for the seed, the CLI and restores. */
async function checkedInput(tx: Transaction, input: TemplateInput) {
  if (!(INCIDENT_IMPACTS as readonly string[]).includes(input.impact)) throw new InputError('unknown-choice', 'impact');
  if (!['investigating', 'identified', 'monitoring'].includes(input.phase)) throw new InputError('unknown-choice', 'phase');
  const entries = requireDefaultLocale(input.texts, await defaultLocaleOf(tx));
  const texts = entries.map(([locale, given]) => {
    const field = (name: string) => `texts.${locale}.${name}`;
    return {
      locale,
      name: text(given.name, LIMITS.name, field('name'), true),
      title: text(given.title, LIMITS.name, field('title'), true),
      ...(Object.fromEntries(NOTICE_QUESTIONS.map((question) => [question, text(given[question], LIMITS.longText, field(question))])) as Record<NoticeQuestion, string>),
      updateBody: text(given.update, LIMITS.updateBody, field('update')),
    };
  });
  const ids = input.services.map((entry) => entry.serviceId);
  if (new Set(ids).size !== ids.length || input.services.some((entry) => !isServiceStatus(entry.status))) throw new InputError('unknown-choice', 'services');
  if (ids.length > 0) {
    const found = await tx.select({ id: services.id }).from(services).where(inArray(services.id, ids)).all();
    if (found.length !== ids.length) throw new InputError('unknown-choice', 'services');
  }
  return { texts, services: input.services };
}

async function writeDetails(tx: Transaction, templateId: number, now: Date, checked: Awaited<ReturnType<typeof checkedInput>>) {
  await tx.delete(incidentTemplateTexts).where(eq(incidentTemplateTexts.templateId, templateId));
  await tx.delete(incidentTemplateServices).where(eq(incidentTemplateServices.templateId, templateId));
  for (const row of checked.texts) await tx.insert(incidentTemplateTexts).values({ ...row, templateId, updatedAt: now });
  for (const entry of checked.services) await tx.insert(incidentTemplateServices).values({ templateId, serviceId: entry.serviceId, status: entry.status });
}

export async function createIncidentTemplate(db: Database, clock: Clock, input: TemplateInput, actor?: Actor): Promise<number> {
  return writeTransaction(
    db,
    clock,
    async (tx, now, audit) => {
      const checked = await checkedInput(tx, input);
      const [row] = await tx.insert(incidentTemplates).values({ impact: input.impact, phase: input.phase, createdAt: now, updatedAt: now }).returning({ id: incidentTemplates.id });
      await writeDetails(tx, row!.id, now, checked);
      const after = (await findIncidentTemplate(tx, row!.id))!;
      await audit({ action: 'template.create', targetType: 'template', targetId: row!.id, after: snapshot(after) });
      return row!.id;
    },
    actor,
  );
}

/** Replaces a template's contents as a whole (the edit form shows all of it); guarded by its version. */
export async function updateIncidentTemplate(
  db: Database,
  clock: Clock,
  templateId: number,
  input: TemplateInput & { expectedVersion: number },
  actor?: Actor,
): Promise<void> {
  await writeTransaction(
    db,
    clock,
    async (tx, now, audit) => {
      const current = await findIncidentTemplate(tx, templateId);
      if (!current) throw new NotFoundError('The template does not exist.');
      requireVersion(current, input.expectedVersion, 'the template');
      const checked = await checkedInput(tx, input);
      await tx
        .update(incidentTemplates)
        .set({ impact: input.impact, phase: input.phase, version: sql`${incidentTemplates.version} + 1`, updatedAt: now })
        .where(eq(incidentTemplates.id, templateId));
      await writeDetails(tx, templateId, now, checked);
      const after = (await findIncidentTemplate(tx, templateId))!;
      await audit({ action: 'template.update', targetType: 'template', targetId: templateId, before: snapshot(current), after: snapshot(after) });
    },
    actor,
  );
}

export async function deleteIncidentTemplate(db: Database, clock: Clock, templateId: number, input: { expectedVersion: number }, actor?: Actor): Promise<void> {
  await writeTransaction(
    db,
    clock,
    async (tx, _now, audit) => {
      const current = await findIncidentTemplate(tx, templateId);
      if (!current) throw new NotFoundError('The template does not exist.');
      requireVersion(current, input.expectedVersion, 'the template');
      // Its texts and services go with it (ON DELETE CASCADE).
      await tx.delete(incidentTemplates).where(eq(incidentTemplates.id, templateId));
      await audit({ action: 'template.delete', targetType: 'template', targetId: templateId, before: snapshot(current) });
    },
    actor,
  );
}
