/** Service groups: creation, the list the pages show, and editing them in the admin console. */
import { and, asc, count, eq, max, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable } from '../db/database';
import { serviceGroups, serviceGroupTexts, services } from '../db/schema';
import { LIMITS } from '../domain/limits';
import { InputError, NotFoundError, RefusedError } from './errors';
import type { Actor } from './audit';
import { movedOrder, requireVersion, type MoveDirection } from './ordering';
import { writeTransaction } from './revision';
import { defaultLocaleOf } from './site';
import { requireDefaultLocale, requireSlug, slugTaken, text } from './validate';

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

/** Groups in display order, each with its texts. */
export function listServiceGroups(db: Queryable) {
  return db.query.serviceGroups.findMany({
    with: { texts: true },
    orderBy: [asc(serviceGroups.position), asc(serviceGroups.id)],
  });
}

// ─── Editing the catalog (admin console) ───────────────────────────────────────────────────

export function findServiceGroupById(db: Queryable, id: number) {
  return db.query.serviceGroups.findFirst({ where: eq(serviceGroups.id, id), with: { texts: true } });
}

export async function nextGroupPosition(db: Queryable): Promise<number> {
  const row = await db.select({ last: max(serviceGroups.position) }).from(serviceGroups).get();
  return row?.last === null || row?.last === undefined ? 0 : row.last + 1;
}

type GroupTextRow = typeof serviceGroupTexts.$inferSelect;

function groupSnapshot(group: { slug: string; position: number; texts: GroupTextRow[] }) {
  return {
    slug: group.slug,
    position: group.position,
    names: Object.fromEntries(group.texts.map((row) => [row.locale, row.name])),
  };
}

/** Renames a group; as with services, only a changed language gets a new `updated_at`. */
export async function updateServiceGroup(
  db: Database,
  clock: Clock,
  groupId: number,
  input: { names: Record<string, string | null>; expectedVersion: number },
  actor?: Actor,
): Promise<{ changed: boolean }> {
  return writeTransaction(db, clock, async (tx, now, audit) => {
    const current = await findServiceGroupById(tx, groupId);
    if (!current) throw new NotFoundError('The group does not exist.');
    requireVersion(current, input.expectedVersion, `the group “${current.slug}”`);
    const defaultLocale = await defaultLocaleOf(tx);
    if (!input.names[defaultLocale])
      throw new InputError('default-language-required', 'names', { value: defaultLocale });
    let changed = false;
    for (const [locale, value] of Object.entries(input.names)) {
      const existing = current.texts.find((row) => row.locale === locale);
      if (value === null) {
        if (existing) {
          await tx.delete(serviceGroupTexts).where(and(eq(serviceGroupTexts.groupId, groupId), eq(serviceGroupTexts.locale, locale)));
          changed = true;
        }
        continue;
      }
      const name = text(value, LIMITS.name, `names.${locale}`, true);
      if (!existing) {
        await tx.insert(serviceGroupTexts).values({ groupId, locale, name, updatedAt: now });
        changed = true;
      } else if (existing.name !== name) {
        await tx
          .update(serviceGroupTexts)
          .set({ name, updatedAt: now })
          .where(and(eq(serviceGroupTexts.groupId, groupId), eq(serviceGroupTexts.locale, locale)));
        changed = true;
      }
    }
    if (!changed) return { changed: false };
    await tx
      .update(serviceGroups)
      .set({ version: sql`${serviceGroups.version} + 1`, updatedAt: now })
      .where(eq(serviceGroups.id, groupId));
    const after = await findServiceGroupById(tx, groupId);
    await audit({ action: 'group.update', targetType: 'group', targetId: groupId, before: groupSnapshot(current), after: groupSnapshot(after!) });
    return { changed: true };
  }, actor);
}

/** Moves a group one step in the overview; groups are renumbered 0, 1, 2 … as with services. */
export async function moveServiceGroup(
  db: Database,
  clock: Clock,
  groupId: number,
  input: { direction: MoveDirection; expectedVersion: number },
  actor?: Actor,
): Promise<{ moved: boolean }> {
  return writeTransaction(db, clock, async (tx, now, audit) => {
    const current = await tx.select().from(serviceGroups).where(eq(serviceGroups.id, groupId)).get();
    if (!current) throw new NotFoundError('The group does not exist.');
    requireVersion(current, input.expectedVersion, `the group “${current.slug}”`);
    const groups = await tx
      .select({ id: serviceGroups.id, position: serviceGroups.position })
      .from(serviceGroups)
      .orderBy(asc(serviceGroups.position), asc(serviceGroups.id))
      .all();
    const order = movedOrder(
      groups.map((row) => row.id),
      groupId,
      input.direction,
    );
    if (!order) return { moved: false };
    for (const [position, id] of order.entries()) {
      if (groups.find((row) => row.id === id)!.position === position) continue;
      await tx
        .update(serviceGroups)
        .set({ position, version: sql`${serviceGroups.version} + 1`, updatedAt: now })
        .where(eq(serviceGroups.id, id));
    }
    await audit({
      action: 'group.move',
      targetType: 'group',
      targetId: groupId,
      before: { order: groups.map((row) => row.id) },
      after: { order, direction: input.direction },
    });
    return { moved: true };
  }, actor);
}

/** A group still holds services (retired ones count: their history points at the group). */
export class GroupNotEmptyError extends RefusedError {
  constructor(readonly serviceCount: number) {
    super('group-not-empty', serviceCount, `The group still has ${serviceCount} service(s).`);
    this.name = 'GroupNotEmptyError';
  }
}

export async function countServicesInGroup(db: Queryable, groupId: number): Promise<number> {
  const row = await db.select({ total: count() }).from(services).where(eq(services.groupId, groupId)).get();
  return row?.total ?? 0;
}

/** Deletes an empty group. */
export async function deleteServiceGroup(
  db: Database,
  clock: Clock,
  groupId: number,
  input: { expectedVersion: number },
  actor?: Actor,
): Promise<void> {
  await writeTransaction(db, clock, async (tx, _now, audit) => {
    const current = await findServiceGroupById(tx, groupId);
    if (!current) throw new NotFoundError('The group does not exist.');
    requireVersion(current, input.expectedVersion, `the group “${current.slug}”`);
    const serviceCount = await countServicesInGroup(tx, groupId);
    if (serviceCount > 0) throw new GroupNotEmptyError(serviceCount);
    // Explicit rather than relying on ON DELETE CASCADE, which needs PRAGMA foreign_keys.
    await tx.delete(serviceGroupTexts).where(eq(serviceGroupTexts.groupId, groupId));
    await tx.delete(serviceGroups).where(eq(serviceGroups.id, groupId));
    await audit({ action: 'group.delete', targetType: 'group', targetId: groupId, before: groupSnapshot(current) });
  }, actor);
}
