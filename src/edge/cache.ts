/**
 * The edge cache in front of the app on Workers (docs/decisions/0010-edge.md).
 *
 * Public pages and feeds are kept in the data centre's Cache API for a few seconds
 * (`EDGE_CACHE_TTL`), so a national spike of readers costs the database one revision read
 * per URL per data centre per TTL instead of one per request. A publication is visible
 * everywhere within that TTL. When the database is down, the app itself answers from the last
 * good copies (src/http/last-known-good.tsx, with the Cache API and KV behind it:
 * src/snapshot/edge-snapshots.ts), with a banner and `X-Status-Snapshot`; this cache keeps
 * such an answer for the TTL like any other, so a data centre asks a dead database at most
 * once per URL per TTL.
 */
import { snapshotKeyOf } from '../snapshot/store';


/** The subset of the Workers Cache API used here (no @cloudflare/workers-types dependency). */
export interface EdgeCache {
  match(request: Request): Promise<Response | undefined>;
  put(request: Request, response: Response): Promise<void>;
}

export interface WaitUntil {
  waitUntil(promise: Promise<unknown>): void;
}

export interface EdgeCacheOptions {
  /** Seconds a cached page or feed is served without asking the app. */
  ttlSeconds: number;
}

/**
 * Only public GETs are cached; the console, sign-in and anything with a session never are,
 * nor /healthz, which must say what is true now.
 */
export function isEdgeCacheable(request: Request): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const { pathname } = new URL(request.url);
  return !pathname.startsWith('/admin') && pathname !== '/healthz';
}

/** The same page for the same path and meaningful parameters (tracking tags … are ignored). */
function cacheKey(request: Request): Request {
  const url = new URL(request.url);
  return new Request(url.origin + snapshotKeyOf(url), { method: 'GET' });
}

/** A copy for the cache: the stored Cache-Control sets how long the edge keeps it. */
function forStorage(response: Response, seconds: number): Response {
  const copy = new Response(response.body, response);
  copy.headers.set('Cache-Control', `public, max-age=${seconds}`);
  copy.headers.set('X-Edge-Stored-Cache-Control', response.headers.get('Cache-Control') ?? '');
  return copy;
}

/** Back to what the app said browsers may do with it. */
function forClient(stored: Response, request: Request, source: 'hit' | 'miss'): Response {
  const original = stored.headers.get('X-Edge-Stored-Cache-Control');
  const headers = new Headers(stored.headers);
  headers.delete('X-Edge-Stored-Cache-Control');
  if (original) headers.set('Cache-Control', original);
  headers.set('X-Edge-Cache', source);
  const etag = headers.get('ETag');
  const ifNoneMatch = request.headers.get('If-None-Match');
  if (etag && ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''))) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === 'HEAD' ? null : stored.body, { status: stored.status, headers });
}

/** Answers from the edge cache when it can, and from the app otherwise. */
export async function withEdgeCache(
  request: Request,
  cache: EdgeCache,
  context: WaitUntil,
  options: EdgeCacheOptions,
  app: (request: Request) => Promise<Response>,
): Promise<Response> {
  if (!isEdgeCacheable(request)) return app(request);
  const freshKey = cacheKey(request);
  const cached = await cache.match(freshKey);
  if (cached) return forClient(cached, request, 'hit');

  // Ask the app for the full representation (the edge answers conditionals itself).
  const unconditional = new Request(request.url, { method: 'GET', headers: request.headers });
  unconditional.headers.delete('If-None-Match');
  unconditional.headers.delete('If-Modified-Since');
  let response: Response;
  try {
    response = await app(unconditional);
  } catch {
    response = new Response(null, { status: 500 });
  }

  // A personal answer (the subscription pages: `no-store`) is never kept for others.
  if (response.status === 200 && !/no-store|private/.test(response.headers.get('Cache-Control') ?? '')) {
    context.waitUntil(cache.put(freshKey, forStorage(response.clone(), options.ttlSeconds)));
    return forClient(response, request, 'miss');
  }
  return response;
}
