/**
 * How a write route of the monitor hooks and the Statuspage manage shape answers a failure:
 * the store's expected errors and the routes' own refusals in the write API's JSON shape
 * (src/api/write/errors.ts), an unreachable database as a 503 to retry, and anything else left
 * to the app's error handler (a logged 500).
 */
import type { Context, Handler } from 'hono';
import { isDatabaseUnavailable } from '../../db/availability';
import type { AppEnv } from '../../env';
import { ApiWriteError, apiWriteErrorResponse, storeErrorToApi } from '../write/errors';

export function answered(handler: (c: Context<AppEnv>) => Promise<Response>): Handler<AppEnv> {
  return async (c) => {
    try {
      return await handler(c);
    } catch (error) {
      const refusal = storeErrorToApi(error);
      if (refusal) return apiWriteErrorResponse(c, refusal);
      if (isDatabaseUnavailable(error))
        return apiWriteErrorResponse(
          c,
          new ApiWriteError(503, 'unavailable', 'The database cannot be written right now; nothing was changed. Try again in a few seconds.', undefined, {
            'Retry-After': '5',
          }),
        );
      throw error;
    }
  };
}

/** A write's answer: JSON, never cached. */
export function writeAnswer(c: Context, body: unknown, status: 200 | 201 = 200): Response {
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
}

/** A path parameter of the route (always there when the route matched). */
export function pathParam(c: Context, name: string): string {
  return c.req.param(name) ?? '';
}
