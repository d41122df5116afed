/**
 * Issue 9, defect 5, the remote side: a database that cannot be reached at all (a remote
 * libSQL URL with nothing listening) is "unavailable, try again", never a 500: public pages
 * get the 503 page with Retry-After, not stored by any cache.
 */
import { createClient } from '@libsql/client/web';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/database';
import { isDatabaseUnavailable } from '../../src/db/availability';
import { createTestApp, visibleText } from '../helpers/app';

/** A loopback port that nothing listens on (taken from the OS, then let go). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('an unreachable database', () => {
  it('is recognised as unavailable by the error it causes, and a constraint error is not', async () => {
    const client = createClient({ url: `http://127.0.0.1:${await closedPort()}` });
    const error = await client.execute('SELECT 1').catch((failure: unknown) => failure);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: { code: 'SQLITE_BUSY', extendedCode: 'SQLITE_BUSY_SNAPSHOT' } }))).toBe(true);
  });

  it('gives public pages a 503 in the reader’s language, with Retry-After and no caching', async () => {
    const database = createDatabase(createClient({ url: `http://127.0.0.1:${await closedPort()}` }));
    const { app, errors } = await createTestApp({ database, seed: 'none' });
    for (const [path, words] of [
      ['/', 'Tillfälligt otillgänglig'],
      ['/en/', 'Temporarily unavailable'],
      ['/feed.atom', 'Tillfälligt otillgänglig'],
    ] as const) {
      const response = await app.request(path);
      expect(response.status, path).toBe(503);
      expect(response.headers.get('retry-after'), path).toBe('5');
      expect(response.headers.get('cache-control'), path).toBe('no-store');
      expect(visibleText(await response.text()), path).toContain(words);
    }
    // Logged, so an operator sees it, but not as a crash.
    expect(errors.length).toBeGreaterThan(0);
  });
});
