/**
 * What the ways in share (password, second step, passkey, and asking for the password again
 * inside the console): which throttle keys an attempt counts against, what a hold says, and
 * starting a session. Policies and keys: src/domain/sign-in-throttle.ts.
 */
import { signInThrottleKeys, type ThrottleKey } from '../../domain/sign-in-throttle';
import type { AdminMessages } from '../../i18n/admin';
import { knownDeviceFor, rememberDevice } from '../../store/known-devices';
import { createSession, revokeSession } from '../../store/sessions';
import type { Hold } from '../../store/throttle';
import type { UserRow } from '../../store/users';
import type { AdminContext } from './env';
import { readDeviceCookie, setDeviceCookie, setSessionCookie } from './middleware';

export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

/** The keys an attempt on `username` from this browser counts against (a known device: only its own). */
export async function attemptKeys(c: AdminContext, username: string): Promise<ThrottleKey[]> {
  const knownDeviceId = await knownDeviceFor(c.var.db, readDeviceCookie(c), username, c.var.clock.now());
  return signInThrottleKeys({ username, clientIp: c.var.clientIp, knownDeviceId });
}

/** What a hold says: a lock of this address, a lock of the account from here, or a wait of seconds. */
export function holdMessage(t: AdminMessages, hold: Hold, now: Date): string {
  switch (hold.key.scope) {
    case 'client':
      return t.throttledClient(minutesUntil(hold.until, now));
    case 'account-here':
      return t.throttledAccountHere(minutesUntil(hold.until, now));
    case 'account':
    case 'device':
      return t.slowedDown(secondsUntil(hold.until, now));
  }
}

/** After a complete sign-in: this browser is a known device of the account from now on. */
export async function rememberThisDevice(c: AdminContext, userId: number, now: Date): Promise<void> {
  setDeviceCookie(c, await rememberDevice(c.var.db, readDeviceCookie(c), userId, now));
}

/**
 * Starts a session: a new token every time (no fixation), cookie bound to this origin. A
 * session this browser already had ends here: signing in again, with a password or a
 * passkey, half-way or completely, leaves one session, not two. Says whether one ended.
 */
export async function startSession(c: AdminContext, user: UserRow, fullyAuthenticated: boolean) {
  const now = c.var.clock.now();
  const previous = c.var.auth?.session.id;
  if (previous) await revokeSession(c.var.db, previous, now);
  const session = await createSession(c.var.db, {
    userId: user.id,
    fullyAuthenticated,
    ip: c.var.clientIp,
    userAgent: c.req.header('User-Agent') ?? null,
    now,
    policy: c.var.config.auth.session,
  });
  setSessionCookie(c, session.token);
  if (fullyAuthenticated) await rememberThisDevice(c, user.id, now);
  return { ...session, endedPrevious: previous !== undefined };
}
