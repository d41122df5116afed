/**
 * The edge cache in front of the app on Workers (docs/decisions/0010-edge.md).
 *
 * Public pages and feeds are kept in the data centre's Cache API for a few seconds
 * (`EDGE_CACHE_TTL`), so a national spike of readers costs the database one revision read
 * per URL per data centre per TTL instead of one per request. A publication is visible
 * everywhere within that TTL. A second, long-lived "last good" copy of each URL is served
 * when the app cannot answer (database down): stale-if-error at the edge.
 */

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
  /** Seconds a last good copy is kept for when the app fails. */
  lastGoodSeconds: number;
}

/** Query parameters the public side reads; everything else (tracking tags …) is ignored. */
const MEANINGFUL_PARAMS = ['page', 'archive'];

/** Only public GETs are cached; the console, sign-in and anything with a session never are. */
export function isEdgeCacheable(request: Request): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const { pathname } = new URL(request.url);
  return !pathname.startsWith('/admin');
}

function cacheKey(request: Request, variant: 'fresh' | 'last-good'): Request {
  const url = new URL(request.url);
  const kept = new URLSearchParams();
  for (const name of MEANINGFUL_PARAMS) {
    const value = url.searchParams.get(name);
    if (value !== null) kept.set(name, value);
  }
  kept.sort();
  url.search = kept.toString();
  // The variant lives in the URL: the Cache API keys on the URL alone.
  url.hash = '';
  if (variant === 'last-good') url.pathname = `/__last-good${url.pathname}`;
  return new Request(url.toString(), { method: 'GET' });
}

/** A copy for the cache: the stored Cache-Control sets how long the edge keeps it. */
function forStorage(response: Response, seconds: number): Response {
  const copy = new Response(response.body, response);
  copy.headers.set('Cache-Control', `public, max-age=${seconds}`);
  copy.headers.set('X-Edge-Stored-Cache-Control', response.headers.get('Cache-Control') ?? '');
  return copy;
}

/** Back to what the app said browsers may do with it. */
function forClient(stored: Response, request: Request, source: 'hit' | 'miss' | 'stale'): Response {
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

/**
 * Answers from the edge cache when it can, from the app otherwise, and from the last good
 * copy when the app fails.
 */
export async function withEdgeCache(
  request: Request,
  cache: EdgeCache,
  context: WaitUntil,
  options: EdgeCacheOptions,
  app: (request: Request) => Promise<Response>,
): Promise<Response> {
  if (!isEdgeCacheable(request)) return app(request);
  const freshKey = cacheKey(request, 'fresh');
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

  if (response.status >= 500) {
    const lastGood = await cache.match(cacheKey(request, 'last-good'));
    if (lastGood) return forClient(lastGood, request, 'stale');
    return response;
  }
  if (response.status === 200) {
    const forFresh = response.clone();
    const forLastGood = response.clone();
    context.waitUntil(
      Promise.all([
        cache.put(freshKey, forStorage(forFresh, options.ttlSeconds)),
        cache.put(cacheKey(request, 'last-good'), forStorage(forLastGood, options.lastGoodSeconds)),
      ]),
    );
    return forClient(response, request, 'miss');
  }
  return response;
}
