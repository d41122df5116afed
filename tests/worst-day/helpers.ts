/**
 * Real faults for the worst-day tests, on loopback only and bounded in time: a remote libSQL
 * endpoint (tools/libsql-server) that can be stopped and started again on the same port, a
 * TCP proxy in front of it that can be switched to accept and never answer (a hung database),
 * and an embedded client whose connection carries a pragma (read-only, a page limit).
 */
import { createClient, type Client } from '@libsql/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type Database } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { waitWhenBusy } from '../../src/db/busy-client';
import { openNodeClient } from '../../src/db/open-node';
import { guardRemote } from '../../src/db/remote-guard';
import { startLibsqlServer, type RunningLibsqlServer } from '../../tools/libsql-server/libsql-server';
import { visibleText } from '../helpers/app';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Cleanups run after each test, newest first. */
export class Cleanups {
  private readonly list: (() => unknown)[] = [];
  add(cleanup: () => unknown): void {
    this.list.push(cleanup);
  }
  async run(): Promise<void> {
    for (const cleanup of this.list.splice(0).reverse()) await cleanup();
  }
}

export function temporaryDirectory(cleanups: Cleanups, prefix = 'worst-day-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.add(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A migrated database file served by the local libSQL HTTP endpoint, which can be stopped and restarted. */
export class RemoteDatabase {
  private server: RunningLibsqlServer | null = null;
  port = 0;

  constructor(readonly path: string) {}

  static async create(cleanups: Cleanups, dir: string): Promise<RemoteDatabase> {
    const database = new RemoteDatabase(join(dir, 'status.db'));
    const local = createClient({ url: `file:${database.path}` });
    await applyMigrations(createDatabase(local));
    local.close();
    await database.start();
    cleanups.add(() => database.stop());
    return database;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.server) return;
    this.server = await startLibsqlServer({ databasePath: this.path, port: this.port });
    this.port = Number(new URL(this.server.url).port);
  }

  async stop(): Promise<void> {
    await this.server?.close();
    this.server = null;
  }
}

/**
 * A TCP proxy to `target` that can hang: new and existing connections are accepted and never
 * answered (what a stuck database server or a black-holed network looks like to a client).
 * Switching back drops every connection, so clients reconnect instead of waiting on dead ones.
 */
export class HangingProxy {
  private hanging = false;
  private readonly sockets = new Set<Socket>();
  private server!: Server;
  port = 0;

  private constructor(private readonly targetPort: () => number) {}

  static async start(cleanups: Cleanups, targetPort: () => number, port = 0): Promise<HangingProxy> {
    const proxy = new HangingProxy(targetPort);
    await proxy.listen(port);
    cleanups.add(() => proxy.close());
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private listen(port: number): Promise<void> {
    this.server = createServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => {});
      if (this.hanging) return;
      const upstream = connect(this.targetPort(), '127.0.0.1');
      this.sockets.add(upstream);
      upstream.on('close', () => {
        this.sockets.delete(upstream);
        socket.destroy();
      });
      upstream.on('error', () => socket.destroy());
      socket.on('close', () => upstream.destroy());
      socket.on('data', (chunk) => {
        if (!this.hanging) upstream.write(chunk);
      });
      upstream.on('data', (chunk) => {
        if (!this.hanging) socket.write(chunk);
      });
    });
    return new Promise((resolve) =>
      this.server.listen(port, '127.0.0.1', () => {
        this.port = (this.server.address() as { port: number }).port;
        resolve();
      }),
    );
  }

  hang(): void {
    this.hanging = true;
  }

  forward(): void {
    this.hanging = false;
    for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The app's database over HTTP, opened as src/node.ts opens a remote one. */
export async function remoteAppDatabase(cleanups: Cleanups, url: string, deadlineMs = 1_500): Promise<Database> {
  const client = guardRemote(await openNodeClient({ url }), deadlineMs);
  cleanups.add(() => client.close());
  return createDatabase(client);
}

/**
 * An embedded client as the server has it (./src/db/busy-client.ts around @libsql/client),
 * but on one connection, so that a pragma set with `pragma()` (PRAGMA query_only, PRAGMA
 * max_page_count: both per connection) holds for everything the app does.
 */
export function clientWithPragmas(cleanups: Cleanups, url: string): { client: Client; pragma(statement: string): Promise<void> } {
  const client = waitWhenBusy(() => createClient({ url, concurrency: 1 }), { timeoutMs: 300 });
  cleanups.add(() => client.close());
  return {
    client,
    pragma: async (statement) => {
      await client.execute(statement);
    },
  };
}

/** The X-Status-Snapshot of a snapshot served for a test rendered at 2026-02-11T13:00:00Z. */
export const RENDERED_AT = '2026-02-11T14:00:00+01:00';
export const SWEDISH_BANNER = 'Informationen visas som den var 11 februari 2026 kl. 14.00. Vi kan just nu inte hämta nyare uppgifter.';
export const ENGLISH_BANNER = 'This information is shown as it was on 11 February 2026 at 14:00. We cannot get newer information right now.';

/** What a resident gets for `path`, timed. */
export async function timedRequest(app: { request(path: string, init?: RequestInit): Response | Promise<Response> }, path: string) {
  const started = performance.now();
  const response = await app.request(path);
  const body = await response.text();
  return { response, body, text: visibleText(body), ms: performance.now() - started };
}
