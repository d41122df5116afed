/**
 * Making a backup: every table read in one read transaction (a consistent snapshot, and no
 * write lock, so the site keeps publishing meanwhile), through the database handle only, so
 * the same code serves `npm run backup` and the console's download on Workers.
 */
import type { Transaction as LibsqlTransaction } from '@libsql/client/web';
import type { Database, Queryable } from '../db/database';
import { appendAudit, type Actor } from '../store/audit';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  checksumOf,
  rowCount,
  type BackupDocument,
  type BackupSecrets,
  type BackupTable,
} from './format';
import {
  backupValue,
  isSecretTable,
  quoteIdentifier,
  readSchemaMigration,
  readSequences,
  readTables,
  rowsAsArrays,
  SECRET_COLUMNS,
  type ReadSql,
} from './tables';

export interface BackupOptions {
  now: Date;
  /** Keep password hashes, TOTP secrets, recovery codes, passkeys, sessions and throttling. */
  includeSecrets: boolean;
  /** Told after each table, for progress on long backups. */
  onTable?: (table: string, rows: number) => void;
}

const LEFT_OUT_NOTE =
  'Sign-in secrets are left out: password hashes (replaced by a value no password matches), ' +
  'authenticator (TOTP) secrets, recovery codes, passkeys, sessions, known devices and sign-in throttling. ' +
  'After restoring, accounts exist but cannot sign in until an admin sets new passwords ' +
  '(npm run admin -- reset-password --username NAME). Make the backup with --include-secrets ' +
  'to keep them.';

const INCLUDED_NOTE =
  'This backup includes sign-in secrets (password hashes, authenticator secrets, recovery codes, ' +
  'passkeys, sessions): keep it as safe as the database itself.';

function readerOf(tx: LibsqlTransaction): ReadSql {
  return async (text) => {
    const result = await tx.execute(text);
    return rowsAsArrays(result.rows, result.columns.length);
  };
}

export async function createBackup(db: Database, options: BackupOptions): Promise<BackupDocument> {
  const tx = await db.$client.transaction('read');
  try {
    const read = readerOf(tx);
    const schemaMigration = await readSchemaMigration(read);
    if (!schemaMigration) {
      throw new BackupError('no-migrations', 'This database has no migrations applied: it is not (yet) a status page database.');
    }
    const tables: Record<string, BackupTable> = {};
    const leftOutTables: string[] = [];
    const replacedColumns: Record<string, string[]> = {};
    for (const table of await readTables(read)) {
      if (isSecretTable(table.name) && !options.includeSecrets) {
        leftOutTables.push(table.name);
        continue;
      }
      const order = table.primaryKey.length > 0 ? table.primaryKey : ['rowid'];
      const rows = await read(
        `SELECT ${table.columns.map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(table.name)} ORDER BY ${order.map(quoteIdentifier).join(', ')}`,
      );
      const replacements = options.includeSecrets ? undefined : SECRET_COLUMNS[table.name];
      const replaced = replacements ? table.columns.filter((column) => column in replacements) : [];
      if (replaced.length > 0) replacedColumns[table.name] = replaced;
      tables[table.name] = {
        columns: table.columns,
        rows: rows.map((row, index) =>
          table.columns.map((column, position) =>
            replacements && column in replacements ? replacements[column]! : backupValue(row[position], `${table.name} row ${index + 1}, ${column}`),
          ),
        ),
      };
      options.onTable?.(table.name, rows.length);
    }
    const sequences = Object.fromEntries([...(await readSequences(read))].filter(([name]) => name in tables));
    const secrets: BackupSecrets = {
      included: options.includeSecrets,
      tables: leftOutTables,
      columns: replacedColumns,
      note: options.includeSecrets ? INCLUDED_NOTE : LEFT_OUT_NOTE,
    };
    const body = { schemaMigration, sequences, tables };
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: options.now.toISOString(),
      schemaMigration,
      secrets,
      checksum: await checksumOf(body),
      sequences,
      tables,
    };
  } finally {
    tx.close();
  }
}

/**
 * Records a download from the console. A download changes nothing the public sees, so it is
 * appended like a sign-in, without bumping the public revision (no cache needs to refresh).
 */
export async function recordBackupDownload(db: Queryable, now: Date, actor: Actor, document: BackupDocument): Promise<void> {
  await appendAudit(db, now, actor, {
    action: 'backup.download',
    after: {
      secretsIncluded: document.secrets.included,
      tables: Object.keys(document.tables).length,
      rows: rowCount(document),
      checksum: document.checksum,
    },
  });
}
