/**
 * Who last changed a catalog record, read from the audit log: an editor whose save ran into
 * a conflict is told who changed it and when, not only that it changed.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { auditLog } from '../db/schema';

export async function lastChangeOf(
  db: Queryable,
  targetType: string,
  targetId: number | string,
): Promise<{ username: string; at: Date } | null> {
  const row = await db
    .select({ username: auditLog.username, at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.targetType, targetType), eq(auditLog.targetId, String(targetId))))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  return row ?? null;
}
