/**
 * Two apps over two databases, built the same way, so a page served by each can be compared
 * byte for byte: the example municipality in one, whatever a test restores in the other.
 */
import { createApp } from '../../src/app';
import { fixedClock } from '../../src/clock';
import type { Database } from '../../src/db/database';
import { loadExample } from '../../src/seed/example';
import { DEFAULT_SESSION_POLICY } from '../../src/store/sessions';
import { TEST_PASSWORD_ITERATIONS } from '../helpers/app';
import { createTestDatabase } from '../helpers/db';

/** The same Wednesday afternoon as the other tests. */
export const NOW = '2026-02-11T13:00:00Z';

export type BackupTestClock = ReturnType<typeof fixedClock>;

export function appOn(db: Database, clock: BackupTestClock) {
  return createApp({
    db,
    clock,
    config: {
      publicUrl: null,
      buildId: 'test',
      precompress: false,
      revisionTtlMs: 0,
      auth: { passwordIterations: TEST_PASSWORD_ITERATIONS, session: DEFAULT_SESSION_POLICY, setupToken: null },
    },
    clientIp: (c) => c.req.header('X-Test-Client-IP') ?? '192.0.2.1',
  });
}

/** A fresh database holding the example municipality, and the clock it was loaded with. */
export async function exampleDatabase(): Promise<{ db: Database; clock: BackupTestClock }> {
  const db = await createTestDatabase();
  const clock = fixedClock(NOW);
  await loadExample(db, clock, { publicUrl: 'https://status.example.org' });
  return { db, clock };
}

/** Every row of a table, ordered by its first column, for comparing two databases. */
export async function tableRows(db: Database, table: string): Promise<unknown[]> {
  const result = await db.$client.execute(`SELECT * FROM "${table}" ORDER BY 1, 2`);
  return result.rows.map((row) => ({ ...row }));
}
