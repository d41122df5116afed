/**
 * Reading a backup file back: JSON, the right format and version, a well-formed document
 * and a checksum that matches its data. Everything is checked before anything is written, so
 * a damaged or foreign file never touches the target database. (Only restoring needs this;
 * it is kept apart from making backups so the Worker, which only makes them, does not bundle
 * the validation.)
 */
import { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, checksumOf, type BackupDocument } from './format';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  schemaMigration: z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/), createdAt: z.number().int().nonnegative() }),
  secrets: z.object({
    included: z.boolean(),
    tables: z.array(z.string()),
    columns: z.record(z.string(), z.array(z.string())),
    note: z.string(),
  }),
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  sequences: z.record(z.string().regex(IDENTIFIER), z.number().int().nonnegative()),
  tables: z.record(
    z.string().regex(IDENTIFIER),
    z.object({ columns: z.array(z.string().regex(IDENTIFIER)).min(1), rows: z.array(z.array(z.unknown())) }),
  ),
});

/** Parses and checks a backup file's text; throws BackupError with a message for people. */
export async function parseBackup(text: string): Promise<BackupDocument> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BackupError('not-json', `The file is not valid JSON (${(error as Error).message}). Is it a backup made by npm run backup?`);
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError('wrong-format', `The file is not a status page backup: its "format" is not "${BACKUP_FORMAT}".`);
  }
  const version = (value as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    throw new BackupError(
      'unsupported-version',
      typeof version === 'number' && version > BACKUP_VERSION
        ? `The backup has format version ${version}, newer than this app reads (${BACKUP_VERSION}). Update the app and try again.`
        : `The backup's format version ${JSON.stringify(version)} is not one this app reads (${BACKUP_VERSION}).`,
    );
  }
  const parsed = envelopeSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BackupError('invalid', `The backup is damaged: ${issue.path.join('.') || 'the document'}: ${issue.message}.`);
  }
  const document = parsed.data as BackupDocument;
  for (const [name, table] of Object.entries(document.tables)) {
    if (new Set(table.columns).size !== table.columns.length) throw new BackupError('invalid', `The backup is damaged: table ${name} names a column twice.`);
    for (const [index, row] of table.rows.entries()) {
      if (row.length !== table.columns.length) {
        throw new BackupError('invalid', `The backup is damaged: ${name} row ${index + 1} has ${row.length} values for ${table.columns.length} columns.`);
      }
      for (const cell of row) {
        if (cell !== null && typeof cell !== 'string' && !(typeof cell === 'number' && Number.isFinite(cell))) {
          throw new BackupError('invalid', `The backup is damaged: ${name} row ${index + 1} holds a value that is not text, a number or null.`);
        }
      }
    }
  }
  const actual = await checksumOf(document);
  if (actual !== document.checksum) {
    throw new BackupError(
      'checksum',
      `The backup's checksum does not match its data (file says ${document.checksum}, data gives ${actual}): the file was changed or damaged after it was made. Nothing was restored.`,
    );
  }
  return document;
}
