/**
 * Configuration and the per-request variables every route can rely on. Configuration is
 * parsed once by the entry point (Node or Workers) and injected; nothing reads the
 * environment at module level.
 */
import type { Context } from 'hono';
import type { Clock } from './clock';
import type { SessionPolicy } from './store/sessions';
import type { Database } from './db/database';
import type { Compressor } from './http/content-encoding';
import type { PageCache } from './http/page-cache';
import type { PublicState } from './http/public-state';
import type { DatabaseHealth } from './http/database-health';
import type { LastKnownGood } from './http/last-known-good';
import type { ReadyCandidate } from './http/ready-responses';
import type { SnapshotStore } from './snapshot/store';
import type { MailTransport } from './notify/mail/transport';
import type { RevisionState } from './store/revision';
import type { MonitorHookConfig } from './api/hooks/config';
import type { AuthenticatedToken } from './store/api-tokens';
import type { Actor } from './store/audit';

export interface AppConfig {
  /** Overrides the public URL in the site settings (canonical links, feeds). */
  publicUrl: string | null;
  /** Identifies this build; part of every ETag so a deploy never serves stale markup. */
  buildId: string;
  /**
   * Serve pre-gzipped pages. True on Node; false on Workers, where the platform compresses.
   */
  precompress: boolean;
  /**
   * How long (ms) one read of the public revision may serve other requests. Reading it costs
   * a database round trip per request; every write committed through this app's database
   * handle invalidates it at once (`db.$commits`), so this bounds only how late another
   * instance's write can appear. 0 = read every request.
   */
  revisionTtlMs: number;
  /**
   * How long (ms) a public request waits for the database before it is answered from the
   * last good copy (DATABASE_TIMEOUT_MS; default 2000). After a failure the database is not
   * asked again for `databaseRetryMs` (default 3000), except by one background check.
   */
  databaseTimeoutMs?: number;
  databaseRetryMs?: number;
  auth: AuthConfig;
  /** Monitor hooks' settings (src/api/hooks/config.ts); defaults when left out. */
  monitorHooks?: MonitorHookConfig;
  /** E-mail subscriptions (SMTP_URL, MAIL_FROM, SUBSCRIPTION_SECRET); absent or null: not offered. */
  mail?: MailConfig | null;
}

export interface MailConfig {
  /** Sends with the runtime's SMTP client (src/notify/mail/). */
  transport: MailTransport;
  /** Signs subscription links (SUBSCRIPTION_SECRET); null: a key generated and kept in the database. */
  secret: string | null;
}

export interface AuthConfig {
  /** PBKDF2 work factor for new password hashes (tests lower it; production keeps the default). */
  passwordIterations: number;
  session: SessionPolicy;
  /**
   * One-time setup token (a deployment secret): while no account exists, whoever presents it
   * at /admin/setup may create the first admin. Null disables web setup (use the CLI).
   */
  setupToken: string | null;
}

export interface AppDeps {
  db: Database;
  config: AppConfig;
  clock: Clock;
  /**
   * Where the last good copies of public pages and feeds are kept (src/snapshot/): files on
   * Node, the Cache API and KV on Workers. Defaults to a bounded in-memory store.
   */
  snapshots?: SnapshotStore;
  /** Operational notices (the database answers again …); defaults to console.log. */
  log?: (message: string) => void;
  /** Where unexpected errors are reported; defaults to console.error. */
  logError?: (message: string, error: unknown) => void;
  /**
   * The client's address, for throttling and the audit log. Runtime-specific (socket on
   * Node, CF-Connecting-IP on Workers), so the entry point provides it.
   */
  clientIp?: (c: Context) => string | null;
  /**
   * Compresses public documents once per rendering when `config.precompress` is on. Runtime-
   * specific: Node gives zlib (Brotli and gzip); the default is CompressionStream (gzip only).
   */
  compressor?: Compressor;
}

export interface AppVariables {
  db: Database;
  config: AppConfig;
  clock: Clock;
  publicState: PublicState;
  pageCache: PageCache;
  /** Whether the public side may ask the database now (src/http/database-health.ts). */
  databaseHealth: DatabaseHealth<RevisionState>;
  lastKnownGood: LastKnownGood;
  requestId: string;
  /** Language of the page being served, for error pages. */
  locale: string;
  /** Hashed URLs of the stylesheet and icon sprite. */
  assetUrls: { stylesheet: string; icons: string };
  clientIp: string | null;
  /** Set by serveCached on the responses the ready responses may keep (src/http/ready-responses.ts). */
  readyCandidate: ReadyCandidate | undefined;
  /** The write API's token, set by requireToken (src/api/write/auth.ts) on the routes it guards. */
  apiToken: AuthenticatedToken;
  /** Whom those routes' writes are audited under: `token:<name>`. */
  apiActor: Actor;
}

export interface AppEnv {
  Variables: AppVariables;
}
