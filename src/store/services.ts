/** Services: creation and the reads the public pages need. */
import { and, asc, eq, isNull, max, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable } from '../db/database';
import { serviceGroups, services, serviceTexts, type ServiceRow } from '../db/schema';
import { LIMITS } from '../domain/limits';
import type { ServiceStatus } from '../domain/status';
import { isServiceStatus } from '../domain/status';
import { InputError, NotFoundError } from './errors';
import type { Actor } from './audit';
import { movedOrder, requirePosition, requireVersion, type MoveDirection } from './ordering';
import { writeTransaction } from './revision';
import { defaultLocaleOf } from './site';
import { requireDefaultLocale, requireSlug, slugTaken, text } from './validate';

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

// ─── Editing the catalog (admin console) ───────────────────────────────────────────────────

/** Every service, retired ones included, in display order: the admin list. */
export function listServicesForAdmin(db: Queryable) {
  return db.query.services.findMany({
    with: { texts: true },
    orderBy: [asc(services.position), asc(services.id)],
  });
}

export function findServiceById(db: Queryable, id: number) {
  return db.query.services.findFirst({ where: eq(services.id, id), with: { texts: true } });
}

/** A new service goes last in its group unless the editor says otherwise. */
export async function nextServicePosition(db: Queryable, groupId: number): Promise<number> {
  const row = await db
    .select({ last: max(services.position) })
    .from(services)
    .where(eq(services.groupId, groupId))
    .get();
  return row?.last === null || row?.last === undefined ? 0 : row.last + 1;
}

type ServiceTextRow = typeof serviceTexts.$inferSelect;

function serviceSnapshot(service: ServiceRow & { texts: ServiceTextRow[] }) {
  return {
    slug: service.slug,
    groupId: service.groupId,
    position: service.position,
    expectedRestorationAt: service.expectedRestorationAt?.toISOString() ?? null,
    retiredAt: service.retiredAt?.toISOString() ?? null,
    texts: Object.fromEntries(
      service.texts.map((row) => [
        row.locale,
        { name: row.name, description: row.description, workaround: row.workaround, restorationNote: row.restorationNote },
      ]),
    ),
  };
}

export interface ServiceEditInput {
  groupId: number;
  position: number;
  expectedRestorationAt: Date | null;
  /** Per language: the texts, or null to remove that translation. Languages left out stay as they are. */
  texts: Record<string, ServiceTextInput | null>;
  /** The version the editor loaded. */
  expectedVersion: number;
}

/**
 * Saves an edited service. A language's `updated_at` moves only when that language's text
 * changed, so "the translation is older than the original" stays true until it is updated.
 * Status is not edited here: it changes only through a published update.
 */
export async function updateService(
  db: Database,
  clock: Clock,
  serviceId: number,
  input: ServiceEditInput,
  actor?: Actor,
): Promise<{ changed: boolean }> {
  const position = requirePosition(input.position);
  return writeTransaction(db, clock, async (tx, now, audit) => {
    const current = await findServiceById(tx, serviceId);
    if (!current) throw new NotFoundError('The service does not exist.');
    requireVersion(current, input.expectedVersion, `“${current.slug}”`);
    const defaultLocale = await defaultLocaleOf(tx);
    if (!input.texts[defaultLocale])
      throw new InputError('default-language-required', 'texts', { value: defaultLocale });
    const group = await tx.select({ id: serviceGroups.id }).from(serviceGroups).where(eq(serviceGroups.id, input.groupId)).get();
    if (!group) throw new InputError('unknown-choice', 'groupId');

    let changed = false;
    for (const [locale, value] of Object.entries(input.texts)) {
      const existing = current.texts.find((row) => row.locale === locale);
      if (value === null) {
        if (existing) {
          await tx.delete(serviceTexts).where(and(eq(serviceTexts.serviceId, serviceId), eq(serviceTexts.locale, locale)));
          changed = true;
        }
        continue;
      }
      const cleaned = {
        name: text(value.name, LIMITS.name, `texts.${locale}.name`, true),
        description: text(value.description, LIMITS.longText, `texts.${locale}.description`),
        workaround: text(value.workaround, LIMITS.longText, `texts.${locale}.workaround`),
        restorationNote: text(value.restorationNote, LIMITS.shortText, `texts.${locale}.restorationNote`),
      };
      if (!existing) {
        await tx.insert(serviceTexts).values({ serviceId, locale, ...cleaned, updatedAt: now });
        changed = true;
      } else if (
        existing.name !== cleaned.name ||
        existing.description !== cleaned.description ||
        existing.workaround !== cleaned.workaround ||
        existing.restorationNote !== cleaned.restorationNote
      ) {
        await tx
          .update(serviceTexts)
          .set({ ...cleaned, updatedAt: now })
          .where(and(eq(serviceTexts.serviceId, serviceId), eq(serviceTexts.locale, locale)));
        changed = true;
      }
    }
    const expected = input.expectedRestorationAt?.getTime() ?? null;
    if (
      changed ||
      current.groupId !== input.groupId ||
      current.position !== position ||
      (current.expectedRestorationAt?.getTime() ?? null) !== expected
    ) {
      await tx
        .update(services)
        .set({
          groupId: input.groupId,
          position,
          expectedRestorationAt: input.expectedRestorationAt,
          version: sql`${services.version} + 1`,
          updatedAt: now,
        })
        .where(eq(services.id, serviceId));
      const after = await findServiceById(tx, serviceId);
      await audit({ action: 'service.update', targetType: 'service', targetId: serviceId, before: serviceSnapshot(current), after: serviceSnapshot(after!) });
      return { changed: true };
    }
    return { changed: false };
  }, actor);
}

