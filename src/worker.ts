/**
 * Workers entry: the same app as on Node, on a remote libSQL database (Turso or sqld) over
 * HTTP, with the edge cache in front of the public pages and feeds.
 */
import { createClient } from '@libsql/client/web';
import { createApp, type App } from './app';
import { DEFAULT_PASSWORD_ITERATIONS } from './auth/password';
import { systemClock } from './clock';
import { createDatabase } from './db/database';
import { withEdgeCache, type EdgeCache, type WaitUntil } from './edge/cache';
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
}

/** Cloudflare's per-data-centre cache. */
declare const caches: { default: EdgeCache };

const DEFAULT_EDGE_TTL_SECONDS = 10;
const LAST_GOOD_SECONDS = 24 * 3600;

let app: App | null = null;

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** One app per isolate: the database client, page cache and revision state are reused. */
function appFor(env: WorkerBindings): App {
  if (!app) {
    const client = createClient({ url: env.LIBSQL_URL, authToken: env.LIBSQL_AUTH_TOKEN });
    app = createApp({
      db: createDatabase(client),
      clock: systemClock,
      config: {
        publicUrl: env.PUBLIC_URL ?? null,
        buildId: env.CF_VERSION_METADATA?.id.slice(0, 8) ?? 'edge',
        // Cloudflare compresses responses itself.
        precompress: false,
        // The edge cache already holds pages for seconds; the app checks the revision on
        // every request that reaches it, so edge TTL is the only staleness.
        revisionTtlMs: 0,
        auth: {
          passwordIterations: positiveInteger(env.PASSWORD_ITERATIONS, DEFAULT_PASSWORD_ITERATIONS),
          session: DEFAULT_SESSION_POLICY,
          setupToken: env.SETUP_TOKEN && env.SETUP_TOKEN.length >= 24 ? env.SETUP_TOKEN : null,
        },
      },
      clientIp: (c) => c.req.header('CF-Connecting-IP') ?? null,
    });
  }
  return app;
}

export default {
  fetch(request: Request, env: WorkerBindings, context: WaitUntil): Promise<Response> {
    const application = appFor(env);
    return withEdgeCache(
      request,
      caches.default,
      context,
      { ttlSeconds: positiveInteger(env.EDGE_CACHE_TTL, DEFAULT_EDGE_TTL_SECONDS), lastGoodSeconds: LAST_GOOD_SECONDS },
      async (forwarded) => application.fetch(forwarded, env, context as never),
    );
  },
};
