/**
 * Telling "the database could not take it" (busy, out of reach, hung, read-only, full,
 * unreadable: src/domain/outage.ts) apart from every other failure. The client's errors arrive wrapped (drizzle's DrizzleQueryError around a
 * LibsqlError around the driver's SqliteError), so the whole `cause` chain is read, and by
 * `code` rather than by class: the Node and the web client each bring their own classes.
 * Runtime-neutral.
 */
import type { Unavailability } from '../domain/outage';

/** Another connection holds the lock this one needs (SQLITE_BUSY and its extended codes). */
const BUSY = /^SQLITE_BUSY(_|$)/;
/** A lock conflict inside one connection or shared cache (SQLITE_LOCKED and its extended codes). */
const LOCKED = /^SQLITE_LOCKED(_|$)/;
/**
 * A remote database (Turso, sqld) that did not answer properly: a 5xx from the server, the
 * stream closed under us, or no connection at all (Node's network error codes, found as the
 * cause of fetch's "fetch failed"). Worth another try; a syntax or constraint error never is.
 */
const UNREACHABLE = new Set([
  'SERVER_ERROR',
  'HRANA_CLOSED_ERROR',
  'HRANA_WEBSOCKET_ERROR',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);
/** All of this client's connections are held by open transactions (the Node client's pool). */
const POOL_EXHAUSTED = 'TRANSACTION_ACTIVE';

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth++) {
    const { code, extendedCode } = current as { code?: unknown; extendedCode?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (typeof extendedCode === 'string') codes.push(extendedCode);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

/** Another connection holds the lock (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, …). */
export function isLockConflict(error: unknown): boolean {
  return codesOf(error).some((code) => BUSY.test(code));
}

/** The lock, or every pooled connection, is held elsewhere: waiting and trying again can succeed. */
export function isBusyError(error: unknown): boolean {
  return codesOf(error).some((code) => BUSY.test(code) || code === POOL_EXHAUSTED);
}

export type { Unavailability } from '../domain/outage';

/** Our own codes (./outage-errors.ts) and what they mean. */
const OUTAGE_CODES: Record<string, Unavailability> = {
  DATABASE_TIMEOUT: 'timeout',
  DATABASE_UNREACHABLE: 'unreachable',
  DATABASE_UNAVAILABLE: 'unreachable',
};
const READ_ONLY = /^SQLITE_READONLY(_|$)/;
const FULL = /^SQLITE_FULL$/;
const BROKEN = /^SQLITE_(IOERR|CANTOPEN|CORRUPT)(_|$)|^SQLITE_NOTADB$/;
/** What Node's fetch (undici) and sockets report when a connection fails, should one get through unnamed. */
const TRANSPORT = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR_.*)$/;

function kindOf(code: string): Unavailability | null {
  if (Object.hasOwn(OUTAGE_CODES, code)) return OUTAGE_CODES[code]!;
  if (BUSY.test(code) || LOCKED.test(code) || code === POOL_EXHAUSTED) return 'busy';
  if (UNREACHABLE.has(code) || TRANSPORT.test(code)) return 'unreachable';
  if (READ_ONLY.test(code)) return 'read-only';
  if (FULL.test(code)) return 'full';
  if (BROKEN.test(code)) return 'broken';
  return null;
}

/** Why the database could not take it, or null when the failure is something else (a bug, bad input). */
export function unavailabilityOf(error: unknown): Unavailability | null {
  for (const code of codesOf(error)) {
    const kind = kindOf(code);
    if (kind) return kind;
  }
  return null;
}

/**
 * Busy, locked, unreachable, hung, read-only, full or unreadable: nothing is wrong with the
 * request, the database could not take it. The write that failed was rolled back (or, after a
 * timeout, never confirmed), so the caller can say "not saved" and keep the draft.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return unavailabilityOf(error) !== null;
}
