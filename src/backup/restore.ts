/**
 * Restoring a backup into a database whose migrations match the backup's: everything in one
 * write transaction, so the target ends up either exactly as before or holding the backup.
 *
 * The target must be empty (nothing but what the migrations insert) unless `force` is given.
 * With `force` its contents are replaced: the append-only triggers that protect the public
 * record and the audit log are dropped, every table emptied, the backup written and the
 * triggers created again from their stored definitions, all inside the same transaction, so
 * no other connection ever sees the record unprotected. This is the only path that removes
 * published updates, and only an operator with the database URL can take it.
 *
 * The public revision becomes one more than both the target's and the backup's, so every
 * cache keyed on it (page cache, ETags, the edge) refreshes; its time stays the backup's,
 * because the public data last changed then ("Senast uppdaterad" reads the same as before).
 */
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db/database';
import { appendAudit, type Actor } from '../store/audit';
import { BackupError, rowCount, type BackupDocument, type BackupValue } from './format';
import { quoteIdentifier, readSchemaMigration, readTables, rowsAsArrays, type ReadSql, type TableInfo } from './tables';

export interface RestoreOptions {
  now: Date;
  actor: Actor;
  /** Replace whatever the target holds. */
  force: boolean;
  /** Told after each table is written, for progress on long restores. */
  onTable?: (table: string, rows: number) => void;
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  /** The public revision after the restore. */
  revision: number;
  /** The target held data, which `force` replaced. */
  replacedExisting: boolean;
  secretsIncluded: boolean;
  /** Accounts restored without a password (a backup without secrets): they need a new one. */
  accountsWithoutPassword: string[];
}

/**
 * Rows that the migrations themselves insert, as a condition that is true for any *other*
 * row: a database holding only migration rows counts as empty.
 */
const NOT_FROM_MIGRATIONS: Record<string, string> = {
  admin_settings: 'NOT (id = 1 AND require_second_factor = 0 AND updated_at = 0)',
};

/** Tables a person recognises, named first when a refusal lists what the target holds. */
const NAMED_FIRST = ['site_settings', 'services', 'incidents', 'updates', 'users'];

/** SQLite's default limit on bound parameters is 32 766; stay far below it on every host. */
const MAX_PARAMETERS = 900;

function readerOf(tx: Transaction): ReadSql {
  return async (text) => {
    const rows = (await tx.values(sql.raw(text))) as unknown as ArrayLike<unknown>[];
    return rowsAsArrays(rows, rows[0]?.length ?? 0);
  };
}

function describeMigration(migration: { createdAt: number; hash: string }): string {
  return `${new Date(migration.createdAt).toISOString()} (${migration.hash.slice(0, 12)}…)`;
}

/** Tables in the target that hold rows (beyond those the migrations insert), with counts. */
async function contentsOf(read: ReadSql, tables: TableInfo[]): Promise<{ table: string; rows: number }[]> {
  const counts = tables.map((table) => {
    const where = NOT_FROM_MIGRATIONS[table.name];
    return `(SELECT count(*) FROM ${quoteIdentifier(table.name)}${where ? ` WHERE ${where}` : ''})`;
  });
  const [row] = await read(`SELECT ${counts.join(', ')}`);
  return tables.map((table, index) => ({ table: table.name, rows: Number(row?.[index] ?? 0) })).filter((entry) => entry.rows > 0);
}

function checkTablesFit(document: BackupDocument, tables: TableInfo[]): void {
  const byName = new Map(tables.map((table) => [table.name, table]));
  for (const [name, table] of Object.entries(document.tables)) {
    const target = byName.get(name);
    if (!target) throw new BackupError('unknown-table', `The backup has a table "${name}" that this database does not have.`);
    const missing = table.columns.find((column) => !target.columns.includes(column));
    if (missing) throw new BackupError('unknown-table', `The backup's table "${name}" has a column "${missing}" that this database does not have.`);
  }
}

async function insertRows(tx: Transaction, name: string, columns: string[], rows: BackupValue[][]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const columnList = sql.join(columns.map((column) => sql.identifier(column)), sql`, `);
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows.slice(start, start + perStatement).map((row) => sql`(${sql.join(row.map((value) => sql`${value}`), sql`, `)})`);
    await tx.run(sql`INSERT INTO ${sql.identifier(name)} (${columnList}) VALUES ${sql.join(values, sql`, `)}`);
  }
}

function columnValue(document: BackupDocument, table: string, column: string): BackupValue[] {
  const data = document.tables[table];
  const index = data?.columns.indexOf(column) ?? -1;
  return data && index >= 0 ? data.rows.map((row) => row[index] ?? null) : [];
}

