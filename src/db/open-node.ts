/**
 * Opening the database on Node (server, admin CLI, db:migrate), so every process that writes
 * to the file agrees on how to share it (docs/decisions/0019):
 *
 * - WAL journal: readers never wait for a writer, so public pages keep being served while an
 *   editor, the CLI or a backup writes. The mode is stored in the file, so setting it once
 *   holds for every connection and every later process.
 * - synchronous=FULL, the durable setting: each commit is on disk before it is acknowledged,
 *   so "published" survives a power cut, not only a crashed process. It is per connection and
 *   the client opens connections on its own, so we rely on it being SQLite's compiled default
 *   in WAL mode (tests/security/database-locks.test.ts checks every connection we can reach).
 * - A busy timeout that waits without blocking the event loop, and no connection reused after
 *   a failure that spoils it (see ./busy-client).
 *
 * Remote databases (libsql://, http(s)://) get the waiting only: their server owns the rest.
 */
import { createClient, type Client } from '@libsql/client';
import { waitWhenBusy } from './busy-client';

/** Long enough for any write of ours or a CLI command; short enough for an editor to wait. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

function isLocalFile(url: string): boolean {
  return url.startsWith('file:') && !url.includes(':memory:');
}

export async function openNodeClient(options: { url: string; authToken?: string; busyTimeoutMs?: number }): Promise<Client> {
  // In-memory databases are one per connection: there is no other writer to wait for, and a
  // second client would be a second, empty database.
  if (options.url.includes(':memory:')) return createClient({ url: options.url });
  const client = waitWhenBusy(() => createClient({ url: options.url, authToken: options.authToken }), {
    timeoutMs: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
  });
  if (isLocalFile(options.url)) {
    try {
      const mode = (await client.execute('PRAGMA journal_mode = WAL')).rows[0]?.[0];
      if (String(mode).toLowerCase() !== 'wal') {
        console.warn(`The database ${options.url} could not switch to WAL (journal mode is "${String(mode)}"): readers will wait for writers.`);
      }
    } catch (error) {
      client.close();
      throw error;
    }
  }
  return client;
}
