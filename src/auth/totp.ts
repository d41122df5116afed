/**
 * TOTP (RFC 6238) with @oslojs/otp's HOTP on an injected clock, so it is testable and
 * identical on every runtime. A code is accepted within one 30-second step either side, and
 * never twice: the store claims the step it was accepted at (src/store/second-factors.ts).
 */
import { decodeBase32IgnorePadding, encodeBase32NoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI, generateHOTP, verifyHOTP } from '@oslojs/otp';
import { randomBytes } from './crypto';

const PERIOD_SECONDS = 30;
const DIGITS = 6;

export function newTotpSecret(): string {
  return encodeBase32NoPadding(randomBytes(20));
}

export function totpUri(secret: string, issuer: string, account: string): string {
  return createTOTPKeyURI(issuer, account, decodeBase32IgnorePadding(secret), PERIOD_SECONDS, DIGITS);
}

function stepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);
}

/** The code for `now` (for tests and for showing nothing else). */
export function totpCodeAt(secret: string, now: Date): string {
  return generateHOTP(decodeBase32IgnorePadding(secret), BigInt(stepAt(now)), DIGITS);
}

/**
 * The time step the code belongs to, or null if it is not a code for now (±1 step). Whether
 * that step was used already is not decided here: the store records the step with a
 * compare-and-set in the statement that accepts it (claimTotpStep), so two requests with the
 * same code cannot both read "unused" and both get in.
 */
export function totpStepOf(secret: string, code: string, now: Date): number | null {
  const digits = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(digits)) return null;
  const key = decodeBase32IgnorePadding(secret);
  const current = stepAt(now);
  for (const step of [current - 1, current, current + 1]) {
    if (verifyHOTP(key, BigInt(step), DIGITS, digits)) return step;
  }
  return null;
}
