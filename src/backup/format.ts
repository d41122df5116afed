/**
 * The backup file: one JSON document, versioned, with a checksum over its data. The format is
 * described for people in docs/decisions/0016-backup-format.md; this module is its definition.
 *
 * Rows are arrays in the order of their table's `columns`, so a file stays compact and each
 * row can sit on a line of its own. The checksum covers the data in a canonical form (tables
 * and sequences sorted by name, rows as stored), not the bytes, so re-indenting the file or
 * sorting its keys does not break it but changing any value does.
 */

export const BACKUP_FORMAT = 'worst-day-status-backup';
export const BACKUP_VERSION = 1;

/** What a column holds in a backup. SQLite blobs are not used by this schema and refused. */
export type BackupValue = string | number | null;

export interface BackupTable {
  columns: string[];
  rows: BackupValue[][];
}

/** The last drizzle migration applied to the database the backup was made from. */
export interface SchemaMigration {
  /** SHA-256 (hex) of the migration's SQL, as drizzle records it in `__drizzle_migrations`. */
  hash: string;
  /** The migration's `when` in migrations/meta/_journal.json (drizzle's `created_at`). */
  createdAt: number;
}

export interface BackupSecrets {
  /** True when made with --include-secrets: the backup can restore sign-ins as they were. */
  included: boolean;
  /** Tables left out entirely. */
  tables: string[];
  /** Columns replaced in the rows that are kept (a password hash that verifies nothing). */
  columns: Record<string, string[]>;
  /** The same, in words, for whoever opens the file. */
  note: string;
}

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When the backup was made (ISO 8601, UTC). */
  createdAt: string;
  schemaMigration: SchemaMigration;
  secrets: BackupSecrets;
  /** `sha256:<hex>` of `canonicalData(document)`. */
  checksum: string;
  /** AUTOINCREMENT counters (sqlite_sequence), so ids of deleted rows are never handed out again. */
  sequences: Record<string, number>;
  /** Every table, parents before the tables that refer to them. */
  tables: Record<string, BackupTable>;
}

export class BackupError extends Error {
  constructor(
    readonly code:
      | 'not-json'
      | 'wrong-format'
      | 'unsupported-version'
      | 'invalid'
      | 'checksum'
      | 'no-migrations'
      | 'schema-mismatch'
      | 'unknown-table'
      | 'not-empty'
      | 'unsupported-value'
      | 'integrity',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The data the checksum covers, in one canonical serialisation. */
export function canonicalData(document: Pick<BackupDocument, 'schemaMigration' | 'sequences' | 'tables'>): string {
  const byName = <T>(record: Record<string, T>) => Object.keys(record).sort().map((name) => [name, record[name]!] as const);
  return JSON.stringify({
    schemaMigration: { hash: document.schemaMigration.hash, createdAt: document.schemaMigration.createdAt },
    sequences: byName(document.sequences),
    tables: byName(document.tables).map(([name, table]) => [name, table.columns, table.rows]),
  });
}

export async function checksumOf(document: Pick<BackupDocument, 'schemaMigration' | 'sequences' | 'tables'>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalData(document)));
  return `sha256:${[...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export function rowCount(document: Pick<BackupDocument, 'tables'>): number {
  return Object.values(document.tables).reduce((sum, table) => sum + table.rows.length, 0);
}

/**
 * The file's text: indented JSON with the envelope first (a person running `head` sees what
 * it is, when it was made and whether it holds secrets) and one row per line.
 */
export function serializeBackup(document: BackupDocument): string {
  const { tables, ...envelope } = document;
  const head = JSON.stringify(envelope, null, 2).slice(0, -2);
  const tableTexts = Object.entries(tables).map(([name, table]) => {
    const rows = table.rows.map((row) => `        ${JSON.stringify(row)}`).join(',\n');
    return [
      `    ${JSON.stringify(name)}: {`,
      `      "columns": ${JSON.stringify(table.columns)},`,
      table.rows.length === 0 ? '      "rows": []' : `      "rows": [\n${rows}\n      ]`,
      '    }',
    ].join('\n');
  });
  return `${head},\n  "tables": {\n${tableTexts.join(',\n')}\n  }\n}\n`;
}

/** A file name that sorts by time and says what it is, e.g. status-backup-20260211T130000Z.json. */
export function backupFileName(createdAt: Date): string {
  return `status-backup-${createdAt.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}.json`;
}
