/**
 * Node entry: an embedded libSQL database file (or any libSQL URL), migrations applied on
 * start, the example municipality loaded into an empty database, served by @hono/node-server.
 *
 * It listens before it has reached the database: while the database is unreachable, hung,
 * locked or broken, public pages and feeds are served from their last good copies under
 * SNAPSHOT_DIR (written as pages are rendered), and connecting, migrating and seeding are
 * tried again in the background until they succeed (docs/decisions/0025-last-known-good.md).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Client } from '@libsql/client';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { createApp } from './app';
import { readMonitorHookConfig } from './api/hooks/config';
import { passwordIterationsSetting } from './auth/password';
import { systemClock } from './clock';
import { createDatabase, type Database } from './db/database';
import { applyMigrations } from './db/migrate';
import { openNodeClient } from './db/open-node';
import { guardRemote, isRemoteUrl } from './db/remote-guard';
import { StandbyClient } from './db/standby-client';
import { clientAddress, parseTrustedProxyHops } from './http/client-address';
import { renderJsxWithoutAsyncContext } from './node-jsx';
import { createNodeServer, zlibCompressor } from './node-listener';
import { buildChannels } from './notify/channels';
import { startDeliveryLoop } from './notify/delivery-loop';
import { nodeMailTransport } from './notify/mail/node-transport';
import { readMailSettings, readSubscriptionSecret } from './notify/mail/transport';
import { loadExample } from './seed/example';
import { FileSnapshots } from './snapshot/file-snapshots';
import { MemorySnapshots, type SnapshotStore } from './snapshot/store';
import { applyDueMaintenanceTransitions } from './store/maintenance';
import { flagMissedHeartbeats } from './store/heartbeats';
import { DEFAULT_SESSION_POLICY } from './store/sessions';
import { purgeSubscriptions } from './store/subscriptions';
import { DEFAULT_SITE, loadSite, saveSite } from './store/site';

export interface NodeSettings {
  databaseUrl: string;
  authToken: string | undefined;
  host: string;
  port: number;
  publicUrl: string;
  exampleData: boolean;
  revisionTtlMs: number;
  /** How long a public request waits for the database before serving the last good copy. */
  databaseTimeoutMs: number;
  /** Where the last good copies of public pages and feeds are kept. */
  snapshotDir: string;
  /**
   * How many reverse proxies stand in front (0: none). The client address is then the
   * X-Forwarded-For entry the outermost of them appended, counted from the right.
   */
  trustedProxyHops: number;
  setupToken: string | null;
  /** PBKDF2 work factor for new password hashes (src/auth/password.ts); lower only for tests. */
  passwordIterations: number;
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
  const databaseTimeoutMs = Number(env.DATABASE_TIMEOUT_MS ?? 2000);
  if (!Number.isInteger(databaseTimeoutMs) || databaseTimeoutMs <= 0) {
    throw new Error(`DATABASE_TIMEOUT_MS must be a positive whole number of milliseconds, got "${env.DATABASE_TIMEOUT_MS}"`);
  }
  return {
    databaseUrl: env.DATABASE_URL ?? 'file:data/status.db',
    authToken: env.LIBSQL_AUTH_TOKEN || undefined,
    host,
    port,
    publicUrl,
    exampleData: !['false', '0', 'no', 'off'].includes(example),
    revisionTtlMs,
    databaseTimeoutMs,
    snapshotDir: env.SNAPSHOT_DIR || 'data/snapshot',
    trustedProxyHops: parseTrustedProxyHops(env.TRUST_PROXY),
    setupToken: env.SETUP_TOKEN && env.SETUP_TOKEN.length >= 24 ? env.SETUP_TOKEN : null,
    passwordIterations: passwordIterationsSetting(env.PASSWORD_ITERATIONS),
  };
}

/** Creates the directory of a `file:` database so a fresh checkout starts without setup. */
function ensureDatabaseDirectory(url: string): void {
  if (!url.startsWith('file:')) return;
  const path = url.slice('file:'.length).split('?')[0]!;
  if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
}

