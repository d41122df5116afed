/** A fresh, migrated in-memory database for each test: no shared state, no order dependence. */
import { createClient } from '@libsql/client';
import { createDatabase, type Database } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';

export async function createTestDatabase(): Promise<Database> {
  const db = createDatabase(createClient({ url: ':memory:' }));
  await applyMigrations(db);
  return db;
}