export async function restoreBackup(db: Database, document: BackupDocument, options: RestoreOptions): Promise<RestoreSummary> {
  const summary = await db.transaction(async (tx) => {
    const read = readerOf(tx);
    const migration = await readSchemaMigration(read);
    if (!migration) throw new BackupError('no-migrations', 'The target database has no migrations applied; apply them first (npm run db:migrate).');
    if (migration.hash !== document.schemaMigration.hash || migration.createdAt !== document.schemaMigration.createdAt) {
      throw new BackupError(
        'schema-mismatch',
        `The backup was made at schema migration ${describeMigration(document.schemaMigration)}, but this database is at ${describeMigration(migration)}.`,
      );
    }
    const tables = await readTables(read);
    checkTablesFit(document, tables);

    const contents = await contentsOf(read, tables);
    if (contents.length > 0 && !options.force) {
      const rank = (table: string) => (NAMED_FIRST.indexOf(table) + NAMED_FIRST.length + 1) % (NAMED_FIRST.length + 1);
      const shown = [...contents].sort((a, b) => rank(a.table) - rank(b.table)).slice(0, 6).map(({ table, rows }) => `${table} (${rows} ${rows === 1 ? 'row' : 'rows'})`);
      throw new BackupError(
        'not-empty',
        `The target database is not empty: ${shown.join(', ')}${contents.length > shown.length ? ` and ${contents.length - shown.length} more tables` : ''}. ` +
          'Restore into a new, empty database, or use --force to replace everything in it (its audit log and published updates included).',
      );
    }
    const [previous] = await read(`SELECT revision FROM public_revision WHERE id = 1`);

    // Foreign keys are checked once, at the commit (and by foreign_key_check below).
    await tx.run(sql.raw('PRAGMA defer_foreign_keys = ON'));
    const triggers = (await read(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL ORDER BY name`)) as [string, string][];
    for (const [name] of triggers) await tx.run(sql.raw(`DROP TRIGGER ${quoteIdentifier(name)}`));
    for (const table of [...tables].reverse()) await tx.run(sql.raw(`DELETE FROM ${quoteIdentifier(table.name)}`));
    const hasSequences = (await read(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'`)).length > 0;
    if (hasSequences) await tx.run(sql.raw('DELETE FROM sqlite_sequence'));

    for (const table of tables) {
      const data = document.tables[table.name];
      if (!data) continue;
      try {
        await insertRows(tx, table.name, data.columns, data.rows);
      } catch (error) {
        throw new BackupError('integrity', `The backup's table ${table.name} cannot be written (${(error as Error).message}). Nothing was restored.`);
      }
      options.onTable?.(table.name, data.rows.length);
    }
    if (hasSequences) {
      for (const [name, seq] of Object.entries(document.sequences)) {
        if (!tables.some((table) => table.name === name)) continue;
        await tx.run(sql`INSERT INTO sqlite_sequence (name, seq) SELECT ${name}, 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ${name})`);
        await tx.run(sql`UPDATE sqlite_sequence SET seq = ${seq} WHERE name = ${name} AND seq < ${seq}`);
      }
    }
    for (const [, definition] of triggers) await tx.run(sql.raw(definition));

    const backupRevision = Number(columnValue(document, 'public_revision', 'revision')[0] ?? 0);
    const changedAt = Number(columnValue(document, 'public_revision', 'changed_at')[0] ?? Date.parse(document.createdAt));
    const revision = Math.max(Number(previous?.[0] ?? 0), backupRevision) + 1;
    await tx.run(
      sql`INSERT INTO public_revision (id, revision, changed_at) VALUES (1, ${revision}, ${changedAt})
          ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, changed_at = excluded.changed_at`,
    );

    const result: RestoreSummary = {
      tables: Object.keys(document.tables).length,
      rows: rowCount(document),
      revision,
      replacedExisting: contents.length > 0,
      secretsIncluded: document.secrets.included,
      accountsWithoutPassword: document.secrets.included ? [] : columnValue(document, 'users', 'username').map(String),
    };
    await appendAudit(tx, options.now, options.actor, {
      action: 'backup.restore',
      after: {
        backupCreatedAt: document.createdAt,
        checksum: document.checksum,
        secretsIncluded: result.secretsIncluded,
        rows: result.rows,
        replacedExisting: result.replacedExisting,
        revision,
      },
    });

    const violations = await read('PRAGMA foreign_key_check');
    if (violations.length > 0) {
      const [table, rowid, parent] = violations[0]!;
      throw new BackupError(
        'integrity',
        `The backup breaks ${violations.length} foreign key${violations.length === 1 ? '' : 's'} (first: ${table} row ${rowid} refers to a missing ${parent} row). Nothing was restored.`,
      );
    }
    const integrity = await read('PRAGMA integrity_check');
    if (integrity.length !== 1 || integrity[0]![0] !== 'ok') {
      throw new BackupError('integrity', `The database failed its integrity check after restoring (${String(integrity[0]?.[0])}). Nothing was restored.`);
    }
    return result;
  });
  // Like every committed write: in-process caches forget the revision they hold.
  db.$commits.notify();
  return summary;
}
