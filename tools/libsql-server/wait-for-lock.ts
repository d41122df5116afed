/**
 * Waiting for another stream's write lock without blocking the server. SQLite's own busy
 * timeout cannot be used here: it waits inside a synchronous native call, which blocks Node's
 * only thread, while the stream that holds the lock can release it only when that thread serves
 * its next request (COMMIT, ROLLBACK or expiry). So connections keep a busy timeout of 0 and a
 * locked attempt is retried from here, yielding to the event loop between attempts.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { isSqliteError } from './hrana-errors';

const LONGEST_PAUSE_MS = 25;

export async function retryWhileLocked<T>(attempt: () => T, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let pause = 1; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    try {
      return attempt();
    } catch (error) {
      const remaining = deadline - Date.now();
      if (!isLockedByAnother(error) || remaining <= 0) throw error;
      await sleep(Math.min(pause, remaining));
    }
  }
}

/** Any SQLITE_BUSY, including the extended codes (BUSY_SNAPSHOT, BUSY_RECOVERY, BUSY_TIMEOUT). */
export function isBusyError(error: unknown): boolean {
  return isSqliteError(error) && (error.code === 'SQLITE_BUSY' || error.code.startsWith('SQLITE_BUSY_'));
}

/**
 * SQLITE_BUSY_SNAPSHOT is left out on purpose: the transaction read a snapshot that another
 * writer has since replaced, and no amount of waiting makes it current again.
 */
function isLockedByAnother(error: unknown): boolean {
  return isSqliteError(error) && ['SQLITE_BUSY', 'SQLITE_BUSY_RECOVERY', 'SQLITE_BUSY_TIMEOUT'].includes(error.code);
}
