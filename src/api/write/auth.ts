/**
 * Authentication of the write API: `requireToken(scope)` accepts `Authorization: Bearer <token>`
 * and, for Statuspage tooling, `Authorization: OAuth <token>`. No, unknown, expired or revoked
 * token → 401 with `WWW-Authenticate: Bearer`; a token without the scope → 403; too many
 * requests for one token → 429 with Retry-After (./rate-limit.ts). Then `c.var.apiToken` says
 * which token it is and `c.var.apiActor` is the actor its writes are audited under,
 * `token:<name>`. The refusals are answered here, not thrown, so they have the write API's
 * JSON shape wherever the route is mounted.
 */
import type { MiddlewareHandler } from 'hono';
import type { Database } from '../../db/database';
import type { ApiScope } from '../../domain/api-scopes';
import type { AppEnv } from '../../env';
import { authenticate } from '../../store/api-tokens';
import type { Actor } from '../../store/audit';
import { ApiWriteError, apiWriteErrorResponse } from './errors';
import { TokenRateLimiter } from './rate-limit';

/**
 * One limiter per database handle: the app keeps its handle for its lifetime (per process on
 * Node, per isolate on Workers), and token ids are only unique within one database.
 */
const limiters = new WeakMap<Database, TokenRateLimiter>();

function limiterFor(db: Database): TokenRateLimiter {
  let limiter = limiters.get(db);
  if (!limiter) limiters.set(db, (limiter = new TokenRateLimiter()));
  return limiter;
}

/** The secret of `Authorization: Bearer …` or `Authorization: OAuth …` (case-insensitive scheme), or null. */
export function tokenOf(authorization: string | undefined): string | null {
  const match = /^\s*(?:bearer|oauth)\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match ? match[1]! : null;
}

export function tokenActor(name: string, ip: string | null): Actor {
  return { userId: null, username: `token:${name}`, ip };
}

export function requireToken(scope: ApiScope): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const secret = tokenOf(c.req.header('Authorization'));
    if (secret === null) {
      return apiWriteErrorResponse(
        c,
        new ApiWriteError(401, 'unauthorized', 'Send an API token: Authorization: Bearer <token>.', undefined, {
          'WWW-Authenticate': 'Bearer realm="status-page"',
        }),
      );
    }
    const now = c.var.clock.now();
    const token = await authenticate(c.var.db, secret, now);
    if (!token) {
      return apiWriteErrorResponse(
        c,
        new ApiWriteError(401, 'unauthorized', 'The token is unknown, expired or revoked.', undefined, {
          'WWW-Authenticate': 'Bearer realm="status-page", error="invalid_token"',
        }),
      );
    }
    const wait = limiterFor(c.var.db).take(token.id, now);
    if (wait > 0) {
      return apiWriteErrorResponse(
        c,
        new ApiWriteError(429, 'rate-limited', `Too many requests for this token; try again in ${wait} s.`, undefined, {
          'Retry-After': String(wait),
        }),
      );
    }
    if (!token.scopes.includes(scope)) {
      return apiWriteErrorResponse(
        c,
        new ApiWriteError(403, 'forbidden', `This token does not have the scope "${scope}".`, undefined, {
          'WWW-Authenticate': `Bearer realm="status-page", error="insufficient_scope", scope="${scope}"`,
        }),
      );
    }
    c.set('apiToken', token);
    c.set('apiActor', tokenActor(token.name, c.var.clientIp));
    await next();
  };
}
