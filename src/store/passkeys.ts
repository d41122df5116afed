/**
 * Passkeys (WebAuthn credentials) and the challenges of pending WebAuthn ceremonies. Adding,
 * renaming and removing a passkey is audited in the same transaction. Challenges are not
 * audited: they are a few minutes of bookkeeping, and each ceremony's outcome is.
 */
import { and, asc, eq, lt } from 'drizzle-orm';
import type { Database, Queryable } from '../db/database';
import { passkeys, webauthnChallenges } from '../db/schema';
import { cleanText, PASSKEY_NAME_MAX } from '../domain/limits';
import { appendAudit, type Actor } from './audit';
import { InputError } from './errors';

export type PasskeyRow = typeof passkeys.$inferSelect;

/** A cleaned passkey name, or the InputError that says what is wrong with it. */
export function passkeyName(value: string): string {
  const name = cleanText(value).replace(/\s+/g, ' ');
  if (!name) throw new InputError('required', 'name');
  if ([...name].length > PASSKEY_NAME_MAX) throw new InputError('too-long', 'name', { max: PASSKEY_NAME_MAX });
  return name;
}

export function listPasskeys(db: Queryable, userId: number) {
  return db.select().from(passkeys).where(eq(passkeys.userId, userId)).orderBy(asc(passkeys.createdAt)).all();
}

export function findPasskey(db: Queryable, credentialId: string) {
  return db.select().from(passkeys).where(eq(passkeys.id, credentialId)).get();
}

/** What the audit log records about a passkey: never the public key. */
function auditView(row: PasskeyRow) {
  return { name: row.name, deviceType: row.deviceType, backedUp: row.backedUp };
}

export interface NewPasskey {
  id: string;
  userId: number;
  publicKey: string;
  counter: number;
  transports: string[];
  deviceType: string;
  backedUp: boolean;
  name: string;
}

export async function addPasskey(db: Database, now: Date, input: NewPasskey, actor: Actor): Promise<PasskeyRow> {
  const name = passkeyName(input.name);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(passkeys)
      .values({ ...input, name, createdAt: now })
      .returning();
    await appendAudit(tx, now, actor, { action: 'passkey.add', targetType: 'passkey', targetId: row!.id, after: { userId: input.userId, ...auditView(row!) } });
    return row!;
  });
}

/** Renames one of the user's own passkeys (someone else's counts as not found). */
export async function renamePasskey(db: Database, now: Date, userId: number, credentialId: string, newName: string, actor: Actor): Promise<PasskeyRow> {
  const name = passkeyName(newName);
  return db.transaction(async (tx) => {
    const before = await tx.select().from(passkeys).where(and(eq(passkeys.id, credentialId), eq(passkeys.userId, userId))).get();
    if (!before) throw new InputError('not-found', 'passkey');
    const [after] = await tx.update(passkeys).set({ name }).where(eq(passkeys.id, credentialId)).returning();
    await appendAudit(tx, now, actor, { action: 'passkey.rename', targetType: 'passkey', targetId: credentialId, before: auditView(before), after: auditView(after!) });
    return after!;
  });
}

/** Removes one of the user's own passkeys. */
export async function removePasskey(db: Database, now: Date, userId: number, credentialId: string, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await tx.select().from(passkeys).where(and(eq(passkeys.id, credentialId), eq(passkeys.userId, userId))).get();
    if (!before) throw new InputError('not-found', 'passkey');
    await tx.delete(passkeys).where(eq(passkeys.id, credentialId));
    await appendAudit(tx, now, actor, { action: 'passkey.remove', targetType: 'passkey', targetId: credentialId, before: { userId, ...auditView(before) } });
  });
}

/** After a successful sign-in: the authenticator's new signature counter and backup state. */
export async function recordPasskeyUse(db: Queryable, credentialId: string, counter: number, backedUp: boolean, now: Date): Promise<void> {
  await db.update(passkeys).set({ counter, backedUp, lastUsedAt: now }).where(eq(passkeys.id, credentialId));
}

// ─── Challenges ─────────────────────────────────────────────────────────────────────────────

export type ChallengePurpose = 'register' | 'authenticate';

/** Stores a new challenge and clears out expired ones, so the table stays small. */
export async function saveChallenge(
  db: Database,
  input: { challenge: string; userId: number | null; purpose: ChallengePurpose; expiresAt: Date },
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, now));
    await tx.insert(webauthnChallenges).values(input);
  });
}

/**
 * Uses up a challenge: it is deleted whatever happens next, so it works once. Returns who it
 * was issued to (null for a sign-in, where nobody is known yet), or undefined if it does not
 * exist, was issued for something else or has expired.
 */
export async function takeChallenge(
  db: Queryable,
  challenge: string,
  purpose: ChallengePurpose,
  now: Date,
): Promise<{ userId: number | null } | undefined> {
  const [row] = await db.delete(webauthnChallenges).where(eq(webauthnChallenges.challenge, challenge)).returning();
  if (!row || row.purpose !== purpose || row.expiresAt <= now) return undefined;
  return { userId: row.userId };
}
