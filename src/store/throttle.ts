/**
 * Sign-in throttling, stored in the database so that it holds across instances and restarts.
 * Keys: `account:<username>` and `client:<ip>`.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/database';
import { loginThrottle } from '../db/schema';

export interface ThrottlePolicy {
  /** Failures allowed within the window before the key is locked. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const CLIENT_POLICY: ThrottlePolicy = { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/** When the key may try again, or null if it may now. */
export async function lockedUntil(db: Database, key: string, now: Date): Promise<Date | null> {
  const row = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/** Counts a failure; returns the lock time if this failure locked the key. */
export async function recordFailure(db: Database, key: string, now: Date, policy: ThrottlePolicy): Promise<Date | null> {
  return db.transaction(async (tx) => {
    const row = await tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
    const freshWindow = !row || now.getTime() - row.windowStartedAt.getTime() > policy.windowMs;
    const failures = freshWindow ? 1 : row.failures + 1;
    const windowStartedAt = freshWindow ? now : row.windowStartedAt;
    const locked = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : (row?.lockedUntil ?? null);
    const values = { key, failures, windowStartedAt, lockedUntil: locked };
    await tx.insert(loginThrottle).values(values).onConflictDoUpdate({ target: loginThrottle.key, set: values });
    return failures >= policy.maxFailures ? locked : null;
  });
}

export async function clearFailures(db: Database, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
