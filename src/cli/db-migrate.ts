/**
 * Applies the committed migrations to a database: the embedded file by default, or a remote
 * libSQL database (Turso, sqld) given by URL. Used before deploying to the edge, where the
 * Worker never migrates on its own.
 *
 *   npm run db:migrate                                   # file:data/status.db
 *   DATABASE_URL=libsql://status-org.turso.io LIBSQL_AUTH_TOKEN=… npm run db:migrate
 */
import { createDatabase } from '../db/database';
import { applyMigrations } from '../db/migrate';
import { openNodeClient } from '../db/open-node';

const url = process.env.DATABASE_URL ?? process.env.LIBSQL_URL ?? 'file:data/status.db';
// WAL and the busy wait, as the server opens it: migrating next to a running server waits for its lock.
const client = await openNodeClient({ url, authToken: process.env.LIBSQL_AUTH_TOKEN || undefined });
try {
  await applyMigrations(createDatabase(client));
  console.log(`Migrations applied to ${url.replace(/\/\/[^@/]*@/, '//…@')}`);
} catch (error) {
  console.error(`Could not migrate ${url}:`, error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  client.close();
}
