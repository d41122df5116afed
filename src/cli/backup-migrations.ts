/**
 * Getting a restore target to the backup's schema. A backup holds rows as the schema stood
 * when it was made; rows are only written into exactly that schema (src/backup/restore.ts).
 * So that a backup outlives upgrades of the app, a new, never-migrated target is first
 * migrated only up to the backup's migration, the backup restored, and the migrations made
 * since are applied afterwards, to the restored rows, exactly as an upgrade would apply them.
 * drizzle's migrator applies all of a folder, so "up to" means a temporary folder holding the
 * journal cut after that migration.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Database } from '../db/database';
import { applyMigrations, MIGRATIONS_FOLDER } from '../db/migrate';
import type { SchemaMigration } from '../backup/format';
import { readSchemaMigration, rowsAsArrays, type ReadSql } from '../backup/tables';
import { CliAbort } from './password-input';

interface JournalEntry {
  tag: string;
  when: number;
}

interface Journal {
  entries: JournalEntry[];
}

interface LocalMigration extends JournalEntry {
  hash: string;
}

function localMigrations(): { journal: Journal; migrations: LocalMigration[] } {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as Journal;
  const files = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  return { journal, migrations: journal.entries.map((entry, index) => ({ tag: entry.tag, when: entry.when, hash: files[index]!.hash })) };
}

/** The migration's name when this app knows it (for messages), else its time. */
export function migrationName(migration: SchemaMigration): string {
  const known = localMigrations().migrations.find((local) => local.when === migration.createdAt);
  return known ? known.tag : `from ${new Date(migration.createdAt).toISOString()}`;
}

function readerOf(db: Database): ReadSql {
  return async (text) => {
    const result = await db.$client.execute(text);
    return rowsAsArrays(result.rows, result.columns.length);
  };
}

export interface PreparedTarget {
  /** Migrations to apply after the restore (the backup is older than this app). */
  finish: () => Promise<number>;
}

/**
 * Where the backup's migration stands among this app's, or a refusal (a newer app made it, or
 * its SQL differs). Needs no database, so a restore can refuse before it opens one.
 */
export function locateBackupMigration(backup: SchemaMigration): { index: number; migrations: LocalMigration[]; journal: Journal } {
  const { journal, migrations } = localMigrations();
  const latest = migrations[migrations.length - 1]!;
  const index = migrations.findIndex((migration) => migration.when === backup.createdAt);
  if (index === -1) {
    throw new CliAbort(
      backup.createdAt > latest.when
        ? `The backup was made by a newer version of the app (schema ${migrationName(backup)}; this app knows up to ${latest.tag}). Update the app, then restore.`
        : `The backup's schema migration (${migrationName(backup)}, ${backup.hash.slice(0, 12)}…) is not one of this app's migrations.`,
    );
  }
  if (migrations[index]!.hash !== backup.hash) {
    throw new CliAbort(`The backup's schema migration ${migrations[index]!.tag} differs from this app's migration of that name (its SQL was changed).`);
  }
  return { index, migrations, journal };
}

/** Migrates the target so that its schema is the backup's, or refuses with the reason. */
export async function prepareTarget(db: Database, backup: SchemaMigration): Promise<PreparedTarget> {
  const { index, migrations, journal } = locateBackupMigration(backup);
  const nothingToFinish = { finish: async () => 0 };
  if (index === migrations.length - 1) {
    await applyMigrations(db);
    return nothingToFinish;
  }
  const current = await readSchemaMigration(readerOf(db));
  if (current) {
    throw new CliAbort(
      `The backup was made by an older version of the app (schema ${migrations[index]!.tag}), and this database is already migrated ` +
        `(to ${migrationName(current)}). Restore it into a new, empty database: the ${migrations.length - 1 - index} migration(s) made since are then applied to the restored data.`,
    );
  }
  const folder = mkdtempSync(join(tmpdir(), 'status-restore-migrations-'));
  try {
    mkdirSync(join(folder, 'meta'));
    writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, index + 1) }));
    for (const entry of journal.entries.slice(0, index + 1)) copyFileSync(join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
    await migrate(db, { migrationsFolder: folder });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return {
    finish: async () => {
      await applyMigrations(db);
      return migrations.length - 1 - index;
    },
  };
}
