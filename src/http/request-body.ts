/**
 * Form bodies are read once, here, before any route: one that cannot be parsed (a truncated
 * or wrongly delimited multipart body, a missing boundary) is the client's mistake and gets a
 * 400 that says so, wherever it was sent. Without this, each route's `c.req.parseBody()`
 * threw and the visitor saw a 500.
 *
 * Hono keeps the FormData it read, so routes parsing the body again get the same fields at no
 * cost, with whatever options they ask for. JSON bodies are left to their routes (the passkey
 * calls), which already answer broken JSON with their own 4xx in JSON.
 */
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../env';

/** The reason the 400 page shows ("the form could not be read") instead of the address text. */
export const MALFORMED_BODY = 'malformed-body';

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export const rejectMalformedBodies: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
    const type = mediaType(c.req.header('Content-Type'));
    if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
      try {
        await c.req.parseBody();
      } catch (error) {
        throw new HTTPException(400, { message: MALFORMED_BODY, cause: error });
      }
    }
  }
  await next();
};
