/**
 * `/healthz`: what works right now, for monitoring and for the person on call. It asks the
 * database itself (under the same timeout as the public side), so it tells the truth even
 * while pages are being served from their last good copies. 200 when the database answered,
 * 503 when not; never cached. No error text is shown, only its kind: the address is public.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';

export function healthRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/healthz', async (c) => {
    const health = c.get('databaseHealth');
    const snapshots = c.get('lastKnownGood').store;
    const [probe, stats] = await Promise.all([health.check(), snapshots.stats().catch(() => null)]);
    const now = c.var.clock.now();
    const newest = stats?.newest ?? null;
    const body = {
      status: probe.reachable ? 'ok' : 'degraded',
      build: c.var.config.buildId,
      checkedAt: now.toISOString(),
      database: probe.reachable
        ? {
            reachable: true,
            latencyMs: Math.round(probe.latencyMs),
            revision: probe.value.revision,
            changedAt: probe.value.changedAt.toISOString(),
          }
        : { reachable: false, latencyMs: Math.round(probe.latencyMs), problem: probe.problem, timeoutMs: health.timeoutMs },
      // What readers get: fresh pages, their last good copies, or (no copy yet) a 503 page.
      publicPages: probe.reachable ? 'fresh' : stats?.count === 0 ? 'unavailable' : 'last-good-copies',
      snapshots: {
        store: snapshots.kind,
        count: stats?.count ?? null,
        newest,
        ageSeconds: newest === null ? null : Math.max(0, Math.round((now.getTime() - Date.parse(newest)) / 1000)),
      },
    };
    return c.json(body, probe.reachable ? 200 : 503, { 'Cache-Control': 'no-store' });
  });
  return app;
}
