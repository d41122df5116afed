/** Admin accounts. Every change is audited in the same transaction. */
import { and, asc, count, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable, Transaction } from '../db/database';
import { adminSettings, passkeys, recoveryCodes, sessions, users } from '../db/schema';
import { isRole, type Role } from '../domain/roles';
import { appendAudit, type Actor } from './audit';
import { ConflictError, InputError, NotFoundError } from './errors';
import { revokeUserSessions } from './sessions';

export type UserRow = typeof users.$inferSelect;

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;

export function normaliseUsername(value: string): string {
  return value.trim().toLowerCase();
}

/** Whether a (normalised) user name has the allowed form, for messages next to the field. */
export function isUsername(value: string): boolean {
  return USERNAME.test(normaliseUsername(value));
}

export function findUserByUsername(db: Queryable, username: string) {
  return db.select().from(users).where(eq(users.username, normaliseUsername(username))).get();
}

export function findUserById(db: Queryable, id: number) {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function listUsers(db: Queryable) {
  return db.select().from(users).orderBy(asc(users.username)).all();
}

export async function countActiveAdmins(db: Queryable): Promise<number> {
  const row = await db
    .select({ total: count() })
    .from(users)
    .where(sql`${users.role} = 'admin' and ${users.disabledAt} is null`)
    .get();
  return row?.total ?? 0;
}

export async function countUsers(db: Queryable): Promise<number> {
  const row = await db.select({ total: count() }).from(users).get();
  return row?.total ?? 0;
}

/** What the audit log records about a user: never the password hash or TOTP secret. */
export function auditView(user: UserRow) {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    disabled: user.disabledAt !== null,
    totp: user.totpEnabledAt !== null,
    locale: user.locale,
  };
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  locale?: string;
}

export interface CreateUserOptions {
  /** Audit action; `user.create` unless the caller names the occasion (`setup.first-admin`). */
  action?: string;
  /**
   * Create only if there are no users at all, checked inside the transaction: first-admin
   * setup must not be able to add a second account. Throws NotFoundError otherwise.
   */
  onlyIfNoUsers?: boolean;
}

export async function createUser(
  db: Database,
  clock: Clock,
  input: NewUser,
  actor: Actor,
  options: CreateUserOptions = {},
): Promise<UserRow> {
  const username = normaliseUsername(input.username);
  if (!USERNAME.test(username))
    throw new InputError('username-format', 'username');
  if (!isRole(input.role)) throw new InputError('unknown-choice', 'role');
  const displayName = input.displayName.trim();
  if (!displayName || displayName.length > 100) throw new InputError('name-format', 'displayName');
  const now = clock.now();
  return db.transaction(async (tx) => {
    if (options.onlyIfNoUsers && (await countUsers(tx)) > 0) throw new NotFoundError('Setup is closed: an account exists.');
    if (await findUserByUsername(tx, username)) throw new InputError('username-taken', 'username');
    const [user] = await tx
      .insert(users)
      .values({
        username,
        displayName,
        role: input.role,
        passwordHash: input.passwordHash,
        passwordChangedAt: now,
        locale: input.locale ?? 'sv',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await appendAudit(tx, now, actor, {
      action: options.action ?? 'user.create',
      targetType: 'user',
      targetId: user!.id,
      after: auditView(user!),
    });
    return user!;
  });
}

export interface UserChange {
  displayName?: string;
  role?: Role;
  disabled?: boolean;
  locale?: string;
  passwordHash?: string;
  totp?: { secret: string } | null;
}

/**
 * Changes a user (optimistically versioned when `expectedVersion` is given). Refuses to leave
 * the console without an active admin.
 */
export async function updateUser(
  db: Database,
  clock: Clock,
  userId: number,
  change: UserChange,
  actor: Actor,
  options: {
    expectedVersion?: number;
    action?: string;
    /**
     * More work that must commit with the change (revoking sessions, deleting recovery
     * codes); what it returns is added to the audit entry's `after`.
     */
    alongside?: (tx: Transaction, now: Date) => Promise<Record<string, unknown> | void>;
  } = {},
): Promise<UserRow> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const before = await findUserById(tx, userId);
    if (!before) throw new InputError('not-found', 'user');
    if (options.expectedVersion !== undefined && before.version !== options.expectedVersion)
      throw new ConflictError('Someone else changed this user after you opened it.', before.version);
    if (change.role !== undefined && !isRole(change.role)) throw new InputError('unknown-choice', 'role');
    const displayName = change.displayName?.trim();
    if (displayName !== undefined && (!displayName || displayName.length > 100))
      throw new InputError('name-format', 'displayName');
    const [after] = await tx
      .update(users)
      .set({
        ...(displayName !== undefined ? { displayName } : {}),
        ...(change.role !== undefined ? { role: change.role } : {}),
        ...(change.disabled !== undefined ? { disabledAt: change.disabled ? (before.disabledAt ?? now) : null } : {}),
        ...(change.locale !== undefined ? { locale: change.locale } : {}),
        ...(change.passwordHash !== undefined ? { passwordHash: change.passwordHash, passwordChangedAt: now } : {}),
        ...(change.totp !== undefined
          ? { totpSecret: change.totp?.secret ?? null, totpEnabledAt: change.totp ? now : null }
          : {}),
        version: sql`${users.version} + 1`,
        updatedAt: now,
      })
      .where(eq(users.id, userId))
      .returning();
    // Only a change that takes away an active admin can leave the console without one.
    const wasActiveAdmin = before.role === 'admin' && before.disabledAt === null;
    const isActiveAdmin = after!.role === 'admin' && after!.disabledAt === null;
    if (wasActiveAdmin && !isActiveAdmin && (await countActiveAdmins(tx)) === 0)
      throw new InputError('last-admin', change.role !== undefined ? 'role' : 'disabled');
    const extra = options.alongside ? await options.alongside(tx, now) : undefined;
    const action =
      options.action ??
      (change.role !== undefined && change.role !== before.role
        ? 'user.role'
        : change.passwordHash !== undefined
          ? 'user.password'
          : 'user.update');
    await appendAudit(tx, now, actor, {
      action,
      targetType: 'user',
      targetId: userId,
      before: auditView(before),
      after: {
        ...auditView(after!),
        ...(change.passwordHash !== undefined ? { passwordChanged: true } : {}),
        ...(extra ?? {}),
      },
    });
    return after!;
  });
}

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

/** How many passkeys each user has (for the "second factor" column). */
export async function countPasskeysByUser(db: Queryable): Promise<Map<number, number>> {
  const rows = await db.select({ userId: passkeys.userId, total: count() }).from(passkeys).groupBy(passkeys.userId).all();
  return new Map(rows.map((row) => [row.userId, row.total]));
}
