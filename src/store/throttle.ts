/**
 * Failed-attempt throttling, stored in the database so that it holds across instances and
 * restarts. Which keys a sign-in counts against, and the policies, are rules of their own:
 * src/domain/sign-in-throttle.ts. Counting is one atomic upsert per key, so parallel
 * failures are never lost and no transaction is held open between statements.
 */
import { eq, inArray, or, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable } from '../db/database';
import { loginThrottle } from '../db/schema';
import { accountThrottleKeys, holdAfter, type ThrottleKey, type ThrottlePolicy } from '../domain/sign-in-throttle';
import { appendAudit, type Actor } from './audit';

export type { ThrottlePolicy } from '../domain/sign-in-throttle';

/** When the key may try again, or null if it may now. */
export async function lockedUntil(db: Queryable, key: string, now: Date): Promise<Date | null> {
  const row = await db.select({ lockedUntil: loginThrottle.lockedUntil }).from(loginThrottle).where(eq(loginThrottle.key, key)).get();
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * Counts a failure (a fresh window once the old one is over) and returns until when the key
 * is held back because of it, or null if it is not.
 */
export async function recordFailure(db: Queryable, key: string, now: Date, policy: ThrottlePolicy): Promise<Date | null> {
  // Every expression in the update reads the row as it was, so both see the same window.
  const windowOver = sql`${loginThrottle.windowStartedAt} < ${now.getTime() - policy.windowMs}`;
  const [row] = await db
    .insert(loginThrottle)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: null })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${windowOver} then 1 else ${loginThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${windowOver} then ${now.getTime()} else ${loginThrottle.windowStartedAt} end`,
      },
    })
    .returning({ failures: loginThrottle.failures });
  const hold = holdAfter(policy, row!.failures);
  if (hold === 0) return null;
  const until = new Date(now.getTime() + hold);
  // Never shortens a hold another failure has just set.
  await db
    .update(loginThrottle)
    .set({ lockedUntil: sql`max(coalesce(${loginThrottle.lockedUntil}, 0), ${until.getTime()})` })
    .where(eq(loginThrottle.key, key));
  return until;
}

export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

export interface Hold {
  key: ThrottleKey;
  until: Date;
}

/** The longest hold on any of the keys, or null if none holds the attempt back now. */
export async function heldBack(db: Queryable, keys: ThrottleKey[], now: Date): Promise<Hold | null> {
  if (keys.length === 0) return null;
  const rows = await db
    .select({ key: loginThrottle.key, lockedUntil: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(inArray(loginThrottle.key, keys.map((entry) => entry.key)))
    .all();
  let longest: Hold | null = null;
  for (const row of rows) {
    const key = keys.find((entry) => entry.key === row.key)!;
    if (row.lockedUntil && row.lockedUntil > now && (!longest || row.lockedUntil > longest.until)) longest = { key, until: row.lockedUntil };
  }
  return longest;
}

/** Counts a failure on every key; returns the longest hold it caused, or null. */
export async function recordFailures(db: Queryable, keys: ThrottleKey[], now: Date): Promise<Hold | null> {
  let longest: Hold | null = null;
  for (const key of keys) {
    const until = await recordFailure(db, key.key, now, key.policy);
    if (until && (!longest || until > longest.until)) longest = { key, until };
  }
  return longest;
}

/** After a success: the keys that held this origin's own failures start afresh. */
export async function clearOwnFailures(db: Queryable, keys: ThrottleKey[]): Promise<void> {
  const own = keys.filter((entry) => entry.scope === 'account-here' || entry.scope === 'device').map((entry) => entry.key);
  if (own.length > 0) await db.delete(loginThrottle).where(inArray(loginThrottle.key, own));
}

/**
 * Clears everything failed sign-ins hold against an account, from every address and device
 * (`npm run admin -- unlock`). Per-address keys over all accounts are left alone. Audited
 * when something was cleared; returns how many keys were.
 */
export async function unlockAccount(db: Database, clock: Clock, user: { id: number; username: string }, actor: Actor): Promise<number> {
  const now = clock.now();
  const { exact, prefixes } = accountThrottleKeys(user.username);
  return db.transaction(async (tx) => {
    const cleared = await tx
      .delete(loginThrottle)
      .where(
        or(
          eq(loginThrottle.key, exact),
          // Not LIKE: `_` is a wildcard there and may be part of a user name.
          ...prefixes.map((prefix) => sql`substr(${loginThrottle.key}, 1, ${prefix.length}) = ${prefix}`),
        ),
      )
      .returning({ key: loginThrottle.key });
    if (cleared.length > 0) {
      await appendAudit(tx, now, actor, {
        action: 'user.unlock',
        targetType: 'user',
        targetId: user.id,
        after: { username: user.username, throttlesCleared: cleared.length },
      });
    }
    return cleared.length;
  });
}
