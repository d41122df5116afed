/**
 * Applies the committed drizzle-kit migrations (migrations/). Node-side tooling: it reads the
 * folder from disk. Workers never migrate on request; operators run `npm run db:migrate`.
 */
import { migrate } from 'drizzle-orm/libsql/migrator';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

export async function applyMigrations(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
