/** Service groups and services: creation and the reads the public pages need. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable, Transaction } from '../db/database';
import { serviceGroups, serviceGroupTexts, services, serviceTexts, siteSettings } from '../db/schema';
import { LIMITS } from '../domain/limits';
import type { ServiceStatus } from '../domain/status';
import { isServiceStatus } from '../domain/status';
import { InputError } from './errors';
import type { Actor } from './audit';
import { writeTransaction } from './revision';
import { requireDefaultLocale, requireSlug, text } from './validate';

export interface ServiceTextInput {
  name: string;
  description?: string;
  workaround?: string;
  restorationNote?: string;
}

export interface ServiceInput {
  slug: string;
  groupId: number;
  position?: number;
  status?: ServiceStatus;
  expectedRestorationAt?: Date | null;
  texts: Record<string, ServiceTextInput>;
  /** For imports and the example: when each language's text was last edited. */
  textUpdatedAt?: Record<string, Date>;
}

export async function defaultLocaleOf(db: Queryable): Promise<string> {
  const row = await db
    .select({ locale: siteSettings.defaultLocale })
    .from(siteSettings)
    .where(eq(siteSettings.id, 1))
    .get();
  return row?.locale ?? 'sv';
}

async function slugTaken(tx: Transaction, table: typeof services | typeof serviceGroups, slug: string) {
  const row = await tx.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get();
  return row !== undefined;
}

export async function createServiceGroup(
  db: Database,
  clock: Clock,
  input: { slug: string; position?: number; names: Record<string, string> },
  actor?: Actor,
): Promise<number> {
  const slug = requireSlug(input.slug);
  return writeTransaction(db, clock, async (tx, now, audit) => {
    const entries = requireDefaultLocale(input.names, await defaultLocaleOf(tx), 'names');
    if (await slugTaken(tx, serviceGroups, slug)) throw new InputError('slug-taken', 'slug');
    const [group] = await tx
      .insert(serviceGroups)
      .values({ slug, position: input.position ?? 0, createdAt: now, updatedAt: now })
      .returning({ id: serviceGroups.id });
    for (const [locale, name] of entries) {
      await tx.insert(serviceGroupTexts).values({
        groupId: group!.id,
        locale,
        name: text(name, LIMITS.name, `names.${locale}`, true),
        updatedAt: now,
      });
    }
    await audit({ action: 'group.create', targetType: 'group', targetId: group!.id, after: { slug, names: input.names } });
    return group!.id;
  }, actor);
}

export async function createService(db: Database, clock: Clock, input: ServiceInput, actor?: Actor): Promise<number> {
  const slug = requireSlug(input.slug);
  const status = input.status ?? 'operational';
  if (!isServiceStatus(status)) throw new InputError('unknown-choice', 'status');
  return writeTransaction(db, clock, async (tx, now, audit) => {
    const entries = requireDefaultLocale(input.texts, await defaultLocaleOf(tx));
    if (await slugTaken(tx, services, slug)) throw new InputError('slug-taken', 'slug');
    const group = await tx.select({ id: serviceGroups.id }).from(serviceGroups).where(eq(serviceGroups.id, input.groupId)).get();
    if (!group) throw new InputError('unknown-choice', 'groupId');
    const [service] = await tx
      .insert(services)
      .values({
        slug,
        groupId: input.groupId,
        position: input.position ?? 0,
        status,
        statusChangedAt: now,
        expectedRestorationAt: input.expectedRestorationAt ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: services.id });
    for (const [locale, value] of entries) {
      await tx.insert(serviceTexts).values({
        serviceId: service!.id,
        locale,
        name: text(value.name, LIMITS.name, `texts.${locale}.name`, true),
        description: text(value.description, LIMITS.longText, `texts.${locale}.description`),
        workaround: text(value.workaround, LIMITS.longText, `texts.${locale}.workaround`),
        restorationNote: text(value.restorationNote, LIMITS.shortText, `texts.${locale}.restorationNote`),
        updatedAt: input.textUpdatedAt?.[locale] ?? now,
      });
    }
    await audit({
      action: 'service.create',
      targetType: 'service',
      targetId: service!.id,
      after: { slug, groupId: input.groupId, status, texts: input.texts },
    });
    return service!.id;
  }, actor);
}

/** Groups in display order, each with its texts. */
export function listServiceGroups(db: Queryable) {
  return db.query.serviceGroups.findMany({
    with: { texts: true },
    orderBy: [asc(serviceGroups.position), asc(serviceGroups.id)],
  });
}

/** Every service on the overview, in display order, with texts in every language. */
export function listActiveServices(db: Queryable) {
  return db.query.services.findMany({
    where: isNull(services.retiredAt),
    with: { texts: true },
    orderBy: [asc(services.position), asc(services.id)],
  });
}

export type ServiceWithTexts = Awaited<ReturnType<typeof listActiveServices>>[number];

export function findServiceBySlug(db: Queryable, slug: string) {
  return db.query.services.findFirst({
    where: and(eq(services.slug, slug)),
    with: { texts: true, group: { with: { texts: true } } },
  });
}
