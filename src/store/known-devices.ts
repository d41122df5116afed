/**
 * Known devices: browsers that have completed a sign-in to an account. The browser keeps a
 * random token in a cookie; the database keeps only its SHA-256, as for sessions, so the
 * cookie cannot be forged and a copy of the database does not hand one out. Being known only
 * means not being held back by other people's failed attempts: the password and second
 * factor are asked for all the same.
 */
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { knownDevices, users } from '../db/schema';
import { randomToken, sha256Base64url } from '../auth/crypto';

/** A device stays known this long after its last sign-in to the account (and its cookie as long). */
export const KNOWN_DEVICE_TTL_MS = 90 * 24 * 3_600_000;

/** The device id of this browser if it has signed in to the account `username` recently, else null. */
export async function knownDeviceFor(db: Queryable, token: string | undefined, username: string, now: Date): Promise<string | null> {
  if (!token) return null;
  const deviceId = await sha256Base64url(token);
  const row = await db
    .select({ deviceId: knownDevices.deviceId })
    .from(knownDevices)
    .innerJoin(users, eq(users.id, knownDevices.userId))
    .where(and(eq(knownDevices.deviceId, deviceId), eq(users.username, username), gt(knownDevices.lastSignInAt, new Date(now.getTime() - KNOWN_DEVICE_TTL_MS))))
    .get();
  return row?.deviceId ?? null;
}

/**
 * After a complete sign-in: this browser is known to the account from now on. Returns the
 * cookie token to keep: the browser's own if the app issued it (one browser, one id, for every
 * account), otherwise a fresh one, so nobody can choose the id another browser will carry.
 */
export async function rememberDevice(db: Queryable, token: string | undefined, userId: number, now: Date): Promise<string> {
  const presented = token ? await sha256Base64url(token) : null;
  const issued = presented ? await db.select({ deviceId: knownDevices.deviceId }).from(knownDevices).where(eq(knownDevices.deviceId, presented)).get() : undefined;
  const kept = issued ? token! : randomToken();
  const deviceId = issued ? presented! : await sha256Base64url(kept);
  await db
    .insert(knownDevices)
    .values({ deviceId, userId, firstSignInAt: now, lastSignInAt: now })
    .onConflictDoUpdate({ target: [knownDevices.deviceId, knownDevices.userId], set: { lastSignInAt: now } });
  // Devices of this account unused for longer than that are strangers again: no need to keep them.
  await db.delete(knownDevices).where(and(eq(knownDevices.userId, userId), lt(knownDevices.lastSignInAt, new Date(now.getTime() - KNOWN_DEVICE_TTL_MS))));
  return kept;
}
