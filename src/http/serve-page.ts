/**
 * Serving cached representations (pages and feeds): answer conditional requests from the
 * ETag alone (no rendering), serve stored bytes while the ETag is unchanged, and render only
 * when it changed. Each rendering is also kept as the last good copy, and a rendering that
 * fails or outlasts the database timeout is answered from that copy (./last-known-good.tsx).
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../env';
import { snapshotKeyOf } from '../snapshot/store';
import { negotiateCoding } from './content-encoding';
import { encodeUtf8 } from './page-cache';
import type { PublicView } from './public-state';
import type { ReadyCandidate } from './ready-responses';

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
  // What a client sends back most often: the very ETag it was given.
  if (ifNoneMatch === etag) return true;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}

export function notModifiedSince(ifModifiedSince: string | null | undefined, lastModified: Date): boolean {
  if (!ifModifiedSince) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds.
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** Whether a gzip body is the one to send, when gzip is the only compressed form (the last good copies). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return negotiateCoding(acceptEncoding, ['gzip']) === 'gzip';
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
  // What this response is, for the ready responses (./ready-responses.ts) to keep it whole.
  const candidate: ReadyCandidate = { etag, lastModified: representation.lastModified, sent: null };
  if (notModified) {
    c.set('readyCandidate', candidate);
    return c.body(null, 304, headers);
  }

  const pageCache = c.get('pageCache');
  let cached = pageCache.get(representation.cacheKey, etag);
  if (!cached) {
    let produced;
    try {
      // One rendering per (key, ETag), however many requests arrive meanwhile.
      produced = await pageCache.produce(representation.cacheKey, etag, async () => {
        // Under the database timeout; only an outage (not a bug in one page) marks it down.
        const rendered = await c.get('databaseHealth').guard(() => representation.render());
        if (rendered === null) return null;
        const body = encodeUtf8(rendered.body);
        c.get('lastKnownGood').remember(c, snapshotKeyOf(c.req.url), {
          body,
          contentType: representation.contentType,
          locale: c.get('locale'),
          timeZone: c.get('publicState').timeZone,
          renderedAt: c.get('clock').now(),
        });
        return { body, lastModified: rendered.lastModified ?? null };
      });
    } catch (error) {
      if (error instanceof HTTPException) throw error;
      return c.get('lastKnownGood').respond(c, snapshotKeyOf(c.req.url), error);
    }
    if (produced === null) throw new HTTPException(404);
    cached = produced;
  }
  if (cached.lastModified && !headers['Last-Modified']) headers['Last-Modified'] = cached.lastModified;

  headers['Content-Type'] = representation.contentType;
  const coding = negotiateCoding(c.req.header('Accept-Encoding'), cached.codings);
  const body = coding === 'identity' ? cached.body : cached.encoded[coding]!;
  if (coding !== 'identity') headers['Content-Encoding'] = coding;
  candidate.sent = { coding, body, codings: cached.codings };
  c.set('readyCandidate', candidate);
  return c.body(body, 200, headers);
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
    etag: `W/"${c.get('config').buildId}.${view.stateKey}"`,
    lastModified: view.lastModified,
    cacheControl: PUBLIC_CACHE_CONTROL,
    contentType: 'text/html; charset=utf-8',
    render: async () => {
      const body = await render();
      return body === null ? null : { body };
    },
  });
}
