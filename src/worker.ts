/**
 * Workers entry: the same app as on Node, on a remote libSQL database (Turso or sqld) over
 * HTTP, with the edge cache in front of the public pages and feeds, and the last good copy of
 * each in the data centre's Cache API and, with the SNAPSHOT_KV binding, in Workers KV.
 */
import { createClient } from '@libsql/client/web';
import { createApp, type App } from './app';
import { DEFAULT_PASSWORD_ITERATIONS } from './auth/password';
import { systemClock } from './clock';
import { createDatabase } from './db/database';
import { guardRemote } from './db/remote-guard';
import { withEdgeCache, type EdgeCache, type WaitUntil } from './edge/cache';
import { CacheApiSnapshots, KvSnapshots, type KvNamespace } from './snapshot/edge-snapshots';
import { LayeredSnapshots, type SnapshotStore } from './snapshot/store';
import { applyDueMaintenanceTransitions } from './store/maintenance';
import { DEFAULT_SESSION_POLICY } from './store/sessions';

export interface WorkerBindings {
  /** The libSQL database over HTTP: `libsql://…` (Turso) or `https://…` (sqld). */
  LIBSQL_URL: string;
  /** Secret: the database's auth token. */
  LIBSQL_AUTH_TOKEN?: string;
  /** The address readers use, e.g. https://status.example.se. */
  PUBLIC_URL?: string;
  /** Secret: lets the first admin be created at /admin/setup on a database without users. */
  SETUP_TOKEN?: string;
  /** Seconds the edge serves a cached public page or feed (default 10). */
  EDGE_CACHE_TTL?: string;
  /**
   * PBKDF2 work factor. Leave unset in production (600 000); tests in workerd lower it to
   * keep sign-in fast.
   */
  PASSWORD_ITERATIONS?: string;
  /** Set by `[version_metadata]` in wrangler.toml: identifies the deployed version. */
  CF_VERSION_METADATA?: { id: string };
  /**
   * Optional KV namespace holding the last good copy of every public page and feed, so any
   * data centre can serve it while the database is down (without it, only copies this data
   * centre rendered itself: the Cache API).
   */
  SNAPSHOT_KV?: KvNamespace;
  /** Key prefix in SNAPSHOT_KV (default "snapshot:"), so one namespace can serve staging and production. */
  SNAPSHOT_KV_PREFIX?: string;
  /** Milliseconds a public request waits for the database before serving the last good copy (default 2000). */
  DATABASE_TIMEOUT_MS?: string;
}

/** Cloudflare's per-data-centre cache. */
declare const caches: { default: EdgeCache };

const DEFAULT_EDGE_TTL_SECONDS = 10;

let app: App | null = null;

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** This data centre's copies first, then everyone's (KV), when the binding is there. */
export function edgeSnapshots(env: WorkerBindings, cache: EdgeCache): SnapshotStore {
  const local = new CacheApiSnapshots(cache, new URL(env.PUBLIC_URL ?? 'https://status.invalid').origin);
  return env.SNAPSHOT_KV ? new LayeredSnapshots([local, new KvSnapshots(env.SNAPSHOT_KV, env.SNAPSHOT_KV_PREFIX)]) : local;
}

/** The app as the Worker runs it; exported for the workerd tests, which build it on their own database. */
export function buildWorkerApp(env: WorkerBindings, snapshots: SnapshotStore): App {
  const client = guardRemote(createClient({ url: env.LIBSQL_URL, authToken: env.LIBSQL_AUTH_TOKEN }));
  return createApp({
    db: createDatabase(client),
    clock: systemClock,
    snapshots,
    config: {
      publicUrl: env.PUBLIC_URL ?? null,
      buildId: env.CF_VERSION_METADATA?.id.slice(0, 8) ?? 'edge',
      // Cloudflare compresses responses itself.
      precompress: false,
      // The edge cache already holds pages for seconds; the app checks the revision on
      // every request that reaches it, so edge TTL is the only staleness.
      revisionTtlMs: 0,
      databaseTimeoutMs: positiveInteger(env.DATABASE_TIMEOUT_MS, 2_000),
      auth: {
        passwordIterations: positiveInteger(env.PASSWORD_ITERATIONS, DEFAULT_PASSWORD_ITERATIONS),
        session: DEFAULT_SESSION_POLICY,
        setupToken: env.SETUP_TOKEN && env.SETUP_TOKEN.length >= 24 ? env.SETUP_TOKEN : null,
      },
    },
    clientIp: (c) => c.req.header('CF-Connecting-IP') ?? null,
  });
}

/** One app per isolate: the database client, page cache and revision state are reused. */
function appFor(env: WorkerBindings): App {
  app ??= buildWorkerApp(env, edgeSnapshots(env, caches.default));
  return app;
}

export default {
  fetch(request: Request, env: WorkerBindings, context: WaitUntil): Promise<Response> {
    const application = appFor(env);
    return withEdgeCache(
      request,
      caches.default,
      context,
      { ttlSeconds: positiveInteger(env.EDGE_CACHE_TTL, DEFAULT_EDGE_TTL_SECONDS) },
      async (forwarded) => application.fetch(forwarded, env, context as never),
    );
  },

  /**
   * The Cron Trigger (`[triggers] crons` in wrangler.toml, every minute): records the start
   * and end of planned maintenance. Pages are right in between (their time state changes at
   * those moments); a failure shows as a failed invocation and the next minute tries again.
   */
  async scheduled(_controller: unknown, env: WorkerBindings): Promise<void> {
    const client = guardRemote(createClient({ url: env.LIBSQL_URL, authToken: env.LIBSQL_AUTH_TOKEN }));
    try {
      await applyDueMaintenanceTransitions(createDatabase(client), systemClock);
    } finally {
      client.close();
    }
  },
};
