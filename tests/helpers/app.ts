/** Builds the real app on a fresh database, with a clock the test controls. */
import { createApp } from '../../src/app';
import { fixedClock } from '../../src/clock';
import type { Database } from '../../src/db/database';
import { loadExample } from '../../src/seed/example';
import { DEFAULT_SESSION_POLICY } from '../../src/store/sessions';
import { createTestDatabase } from './db';
import { makeSite } from './factories';

export const TEST_PASSWORD_ITERATIONS = 1_000;

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
    /** The configured public URL; https makes admin cookies `__Host-` and Secure. */
    publicUrl?: string | null;
  } = {},
): Promise<TestContext> {
  const db = await createTestDatabase();
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
      // Tests write through the store directly, so every request must see the newest revision.
      revisionTtlMs: options.revisionTtlMs ?? 0,
      auth: {
        // Cheap hashes keep auth tests fast; the production work factor is tested on its own.
        passwordIterations: TEST_PASSWORD_ITERATIONS,
        session: DEFAULT_SESSION_POLICY,
        setupToken: options.setupToken ?? null,
      },
    },
    clientIp: (c) => c.req.header('X-Test-Client-IP') ?? '192.0.2.1',
    logError: (_message, error) => errors.push(error),
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
