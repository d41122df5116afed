/**
 * Configuration and the per-request variables every route can rely on. Configuration is
 * parsed once by the entry point (Node or Workers) and injected; nothing reads the
 * environment at module level.
 */
import type { Context } from 'hono';
import type { Clock } from './clock';
import type { SessionPolicy } from './store/sessions';
import type { Database } from './db/database';
import type { PageCache } from './http/page-cache';
import type { PublicState } from './http/public-state';

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
   * a database round trip per request; writes through this app invalidate it at once, so
   * this bounds only how late another instance's write can appear. 0 = read every request.
   */
  revisionTtlMs: number;
  auth: AuthConfig;
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
  /** Where unexpected errors are reported; defaults to console.error. */
  logError?: (message: string, error: unknown) => void;
  /**
   * The client's address, for throttling and the audit log. Runtime-specific (socket on
   * Node, CF-Connecting-IP on Workers), so the entry point provides it.
   */
  clientIp?: (c: Context) => string | null;
}

export interface AppVariables {
  db: Database;
  config: AppConfig;
  clock: Clock;
  publicState: PublicState;
  pageCache: PageCache;
  requestId: string;
  /** Language of the page being served, for error pages. */
  locale: string;
  /** Hashed URLs of the stylesheet and icon sprite. */
  assetUrls: { stylesheet: string; icons: string };
  clientIp: string | null;
}

export interface AppEnv {
  Variables: AppVariables;
}
