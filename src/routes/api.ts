/**
 * The machine-readable interfaces under /api/: Statuspage's v2 documents (./api-statuspage.ts),
 * the native v1 documents (./api-native.ts), the OpenAPI 3.1 document describing both,
 * generated from the zod schemas every answer is parsed through, and the readable API page
 * (./api-page.tsx). The JSON is open to every origin (CORS `*`): it is public, read by
 * dashboards in browsers, and sends no cookies.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { UnknownLanguageError } from '../api/request';
import { ApiWriteError, apiWriteErrorResponse, storeErrorToApi } from '../api/write/errors';
import { isDatabaseUnavailable } from '../db/availability';
import type { AppEnv } from '../env';
import type { AssetBundle } from '../http/assets';
import { etagMatches } from '../http/serve-page';
import { registerNativeRoutes } from './api-native';
import { apiPageRoutes } from './api-page';
import { apiErrorResponse, JSON_CONTENT_TYPE } from './api-serve';
import { registerStatuspageRoutes } from './api-statuspage';
import { registerNativeWriteRoutes } from './api-write';
import { describeHooksAndManage } from './api-hooks-docs';

export const OPENAPI_PATH = '/api/openapi.json';
const JSON_PATHS = ['/api/v1/*', '/api/v2/*', OPENAPI_PATH];

/** One place where a refused or failed API request becomes a JSON answer (not an HTML page). */
function apiErrorOf(error: unknown, c: Context<AppEnv>): Response {
  if (error instanceof UnknownLanguageError) return apiErrorResponse(c, 400, error.message);
  // The write API's refusals, and the store's expected failures under it (src/api/write/errors.ts).
  const refusal = storeErrorToApi(error);
  if (refusal) return apiWriteErrorResponse(c, refusal);
  if (error instanceof HTTPException) {
    const status = error.status === 404 || error.status === 405 || error.status === 503 ? error.status : 400;
    return apiErrorResponse(c, status, error.message || (status === 404 ? 'No such document.' : 'Bad request.'));
  }
  if (isDatabaseUnavailable(error) && c.req.method !== 'GET' && c.req.method !== 'HEAD')
    return apiWriteErrorResponse(
      c,
      new ApiWriteError(503, 'unavailable', 'The database cannot be written right now; nothing was changed. Try again in a few seconds.', undefined, { 'Retry-After': '5' }),
    );
  if (isDatabaseUnavailable(error)) return apiErrorResponse(c, 503, 'The status data cannot be read right now. Try again in a few seconds.');
  // A fault: the app's error handler logs it with the request id and answers 500.
  throw error;
}

function jsonDocuments(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    // A request the route's schema refuses (a malformed `lang`, `page` or slug) is a 400 that says which.
    defaultHook: (result, c) => {
      if (result.success) return;
      const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`);
      return apiErrorResponse(c, 400, `Invalid ${problems.join('; ')}`);
    },
  });
  for (const path of JSON_PATHS) {
    app.use(
      path,
      cors({
        origin: '*',
        allowMethods: ['GET', 'HEAD', 'OPTIONS'],
        exposeHeaders: ['ETag', 'Last-Modified', 'X-Status-Snapshot'],
        maxAge: 86_400,
      }),
    );
  }
  registerStatuspageRoutes(app);
  registerNativeRoutes(app);
  registerNativeWriteRoutes(app);
  describeHooksAndManage(app);

  let openapi: string | null = null;
  app.get(OPENAPI_PATH, (c) => {
    // The same for the whole build: generated on first use, then served from memory.
    openapi ??= JSON.stringify(
      app.getOpenAPI31Document({
        openapi: '3.1.0',
        info: {
          title: 'Status page API',
          version: '1',
          description:
            'Statuspage-compatible v2 documents and the native v1 documents of this status page. Public, no key, CORS open; every document has an ETag and answers If-None-Match with 304. `?lang=` chooses the language of texts.',
        },
        tags: [
          { name: 'Statuspage v2', description: 'The public documents of Atlassian Statuspage’s v2 API, field for field.' },
          { name: 'Native v1', description: 'Everything this page knows, in its own words.' },
        ],
      }),
    );
    const etag = `W/"${c.var.config.buildId}.openapi"`;
    const headers = { 'Content-Type': JSON_CONTENT_TYPE, ETag: etag, 'Cache-Control': 'public, max-age=300' };
    if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
    return c.body(openapi, 200, headers);
  });

  // Any other address under the JSON prefixes: a JSON 404, not the HTML error page.
  app.all('/api/v1/*', () => {
    throw new HTTPException(404, { message: 'No such document.' });
  });
  app.all('/api/v2/*', () => {
    throw new HTTPException(404, { message: 'No such document.' });
  });
  app.onError(apiErrorOf);
  return app;
}

export function apiRoutes(assets: AssetBundle): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.route('/', apiPageRoutes(assets));
  app.route('/', jsonDocuments());
  return app;
}