/** Migrations, and on an empty database the example municipality or neutral settings. */
async function prepareDatabase(db: Database, settings: NodeSettings): Promise<void> {
  await applyMigrations(db);
  if (await loadSite(db)) return;
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

/** 0.5, 1, 2, 4, then every 5 s: quick after a blip, calm during a long outage. */
const retryDelayMs = (attempt: number) => Math.min(5_000, 500 * 2 ** attempt);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Opens, migrates and seeds the database, and only then gives it to the running app; on any
 * failure (unreachable, hung past the remote deadline, locked past the busy timeout, broken)
 * tries again until it works or the server stops.
 */
async function connectWhenReachable(settings: NodeSettings, standby: StandbyClient, stopped: () => boolean): Promise<boolean> {
  for (let attempt = 0; !stopped(); attempt++) {
    let client: Client | null = null;
    try {
      ensureDatabaseDirectory(settings.databaseUrl);
      const opened = await openNodeClient({ url: settings.databaseUrl, authToken: settings.authToken });
      client = isRemoteUrl(settings.databaseUrl) ? guardRemote(opened) : opened;
      await prepareDatabase(createDatabase(client), settings);
      standby.attach(client);
      if (attempt > 0) console.log(`Connected to the database ${settings.databaseUrl}: serving fresh pages again.`);
      return true;
    } catch (error) {
      client?.close();
      const delay = retryDelayMs(attempt);
      const reason = error instanceof Error ? error.message : String(error);
      console.error(
        `The database ${settings.databaseUrl} is not reachable (${reason}). Serving the last good pages from ${settings.snapshotDir}; trying again in ${delay / 1000} s.`,
      );
      await sleep(delay);
    }
  }
  return false;
}

/** How often planned maintenance is started and ended (the pages are right in between: time state). */
const MAINTENANCE_INTERVAL_MS = 30_000;

/**
 * Records the automatic start and end of planned maintenance now and every 30 s. A run that
 * is still going (a slow database) is not overlapped; a failure is logged once until a run
 * succeeds again, so an outage does not fill the log.
 */
function startMaintenanceTimer(db: Database): () => void {
  let running = false;
  let failing = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const applied = await applyDueMaintenanceTransitions(db, systemClock);
      for (const transition of applied) console.log(`Planned maintenance ${transition.id}: ${transition.from} → ${transition.to}.`);
      // The dead-man's switches of the monitor hooks (docs/decisions/0039-monitor-hooks.md).
      for (const service of await flagMissedHeartbeats(db, systemClock)) console.log(`Heartbeat missed for ${service}: flagged for an editor.`);
      // Unconfirmed e-mail addresses after 48 h, bounced ones after their quarantine.
      await purgeSubscriptions(db, systemClock.now());
      failing = false;
    } catch (error) {
      if (!failing) console.error('Planned maintenance could not be started or ended; trying again every 30 s.', error);
      failing = true;
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), MAINTENANCE_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** Files under SNAPSHOT_DIR; in memory only (with a warning) if that directory cannot be used. */
async function openSnapshots(directory: string): Promise<SnapshotStore> {
  try {
    return await FileSnapshots.open(directory);
  } catch (error) {
    console.error(`SNAPSHOT_DIR ${directory} cannot be used; last good pages are kept in memory only, not across restarts.`, error);
    return new MemorySnapshots();
  }
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Before anything renders: hono/jsx without AsyncLocalStorage (src/node-jsx.ts).
  renderJsxWithoutAsyncContext();
  const settings = readNodeSettings(env);
  // E-mail subscriptions, when SMTP_URL and MAIL_FROM are set (nodemailer; STARTTLS when offered).
  const mailSettings = readMailSettings(env.SMTP_URL, env.MAIL_FROM);
  const mail = mailSettings ? { transport: nodeMailTransport(mailSettings), secret: readSubscriptionSecret(env.SUBSCRIPTION_SECRET) } : null;
  const snapshots = await openSnapshots(settings.snapshotDir);
  // The app is built on a stand-in that refuses every query until the database is ready.
  const standby = new StandbyClient();
  const db = createDatabase(standby);

  const app = createApp({
    db,
    clock: systemClock,
    snapshots,
    compressor: zlibCompressor,
    config: {
      publicUrl: settings.publicUrl,
      // A new id per process: a restart after a deploy never answers 304 for old markup.
      buildId: crypto.randomUUID().slice(0, 8),
      precompress: true,
      revisionTtlMs: settings.revisionTtlMs,
      databaseTimeoutMs: settings.databaseTimeoutMs,
      auth: {
        passwordIterations: settings.passwordIterations,
        session: DEFAULT_SESSION_POLICY,
        setupToken: settings.setupToken,
      },
      monitorHooks: readMonitorHookConfig(env),
      mail,
    },
    clientIp: (c) =>
      clientAddress({
        forwardedFor: c.req.header('X-Forwarded-For'),
        socketAddress: getConnInfo(c).remote.address,
        trustedHops: settings.trustedProxyHops,
      }),
  });

  const server = createNodeServer(app.readyResponses, (request, bindings) => app.fetch(request, bindings));
  server.listen(settings.port, settings.host, () => {
    const info = server.address() as AddressInfo;
    console.log(`Status page: ${settings.publicUrl}/ (listening on ${info.address}:${info.port}, database ${settings.databaseUrl})`);
  });

  let stopping = false;
  let stopMaintenanceTimer = () => {};
  let stopDelivery = () => {};
  void connectWhenReachable(settings, standby, () => stopping).then((connected) => {
    // Whatever was cached while the database was away is re-read at once.
    if (connected) db.$commits.notify();
    if (connected) stopMaintenanceTimer = startMaintenanceTimer(db);
    // Notifications (docs/decisions/0040): woken by each commit, sweeping every 30 s.
    if (connected) stopDelivery = startDeliveryLoop(db, { channels: buildChannels({ clock: systemClock, publicUrl: settings.publicUrl, mail }), clock: systemClock, log: console.log, logError: console.error }).stop;
  });

  const shutdown = () => {
    stopping = true;
    stopMaintenanceTimer();
    stopDelivery();
    server.close(() => {
      standby.close();
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
