/** Column helpers shared by the public and the admin tables (not tables themselves). */
import { sql, type SQL } from 'drizzle-orm';
import { integer, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

export const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });
export const createdAt = () => timestamp('created_at').notNull();
export const updatedAt = () => timestamp('updated_at').notNull();

/**
 * `<column> in ('a','b',…)` for a check constraint, built from a vocabulary in src/domain, so
 * a key added or removed there reaches the constraint and drizzle-kit writes the migration.
 * A column given by name is written bare, as the constraints of migration 0000 were. Keys are
 * the domain's lower-case words; anything else is refused, never quoted into SQL.
 */
export function inVocabulary(column: AnySQLiteColumn | string, keys: readonly string[]): SQL {
  const bad = keys.find((key) => !/^[a-z][a-z_]*$/.test(key));
  if (bad !== undefined) throw new Error(`Not a vocabulary key: ${JSON.stringify(bad)}`);
  const list = sql.raw(keys.map((key) => `'${key}'`).join(','));
  return sql`${typeof column === 'string' ? sql.raw(column) : column} in (${list})`;
}
