/**
 * A development libSQL server of its own for each test: a fresh database file in a temporary
 * directory, a port chosen by the OS, and clients that are closed, with the server, when the
 * test ends.
 */
import { createClient, type Client, type Config } from '@libsql/client/web';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { startLibsqlServer, type LibsqlServerOptions } from '../libsql-server';

export interface TestServer {
  url: string;
  databasePath: string;
  /** An official web client (Hrana over HTTP) for this server. */
  connect(config?: Omit<Config, 'url'>): Client;
  /** Stops the server before the test ends (it is stopped at the end in any case). */
  close(): Promise<void>;
  /** Posts a raw body to /v2/pipeline, for what the official client never sends. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
}

export async function startTestServer(options: Omit<LibsqlServerOptions, 'databasePath'> = {}): Promise<TestServer> {
  const directory = mkdtempSync(join(tmpdir(), 'libsql-dev-server-'));
  const databasePath = join(directory, 'test.db');
  const server = await startLibsqlServer({ databasePath, ...options });
  const clients: Client[] = [];
  onTestFinished(async () => {
    for (const client of clients) client.close();
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  });
  return {
    url: server.url,
    databasePath,
    connect(config = {}) {
      const client = createClient({ url: server.url, ...config });
      clients.push(client);
      return client;
    },
    close: () => server.close(),
    post: (body, headers = {}) =>
      fetch(`${server.url}/v2/pipeline`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}
