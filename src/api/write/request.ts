/**
 * Reading a write request: its body against the endpoint's schema (422 naming the field), its
 * `If-Match` version, its texts against the site's languages, and the services and incidents
 * it names by slug (404 naming the field when there is no such one).
 */
import type { z } from '@hono/zod-openapi';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Queryable } from '../../db/database';
import { incidents, incidentServices, maintenances, services } from '../../db/schema';
import type { ServiceStatus } from '../../domain/status';
import type { IncidentTextInput } from '../../store/incidents';
import type { StatusChangeInput } from '../../store/publishing';
import { loadSite, DEFAULT_SITE, type Site } from '../../store/site';
import { ApiWriteError, invalidField, notFound, readJsonBody } from './errors';

/** The JSON body, checked against `schema`: the first problem is answered 422 with its field. */
export async function readRequest<Schema extends z.ZodType>(c: Context, schema: Schema): Promise<{ raw: unknown; value: z.output<Schema> }> {
  const raw = await readJsonBody(c);
  return { raw, value: parseBody(schema, raw) };
}

/**
 * A parsed body checked against `schema`, or a 422 that names the first wrong field
 * (`alerts.0.labels`): one mapping for the native writes, the hooks and the manage shape.
 */
export function parseBody<Schema extends z.ZodType>(schema: Schema, raw: unknown): z.output<Schema> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalidField('body', 'The body must be a JSON object.');
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const field = [...path, issue.keys[0]].join('.');
    throw invalidField(field, `Unknown field "${field}".`);
  }
  const field = path.join('.') || 'body';
  throw invalidField(field, path.length === 0 ? 'The body must be a JSON object.' : `${field}: ${issue.message}`);
}

/**
 * The version in `If-Match` (`"3"`, `W/"3"` or a bare 3), undefined without one (or `*`):
 * then the change is made whatever the version is, as a script that never read one means.
 */
export function ifMatchVersion(c: Context): number | undefined {
  const header = c.req.header('If-Match');
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw new ApiWriteError(400, 'invalid', 'If-Match must be the version, as "3".', 'If-Match');
  return Number(match[1]);
}

export async function siteOf(db: Queryable): Promise<Site> {
  return (await loadSite(db)) ?? DEFAULT_SITE;
}

/**
 * Texts per language must be in languages the site offers, and include its default language:
 * the console offers a field for exactly those.
 */
export function checkLanguages(texts: Record<string, unknown>, site: Site, field: string): void {
  for (const locale of Object.keys(texts)) {
    if (!site.offeredLocales.includes(locale))
      throw invalidField(`${field}.${locale}`, `The site does not offer the language "${locale}" (it offers ${site.offeredLocales.join(', ')}).`);
  }
  if (texts[site.defaultLocale] === undefined || texts[site.defaultLocale] === '')
    throw invalidField(`${field}.${site.defaultLocale}`, `A text in the default language (${site.defaultLocale}) is required.`);
}

/** A service that is not retired, by slug; 404 otherwise. */
export async function activeServiceBySlug(db: Queryable, slug: string, field?: string) {
  const row = await db.select().from(services).where(and(eq(services.slug, slug), isNull(services.retiredAt))).get();
  if (!row) throw notFound(`There is no service "${slug}".`, field);
  return row;
}

/** Ids of services named by slug; 404 naming the first unknown one (`fieldOf` words its field). */
export async function serviceIdsOf(
  db: Queryable,
  slugs: readonly string[],
  fieldOf: (slug: string, index: number) => string,
): Promise<Map<string, number>> {
  const unique = [...new Set(slugs)];
  const rows =
    unique.length === 0
      ? []
      : await db
          .select({ id: services.id, slug: services.slug })
          .from(services)
          .where(and(inArray(services.slug, unique), isNull(services.retiredAt)))
          .all();
  const found = new Map(rows.map((row) => [row.slug, row.id]));
  for (const [index, slug] of slugs.entries()) {
    if (!found.has(slug)) throw notFound(`There is no service "${slug}".`, fieldOf(slug, index));
  }
  return found;
}

/** An incident (not a maintenance) by slug; 404 otherwise. */
export async function incidentBySlug(db: Queryable, slug: string) {
  const row = await db
    .select({ incident: incidents, maintenance: maintenances.incidentId })
    .from(incidents)
    .leftJoin(maintenances, eq(maintenances.incidentId, incidents.id))
    .where(eq(incidents.slug, slug))
    .get();
  if (!row || row.maintenance !== null) throw notFound(`There is no incident "${slug}".`);
  return row.incident;
}

/** A planned maintenance by its slug; 404 otherwise. */
export async function maintenanceBySlug(db: Queryable, slug: string) {
  const row = await db
    .select({ incident: incidents, maintenance: maintenances })
    .from(maintenances)
    .innerJoin(incidents, eq(incidents.id, maintenances.incidentId))
    .where(eq(incidents.slug, slug))
    .get();
  if (!row) throw notFound(`There is no maintenance "${slug}".`);
  return row;
}

/** Whether an open incident concerns a service (a status change can be published as its update). */
export async function openIncidentConcerning(db: Queryable, incidentSlug: string, serviceId: number): Promise<number | null> {
  const row = await db
    .select({ id: incidents.id })
    .from(incidents)
    .innerJoin(incidentServices, eq(incidentServices.incidentId, incidents.id))
    .where(and(eq(incidents.slug, incidentSlug), isNull(incidents.resolvedAt), eq(incidentServices.serviceId, serviceId)))
    .get();
  return row?.id ?? null;
}

/** A moment sent as RFC 3339 text. */
export const instantOf = (value: string) => new Date(value);

/** A notice as the API sends it (snake_case questions) as the store takes it. */
export function noticeTextsOf(
  notice: Record<string, { title: string; what_happened?: string; affects_me?: string; what_we_are_doing?: string; what_you_should_do?: string; who_to_contact?: string }>,
): Record<string, IncidentTextInput> {
  return Object.fromEntries(
    Object.entries(notice).map(([locale, text]) => [
      locale,
      {
        title: text.title,
        whatHappened: text.what_happened ?? '',
        affectsMe: text.affects_me ?? '',
        whatWeAreDoing: text.what_we_are_doing ?? '',
        whatYouShouldDo: text.what_you_should_do ?? '',
        whoToContact: text.who_to_contact ?? '',
      },
    ]),
  );
}

/** Every language of a notice must be offered, the default one with a title. */
export function checkNotice(notice: Record<string, { title: string }>, site: Site, field: string): void {
  checkLanguages(notice, site, field);
  for (const [locale, text] of Object.entries(notice)) {
    if (text.title === '') throw invalidField(`${field}.${locale}.title`, 'A title is required.');
  }
}

/** Status changes by service slug as the store takes them (`changes.<slug>` names a refusal). */
export async function statusChangesOf(
  db: Queryable,
  changes: Record<string, ServiceStatus> | undefined,
  field = 'changes',
): Promise<StatusChangeInput[]> {
  const entries = Object.entries(changes ?? {});
  const ids = await serviceIdsOf(db, entries.map(([slug]) => slug), (slug) => `${field}.${slug}`);
  return entries.map(([slug, to]) => ({ serviceId: ids.get(slug)!, to }));
}
