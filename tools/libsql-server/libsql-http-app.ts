/**
 * The HTTP face of the development libSQL server: Hrana over HTTP v2 as @libsql/client/web
 * speaks it. Built on Hono like the app itself, which brings bearer auth (with a timing-safe
 * token comparison) and a body size limit as tested middleware instead of hand-written code.
 * Every error is JSON `{ message, code }` with content type `application/json`, the form the
 * client turns into a LibsqlError carrying that code.
 */
import { Hono, type Context } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HranaError } from './hrana-errors';
import { runPipeline } from './hrana-pipeline';
import type { StreamRegistry } from './stream-registry';

const MAX_BODY_BYTES = 32 * 1024 * 1024;

const GREETING = 'libSQL development server (Hrana over HTTP v2). Development and tests only: production uses Turso or sqld.\n';

export function createLibsqlHttpApp(registry: StreamRegistry, options: { authToken?: string }): Hono {
  const app = new Hono();
  // Health and version checks: `GET /v2` answering 2xx is how Hrana clients learn v2 is spoken.
  app.get('/', (c) => c.text(GREETING));
  app.get('/v2', (c) => c.text(GREETING));

  if (options.authToken !== undefined) {
    const rejection = { message: { message: 'Authorization: Bearer <token> is missing or wrong', code: 'UNAUTHORIZED' } };
    app.use(
      '/v2/pipeline',
      bearerAuth({ token: options.authToken, noAuthenticationHeader: rejection, invalidAuthenticationHeader: rejection, invalidToken: rejection }),
    );
  }
  app.post(
    '/v2/pipeline',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => jsonError(c, 413, `The body is larger than ${MAX_BODY_BYTES} bytes`, 'BODY_TOO_LARGE') }),
    async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return jsonError(c, 400, 'The body is not valid JSON', 'INVALID_JSON');
      }
      try {
        return c.json(await runPipeline(registry, body));
      } catch (error) {
        if (error instanceof HranaError) return jsonError(c, 400, error.message, error.code);
        throw error;
      }
    },
  );

  // Includes /v3 and /v3-protobuf: a client probing for protocol 3 sees 404 and falls back to v2.
  app.notFound((c) => jsonError(c, 404, `Nothing at ${c.req.method} ${c.req.path}: this server speaks Hrana over HTTP v2 only`, 'NOT_FOUND'));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    return jsonError(c, 500, error.message, 'INTERNAL_ERROR');
  });
  return app;
}

function jsonError(c: Context, status: ContentfulStatusCode, message: string, code: string): Response {
  return c.json({ message, code }, status);
}
