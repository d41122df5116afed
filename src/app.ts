/**
 * createApp: the one place that assembles the application from its dependencies. It runs
 * unchanged on Node and on Workers; the entry points only build the dependencies.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { isDatabaseUnavailable } from './db/availability';
import { DatabaseUnavailableError } from './db/outage-errors';
import type { AppDeps, AppEnv } from './env';
import { AssetResponses, buildAssets } from './http/assets';
import { DatabaseHealth } from './http/database-health';
import { inBackground, LastKnownGood } from './http/last-known-good';
import { errorResponse } from './http/error-page';
import { strictTransportSecurity } from './http/https';
import { webCompressor } from './http/content-encoding';
import { PageCache } from './http/page-cache';
import { PublicState } from './http/public-state';
import { ReadyResponses } from './http/ready-responses';
import { rejectMalformedBodies } from './http/request-body';
import { forgiveTrailingSlash } from './http/trailing-slash';
import { MemorySnapshots } from './snapshot/store';
import { readRevision } from './store/revision';
import { adminRoutes } from './routes/admin';
import { apiRoutes } from './routes/api';
import { hookRoutes } from './routes/api-hooks';
import { statuspageManageRoutes } from './routes/api-statuspage-manage';
import { isAdminWrite, tryAgainResponse } from './routes/admin/try-again';
import { calendarRoutes } from './routes/calendar';
import { capRoutes } from './routes/cap';
import { embeddingRoutes, openToOtherSites } from './routes/embedding';
import { feedRoutes } from './routes/feeds';
import { healthRoutes } from './routes/health';
import { publicRoutes } from './routes/public';
import { subscriptionRoutes } from './routes/subscriptions';

/**
 * No inline script or style anywhere, so the policy needs no 'unsafe-inline'. Scripts are
 * allowed from our own origin only (the admin console's htmx); public pages ship none.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function createApp(deps: AppDeps) {
  const { db, config, clock } = deps;
  const logError = deps.logError ?? ((message, error) => console.error(message, error));
  const log = deps.log ?? ((message) => console.log(message));
  const assets = buildAssets();
  // The public side's view of the database: reads under a timeout, and none while it is
  // known to be down (the last good copies are served meanwhile:
  // docs/decisions/0025-last-known-good.md).
  const databaseHealth = new DatabaseHealth(() => readRevision(db), {
    timeoutMs: config.databaseTimeoutMs ?? 2_000,
    retryMs: config.databaseRetryMs ?? 3_000,
    log: (message, error) => (error === undefined ? log(message) : logError(message, error)),
  });
  const publicState = new PublicState(db, clock, config.revisionTtlMs, databaseHealth);
  databaseHealth.onRecovered(() => publicState.invalidate());
  // Every committed write through this handle makes the next public request read the
  // revision again: routes never invalidate by hand (docs/decisions/0013). A commit also
  // proves the database answers.
  db.$commits.subscribe(() => {
    publicState.invalidate();
    databaseHealth.recovered();
  });
  const compressor = config.precompress ? (deps.compressor ?? webCompressor) : null;
  const pageCache = new PageCache(compressor);
  const assetResponses = new AssetResponses(compressor);
  // Cached public documents answered before the middleware chain (docs/decisions/0034).
  const readyResponses = new ReadyResponses(publicState, clock);
  const lastKnownGood = new LastKnownGood(deps.snapshots ?? new MemorySnapshots(), {
    precompress: config.precompress,
    log: (message, error) => logError(message, error),
  });
  /**
   * While the public side knows the database is down, the console says so at once (503, the
   * draft kept) instead of letting every editor wait for the same timeout.
   */
  const refuseWhileDatabaseDown: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (databaseHealth.isDown) {
      const refusal = databaseHealth.refuse();
      if (refusal.probe) inBackground(c, refusal.probe);
      throw refusal;
    }
    await next();
  };

  const app = new Hono<AppEnv>();
  // First, so it sees each response as the client gets it, every other middleware's headers in.
  app.use(readyResponses.keep);
  app.use(requestId());
  // Registered before the security headers so it can lift them for badges and /embed only.
  app.use(openToOtherSites);
  app.use(
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: 'strict-origin-when-cross-origin',
      // Sent by strictTransportSecurity below, and only over HTTPS.
      strictTransportSecurity: false,
    }),
  );
  app.use(async (c, next) => {
    c.set('db', db);
    c.set('config', config);
    c.set('clock', clock);
    c.set('publicState', publicState);
    c.set('pageCache', pageCache);
    c.set('databaseHealth', databaseHealth);
    c.set('lastKnownGood', lastKnownGood);
    c.set('clientIp', deps.clientIp?.(c) ?? null);
    await next();
  });
  app.use(strictTransportSecurity);
  app.use(forgiveTrailingSlash);
  app.use(rejectMalformedBodies);

  for (const asset of assets.all) app.get(asset.path, (c) => assetResponses.respond(c, asset));
  app.get('/robots.txt', (c) => c.text('User-agent: *\nAllow: /\n'));
  // Asked for by browsers (and readers) that have not seen a page's <link rel="icon">: the same
  // icon, under a URL that cannot change with it, so cached for a day only.
  app.get('/favicon.ico', (c) =>
    c.body(assets.favicon.body, 200, { 'Content-Type': assets.favicon.contentType, 'Cache-Control': 'public, max-age=86400' }),
  );

  app.use('/admin', refuseWhileDatabaseDown);
  app.use('/admin/*', refuseWhileDatabaseDown);
  app.route('/admin', adminRoutes(assets));
  app.route('/', healthRoutes());
  app.route('/', feedRoutes());
  // Before the read API: its catch-all answers every other /api/v1/ address with a 404.
  app.route('/', hookRoutes());
  app.route('/', statuspageManageRoutes());
  app.route('/', apiRoutes(assets));
  app.route('/', calendarRoutes());
  app.route('/', capRoutes());
  app.route('/', embeddingRoutes(assets));
  // Before the public pages: the subscribe page's form posts to the page's own address.
  app.route('/', subscriptionRoutes(assets));
  app.route('/', publicRoutes(assets));

  app.notFound((c) => errorResponse(c, 404, assets));
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      if (error.status === 404 || error.status === 400 || error.status === 403)
        return errorResponse(c, error.status, assets, error.message);
      return error.getResponse();
    }
    if (isDatabaseUnavailable(error)) {
      // Busy, locked, out of reach, read-only or full: the write was rolled back. Say so, keep
      // the draft. A request refused because the database is known to be down was never sent;
      // that outage was logged once, when it began (src/http/database-health.ts).
      if (!(error instanceof DatabaseUnavailableError)) {
        logError(`[${c.var.requestId}] ${c.req.method} ${c.req.path}: database unavailable`, error);
      }
      return isAdminWrite(c) ? tryAgainResponse(c, assets, error) : errorResponse(c, 503, assets);
    }
    logError(`[${c.var.requestId}] ${c.req.method} ${c.req.path} failed`, error);
    return errorResponse(c, 500, assets);
  });

  // Every runtime's entry (and app.request in tests) asks the ready responses first; on Node,
  // src/node.ts also asks them itself, before a Request object is made.
  const dispatch = app.fetch;
  app.fetch = (request, env, executionCtx) => readyResponses.respond(request) ?? dispatch(request, env, executionCtx);
  return Object.assign(app, { readyResponses });
}

export type App = ReturnType<typeof createApp>;
