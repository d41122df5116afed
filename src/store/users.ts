/** Admin accounts. Every change is audited in the same transaction. */
import { asc, count, eq, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable, Transaction } from '../db/database';
import { passkeys, users } from '../db/schema';
import { cleanLineReport } from '../domain/limits';
import { isRole, type Role } from '../domain/roles';
import { appendAudit, type Actor } from './audit';
import { ConflictError, InputError, NotFoundError } from './errors';

export type UserRow = typeof users.$inferSelect;

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;

export function normaliseUsername(value: string): string {
  return value.trim().toLowerCase();
}

export const DISPLAY_NAME_MAX = 100;

/**
 * A display name cleaned like every other admin text (control characters out, so no NUL cuts
 * it short and no ESC reaches a terminal), and on one line: it sits in table cells, the
 * console's header and `list-users`.
 */
export function cleanDisplayName(value: string): string {
  return cleanLineReport(value).text;
}

function requireDisplayName(value: string): string {
  const displayName = cleanDisplayName(value);
  if (!displayName || displayName.length > DISPLAY_NAME_MAX) throw new InputError('name-format', 'displayName');
  return displayName;
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
  const displayName = requireDisplayName(input.displayName);
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
    const displayName = change.displayName === undefined ? undefined : requireDisplayName(change.displayName);
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

/** How many passkeys each user has (for the "second factor" column). */
export async function countPasskeysByUser(db: Queryable): Promise<Map<number, number>> {
  const rows = await db.select({ userId: passkeys.userId, total: count() }).from(passkeys).groupBy(passkeys.userId).all();
  return new Map(rows.map((row) => [row.userId, row.total]));
}
