/**
 * Errors as Hrana reports them: an English message and a machine-readable code. SQLite errors
 * carry the primary result code ("SQLITE_CONSTRAINT", not "SQLITE_CONSTRAINT_UNIQUE"), which is
 * what sqld and Turso send and what @libsql/client's embedded driver puts in `LibsqlError.code`,
 * so code written against this server behaves the same in production.
 */
import Database from 'libsql';
import type { WireError } from './hrana-protocol';

/** A failure to report to the client with a code of our choosing. */
export class HranaError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'HranaError';
  }
}

export type SqliteError = InstanceType<typeof Database.SqliteError>;

export function isSqliteError(error: unknown): error is SqliteError {
  return error instanceof Database.SqliteError;
}

export function wireErrorOf(error: unknown): WireError {
  if (error instanceof HranaError) return { message: error.message, code: error.code };
  if (isSqliteError(error)) return { message: error.message, code: primaryCodeOf(error.code) };
  return { message: error instanceof Error ? error.message : String(error), code: 'INTERNAL_ERROR' };
}

/** Primary codes are one word after "SQLITE_"; extended codes add a second ("SQLITE_IOERR_READ"). */
function primaryCodeOf(code: string): string {
  return code.split('_').slice(0, 2).join('_');
}
