/**
 * `npm run backup -- FILE [--include-secrets]`: writes the whole database to one JSON file
 * (format: docs/decisions/0016-backup-format.md). Reads only; the database is not migrated or
 * changed. The file is written beside its final name and renamed into place, so an
 * interrupted backup never leaves a half file under the name, and it is readable by its owner
 * only (with secrets it holds password hashes).
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { argv, pid, stderr, stdout } from 'node:process';
import { createBackup } from '../backup/create';
import { BackupError, rowCount, serializeBackup } from '../backup/format';
import { systemClock } from '../clock';
import { createDatabase } from '../db/database';
import { CliAbort, CliUsageError, databaseUrl, openDatabase, parseFileArguments, reportError, reportTable, runCommand, shownUrl } from './backup-database';
import { migrationName } from './backup-migrations';

const USAGE = `Usage: npm run backup -- FILE [--include-secrets]

Writes a backup of the status page database to FILE: one JSON document with every table,
its schema version and a checksum. Restore it with npm run restore -- FILE.

By default sign-in secrets are left out (password hashes, authenticator secrets, recovery
codes, passkeys, sessions, sign-in throttling): accounts restored from such a backup cannot
sign in until an admin sets new passwords with npm run admin -- reset-password.

Options:
  --include-secrets   keep the sign-in secrets too, for a full disaster restore
                      (keep that file as safe as the database itself)
  -h, --help          show this help

Environment: DATABASE_URL (default file:data/status.db; or a libsql:// or http(s):// URL),
LIBSQL_AUTH_TOKEN for a remote database.
`;

export async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseFileArguments(args, ['include-secrets'] as const);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    reportError(error.message, USAGE);
    return 2;
  }
  if ('help' in parsed) {
    stdout.write(USAGE);
    return 0;
  }
  const includeSecrets = parsed.flags['include-secrets'];
  const url = databaseUrl();
  let client;
  try {
    client = await openDatabase(url, { create: false });
    stderr.write(`Backing up ${shownUrl(url)}${includeSecrets ? ' with sign-in secrets' : ''}…\n`);
    const document = await createBackup(createDatabase(client), {
      now: systemClock.now(),
      includeSecrets,
      onTable: (table, rows) => reportTable('read', table, rows),
    });
    const temporary = `${parsed.file}.partial-${pid}`;
    try {
      // Flushed before the rename: after a power cut the name points at a whole file, not an empty one.
      const fd = openSync(temporary, 'w', 0o600);
      try {
        writeSync(fd, serializeBackup(document));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, parsed.file);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was written.
      }
      throw new CliAbort(`Cannot write ${parsed.file}: ${(error as Error).message}`);
    }
    const tables = Object.keys(document.tables).length;
    const secrets = document.secrets.included
      ? 'WITH sign-in secrets (password hashes, authenticator secrets, passkeys, sessions): keep it safe'
      : `without sign-in secrets (left out: ${[...document.secrets.tables, ...Object.entries(document.secrets.columns).flatMap(([table, columns]) => columns.map((column) => `${table}.${column}`))].join(', ')}; --include-secrets keeps them)`;
    stdout.write(
      `Backup written to ${parsed.file}: ${tables} tables, ${rowCount(document)} rows, schema ${migrationName(document.schemaMigration)}, ${secrets}; ${document.checksum}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof CliAbort || error instanceof BackupError) {
      reportError(error.message);
      return 1;
    }
    reportError(`could not back up ${shownUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    client?.close();
  }
}

runCommand(main, argv.slice(2));
