/**
 * Workers entry: the same app, on a remote libSQL database (Turso or sqld) over HTTP.
 * Deliberately small until the edge deployment is built out (caching, deploy docs, tests).
 */
import { createClient } from '@libsql/client/web';
import { createApp, type App } from './app';
import { DEFAULT_PASSWORD_ITERATIONS } from './auth/password';
import { systemClock } from './clock';
import { createDatabase } from './db/database';
import { DEFAULT_SESSION_POLICY } from './store/sessions';

export interface WorkerBindings {
  LIBSQL_URL: string;
  LIBSQL_AUTH_TOKEN?: string;
  PUBLIC_URL?: string;
  /** Secret: lets the first admin be created at /admin/setup on a database without users. */
  SETUP_TOKEN?: string;
  /** Set by `[version_metadata]` in wrangler.toml: identifies the deployed version. */
  CF_VERSION_METADATA?: { id: string };
}

let app: App | null = null;

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
        revisionTtlMs: 0,
        auth: {
          passwordIterations: DEFAULT_PASSWORD_ITERATIONS,
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
  fetch(request: Request, env: WorkerBindings): Response | Promise<Response> {
    return appFor(env).fetch(request);
  },
};
