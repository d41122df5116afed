/**
 * How the write endpoints are described in /api/openapi.json: the token they need, the
 * headers they read and the refusals they can give. The handlers check bodies themselves
 * (src/api/write/request.ts) so a refusal is a 422 naming the field, in the write API's shape.
 */
import { z, type OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { notFound } from '../api/write/errors';
import { writeError } from '../api/write/schemas';
import type { ApiScope } from '../domain/api-scopes';
import type { AppEnv } from '../env';

export const WRITE_TAG = 'Native v1: writing';
const SLUG = /^[a-z0-9-]{1,80}$/;

/** The route's slug, or a 404 (a slug that cannot exist). */
export function slugParam(c: Context, name = 'slug'): string {
  const slug = c.req.param(name) ?? '';
  if (!SLUG.test(slug)) throw notFound('No such document.');
  return slug;
}

const errorContent = { 'application/json': { schema: writeError } };

/** The refusals every write can give, as the OpenAPI document lists them. */
const WRITE_REFUSALS = {
  400: { description: 'The body is not JSON, or a header (If-Match, Idempotency-Key) is malformed.', content: errorContent },
  401: { description: 'No token, or an unknown, expired or revoked one.', content: errorContent },
  403: { description: 'The token lacks the scope this needs.', content: errorContent },
  404: { description: 'No such service, incident or maintenance (`field` says which was named).', content: errorContent },
  412: { description: 'If-Match names a version that is no longer current.', content: errorContent },
  413: { description: 'The body is larger than 1 MB.', content: errorContent },
  415: { description: 'The body is not sent as JSON.', content: errorContent },
  422: { description: 'A field has the wrong type or an unknown value (`field` names it), or the Idempotency-Key was used for another request.', content: errorContent },
  429: { description: 'Too many requests for this token (60 at once, then one a second): wait Retry-After seconds.', content: errorContent },
  503: { description: 'The database cannot be written right now; nothing was changed.', content: errorContent },
} as const;

const writeHeaders = z.object({
  'If-Match': z.string().optional().openapi({ description: 'The version last seen ("3"): the change is refused with 412 if it is no longer current.' }),
  'Idempotency-Key': z
    .string()
    .optional()
    .openapi({ description: 'Any unique string (a UUID): a retry with the same key and body within 24 hours gets the first answer, without writing again.' }),
});

/** Describes a write endpoint in /api/openapi.json (the handler checks the body itself, to answer 422 with the field). */
export function describeWrite(
  app: OpenAPIHono<AppEnv>,
  route: { method: 'post' | 'patch'; path: string; summary: string; scope: ApiScope; body: z.ZodType; answer: z.ZodType; created?: boolean; params?: z.ZodObject },
): void {
  const responses: RouteConfig['responses'] = {
    [route.created ? 201 : 200]: { description: 'Done: what changed.', content: { 'application/json': { schema: route.answer } } },
    ...WRITE_REFUSALS,
  };
  app.openAPIRegistry.registerPath({
    method: route.method,
    path: route.path,
    tags: [WRITE_TAG],
    summary: route.summary,
    description: `Needs a token with the scope \`${route.scope}\`.`,
    security: [{ apiToken: [route.scope] }],
    request: { params: route.params, headers: writeHeaders, body: { required: true, content: { 'application/json': { schema: route.body } } } },
    responses,
  });
}

export const slugPathParams = z.object({ slug: z.string().regex(SLUG).openapi({ param: { name: 'slug', in: 'path' }, example: 'mina-sidor' }) });
