/**
 * The ways a database can fail to take a request, as the console names them to an editor and
 * /healthz to an operator. Which error codes mean which lives with the database code
 * (src/db/availability.ts); the words live in the catalogs.
 *
 * - `busy`: another connection holds the lock (or every pooled connection is in use);
 * - `unreachable`: a remote database refused or dropped the connection, or it was not asked
 *   (not connected yet, or known to be down);
 * - `timeout`: no answer within the deadline (a write may or may not have reached it);
 * - `read-only`: the file, its disk or the connection accepts no writes;
 * - `full`: the disk, or the database's page limit, is full;
 * - `broken`: the file cannot be opened or read (I/O error, damaged, not a database).
 */
export const UNAVAILABILITIES = ['busy', 'unreachable', 'timeout', 'read-only', 'full', 'broken'] as const;
export type Unavailability = (typeof UNAVAILABILITIES)[number];

/** Kinds that waiting does not cure: someone has to fix the database or its disk. */
export function needsOperator(kind: Unavailability): boolean {
  return kind === 'read-only' || kind === 'full' || kind === 'broken';
}
