/** Helpers for tests that run inside workerd. */
import { createClient } from '@libsql/client/web';
import { env } from 'cloudflare:workers';
import { createApp } from '../../src/app';
import { fixedClock, systemClock, type Clock } from '../../src/clock';
import { createDatabase } from '../../src/db/database';
import { DEFAULT_SESSION_POLICY } from '../../src/store/sessions';
import { Browser, type RequestTarget } from '../helpers/browser-session';
import { EDGE_TEST_ITERATIONS, type DatabaseRequest } from './shared';

export const PASSWORD = 'ett långt och ovanligt lösenord';

/** A fresh database for this test, migrated and seeded on the Node side, reached over HTTP. */
export async function freshDatabaseUrl(request: DatabaseRequest = {}): Promise<string> {
  const response = await fetch(env.DATABASE_FACTORY_URL!, { method: 'POST', body: JSON.stringify(request) });
  if (!response.ok) throw new Error(`database factory: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { url: string }).url;
}

/** The app, built inside workerd exactly as src/worker.ts builds it, on its own database. */
export async function appInWorkerd(request: DatabaseRequest = {}, clock: Clock = systemClock) {
  const url = await freshDatabaseUrl(request);
  const client = createClient({ url });
  const db = createDatabase(client);
  const app = createApp({
    db,
    clock,
    config: {
      publicUrl: 'https://status.example.org',
      buildId: 'workerd',
      precompress: false,
      revisionTtlMs: 0,
      auth: { passwordIterations: EDGE_TEST_ITERATIONS, session: DEFAULT_SESSION_POLICY, setupToken: null },
    },
    clientIp: (c) => c.req.header('X-Test-Client-IP') ?? '192.0.2.1',
  });
  return { app, db, client };
}

/** The deployed Worker (src/worker.ts with wrangler.toml's configuration), as a request target. */
export function workerTarget(): RequestTarget {
  return {
    // `redirect: 'manual'`: calling the Worker is a fetch, which would otherwise follow the
    // 303 after a form post and lose its cookie, as a browser would not.
    request: (path, init) =>
      import('cloudflare:workers').then(({ exports }) =>
        exports.default.fetch(new Request(new URL(path, 'https://status.example.org'), { ...init, redirect: 'manual' })),
      ),
  };
}

export { Browser, fixedClock };

/** Asks the Node-side database factory to do something to a database endpoint (tests/edge/global-setup.ts). */
async function askFactory(request: DatabaseRequest): Promise<string> {
  const response = await fetch(env.DATABASE_FACTORY_URL!, { method: 'POST', body: JSON.stringify(request) });
  if (!response.ok) throw new Error(`database factory: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { url: string }).url;
}

/** The database at `url` goes away (its endpoint stops listening) … */
export const stopDatabase = (url: string) => askFactory({ action: 'stop', url });
/** … and comes back, same port, same data. */
export const startDatabase = (url: string) => askFactory({ action: 'start', url });
/** An endpoint that accepts connections and never answers. */
export const hangingDatabaseUrl = () => askFactory({ action: 'hang' });

/** An execution context whose background work (waitUntil) a test can wait for. */
export function executionContext() {
  const pending: Promise<unknown>[] = [];
  return {
    context: { waitUntil: (promise: Promise<unknown>) => void pending.push(promise.catch(() => {})), passThroughOnException() {}, props: {} },
    settled: async () => {
      while (pending.length > 0) await Promise.all(pending.splice(0));
    },
  };
}
