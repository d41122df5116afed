/**
 * What restoring refuses, and that a refusal changes nothing: a non-empty target without
 * force, a file that is not JSON, not a backup, of a newer version, damaged or tampered with,
 * of another schema, or whose rows break the database's foreign keys.
 */
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src/backup/create';
import { BackupError, checksumOf, serializeBackup, type BackupDocument } from '../../src/backup/format';
import { parseBackup } from '../../src/backup/parse';
import { restoreBackup } from '../../src/backup/restore';
import { publishUpdate } from '../../src/store/publishing';
import { readRevision } from '../../src/store/revision';
import { createTestDatabase } from '../helpers/db';
import { appOn, exampleDatabase, tableRows } from './helpers';

const RESTORE = { actor: { userId: null, username: 'cli', ip: null }, now: new Date('2026-02-11T13:00:00Z') };

async function exampleBackup(): Promise<{ text: string; document: BackupDocument }> {
  const { db, clock } = await exampleDatabase();
  const document = await createBackup(db, { now: clock.now(), includeSecrets: false });
  return { text: serializeBackup(document), document };
}

async function failure(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

/** A copy of the document with `change` applied and the checksum made right again. */
async function edited(document: BackupDocument, change: (copy: BackupDocument) => void): Promise<BackupDocument> {
  const copy = structuredClone(document);
  change(copy);
  copy.checksum = await checksumOf(copy);
  return copy;
}

describe('restore refuses', () => {
  it('a target that already holds data, and leaves it as it was', async () => {
    const { document } = await exampleBackup();
    const target = await exampleDatabase();
    const before = await tableRows(target.db, 'updates');
    const revision = await readRevision(target.db);
    const error = await failure(restoreBackup(target.db, document, { ...RESTORE, force: false }));
    expect(error.code).toBe('not-empty');
    expect(error.message).toMatch(/not empty: .*updates \(\d+ rows\).*--force/);
    expect(await tableRows(target.db, 'updates')).toEqual(before);
    expect(await readRevision(target.db)).toEqual(revision);
  });

  it('accepts a target holding only what the migrations insert', async () => {
    const { document } = await exampleBackup();
    const target = await createTestDatabase();
    expect(await tableRows(target, 'admin_settings')).toHaveLength(1);
    await expect(restoreBackup(target, document, { ...RESTORE, force: false })).resolves.toMatchObject({ replacedExisting: false });
  });

  it('a file that is not JSON, not a backup, of a newer version or damaged', async () => {
    const { text, document } = await exampleBackup();
    expect((await failure(parseBackup(text.slice(0, text.length / 2)))).code).toBe('not-json');
    expect((await failure(parseBackup('{"format":"something-else","version":1}'))).code).toBe('wrong-format');
    expect((await failure(parseBackup('[1,2,3]'))).code).toBe('wrong-format');
    const newer = await failure(parseBackup(JSON.stringify({ ...document, version: 2 })));
    expect(newer.code).toBe('unsupported-version');
    expect(newer.message).toMatch(/newer than this app reads/);
    const missingRows = structuredClone(document) as unknown as { tables: Record<string, { rows?: unknown }> };
    delete missingRows.tables.services!.rows;
    expect((await failure(parseBackup(JSON.stringify(missingRows)))).code).toBe('invalid');
    const shortRow = structuredClone(document);
    shortRow.tables.services!.rows[0]!.pop();
    const damaged = await failure(parseBackup(JSON.stringify(shortRow)));
    expect(damaged.code).toBe('invalid');
    expect(damaged.message).toMatch(/services row 1 has \d+ values for \d+ columns/);
  });

  it('a backup whose data was changed after it was made (checksum)', async () => {
    const { text, document } = await exampleBackup();
    const slug = document.tables.incidents!.rows[0]![document.tables.incidents!.columns.indexOf('slug')] as string;
    const tampered = text.replace(`"${slug}"`, `"${slug}-x"`);
    expect(tampered).not.toBe(text);
    const error = await failure(parseBackup(tampered));
    expect(error.code).toBe('checksum');
    expect(error.message).toMatch(/checksum does not match/);
    // Layout is not data: the same document indented differently still verifies.
    await expect(parseBackup(JSON.stringify(JSON.parse(text)))).resolves.toMatchObject({ checksum: document.checksum });
  });

  it('a backup made at another schema migration', async () => {
    const { document } = await exampleBackup();
    const other = await edited(document, (copy) => {
      copy.schemaMigration = { ...copy.schemaMigration, createdAt: copy.schemaMigration.createdAt - 1 };
    });
    const target = await createTestDatabase();
    const error = await failure(restoreBackup(target, await parseBackup(serializeBackup(other)), { ...RESTORE, force: false }));
    expect(error.code).toBe('schema-mismatch');
    expect(await tableRows(target, 'services')).toEqual([]);
  });

  it('rows that break a foreign key, rolling everything back', async () => {
    const { document } = await exampleBackup();
    const broken = await edited(document, (copy) => {
      copy.tables.service_groups!.rows.splice(0, 1);
    });
    const target = await createTestDatabase();
    const error = await failure(restoreBackup(target, broken, { ...RESTORE, force: false }));
    expect(error.code).toBe('integrity');
    expect(error.message).toMatch(/foreign key/);
    for (const table of ['services', 'updates', 'audit_log', 'public_revision']) expect(await tableRows(target, table), table).toEqual([]);
    expect(await tableRows(target, 'admin_settings')).toHaveLength(1);
  });
});

describe('restore with force', () => {
  it('replaces everything in one go and leaves the public record protected', async () => {
    const source = await exampleDatabase();
    const document = await createBackup(source.db, { now: source.clock.now(), includeSecrets: false });
    const target = await exampleDatabase();
    // Something the backup does not have, which must be gone afterwards.
    const service = await target.db.query.services.findFirst();
    await publishUpdate(target.db, target.clock, { texts: { sv: 'Endast i måldatabasen.' }, mentions: [service!.id] });
    const previous = await readRevision(target.db);

    const summary = await restoreBackup(target.db, document, { ...RESTORE, force: true });
    expect(summary.replacedExisting).toBe(true);
    expect(summary.revision).toBeGreaterThan(previous.revision);
    expect(await tableRows(target.db, 'update_texts')).toEqual(await tableRows(source.db, 'update_texts'));
    const page = await (await appOn(target.db, source.clock).request('/')).text();
    expect(page).not.toContain('Endast i måldatabasen.');

    await expect(target.db.$client.execute('DELETE FROM updates')).rejects.toThrow(/append-only/);
    await expect(target.db.$client.execute('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });
});
