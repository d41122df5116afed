/**
 * Node entry: an embedded libSQL database file (or any libSQL URL), migrations applied on
 * start, the example municipality loaded into an empty database, served by @hono/node-server.
 */
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createClient } from '@libsql/client';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createApp } from './app';
import { DEFAULT_PASSWORD_ITERATIONS } from './auth/password';
import { systemClock } from './clock';
import { createDatabase } from './db/database';
import { applyMigrations } from './db/migrate';
import { loadExample } from './seed/example';
import { DEFAULT_SESSION_POLICY } from './store/sessions';
import { DEFAULT_SITE, loadSite, saveSite } from './store/site';

export interface NodeSettings {
  databaseUrl: string;
  authToken: string | undefined;
  host: string;
  port: number;
  publicUrl: string;
  exampleData: boolean;
  revisionTtlMs: number;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  setupToken: string | null;
}

export function readNodeSettings(env: NodeJS.ProcessEnv): NodeSettings {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const host = env.HOST ?? '127.0.0.1';
  const shownHost = host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host;
  const publicUrl = (env.PUBLIC_URL ?? `http://${shownHost}:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/\S+$/.test(publicUrl)) throw new Error(`PUBLIC_URL must be an http(s) URL, got "${env.PUBLIC_URL}"`);
  const example = (env.EXAMPLE_DATA ?? 'true').toLowerCase();
  const revisionTtlMs = Number(env.REVISION_TTL_MS ?? 1000);
  if (!Number.isInteger(revisionTtlMs) || revisionTtlMs < 0) throw new Error(`REVISION_TTL_MS must be a whole number of milliseconds, got "${env.REVISION_TTL_MS}"`);
  return {
    databaseUrl: env.DATABASE_URL ?? 'file:data/status.db',
    authToken: env.LIBSQL_AUTH_TOKEN || undefined,
    host,
    port,
    publicUrl,
    exampleData: !['false', '0', 'no', 'off'].includes(example),
    revisionTtlMs,
    trustProxy: ['true', '1', 'yes'].includes((env.TRUST_PROXY ?? '').toLowerCase()),
    setupToken: env.SETUP_TOKEN && env.SETUP_TOKEN.length >= 24 ? env.SETUP_TOKEN : null,
  };
}

/** Creates the directory of a `file:` database so a fresh checkout starts without setup. */
function ensureDatabaseDirectory(url: string): void {
  if (!url.startsWith('file:')) return;
  const path = url.slice('file:'.length).split('?')[0]!;
  if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const settings = readNodeSettings(env);
  ensureDatabaseDirectory(settings.databaseUrl);
  const client = createClient({ url: settings.databaseUrl, authToken: settings.authToken });
  const db = createDatabase(client);
  await applyMigrations(db);

  if (!(await loadSite(db))) {
    if (settings.exampleData) {
      await loadExample(db, systemClock, { publicUrl: settings.publicUrl });
      console.log('Empty database: loaded the example municipality (start with EXAMPLE_DATA=false to begin empty).');
    } else {
      await saveSite(db, systemClock, {
        ...DEFAULT_SITE,
        publicUrl: settings.publicUrl,
        texts: DEFAULT_SITE.texts,
      });
      console.log('Empty database: created default site settings.');
    }
  }

  const app = createApp({
    db,
    clock: systemClock,
    config: {
      publicUrl: settings.publicUrl,
      // A new id per process: a restart after a deploy never answers 304 for old markup.
      buildId: crypto.randomUUID().slice(0, 8),
      precompress: true,
      revisionTtlMs: settings.revisionTtlMs,
      auth: {
        passwordIterations: DEFAULT_PASSWORD_ITERATIONS,
        session: DEFAULT_SESSION_POLICY,
        setupToken: settings.setupToken,
      },
    },
    clientIp: (c) => {
      if (settings.trustProxy) {
        const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
        if (forwarded) return forwarded;
      }
      return getConnInfo(c).remote.address ?? null;
    },
  });

  const server = serve({ fetch: app.fetch, hostname: settings.host, port: settings.port }, (info) => {
    console.log(`Status page: ${settings.publicUrl}/ (listening on ${info.address}:${info.port}, database ${settings.databaseUrl})`);
  });

  const shutdown = () => {
    server.close(() => {
      client.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
