/**
 * Node side of the tests that run inside workerd. workerd cannot open files or run the
 * migrator, so this setup serves a small "database factory" on loopback: each test asks it
 * for a fresh database (migrated, optionally with the example data and some accounts) and
 * gets the URL of its own local libSQL HTTP endpoint. It also prepares the database of the
 * Worker under test (whose URL must be fixed as a binding before the pool starts).
 */
import { createClient } from '@libsql/client';
import { createServer, type IncomingMessage } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { hashPassword } from '../../src/auth/password';
import { fixedClock } from '../../src/clock';
import { createDatabase } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { loadExample } from '../../src/seed/example';
import { SYSTEM_ACTOR } from '../../src/store/audit';
import { saveSite } from '../../src/store/site';
import { createUser } from '../../src/store/users';
import { startLibsqlServer } from '../../tools/libsql-server/libsql-server';
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
  /** Endpoints by URL, so a test can stop one (the database "goes away") and start it again. */
  const endpoints = new Map<string, { databasePath: string; port: number; server: { close(): Promise<void> } | null }>();

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
    endpoints.set(server.url, { databasePath, port: Number(new URL(server.url).port), server });
    return server.url;
  }

  async function stopOrStart(request: DatabaseRequest): Promise<string> {
    const endpoint = endpoints.get(request.url ?? '');
    if (!endpoint) throw new Error(`no database endpoint at ${request.url}`);
    if (request.action === 'stop') {
      await endpoint.server?.close();
      endpoint.server = null;
    } else if (!endpoint.server) {
      endpoint.server = await startLibsqlServer({ databasePath: endpoint.databasePath, port: endpoint.port });
      servers.push(endpoint.server);
    }
    return request.url!;
  }

  /** Accepts every connection and never answers: a hung database server. */
  const hungSockets = new Set<Socket>();
  const hung = createTcpServer((socket) => {
    hungSockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => hungSockets.delete(socket));
  });
  await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
  const hungUrl = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;

  async function handle(request: DatabaseRequest): Promise<string> {
    if (request.action === 'hang') return hungUrl;
    if (request.action === 'stop' || request.action === 'start') return stopOrStart(request);
    return newDatabase(request);
  }

  const factory = createServer(async (request, response) => {
    try {
      const url = await handle(await readJson(request));
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
    for (const socket of hungSockets) socket.destroy();
    hung.close();
    for (const server of servers) await server.close();
    rmSync(directory, { recursive: true, force: true });
  };
}
