/**
 * Serving a public page: answer conditional requests from the state key alone (no rendering),
 * serve cached bytes while the state is unchanged, and render only when it changed.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../env';
import { encodeUtf8, gzip } from './page-cache';
import type { PublicView } from './public-state';

/**
 * Browsers and proxies may keep a page half a minute; after that they revalidate, which costs
 * a 304. If this server cannot answer, a day-old copy is better than nothing (stale-if-error).
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=30, stale-if-error=86400';

export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}

function notModifiedSince(ifModifiedSince: string | undefined, lastModified: Date): boolean {
  if (!ifModifiedSince) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds.
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

export type PageRenderer = (view: PublicView) => Promise<string | null>;

/**
 * `cacheKey` must identify the page completely (language, kind, parameters). `render`
 * returns the HTML document, or null when there is no such page (404).
 */
export async function servePage(c: Context<AppEnv>, cacheKey: string, render: PageRenderer): Promise<Response> {
  const view = await c.var.publicState.current();
  const etag = `W/"${c.var.config.buildId}.${view.stateKey}"`;
  const headers: Record<string, string> = {
    'Cache-Control': PUBLIC_CACHE_CONTROL,
    ETag: etag,
    'Last-Modified': view.lastModified.toUTCString(),
    Vary: 'Accept-Encoding',
  };
  const ifNoneMatch = c.req.header('If-None-Match');
  if (etagMatches(ifNoneMatch, etag) || (!ifNoneMatch && notModifiedSince(c.req.header('If-Modified-Since'), view.lastModified))) {
    return c.body(null, 304, headers);
  }

  let page = c.var.pageCache.get(cacheKey, etag);
  if (!page) {
    const html = await render(view);
    if (html === null) throw new HTTPException(404);
    const body = encodeUtf8(html);
    page = { etag, body, gzip: c.var.config.precompress ? await gzip(body) : null };
    c.var.pageCache.set(cacheKey, page);
  }

  headers['Content-Type'] = 'text/html; charset=utf-8';
  if (page.gzip && acceptsGzip(c.req.header('Accept-Encoding'))) {
    headers['Content-Encoding'] = 'gzip';
    return c.body(page.gzip, 200, headers);
  }
  return c.body(page.body, 200, headers);
}
