/**
 * Serving cached representations (pages and feeds): answer conditional requests from the
 * ETag alone (no rendering), serve stored bytes while the ETag is unchanged, and render only
 * when it changed.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../env';
import { encodeUtf8, gzip } from './page-cache';
import type { PublicView } from './public-state';

/**
 * Browsers may keep a page half a minute, shared caches (CDNs, the edge) ten seconds; after
 * that they revalidate, which costs a 304. If this server cannot answer, a day-old copy is
 * better than nothing (stale-if-error).
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=30, s-maxage=10, stale-while-revalidate=30, stale-if-error=86400';

/** For documents that never change once published (full feed archives). */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

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

export interface Representation {
  /** Identifies the representation completely (language, kind, parameters, format). */
  cacheKey: string;
  etag: string;
  /** Known before rendering (pages, current feeds); null when only rendering tells. */
  lastModified: Date | null;
  cacheControl: string;
  contentType: string;
  /** The body, or null when there is no such resource (404). */
  render: () => Promise<{ body: string; lastModified?: Date } | null>;
}

export async function serveCached(c: Context<AppEnv>, representation: Representation): Promise<Response> {
  const { etag } = representation;
  const headers: Record<string, string> = {
    'Cache-Control': representation.cacheControl,
    ETag: etag,
    Vary: 'Accept-Encoding',
  };
  if (representation.lastModified) headers['Last-Modified'] = representation.lastModified.toUTCString();
  const ifNoneMatch = c.req.header('If-None-Match');
  const notModified = ifNoneMatch
    ? etagMatches(ifNoneMatch, etag)
    : representation.lastModified !== null && notModifiedSince(c.req.header('If-Modified-Since'), representation.lastModified);
  if (notModified) return c.body(null, 304, headers);

  let cached = c.var.pageCache.get(representation.cacheKey, etag);
  if (!cached) {
    const rendered = await representation.render();
    if (rendered === null) throw new HTTPException(404);
    const body = encodeUtf8(rendered.body);
    cached = {
      etag,
      body,
      gzip: c.var.config.precompress ? await gzip(body) : null,
      lastModified: rendered.lastModified?.toUTCString() ?? null,
    };
    c.var.pageCache.set(representation.cacheKey, cached);
  }
  if (cached.lastModified && !headers['Last-Modified']) headers['Last-Modified'] = cached.lastModified;

  headers['Content-Type'] = representation.contentType;
  if (cached.gzip && acceptsGzip(c.req.header('Accept-Encoding'))) {
    headers['Content-Encoding'] = 'gzip';
    return c.body(cached.gzip, 200, headers);
  }
  return c.body(cached.body, 200, headers);
}

/**
 * A public HTML page: its ETag is the build, the data revision and the time state (`view`,
 * read once per request by the caller), so a conditional request is answered before
 * anything is rendered.
 */
export function servePage(
  c: Context<AppEnv>,
  view: PublicView,
  cacheKey: string,
  render: () => Promise<string | null>,
): Promise<Response> {
  return serveCached(c, {
    cacheKey,
    etag: `W/"${c.var.config.buildId}.${view.stateKey}"`,
    lastModified: view.lastModified,
    cacheControl: PUBLIC_CACHE_CONTROL,
    contentType: 'text/html; charset=utf-8',
    render: async () => {
      const body = await render();
      return body === null ? null : { body };
    },
  });
}
