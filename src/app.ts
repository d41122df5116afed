/**
 * createApp: the one place that assembles the application from its dependencies. It runs
 * unchanged on Node and on Workers; the entry points only build the dependencies.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './env';
import { buildAssets } from './http/assets';
import { errorResponse } from './http/error-page';
import { PageCache } from './http/page-cache';
import { PublicState } from './http/public-state';
import { adminRoutes } from './routes/admin';
import { feedRoutes } from './routes/feeds';
import { publicRoutes } from './routes/public';

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

/**
 * "/historik/" typed by hand finds "/historik". Like hono's trimTrailingSlash, but a language
 * root such as "/en/" is left alone: its slash is the canonical form, so trimming it would
 * loop between "/en" and "/en/".
 */
const forgiveTrailingSlash: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const path = c.req.path;
  if (c.res.status !== 404 || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return;
  if (!path.endsWith('/') || /^\/[a-z]{2,3}\/$/.test(path) || path === '/') return;
  const url = new URL(c.req.url);
  url.pathname = path.replace(/\/+$/, '');
  c.res = c.redirect(url.pathname + url.search, 301);
};

export function createApp(deps: AppDeps) {
  const { db, config, clock } = deps;
  const logError = deps.logError ?? ((message, error) => console.error(message, error));
  const assets = buildAssets();
  const publicState = new PublicState(db, clock, config.revisionTtlMs);
  const pageCache = new PageCache();

  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, referrerPolicy: 'strict-origin-when-cross-origin' }));
  app.use(async (c, next) => {
    c.set('db', db);
    c.set('config', config);
    c.set('clock', clock);
    c.set('publicState', publicState);
    c.set('pageCache', pageCache);
    c.set('clientIp', deps.clientIp?.(c) ?? null);
    await next();
  });
  app.use(forgiveTrailingSlash);

  for (const asset of assets.all) {
    app.get(asset.path, (c) =>
      c.body(asset.body, 200, {
        'Content-Type': asset.contentType,
        // The URL changes with the content, so the response never does.
        'Cache-Control': 'public, max-age=31536000, immutable',
      }),
    );
  }
  app.get('/robots.txt', (c) => c.text('User-agent: *\nAllow: /\n'));

  app.route('/admin', adminRoutes(assets));
  app.route('/', feedRoutes());
  app.route('/', publicRoutes(assets));

  app.notFound((c) => errorResponse(c, 404, assets));
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      if (error.status === 404 || error.status === 400 || error.status === 403)
        return errorResponse(c, error.status, assets, error.message);
      return error.getResponse();
    }
    logError(`[${c.var.requestId}] ${c.req.method} ${c.req.path} failed`, error);
    return errorResponse(c, 500, assets);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
