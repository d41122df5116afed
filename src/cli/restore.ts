/**
 * `npm run restore -- FILE [--force]`: restores a backup made by `npm run backup` (or
 * downloaded from the console) into DATABASE_URL. The file is checked completely (format,
 * version, checksum) before the database is opened; the target is migrated to the backup's
 * schema, must be empty unless --force is given, and receives the backup in one transaction
 * (src/backup/restore.ts), checked with foreign_key_check and integrity_check before it
 * commits. The restore is recorded in the restored audit log as `cli`.
 */
import { readFileSync } from 'node:fs';
import { argv, stderr, stdout } from 'node:process';
import { BackupError } from '../backup/format';
import { parseBackup } from '../backup/parse';
import { restoreBackup } from '../backup/restore';
import { systemClock } from '../clock';
import { createDatabase } from '../db/database';
import type { Actor } from '../store/audit';
import { CliAbort, CliUsageError, databaseUrl, openDatabase, parseFileArguments, reportError, reportTable, runCommand, shownUrl } from './backup-database';
import { locateBackupMigration, migrationName, prepareTarget } from './backup-migrations';
import { forTerminal } from './terminal-text';

const CLI_ACTOR: Actor = { userId: null, username: 'cli', ip: null };

const USAGE = `Usage: npm run restore -- FILE [--force]

Restores a backup made by npm run backup (or downloaded from the console) into the database.
The file's format, version and checksum are checked before anything is written; the database
is migrated to the backup's schema first; everything is written in one transaction, and the
public revision moves on so every cached page refreshes.

The database must be empty (new, or only migrated). A backup without sign-in secrets gives
accounts that cannot sign in until an admin sets new passwords:
  npm run admin -- reset-password --username NAME

Options:
  --force      replace everything the database holds, including its audit log and its
               published updates (the only way they are ever removed)
  -h, --help   show this help

Environment: DATABASE_URL (default file:data/status.db; or a libsql:// or http(s):// URL),
LIBSQL_AUTH_TOKEN for a remote database.
`;

function readBackupFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliAbort(code === 'ENOENT' ? `There is no file ${file}.` : `Cannot read ${file}: ${(error as Error).message}`);
  }
}

export async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseFileArguments(args, ['force'] as const);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    reportError(error.message, USAGE);
    return 2;
  }
  if ('help' in parsed) {
    stdout.write(USAGE);
    return 0;
  }
  const url = databaseUrl();
  let client;
  try {
    const document = await parseBackup(readBackupFile(parsed.file));
    stderr.write(`Restoring the backup of ${document.createdAt} (schema ${migrationName(document.schemaMigration)}) into ${shownUrl(url)}…\n`);
    locateBackupMigration(document.schemaMigration);
    client = await openDatabase(url, { create: true });
    const db = createDatabase(client);
    const target = await prepareTarget(db, document.schemaMigration);
    const summary = await restoreBackup(db, document, {
      now: systemClock.now(),
      actor: CLI_ACTOR,
      force: parsed.flags.force,
      onTable: (table, rows) => reportTable('wrote', table, rows),
    });
    const upgraded = await target.finish();
    const parts = [
      `Restored ${parsed.file} into ${shownUrl(url)}: ${summary.tables} tables, ${summary.rows} rows, public revision ${summary.revision}`,
      summary.replacedExisting ? 'replacing what the database held' : null,
      upgraded > 0 ? `then applied ${upgraded} newer migration(s)` : null,
      summary.secretsIncluded
        ? 'sign-in secrets included'
        : summary.accountsWithoutPassword.length > 0
          ? `without sign-in secrets: ${summary.accountsWithoutPassword.length} account(s) (${summary.accountsWithoutPassword.map(forTerminal).join(', ')}) cannot sign in until an admin sets new passwords (npm run admin -- reset-password --username NAME)`
          : 'without sign-in secrets (no accounts in the backup)',
    ];
    stdout.write(`${parts.filter(Boolean).join('; ')}.\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliAbort || error instanceof BackupError) {
      reportError(error.message);
      return 1;
    }
    reportError(`could not restore into ${shownUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    client?.close();
  }
}

runCommand(main, argv.slice(2));
