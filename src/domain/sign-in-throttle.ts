/**
 * Who is held back after failed sign-ins, and for how long
 * (docs/decisions/0020-sign-in-throttling.md). Guessing must stay expensive without handing a
 * stranger a way to lock the owner out, so failures are counted against the attempt's origin
 * rather than the account alone:
 *
 * - `client`: one address, over every account. Locked after 20 failures.
 * - `account-here`: one account from one address. Locked after 5 failures: a stranger locks
 *   only their own address out.
 * - `account`: one account from every address that has not signed in to it before. Only
 *   slowed down (a wait of seconds, never a lock), so a distributed guesser is held to about
 *   one guess a minute while the owner on a new device still gets in.
 * - `device`: one account from a browser that has completed a sign-in to it before (a known
 *   device). Only slowed down. A known device is held back by nothing else, so nobody else's
 *   failures can keep the owner out.
 *
 * Passkey sign-ins are never held back: there is nothing to guess.
 */

export interface ThrottlePolicy {
  /** Failures allowed within the window before the key is held back. */
  maxFailures: number;
  windowMs: number;
  /** How long a key is held back once it reaches maxFailures (the longest hold for a slowdown). */
  lockMs: number;
  /**
   * A slowdown instead of a lock: reaching maxFailures holds the key back this long, and each
   * further failure twice as long as the one before, up to lockMs.
   */
  slowdownFromMs?: number;
}

const MINUTE = 60_000;

export const CLIENT_POLICY: ThrottlePolicy = { maxFailures: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
export const ACCOUNT_HERE_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 10, windowMs: 15 * MINUTE, lockMs: MINUTE, slowdownFromMs: 5_000 };
export const DEVICE_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: MINUTE, slowdownFromMs: 5_000 };

/** How long the key is held back after its `failures`-th failure in the window; 0 for not at all. */
export function holdAfter(policy: ThrottlePolicy, failures: number): number {
  if (failures < policy.maxFailures) return 0;
  if (policy.slowdownFromMs === undefined) return policy.lockMs;
  const doublings = Math.min(failures - policy.maxFailures, 30);
  return Math.min(policy.slowdownFromMs * 2 ** doublings, policy.lockMs);
}

export type ThrottleScope = 'client' | 'account-here' | 'account' | 'device';

export interface ThrottleKey {
  key: string;
  scope: ThrottleScope;
  policy: ThrottlePolicy;
}

const POLICIES: Record<ThrottleScope, ThrottlePolicy> = {
  client: CLIENT_POLICY,
  'account-here': ACCOUNT_HERE_POLICY,
  account: ACCOUNT_POLICY,
  device: DEVICE_POLICY,
};

function throttleKey(scope: ThrottleScope, value: string): ThrottleKey {
  return { key: `${scope}:${value}`, scope, policy: POLICIES[scope] };
}

/**
 * The keys a password or second-factor attempt on `username` is counted against. User names
 * hold no `|` (see the user name rule), so `account-here` and `device` keys cannot collide.
 * Built from the name as typed, whether or not the account exists, so the answer never tells.
 */
export function signInThrottleKeys(attempt: { username: string; clientIp: string | null; knownDeviceId: string | null }): ThrottleKey[] {
  if (attempt.knownDeviceId !== null) return [throttleKey('device', `${attempt.username}|${attempt.knownDeviceId}`)];
  const client = attempt.clientIp ?? 'unknown';
  return [throttleKey('client', client), throttleKey('account-here', `${attempt.username}|${client}`), throttleKey('account', attempt.username)];
}

/** What `unlock` clears for an account: its own key and every per-address and per-device one. */
export function accountThrottleKeys(username: string): { exact: string; prefixes: string[] } {
  return { exact: `account:${username}`, prefixes: [`account-here:${username}|`, `device:${username}|`] };
}
