/**
 * The audit log: who did what, when, from where, with before/after values. Entries are
 * written in the same transaction as the change they describe, so there is never a change
 * without its entry or an entry without its change.
 */
import { and, desc, eq, lt, max, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { auditLog } from '../db/schema';

/** Who is acting, and from where. */
export interface Actor {
  userId: number | null;
  username: string;
  ip: string | null;
}

/** Changes made by the application itself (seeding, migrations of data). */
export const SYSTEM_ACTOR: Actor = { userId: null, username: 'system', ip: null };

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string | number;
  before?: unknown;
  after?: unknown;
}

export async function appendAudit(db: Queryable, now: Date, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    at: now,
    userId: actor.userId,
    username: actor.username,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId === undefined ? null : String(entry.targetId),
    ip: actor.ip,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export const AUDIT_PAGE_SIZE = 50;

/**
 * Newest first, one page at a time (keyset: entries older than `beforeId`). `limit` lets a
 * caller ask for one more than it shows, to know whether there are older entries.
 */
export function listAudit(db: Queryable, options: { beforeId?: number; userId?: number; action?: string; limit?: number } = {}) {
  const conditions = [
    options.beforeId ? lt(auditLog.id, options.beforeId) : undefined,
    options.userId ? eq(auditLog.userId, options.userId) : undefined,
    options.action ? sql`${auditLog.action} like ${`${options.action}%`}` : undefined,
  ].filter((condition) => condition !== undefined);
  return db
    .select()
    .from(auditLog)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(options.limit ?? AUDIT_PAGE_SIZE)
    .all();
}

/** When each user last completed a sign-in, from the log (indexed by user and time). */
export async function lastSignIns(db: Queryable): Promise<Map<number, Date>> {
  const rows = await db
    .select({ userId: auditLog.userId, at: max(auditLog.at) })
    .from(auditLog)
    .where(eq(auditLog.action, 'auth.login'))
    .groupBy(auditLog.userId)
    .all();
  const result = new Map<number, Date>();
  for (const row of rows) if (row.userId !== null && row.at) result.set(row.userId, row.at);
  return result;
}

export type AuditRow = typeof auditLog.$inferSelect;
