/** Recovery codes and TOTP bookkeeping. Codes are stored hashed and work once. */
import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import type { Database, Queryable } from '../db/database';
import { passkeys, recoveryCodes, users } from '../db/schema';
import { randomBytes, sha256Base64url } from '../auth/crypto';
import { appendAudit, type Actor } from './audit';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function normalise(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Ten fresh codes like `k7mq-2xwp-9dht`; replaces any earlier ones. Shown once. */
export async function replaceRecoveryCodes(db: Queryable, userId: number, now: Date): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(12)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  for (const code of codes) {
    await db.insert(recoveryCodes).values({ userId, codeHash: await sha256Base64url(normalise(code)), createdAt: now });
  }
  return codes;
}

/**
 * Uses up a recovery code; false if it is wrong or already used. Checked and marked in one
 * statement, so two requests with the same code cannot both use it.
 */
export async function consumeRecoveryCode(db: Queryable, userId: number, code: string, now: Date): Promise<boolean> {
  const codeHash = await sha256Base64url(normalise(code));
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length > 0;
}

export async function remainingRecoveryCodes(db: Queryable, userId: number): Promise<number> {
  const row = await db
    .select({ total: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .get();
  return row?.total ?? 0;
}

/** The step of the code that confirmed a new app (its secret is new, so nothing to compare with). */
export async function recordTotpStep(db: Queryable, userId: number, step: number): Promise<void> {
  await db.update(users).set({ totpLastStep: step }).where(eq(users.id, userId));
}

/**
 * Accepts a TOTP time step for the user's current secret unless that step, or a later one,
 * was accepted before. The check and the record are one statement (a compare-and-set), so of
 * several requests with the same code exactly one gets true; there is no read to race.
 */
export async function claimTotpStep(db: Queryable, userId: number, secret: string, step: number): Promise<boolean> {
  const claimed = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), eq(users.totpSecret, secret), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return claimed.length > 0;
}

export async function countPasskeys(db: Queryable, userId: number): Promise<number> {
  const row = await db.select({ total: count() }).from(passkeys).where(eq(passkeys.userId, userId)).get();
  return row?.total ?? 0;
}

/** Whether the user has any second factor (TOTP or a passkey). */
export async function hasSecondFactor(db: Queryable, user: { id: number; totpEnabledAt: Date | null }): Promise<boolean> {
  return user.totpEnabledAt !== null || (await countPasskeys(db, user.id)) > 0;
}

export async function deleteRecoveryCodes(db: Queryable, userId: number): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

/** New recovery codes for someone who used up or lost theirs; the old ones stop working. Audited. */
export async function regenerateRecoveryCodes(db: Database, userId: number, now: Date, actor: Actor): Promise<string[]> {
  return db.transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, userId, now);
    await appendAudit(tx, now, actor, { action: 'user.recovery-codes', targetType: 'user', targetId: userId, after: { recoveryCodes: codes.length } });
    return codes;
  });
}

/** Forgets the last accepted TOTP step, when the app is removed (a new one starts afresh). */
export async function forgetTotpStep(db: Queryable, userId: number): Promise<void> {
  await db.update(users).set({ totpLastStep: null }).where(eq(users.id, userId));
}
