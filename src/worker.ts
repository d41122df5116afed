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
import { flagMissedHeartbeats } from './store/heartbeats';
import { readMonitorHookConfigOrDefault } from './api/hooks/config';
import { DEFAULT_SESSION_POLICY } from './store/sessions';
import { purgeSubscriptions } from './store/subscriptions';
import type { MailConfig } from './env';
import { readMailSettings, readSubscriptionSecret } from './notify/mail/transport';
import { workerMailTransport } from './notify/mail/worker-transport';
import { buildChannels } from './notify/channels';
import { deliverPending, type DeliveryOptions } from './notify/deliver';
import { CommitCounter, consumeNotifyBatch, WORKER_DELIVERY_BUDGET_MS, type NotifyBatch, type NotifyQueue } from './notify/worker-queue';

export interface WorkerBindings {
  /** The libSQL database over HTTP: `libsql://…` (Turso) or `https://…` (sqld). */
  LIBSQL_URL: string;
  /** Secret: the database's auth token. */
  LIBSQL_AUTH_TOKEN?: string;
  /** The notifications queue (`[[queues.producers]]` in wrangler.toml; docs/decisions/0040). */
  NOTIFY_QUEUE?: NotifyQueue;
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
  /** Minutes a person's status change outranks monitors (default 30; docs/decisions/0039-monitor-hooks.md). */
  MONITOR_EDITOR_PRECEDENCE_MINUTES?: string;
  /** The secret Grafana's webhook signs with (a Worker secret); unset, Grafana requests need only the token. */
  GRAFANA_WEBHOOK_SECRET?: string;
  /** Secret: `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`; with MAIL_FROM, e-mail subscriptions are offered. */
  SMTP_URL?: string;
  /** The From of subscription mails, e.g. "Exempelviks kommun <status@example.org>". */
  MAIL_FROM?: string;
  /** Secret (≥ 32 characters) that signs subscription links; unset, one is generated and kept in the database. */
  SUBSCRIPTION_SECRET?: string;
}

/**
 * E-mail subscriptions on the Worker: SMTP over cloudflare:sockets (worker-mailer). A wrong
 * setting is logged and leaves e-mail off rather than failing every request of the site.
 */
export function workerMailConfig(env: WorkerBindings): MailConfig | null {
  try {
    const settings = readMailSettings(env.SMTP_URL, env.MAIL_FROM);
    return settings ? { transport: workerMailTransport(settings), secret: readSubscriptionSecret(env.SUBSCRIPTION_SECRET) } : null;
  } catch (error) {
    console.error('E-mail subscriptions are off:', error instanceof Error ? error.message : error);
    return null;
  }
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
  const db = createDatabase(client);
  commits = new CommitCounter(db);
  return createApp({
    db,
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
      monitorHooks: readMonitorHookConfigOrDefault(env),
      mail: workerMailConfig(env),
    },
    clientIp: (c) => c.req.header('CF-Connecting-IP') ?? null,
  });
}

/** Commits through the isolate's app: a request that wrote tells the notifications queue. */
let commits: CommitCounter | null = null;

/** The channels and clock of a delivery pass on the Worker. */
function workerDelivery(env: WorkerBindings): DeliveryOptions {
  return { channels: buildChannels({ clock: systemClock, publicUrl: env.PUBLIC_URL ?? null, mail: workerMailConfig(env) }), clock: systemClock };
}

/** One app per isolate: the database client, page cache and revision state are reused. */
function appFor(env: WorkerBindings): App {
  app ??= buildWorkerApp(env, edgeSnapshots(env, caches.default));
  return app;
}

export default {
  async fetch(request: Request, env: WorkerBindings, context: WaitUntil): Promise<Response> {
    const application = appFor(env);
    const committedBefore = commits?.count ?? 0;
    const response = await withEdgeCache(
      request,
      caches.default,
      context,
      { ttlSeconds: positiveInteger(env.EDGE_CACHE_TTL, DEFAULT_EDGE_TTL_SECONDS) },
      async (forwarded) => application.fetch(forwarded, env, context as never),
    );
    // The producer: after a write committed (a publication put an event in the outbox), one
    // message tells the consumer to deliver; after the response, never inside the write.
    if (env.NOTIFY_QUEUE && commits && commits.count !== committedBefore) {
      context.waitUntil(env.NOTIFY_QUEUE.send({ type: 'outbox', at: new Date().toISOString() }).catch((error) => console.error('The notifications queue refused a message; the cron sweep delivers instead.', error)));
    }
    return response;
  },

  /** The notifications queue's consumer (`[[queues.consumers]]`): fans out and sends what is pending. */
  async queue(batch: NotifyBatch, env: WorkerBindings): Promise<void> {
    const client = guardRemote(createClient({ url: env.LIBSQL_URL, authToken: env.LIBSQL_AUTH_TOKEN }));
    try {
      await consumeNotifyBatch(createDatabase(client), workerDelivery(env), batch, env.NOTIFY_QUEUE);
    } finally {
      client.close();
    }
  },

  /**
   * The Cron Trigger (`[triggers] crons` in wrangler.toml, every minute): records the start
   * and end of planned maintenance. Pages are right in between (their time state changes at
   * those moments); a failure shows as a failed invocation and the next minute tries again.
   */
  async scheduled(_controller: unknown, env: WorkerBindings): Promise<void> {
    const client = guardRemote(createClient({ url: env.LIBSQL_URL, authToken: env.LIBSQL_AUTH_TOKEN }));
    try {
      const db = createDatabase(client);
      await applyDueMaintenanceTransitions(db, systemClock);
      // The dead-man's switches of the monitor hooks (docs/decisions/0039-monitor-hooks.md).
      await flagMissedHeartbeats(db, systemClock);
      // Unconfirmed e-mail addresses after 48 h, bounced ones after their quarantine.
      await purgeSubscriptions(db, systemClock.now());
      // Notifications: retries that came due, and whatever a lost queue message left behind.
      await deliverPending(db, { ...workerDelivery(env), budgetMs: WORKER_DELIVERY_BUDGET_MS });
    } finally {
      client.close();
    }
  },
};
