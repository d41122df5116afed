/**
 * Node side of the tests that run inside workerd. workerd cannot open files or run the
 * migrator, so this setup serves a small "database factory" on loopback: each test asks it
 * for a fresh database (migrated, optionally with the example data and some accounts) and
 * gets the URL of its own local libSQL HTTP endpoint. It also prepares the database of the
 * Worker under test (whose URL must be fixed as a binding before the pool starts).
 */
import { createClient } from '@libsql/client';
import { createServer, type IncomingMessage } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { hashPassword } from '../../src/auth/password';
import { fixedClock } from '../../src/clock';
import { createDatabase } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { startLibsqlServer } from '../../src/dev/libsql-server';
import { loadExample } from '../../src/seed/example';
import { SYSTEM_ACTOR } from '../../src/store/audit';
import { saveSite } from '../../src/store/site';
import { createUser } from '../../src/store/users';
import { EDGE_TEST_ITERATIONS, type DatabaseRequest } from './shared';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseFactoryUrl: string;
    workerDatabaseUrl: string;
  }
}

async function readJson(request: IncomingMessage): Promise<DatabaseRequest> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body ? (JSON.parse(body) as DatabaseRequest) : {};
}

export default async function setup(project: TestProject) {
  const directory = mkdtempSync(join(tmpdir(), 'edge-tests-'));
  const servers: { close(): Promise<void> }[] = [];
  let counter = 0;

  async function newDatabase(request: DatabaseRequest): Promise<string> {
    const databasePath = join(directory, `db-${++counter}.db`);
    const local = createClient({ url: `file:${databasePath}` });
    const db = createDatabase(local);
    await applyMigrations(db);
    const clock = fixedClock(request.now ?? new Date().toISOString());
    if (request.seed === 'example') await loadExample(db, clock, { publicUrl: 'https://status.example.org' });
    else
      await saveSite(db, clock, {
        publicUrl: 'https://status.example.org',
        offeredLocales: ['sv', 'en'],
        timeZone: 'Europe/Stockholm',
        texts: { sv: { organisationName: 'Testby kommun', siteTitle: 'Driftstatus Testby' } },
      });
    for (const user of request.users ?? []) {
      await createUser(
        db,
        clock,
        { ...user, passwordHash: await hashPassword(user.password, EDGE_TEST_ITERATIONS) },
        SYSTEM_ACTOR,
      );
    }
    local.close();
    const server = await startLibsqlServer({ databasePath });
    servers.push(server);
    return server.url;
  }

  const factory = createServer(async (request, response) => {
    try {
      const url = await newDatabase(await readJson(request));
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ url }));
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => factory.listen(0, '127.0.0.1', resolve));
  project.provide('databaseFactoryUrl', `http://127.0.0.1:${(factory.address() as AddressInfo).port}`);
  project.provide(
    'workerDatabaseUrl',
    await newDatabase({ seed: 'example', users: [{ username: 'redaktor', displayName: 'Rut Redaktör', role: 'editor', password: 'ett långt och ovanligt lösenord' }] }),
  );

  return async () => {
    factory.close();
    for (const server of servers) await server.close();
    rmSync(directory, { recursive: true, force: true });
  };
}
