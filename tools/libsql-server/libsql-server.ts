/**
 * A local libSQL HTTP endpoint (Hrana over HTTP v2) backed by an embedded libSQL file, for
 * developing and testing the Workers build, which reaches its database only over HTTP.
 *
 * DEVELOPMENT TOOLING, NOT A PRODUCTION DATABASE SERVER. Production uses Turso or sqld. This
 * exists because neither can be installed here (no npm or Debian package ships a binary). It
 * listens on loopback only, logs nothing, and implements the subset of Hrana v2 the official
 * client uses; see tools/libsql-server/README.md for what is and is not implemented.
 */
import { serve } from '@hono/node-server';
import { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HranaStream } from './hrana-stream';
import { createLibsqlHttpApp } from './libsql-http-app';
import { SqliteConnection } from './sqlite-connection';
import { StreamRegistry } from './stream-registry';

export interface LibsqlServerOptions {
  /** The database file; created if missing. */
  databasePath: string;
  /** A loopback address (default 127.0.0.1); anything else is refused. */
  host?: string;
  /** 0 (the default) lets the OS pick a free port; the chosen one is in `url`. */
  port?: number;
  /** If set, `/v2/pipeline` requires `Authorization: Bearer <authToken>`. */
  authToken?: string;
  /** An idle stream is closed, and its transaction rolled back, after this long. Default 10 s, as sqld. */
  streamExpiryMs?: number;
  /** How long a statement waits for another stream's write lock before SQLITE_BUSY. Default 5 s. */
  busyTimeoutMs?: number;
}

export interface RunningLibsqlServer {
  /** For example http://127.0.0.1:8080, to pass as `url` to createClient from @libsql/client/web. */
  url: string;
  /** Closes every stream (rolling back open transactions) and stops listening. */
  close(): Promise<void>;
}

const DEFAULT_STREAM_EXPIRY_MS = 10_000;
const DEFAULT_BUSY_TIMEOUT_MS = 5_000;
// What bearer tokens may contain (RFC 6750); a token outside it could never be presented.
const BEARER_TOKEN = /^[A-Za-z0-9._~+/-]+=*$/;

export async function startLibsqlServer(options: LibsqlServerOptions): Promise<RunningLibsqlServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host)) throw new Error(`The development libSQL server listens on loopback only, not on ${host}`);
  if (options.authToken !== undefined && !BEARER_TOKEN.test(options.authToken)) {
    throw new Error('authToken may contain only letters, digits and . _ ~ + / - (and trailing =)');
  }
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  prepareDatabaseFile(options.databasePath);

  const registry = new StreamRegistry(
    () => new HranaStream(new SqliteConnection(options.databasePath, busyTimeoutMs)),
    options.streamExpiryMs ?? DEFAULT_STREAM_EXPIRY_MS,
  );
  const app = createLibsqlHttpApp(registry, { authToken: options.authToken });

  const server = await new Promise<Server>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 0 }, () => resolve(started as Server));
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: async () => {
      registry.closeAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Clients keep connections alive; without this, close would wait for them to time out.
        server.closeAllConnections();
      });
    },
  };
}

/**
 * WAL lets readers carry on while one stream holds a write transaction, as they can on sqld.
 * The setting is stored in the file, so it is made once here, before any stream opens.
 */
function prepareDatabaseFile(databasePath: string): void {
  const connection = new SqliteConnection(databasePath, 0);
  try {
    connection.executeSequence('PRAGMA journal_mode = WAL');
  } finally {
    connection.close();
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
