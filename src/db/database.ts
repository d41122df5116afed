/**
 * The database handle every store function takes first. Built from any @libsql/client
 * Client (embedded file on Node, HTTP on Workers), so this module stays runtime-neutral.
 */
import type { Client } from '@libsql/client/web';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
// The web entry only wraps the client it is given; it works with the Node client too and
// keeps the native driver out of the Workers bundle.
import { drizzle } from 'drizzle-orm/libsql/web';
import { CommitListeners } from './commits';
import * as relations from './relations';
import * as tables from './schema';

export const schema = { ...tables, ...relations };

/**
 * `$commits` travels with the handle so every write through it (routes, CLI, seed, tests)
 * reaches the same listeners without store functions taking another argument.
 */
export type Database = LibSQLDatabase<typeof schema> & { $client: Client; $commits: CommitListeners };

/** A transaction handle, accepted wherever a write helper runs inside one. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Either the database or an open transaction: read helpers accept both. */
export type Queryable = Database | Transaction;

export function createDatabase(client: Client): Database {
  return Object.assign(drizzle(client, { schema }), { $commits: new CommitListeners() });
}
