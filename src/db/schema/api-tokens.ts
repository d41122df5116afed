// ─── Write API: tokens and idempotency keys (docs/decisions/0035-api-tokens.md) ─────────────
// Not public data. Tokens are secrets: a backup leaves them out unless secrets are included
// (src/backup/tables.ts).

import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ApiScope } from '../../domain/api-scopes';
import { createdAt, timestamp } from './columns';

export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Chosen by the admin; the audit log names every use `token:<name>`. */
    name: text('name').notNull().unique(),
    /**
     * SHA-256 of the secret (base64url). The secret is 32 random bytes, so a plain hash is as
     * good as a slow one: nobody can guess their way back from it. Looked up by this column.
     */
    tokenHash: text('token_hash').notNull().unique(),
    /** The first characters of the secret, shown in lists so an admin can tell tokens apart. */
    prefix: text('prefix').notNull(),
    scopes: text('scopes', { mode: 'json' }).$type<ApiScope[]>().notNull(),
    createdAt: createdAt(),
    /** User name of whoever made it (as it was then), or `cli`. */
    createdBy: text('created_by').notNull(),
    expiresAt: timestamp('expires_at'),
    revokedAt: timestamp('revoked_at'),
    /** Written at most once a minute per token (src/store/api-tokens.ts). */
    lastUsedAt: timestamp('last_used_at'),
    /**
     * For monitor hooks: whether a resolved alert restores the service by itself (true) or
     * only flags it for an editor (false).
     */
    restoreOnResolve: integer('restore_on_resolve', { mode: 'boolean' }).notNull().default(true),
  },
);

/**
 * Answers kept for `Idempotency-Key` retries, per token, for 24 hours: a retry with the same
 * key and body gets the first answer again, never a second write.
 */
export const apiIdempotencyKeys = sqliteTable(
  'api_idempotency_keys',
  {
    tokenId: integer('token_id')
      .notNull()
      .references(() => apiTokens.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** SHA-256 of method, path and body: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    responseBody: text('response_body').notNull(),
    createdAt: createdAt(),
  },
  // Old keys are deleted by age.
  (t) => [primaryKey({ columns: [t.tokenId, t.key] }), index('api_idempotency_keys_created_idx').on(t.createdAt)],
);
