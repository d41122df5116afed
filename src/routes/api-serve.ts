/**
 * Serving one API document: the site's state is read once (as for the pages), `?lang=` is
 * checked against the languages the site offers, and the document goes through the pages'
 * serving path (src/http/serve-page.ts serveCached): answered 304 from the revision without
 * building anything, built once per revision and time state, kept as its last good copy and
 * served from that copy while the database cannot be read. The document is parsed through its
 * zod schema before it is kept, so nothing leaves that the schema (and /api/openapi.json)
 * does not describe.
 */
import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { languageOf, type ApiRequest } from '../api/request';
import type { AppEnv } from '../env';
import { PUBLIC_CACHE_CONTROL, serveCached } from '../http/serve-page';
import { snapshotKeyOf } from '../snapshot/store';
import { DEFAULT_SITE } from '../store/site';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export interface ApiDocument<Schema extends z.ZodType> {
  schema: Schema;
  /** What else names this document besides its path and language (a page number). */
  variant?: string;
  /** The document, or null when there is no such resource (404). */
  build: (request: ApiRequest) => Promise<z.input<Schema> | null>;
}

export async function serveApiDocument<Schema extends z.ZodType>(
  c: Context<AppEnv>,
  lang: string | undefined,
  document: ApiDocument<Schema>,
): Promise<Response> {
  let view;
  try {
    view = await c.var.publicState.current();
  } catch (error) {
    return c.get('lastKnownGood').respond(c, snapshotKeyOf(c.req.url), error);
  }
  const site = view.site ?? DEFAULT_SITE;
  const language = languageOf(site, lang);
  c.set('locale', language);
  const request: ApiRequest = {
    db: c.var.db,
    site,
    lang: language,
    publicUrl: c.var.config.publicUrl ?? site.publicUrl,
    changedAt: view.changedAt,
    now: c.var.clock.now(),
  };
  return serveCached(c, {
    cacheKey: `api|${language}|${c.req.path}${document.variant ? `|${document.variant}` : ''}`,
    etag: `W/"${c.var.config.buildId}.${view.stateKey}"`,
    lastModified: view.lastModified,
    cacheControl: PUBLIC_CACHE_CONTROL,
    contentType: JSON_CONTENT_TYPE,
    render: async () => {
      const built = await document.build(request);
      return built === null ? null : { body: JSON.stringify(document.schema.parse(built)) };
    },
  });
}

/** The answer to a request the API refuses: `{ "error": { "status", "message" } }`. */
export function apiErrorResponse(c: Context<AppEnv>, status: 400 | 404 | 405 | 503, message: string): Response {
  const headers: Record<string, string> = {
    'Content-Type': JSON_CONTENT_TYPE,
    // A refusal is about this request; a failure is of the moment. Neither is worth keeping.
    'Cache-Control': status === 503 ? 'no-store' : 'public, max-age=60',
  };
  if (status === 503) headers['Retry-After'] = '5';
  return c.body(JSON.stringify({ error: { status, message } }), status, headers);
}

export const notFound = () => new HTTPException(404, { message: 'No such document.' });