/**
 * Takes a service off the overview (or puts it back). Its page, feed and history stay: they
 * are public records.
 */
export async function retireService(
  db: Database,
  clock: Clock,
  serviceId: number,
  input: { retired: boolean; expectedVersion: number },
  actor?: Actor,
): Promise<void> {
  await writeTransaction(db, clock, async (tx, now, audit) => {
    const current = await findServiceById(tx, serviceId);
    if (!current) throw new NotFoundError('The service does not exist.');
    requireVersion(current, input.expectedVersion, `“${current.slug}”`);
    if ((current.retiredAt !== null) === input.retired) return;
    const retiredAt = input.retired ? now : null;
    await tx
      .update(services)
      .set({ retiredAt, version: sql`${services.version} + 1`, updatedAt: now })
      .where(eq(services.id, serviceId));
    await audit({
      action: input.retired ? 'service.retire' : 'service.unretire',
      targetType: 'service',
      targetId: serviceId,
      before: { retiredAt: current.retiredAt?.toISOString() ?? null },
      after: { retiredAt: retiredAt?.toISOString() ?? null },
    });
  }, actor);
}

/**
 * Moves a service one step within its group. The group is renumbered 0, 1, 2 …; every
 * service whose position changes gets a new version, so an open edit form of a neighbour
 * cannot silently put the old position back.
 */
export async function moveService(
  db: Database,
  clock: Clock,
  serviceId: number,
  input: { direction: MoveDirection; expectedVersion: number },
  actor?: Actor,
): Promise<{ moved: boolean }> {
  return writeTransaction(db, clock, async (tx, now, audit) => {
    const current = await tx.select().from(services).where(eq(services.id, serviceId)).get();
    if (!current) throw new NotFoundError('The service does not exist.');
    requireVersion(current, input.expectedVersion, `“${current.slug}”`);
    const siblings = await tx
      .select({ id: services.id, position: services.position })
      .from(services)
      .where(and(eq(services.groupId, current.groupId), isNull(services.retiredAt)))
      .orderBy(asc(services.position), asc(services.id))
      .all();
    const order = movedOrder(
      siblings.map((row) => row.id),
      serviceId,
      input.direction,
    );
    if (!order) return { moved: false };
    for (const [position, id] of order.entries()) {
      if (siblings.find((row) => row.id === id)!.position === position) continue;
      await tx
        .update(services)
        .set({ position, version: sql`${services.version} + 1`, updatedAt: now })
        .where(eq(services.id, id));
    }
    await audit({
      action: 'service.move',
      targetType: 'service',
      targetId: serviceId,
      before: { groupId: current.groupId, order: siblings.map((row) => row.id) },
      after: { groupId: current.groupId, order, direction: input.direction },
    });
    return { moved: true };
  }, actor);
}
