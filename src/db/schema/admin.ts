// ─── Admin side: accounts, sessions, second factors, throttling, audit ─────────────────────
// None of this is public data: writes here do not bump the public revision.

import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ROLES, type Role } from '../../domain/roles';
import { createdAt, inVocabulary, timestamp, updatedAt } from './columns';

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Lowercase sign-in name; deliberately not an e-mail address (e-mail may be down). */
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role').$type<Role>().notNull(),
    /** `pbkdf2-sha256$<iterations>$<salt>$<hash>` (base64url). */
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: timestamp('password_changed_at').notNull(),
    /** Base32 TOTP secret once TOTP is confirmed; null when not enrolled. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at'),
    /** The last TOTP time step accepted: a code cannot be used twice. */
    totpLastStep: integer('totp_last_step'),
    /** Language of the admin interface for this user. */
    locale: text('locale').notNull().default('sv'),
    disabledAt: timestamp('disabled_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('users_role_known', inVocabulary(t.role, ROLES))],
);

export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of the code: a code is shown once and never stored readable. */
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/** WebAuthn credentials (passkeys). */
export const passkeys = sqliteTable(
  'passkeys',
  {
    /** Credential id, base64url. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** COSE public key, base64url. */
    publicKey: text('public_key').notNull(),
    counter: integer('counter').notNull(),
    transports: text('transports', { mode: 'json' }).$type<string[]>().notNull(),
    deviceType: text('device_type').notNull(),
    backedUp: integer('backed_up', { mode: 'boolean' }).notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at'),
  },
  (t) => [index('passkeys_user_idx').on(t.userId)],
);

/** Pending WebAuthn ceremonies: each challenge is used once and expires in minutes. */
export const webauthnChallenges = sqliteTable('webauthn_challenges', {
  challenge: text('challenge').primaryKey(),
  userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
  purpose: text('purpose').$type<'register' | 'authenticate'>().notNull(),
  expiresAt: timestamp('expires_at').notNull(),
});

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the cookie token (base64url): a database leak does not hand out sessions. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Sent back in every form and htmx request; compared in constant time. */
    csrfToken: text('csrf_token').notNull(),
    /** False until the second factor is given, when one is required. */
    fullyAuthenticated: integer('fully_authenticated', { mode: 'boolean' }).notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at').notNull(),
    expiresAt: timestamp('expires_at').notNull(),
    ip: text('ip'),
    /** Shortened browser description, so a user can recognise their own sessions. */
    userAgent: text('user_agent'),
    revokedAt: timestamp('revoked_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Browsers that have completed a sign-in to an account, by the SHA-256 of their device cookie:
 * throttling aimed at strangers never holds back the owner's own devices
 * (src/domain/sign-in-throttle.ts). One browser may be known to several accounts.
 */
export const knownDevices = sqliteTable(
  'known_devices',
  {
    deviceId: text('device_id').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    firstSignInAt: timestamp('first_sign_in_at').notNull(),
    /** Known for a while after the last sign-in; an old device becomes a new one again. */
    lastSignInAt: timestamp('last_sign_in_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.deviceId, t.userId] }), index('known_devices_user_idx').on(t.userId)],
);

/**
 * Failed attempts per key (`client:<ip>`, `account:<name>`, `account-here:<name>|<ip>`,
 * `device:<name>|<device>`, `setup:<ip>`), shared by every instance. `locked_until` holds the
 * key back until then: a lock or, for a slowdown, a few seconds.
 */
export const loginThrottle = sqliteTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at').notNull(),
  lockedUntil: timestamp('locked_until'),
});

/** Who did what, when and from where, with before/after values. Append-only. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: timestamp('at').notNull(),
    userId: integer('user_id'),
    /** As it was at the time, so the log reads right after a user is renamed or removed. */
    username: text('username').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    before: text('before', { mode: 'json' }).$type<unknown>(),
    after: text('after', { mode: 'json' }).$type<unknown>(),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_user_idx').on(t.userId, t.at)],
);

/** One row (id = 1): security policy set by admins. */
export const adminSettings = sqliteTable(
  'admin_settings',
  {
    id: integer('id').primaryKey(),
    requireSecondFactor: integer('require_second_factor', { mode: 'boolean' }).notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [check('admin_settings_single_row', sql`${t.id} = 1`)],
);
