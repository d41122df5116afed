/**
 * Password hashing with PBKDF2-HMAC-SHA256 from WebCrypto, so it runs the same on Node and on
 * Workers. OWASP (2023) asks for 600 000 iterations. Workers' WebCrypto refuses more than
 * 100 000 per call, so the work is done as a chain of calls of at most 100 000 iterations,
 * each salted with the previous output (docs/decisions/0008-admin-security.md). The stored
 * form names the scheme, the total iterations and the salt, so the count can be raised later.
 */
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../domain/limits';
import { base64url, randomBytes, timingSafeEqual } from './crypto';

export const DEFAULT_PASSWORD_ITERATIONS = 600_000;
const MAX_ITERATIONS_PER_CALL = 100_000;

/**
 * PASSWORD_ITERATIONS as the Node server and the admin CLI read it (the Worker has its own
 * binding of that name): unset or empty means the default. Lowering it weakens every password
 * hashed from then on; it exists so that tests of the real processes need not pay 600 000
 * iterations per sign-in. A hash keeps its own count, so raising it again later works.
 */
export function passwordIterationsSetting(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PASSWORD_ITERATIONS;
  const iterations = Number(value);
  if (!Number.isInteger(iterations) || iterations <= 0) throw new Error(`PASSWORD_ITERATIONS must be a positive whole number, got "${value}"`);
  return iterations;
}
const SCHEME = 'pbkdf2c-sha256';
const encoder = new TextEncoder();

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  let output = salt;
  for (let remaining = iterations; remaining > 0; remaining -= MAX_ITERATIONS_PER_CALL) {
    const bits = await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: output, iterations: Math.min(remaining, MAX_ITERATIONS_PER_CALL) },
      key,
      256,
    );
    output = new Uint8Array(bits);
  }
  return output;
}

export async function hashPassword(password: string, iterations = DEFAULT_PASSWORD_ITERATIONS): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, iterations);
  return `${SCHEME}$${iterations}$${base64url.encode(salt)}$${base64url.encode(hash)}`;
}

export interface PasswordCheck {
  valid: boolean;
  /** The stored hash uses fewer iterations than required now: store a new one. */
  needsRehash: boolean;
}

export async function verifyPassword(password: string, stored: string, iterations = DEFAULT_PASSWORD_ITERATIONS): Promise<PasswordCheck> {
  const [scheme, count, salt, hash] = stored.split('$');
  if (scheme !== SCHEME || !count || !salt || !hash) return { valid: false, needsRehash: false };
  const derived = await derive(password, base64url.decode(salt) as Uint8Array<ArrayBuffer>, Number(count));
  const valid = timingSafeEqual(base64url.encode(derived), hash);
  return { valid, needsRehash: valid && Number(count) < iterations };
}

/**
 * Something to verify against when there is no usable account, so that "no such user" costs
 * exactly one derivation at the configured work factor, as "wrong password" does, and
 * response times do not reveal which names exist. It has the stored form, but its hash is
 * random bytes: nothing derives to it, and making it costs nothing (hashing a random password
 * here used to double the work of the very path it was meant to disguise).
 */
export function decoyHash(iterations: number): string {
  return `${SCHEME}$${iterations}$${base64url.encode(randomBytes(16))}$${base64url.encode(randomBytes(32))}`;
}

const COMMON = new Set((dictionary['passwords-common'] as string[]).map((word) => word.toLowerCase()));

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'contains-name';

/**
 * NIST SP 800-63B style: a minimum length, no composition rules, and no password that is
 * on a list of common passwords or built from the user's own name.
 */
export function passwordProblem(password: string, names: string[]): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too-long';
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(lower.replace(/[\d!?.]+$/, ''))) return 'common';
  if (names.some((name) => name.length >= 3 && lower.includes(name.toLowerCase()))) return 'contains-name';
  return null;
}
