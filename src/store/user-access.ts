/**
 * An admin (or the CLI) deciding whether someone else can get in: disabling, password and
 * second-factor resets, signing out everywhere. Every change is audited in the same transaction.
 */
import { and, count, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { passkeys, recoveryCodes, sessions, users } from '../db/schema';
import { appendAudit, type Actor } from './audit';
import { InputError } from './errors';
import { revokeUserSessions } from './sessions';
import { findUserById, updateUser, type UserRow } from './users';

// ─── Managing other people's accounts (the users page and the admin CLI) ──────────────────

/** Disables or enables an account; disabling signs the person out everywhere, in the same write. */
export function setUserDisabled(
  db: Database,
  clock: Clock,
  userId: number,
  disabled: boolean,
  actor: Actor,
  options: { expectedVersion?: number } = {},
): Promise<UserRow> {
  return updateUser(db, clock, userId, { disabled }, actor, {
    expectedVersion: options.expectedVersion,
    action: disabled ? 'user.disable' : 'user.enable',
    alongside: disabled
      ? async (tx, now) => {
          await revokeUserSessions(tx, userId, now);
          return { sessionsRevoked: true };
        }
      : undefined,
  });
}

/**
 * Sets a password chosen by an admin (or the CLI) and signs the person out everywhere,
 * except `keepSessionId` (an admin resetting their own password stays signed in here).
 */
export function resetUserPassword(
  db: Database,
  clock: Clock,
  userId: number,
  passwordHash: string,
  actor: Actor,
  options: { expectedVersion?: number; keepSessionId?: string } = {},
): Promise<UserRow> {
  return updateUser(db, clock, userId, { passwordHash }, actor, {
    expectedVersion: options.expectedVersion,
    action: 'user.password-reset',
    alongside: async (tx, now) => {
      await revokeUserSessions(tx, userId, now, options.keepSessionId);
      return { sessionsRevoked: true };
    },
  });
}

/**
 * Removes the authenticator app and the recovery codes that belong to it, for someone who
 * lost their phone. Passkeys are left alone: they are separate credentials.
 */
export function resetUserTotp(
  db: Database,
  clock: Clock,
  userId: number,
  actor: Actor,
  options: { expectedVersion?: number } = {},
): Promise<UserRow> {
  return updateUser(db, clock, userId, { totp: null }, actor, {
    expectedVersion: options.expectedVersion,
    action: 'user.totp-reset',
    // For someone who lost their phone or security key: every second factor goes, so that
    // they can sign in with a new password and enrol again.
    alongside: async (tx) => {
      await tx.update(users).set({ totpLastStep: null }).where(eq(users.id, userId));
      await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
      const removed = await tx.delete(passkeys).where(eq(passkeys.userId, userId)).returning({ id: passkeys.id });
      return { recoveryCodesDeleted: true, passkeysDeleted: removed.length };
    },
  });
}

/** Sessions not yet revoked or expired (idle expiry is left to the session check). */
function unexpiredSessions(userId: number, now: Date, except?: string) {
  return and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), except ? ne(sessions.id, except) : undefined);
}

/** Signs someone out everywhere (except `keepSessionId`), audited with how many sessions ended. */
export async function revokeSessionsOf(
  db: Database,
  clock: Clock,
  userId: number,
  actor: Actor,
  options: { keepSessionId?: string } = {},
): Promise<number> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user) throw new InputError('not-found', 'user');
    const row = await tx.select({ total: count() }).from(sessions).where(unexpiredSessions(userId, now, options.keepSessionId)).get();
    const ended = row?.total ?? 0;
    await revokeUserSessions(tx, userId, now, options.keepSessionId);
    await appendAudit(tx, now, actor, {
      action: 'user.sessions-revoke',
      targetType: 'user',
      targetId: userId,
      before: { username: user.username },
      after: { username: user.username, sessionsRevoked: ended },
    });
    return ended;
  });
}
