/** Whether every account must have a second factor: one console-wide setting, audited. */
import { eq } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable } from '../db/database';
import { adminSettings } from '../db/schema';
import { appendAudit, type Actor } from './audit';

export async function requireSecondFactor(db: Queryable): Promise<boolean> {
  const row = await db.select().from(adminSettings).where(eq(adminSettings.id, 1)).get();
  return row?.requireSecondFactor ?? false;
}

export async function setRequireSecondFactor(db: Database, clock: Clock, value: boolean, actor: Actor): Promise<void> {
  const now = clock.now();
  await db.transaction(async (tx) => {
    const before = await requireSecondFactor(tx);
    await tx
      .insert(adminSettings)
      .values({ id: 1, requireSecondFactor: value, updatedAt: now })
      .onConflictDoUpdate({ target: adminSettings.id, set: { requireSecondFactor: value, updatedAt: now } });
    await appendAudit(tx, now, actor, {
      action: 'security.require-second-factor',
      before: { requireSecondFactor: before },
      after: { requireSecondFactor: value },
    });
  });
}
