/**
 * API tokens for the write API (docs/decisions/0035-api-tokens.md). The secret is shown once,
 * when it is made; the database keeps only its SHA-256, so a copy of the database (or a
 * backup with secrets) hands out no working token. Creating and revoking are audited writes;
 * using a token is audited by the write it makes, under the actor `token:<name>`.
 */
import { asc, eq } from 'drizzle-orm';
import { randomToken, sha256Base64url } from '../auth/crypto';
import type { Clock } from '../clock';
import type { Database, Queryable } from '../db/database';
import { apiTokens } from '../db/schema';
import { API_SCOPES, isApiScope, type ApiScope } from '../domain/api-scopes';
import type { Actor } from './audit';
import { InputError, NotFoundError } from './errors';
import { writeTransaction } from './revision';

/** Recognisable in logs and secret scanners; the rest is 32 random bytes (base64url). */
export const TOKEN_MARK = 'sptok_';
/** How much of the secret lists show: the mark and six random characters. */
const PREFIX_LENGTH = TOKEN_MARK.length + 6;
const TOKEN_NAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;
/** last_used_at is written at most this often per token, so using a token is not a write each time. */
const TOUCH_INTERVAL_MS = 60_000;

export type ApiTokenRow = typeof apiTokens.$inferSelect;
/** A token as lists show it: everything but the hash. */
export type ApiTokenListing = Omit<ApiTokenRow, 'tokenHash'>;

/** What a request made with a token knows about it (`c.var.apiToken`). */
export interface AuthenticatedToken {
  id: number;
  name: string;
  scopes: ApiScope[];
  restoreOnResolve: boolean;
}

export interface NewApiToken {
  name: string;
  scopes: readonly string[];
  /** Null or absent: the token does not expire. */
  expiresAt?: Date | null;
  restoreOnResolve?: boolean;
}

export function isTokenName(name: string): boolean {
  return TOKEN_NAME.test(name);
}

function listing(row: ApiTokenRow): ApiTokenListing {
  const { tokenHash: _hash, ...rest } = row;
  return rest;
}

/** Makes a token; `secret` is the only time the token itself is ever seen. */
export async function createToken(
  db: Database,
  clock: Clock,
  input: NewApiToken,
  actor: Actor,
): Promise<{ token: ApiTokenListing; secret: string }> {
  const name = input.name.trim().toLowerCase();
  if (!isTokenName(name)) throw new InputError('token-name-format', 'name');
  if (input.scopes.length === 0) throw new InputError('required', 'scopes');
  if (!input.scopes.every(isApiScope)) throw new InputError('unknown-choice', 'scopes');
  const scopes = API_SCOPES.filter((scope) => input.scopes.includes(scope));
  if (input.expiresAt && input.expiresAt.getTime() <= clock.now().getTime()) throw new InputError('date-order', 'expiresAt');
  const secret = TOKEN_MARK + randomToken(32);
  const tokenHash = await sha256Base64url(secret);
  return writeTransaction(
    db,
    clock,
    async (tx, now, audit) => {
      const taken = await tx.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.name, name)).get();
      if (taken) throw new InputError('token-name-taken', 'name');
      const [row] = await tx
        .insert(apiTokens)
        .values({
          name,
          tokenHash,
          prefix: secret.slice(0, PREFIX_LENGTH),
          scopes,
          createdAt: now,
          createdBy: actor.username,
          expiresAt: input.expiresAt ?? null,
          restoreOnResolve: input.restoreOnResolve ?? true,
        })
        .returning();
      const token = listing(row!);
      await audit({ action: 'api-token.create', targetType: 'api-token', targetId: token.id, after: auditView(token) });
      return { token, secret };
    },
    actor,
  );
}

/** Every token, live, expired and revoked, oldest first (the audit log refers to them by name). */
export async function listTokens(db: Queryable): Promise<ApiTokenListing[]> {
  const rows = await db.select().from(apiTokens).orderBy(asc(apiTokens.id)).all();
  return rows.map(listing);
}

/** Revokes a token by id (console) or name (CLI). A revoked token keeps its row and name. */
export async function revokeToken(
  db: Database,
  clock: Clock,
  which: { id: number } | { name: string },
  actor: Actor,
): Promise<ApiTokenListing> {
  return writeTransaction(
    db,
    clock,
    async (tx, now, audit) => {
      const condition = 'id' in which ? eq(apiTokens.id, which.id) : eq(apiTokens.name, which.name.trim().toLowerCase());
      const row = await tx.select().from(apiTokens).where(condition).get();
      if (!row || row.revokedAt) throw new NotFoundError('No such live token.');
      const [revoked] = await tx.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, row.id)).returning();
      const token = listing(revoked!);
      await audit({ action: 'api-token.revoke', targetType: 'api-token', targetId: token.id, before: auditView(listing(row)), after: auditView(token) });
      return token;
    },
    actor,
  );
}

/**
 * The token a secret belongs to, if it may be used now (not revoked, not expired), or null.
 * Found by the hash of the secret through a unique index: there is no stored secret to compare,
 * and the hash of an unknown secret reveals nothing by timing, so no constant-time compare is
 * needed. Marks the token used, at most once a minute.
 */
export async function authenticate(db: Database, secret: string, now: Date): Promise<AuthenticatedToken | null> {
  if (secret.length === 0 || secret.length > 200) return null;
  const row = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, await sha256Base64url(secret))).get();
  if (!row || row.revokedAt) return null;
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS) {
    // Bookkeeping, not public data: no revision bump, no audit entry (the use is audited by its write).
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return { id: row.id, name: row.name, scopes: row.scopes.filter(isApiScope), restoreOnResolve: row.restoreOnResolve };
}

function auditView(token: ApiTokenListing) {
  return {
    name: token.name,
    prefix: token.prefix,
    scopes: token.scopes,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
    restoreOnResolve: token.restoreOnResolve,
  };
}
