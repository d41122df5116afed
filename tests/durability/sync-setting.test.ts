/**
 * What decides whether a commit survives a power cut (docs/decisions/0021): the journal mode
 * and `synchronous`, read through the client the app opens its file with. `synchronous` is
 * per connection and @libsql/client opens connections on its own (one more for each
 * interactive transaction), so nothing sets it: every connection gets the library's
 * compiled default. Checked here on the connections the test can reach, and at the source,
 * the compile options, for those it cannot.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNodeClient } from '../../src/db/open-node';

const FULL = 2;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

async function clientOnFreshFile() {
  const dir = mkdtempSync(join(tmpdir(), 'sync-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const client = await openNodeClient({ url: `file:${join(dir, 'status.db')}` });
  cleanups.push(() => client.close());
  return client;
}

describe('the database file as the app opens it', () => {
  it('commits with synchronous=FULL in WAL mode on every connection, including those opened later', async () => {
    const client = await clientOnFreshFile();
    expect(String((await client.execute('PRAGMA journal_mode')).rows[0]![0])).toBe('wal');
    expect(Number((await client.execute('PRAGMA synchronous')).rows[0]![0])).toBe(FULL);
    // A transaction takes the client's connection with it; the client opens another.
    const transaction = await client.transaction('write');
    expect(Number((await transaction.execute('PRAGMA synchronous')).rows[0]![0])).toBe(FULL);
    expect(Number((await client.execute('PRAGMA synchronous')).rows[0]![0])).toBe(FULL);
    await transaction.rollback();
    // Why every future connection gets FULL too: the driver's SQLite was built with it as the
    // default in WAL mode (SQLite's own default, 2, unless a build says otherwise).
    const options = (await client.execute('PRAGMA compile_options')).rows.map((row) => String(row[0]));
    const compiled = (name: string) => options.find((option) => option.startsWith(`${name}=`))?.split('=')[1];
    const walDefault = compiled('DEFAULT_WAL_SYNCHRONOUS') ?? compiled('DEFAULT_SYNCHRONOUS') ?? String(FULL);
    expect(Number(walDefault)).toBe(FULL);
  });
});
