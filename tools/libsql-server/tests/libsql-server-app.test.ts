/**
 * The app's own database code through the development libSQL server: the migrations (one
 * batch) and the example data (many interactive transactions) arrive over HTTP exactly as the
 * embedded driver stores them, and land in the database file.
 */
import { createClient } from '@libsql/client';
import { readFileSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { createDatabase, type Database } from '../../../src/db/database';
import { applyMigrations, MIGRATIONS_FOLDER } from '../../../src/db/migrate';
import { loadExample } from '../../../src/seed/example';
import { listActiveServices } from '../../../src/store/services';
import { loadSite } from '../../../src/store/site';
import { startTestServer } from './libsql-dev-server';

const NOW = '2027-06-01T10:00:00Z';
const PUBLIC_URL = 'https://status.example.org';

function embedded(url: string): Database {
  const client = createClient({ url });
  onTestFinished(() => client.close());
  return createDatabase(client);
}

describe("the app's database code over HTTP", () => {
  it('applies every migration once, triggers included', async () => {
    const server = await startTestServer();
    const db = createDatabase(server.connect());
    await applyMigrations(db);
    await applyMigrations(db);

    const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as { entries: unknown[] };
    const client = server.connect();
    expect((await client.execute('SELECT count(*) AS n FROM __drizzle_migrations')).rows[0]?.n).toBe(journal.entries.length);
    const triggers = await client.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_log_%'");
    expect(triggers.rows.map((row) => row.name)).toEqual(expect.arrayContaining(['audit_log_no_update', 'audit_log_no_delete']));
  });

  it('loads the example municipality exactly as the embedded driver does, into the file', async () => {
    const server = await startTestServer();
    const overHttp = createDatabase(server.connect());
    await applyMigrations(overHttp);
    await loadExample(overHttp, fixedClock(NOW), { publicUrl: PUBLIC_URL });

    const inMemory = embedded(':memory:');
    await applyMigrations(inMemory);
    await loadExample(inMemory, fixedClock(NOW), { publicUrl: PUBLIC_URL });

    const services = await listActiveServices(overHttp);
    expect(services.length).toBeGreaterThan(0);
    expect(services).toEqual(await listActiveServices(inMemory));
    // Each update gets a random uid; everything else must match.
    const updatesOf = async (db: Database) => (await db.query.updates.findMany()).map(({ uid: _random, ...update }) => update);
    expect(await updatesOf(overHttp)).toEqual(await updatesOf(inMemory));

    const file = embedded(`file:${server.databasePath}`);
    expect(await loadSite(file)).toMatchObject({ publicUrl: PUBLIC_URL, isExampleData: true });
  });
});
