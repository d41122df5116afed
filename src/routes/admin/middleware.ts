/**
 * Admin request pipeline: no caching anywhere, sessions from the cookie, sign-in required,
 * roles enforced on the server, and a CSRF token on every state-changing request.
 */
import type { MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { timingSafeEqual } from '../../auth/crypto';
import { hasRole, type Role } from '../../domain/roles';
import { adminMessagesFor, ADMIN_LOCALES } from '../../i18n/admin';
import { findValidSession } from '../../store/sessions';
import type { AdminEnv } from './env';

export const SESSION_COOKIE = 'session';

type AnyContext = Parameters<MiddlewareHandler<AdminEnv>>[0];

/**
 * Over HTTPS (the public URL, or the request itself) the cookie is `__Host-session`:
 * Secure, Path=/, no Domain, so it is bound to this exact origin. Browsers refuse Secure
 * cookies on plain http://localhost, so a local `npm start` uses a plain `session` cookie
 * with the same HttpOnly and SameSite=Strict protection.
 */
function overHttps(c: AnyContext): boolean {
  const configured = c.var.config.publicUrl;
  return new URL(c.req.url).protocol === 'https:' || (configured !== null && configured.startsWith('https:'));
}

/**
 * A browser-session cookie (no Expires): the server alone decides when a session ends (idle
 * and absolute limits), so a client with a wrong clock is neither locked out nor kept in.
 */
export function setSessionCookie(c: AnyContext, token: string): void {
  const secure = overHttps(c);
  setCookie(c, SESSION_COOKIE, token, {
    ...(secure ? { prefix: 'host' as const } : {}),
    httpOnly: true,
    secure,
    sameSite: 'Strict',
    path: '/',
  });
}

export function clearSessionCookie(c: AnyContext): void {
  if (overHttps(c)) deleteCookie(c, SESSION_COOKIE, { prefix: 'host', secure: true, path: '/' });
  else deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

function readSessionCookie(c: AnyContext): string | undefined {
  return overHttps(c) ? getCookie(c, SESSION_COOKIE, 'host') : getCookie(c, SESSION_COOKIE);
}

export const noStore: MiddlewareHandler<AdminEnv> = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex, nofollow');
};

/** Loads the session (if any) and picks the admin's language. */
export const loadSession: MiddlewareHandler<AdminEnv> = async (c, next) => {
  const token = readSessionCookie(c);
  const found = token
    ? await findValidSession(c.var.db, token, c.var.clock.now(), c.var.config.auth.session)
    : null;
  if (token && !found) clearSessionCookie(c);
  const requested = c.req.query('lang');
  const locale = found?.user.locale ?? (requested && ADMIN_LOCALES.includes(requested) ? requested : 'sv');
  c.set('adminLocale', locale);
  c.set('t', adminMessagesFor(locale));
  c.set(
    'auth',
    found
      ? {
          user: found.user,
          session: {
            id: found.session.id,
            csrfToken: found.session.csrfToken,
            fullyAuthenticated: found.session.fullyAuthenticated,
          },
          actor: { userId: found.user.id, username: found.user.username, ip: c.var.clientIp },
        }
      : null,
  );
  await next();
};

/** Sends anyone without a complete sign-in to the sign-in page (or its second step). */
export const requireUser: MiddlewareHandler<AdminEnv> = async (c, next) => {
  const auth = c.var.auth;
  if (!auth) {
    if (c.req.header('HX-Request') === 'true') {
      c.header('HX-Redirect', '/admin/login');
      return c.body(null, 401);
    }
    const next = encodeURIComponent(c.req.path);
    return c.redirect(`/admin/login?next=${next}`, 303);
  }
  if (!auth.session.fullyAuthenticated) return c.redirect('/admin/login/verify', 303);
  await next();
};

/** Refuses, on the server, anything the user's role does not allow. */
export function requireRole(role: Role): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const auth = c.var.auth;
    if (!auth || !hasRole(auth.user.role, role)) throw new HTTPException(403, { message: 'forbidden' });
    await next();
  };
}

const SAFE = /^(GET|HEAD|OPTIONS)$/;

/**
 * The session's CSRF token must come back with every state-changing request: as the
 * `_csrf` form field, or in the `X-CSRF-Token` header that htmx sends. This is on top of
 * the Origin check and SameSite=Strict cookies.
 */
export const verifyCsrfToken: MiddlewareHandler<AdminEnv> = async (c, next) => {
  const auth = c.var.auth;
  if (!SAFE.test(c.req.method) && auth) {
    let sent = c.req.header('X-CSRF-Token');
    if (!sent) {
      const type = c.req.header('Content-Type') ?? '';
      if (type.includes('form')) {
        const body = await c.req.parseBody();
        sent = typeof body._csrf === 'string' ? body._csrf : undefined;
      }
    }
    if (!sent || !timingSafeEqual(sent, auth.session.csrfToken)) throw new HTTPException(403, { message: 'csrf' });
  }
  await next();
};
