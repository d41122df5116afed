/** Builds the real app on a fresh database, with a clock the test controls. */
import { createApp } from '../../src/app';
import { fixedClock } from '../../src/clock';
import type { Database } from '../../src/db/database';
import { loadExample } from '../../src/seed/example';
import type { SnapshotStore } from '../../src/snapshot/store';
import type { Compressor } from '../../src/http/content-encoding';
import type { MailConfig } from '../../src/env';
import { DEFAULT_SESSION_POLICY } from '../../src/store/sessions';
import type { MonitorHookConfig } from '../../src/api/hooks/config';
import { createTestDatabase } from './db';
import { makeSite } from './factories';

export const TEST_PASSWORD_ITERATIONS = 1_000;

/**
 * The revision TTL of test apps. Test clocks stand still unless a test moves them, so within
 * a step a page is fresh only because the write invalidated the cached revision on commit.
 */
export const LONG_REVISION_TTL_MS = 60_000;

export type TestClock = ReturnType<typeof fixedClock>;

export interface TestContext {
  app: ReturnType<typeof createApp>;
  db: Database;
  clock: TestClock;
  errors: unknown[];
}

export async function createTestApp(
  options: {
    now?: string;
    seed?: 'example' | 'site' | 'none';
    precompress?: boolean;
    revisionTtlMs?: number;
    setupToken?: string;
    /** A migrated database to use instead of a fresh in-memory one (a file, for lock tests). */
    database?: Database;
    /** The configured public URL; https makes admin cookies `__Host-` and Secure. */
    publicUrl?: string | null;
    /** Where last good copies are kept (default: in memory). */
    snapshots?: SnapshotStore;
    /** How long public reads wait for the database, and how long a failure keeps it "down". */
    databaseTimeoutMs?: number;
    databaseRetryMs?: number;
    /** What precompresses public documents (default: the runtime-neutral one, gzip only; Node's is src/node-listener.ts). */
    compressor?: Compressor;
    /** Monitor hooks' settings (precedence window, Grafana secret); the defaults when left out. */
    monitorHooks?: MonitorHookConfig;
    /** E-mail subscriptions' transport and secret (tests/subscriptions/ give a real SMTP server's). */
    mail?: MailConfig | null;
  } = {},
): Promise<TestContext> {
  const db = options.database ?? (await createTestDatabase());
  // A Wednesday afternoon in winter (CET) unless the test says otherwise.
  const clock = fixedClock(options.now ?? '2026-02-11T13:00:00Z');
  const seed = options.seed ?? 'site';
  if (seed === 'example') await loadExample(db, clock, { publicUrl: 'https://status.example.org' });
  if (seed === 'site') await makeSite(db, clock);
  const errors: unknown[] = [];
  const app = createApp({
    db,
    clock,
    config: {
      publicUrl: options.publicUrl ?? null,
      buildId: 'test',
      precompress: options.precompress ?? true,
      // Long, so a write that fails to invalidate the cached revision shows up
      // as a stale page. Fixtures written with the store on `db` invalidate it like any write.
      revisionTtlMs: options.revisionTtlMs ?? LONG_REVISION_TTL_MS,
      databaseTimeoutMs: options.databaseTimeoutMs,
      databaseRetryMs: options.databaseRetryMs,
      auth: {
        // Cheap hashes keep auth tests fast; the production work factor is tested on its own.
        passwordIterations: TEST_PASSWORD_ITERATIONS,
        session: DEFAULT_SESSION_POLICY,
        setupToken: options.setupToken ?? null,
      },
      monitorHooks: options.monitorHooks,
      mail: options.mail ?? null,
    },
    clientIp: (c) => c.req.header('X-Test-Client-IP') ?? '192.0.2.1',
    logError: (_message, error) => errors.push(error),
    snapshots: options.snapshots,
    compressor: options.compressor,
    log: () => {},
  });
  return { app, db, clock, errors };
}

/** Visible text of an HTML document, roughly as a reader sees it (tags out, entities decoded). */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
