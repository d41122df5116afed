/**
 * Admin request pipeline: no caching anywhere, sessions from the cookie, sign-in required,
 * roles enforced on the server, and a CSRF token on every state-changing request: the
 * session's inside the console, the sign-in form's on the way in.
 */
import type { MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { randomToken, timingSafeEqual } from '../../auth/crypto';
import { hasRole, type Role } from '../../domain/roles';
import { adminMessagesFor, ADMIN_LOCALES } from '../../i18n/admin';
import { KNOWN_DEVICE_TTL_MS } from '../../store/known-devices';
import { findValidSession } from '../../store/sessions';
import type { AdminEnv } from './env';

export const SESSION_COOKIE = 'session';
/** The sign-in forms' CSRF token (double-submit): see verifyCsrfToken. */
export const SIGN_IN_COOKIE = 'signin';
/** This browser's known-device token (src/store/known-devices.ts). */
export const DEVICE_COOKIE = 'device';

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

function readCookie(c: AnyContext, name: string): string | undefined {
  return overHttps(c) ? getCookie(c, name, 'host') : getCookie(c, name);
}

function readSessionCookie(c: AnyContext): string | undefined {
  return readCookie(c, SESSION_COOKIE);
}

/** Cookies of our own making: 32 random bytes, base64url. Anything else is ignored. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function readToken(c: AnyContext, name: string): string | undefined {
  const value = readCookie(c, name);
  return value && TOKEN.test(value) ? value : undefined;
}

/**
 * The token the sign-in forms carry, kept in a strict cookie of its own so that it does not
 * depend on whatever session the browser holds: a form opened before another tab signed in,
 * or between the password and the code step, still matches. Reused while the cookie lives,
 * so every open sign-in tab carries the same one.
 */
export function signInFormToken(c: AnyContext): string {
  const existing = readToken(c, SIGN_IN_COOKIE);
  if (existing) return existing;
  const token = randomToken();
  const secure = overHttps(c);
  setCookie(c, SIGN_IN_COOKIE, token, { ...(secure ? { prefix: 'host' as const } : {}), httpOnly: true, secure, sameSite: 'Strict', path: '/' });
  return token;
}

export function readDeviceCookie(c: AnyContext): string | undefined {
  return readToken(c, DEVICE_COOKIE);
}

/** Set at every complete sign-in, so a device stays known while it is used (KNOWN_DEVICE_TTL_MS). */
export function setDeviceCookie(c: AnyContext, token: string): void {
  const secure = overHttps(c);
  setCookie(c, DEVICE_COOKIE, token, {
    ...(secure ? { prefix: 'host' as const } : {}),
    httpOnly: true,
    secure,
    sameSite: 'Strict',
    path: '/',
    maxAge: Math.floor(KNOWN_DEVICE_TTL_MS / 1000),
  });
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

/** Sign-in required: ./require-user.tsx (it renders the sign-in page that keeps a draft). */

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
 * The ways in: the password form, its second step and the passkey calls. They start a session
 * rather than act with one, so they are guarded by the sign-in form's token, never by the
 * token of a session the browser may or may not hold by the time the form is sent.
 */
const SIGN_IN_PATHS = new Set(['/admin/login', '/admin/login/verify', '/admin/login/passkey/options', '/admin/login/passkey', '/admin/login/resume']);

/** The token a request sends back: the `X-CSRF-Token` header (htmx, fetch) or the `_csrf` form field. */
async function sentToken(c: AnyContext): Promise<string | undefined> {
  const header = c.req.header('X-CSRF-Token');
  if (header) return header;
  const type = c.req.header('Content-Type') ?? '';
  if (!type.includes('form')) return undefined;
  const body = await c.req.parseBody();
  return typeof body._csrf === 'string' ? body._csrf : undefined;
}

/**
 * A CSRF token must come back with every state-changing request, on top of the Origin check
 * and SameSite=Strict cookies: inside the console the session's token; on the sign-in
 * paths the sign-in form's, which must match its cookie (a cross-site page can neither read
 * nor send that cookie). Every other post without a session has nothing to act with.
 */
export const verifyCsrfToken: MiddlewareHandler<AdminEnv> = async (c, next) => {
  const auth = c.var.auth;
  const signIn = SIGN_IN_PATHS.has(c.req.path);
  if (!SAFE.test(c.req.method) && (signIn || auth)) {
    const expected = signIn ? readToken(c, SIGN_IN_COOKIE) : auth?.session.csrfToken;
    const sent = await sentToken(c);
    if (!expected || !sent || !timingSafeEqual(sent, expected)) throw new HTTPException(403, { message: 'csrf' });
  }
  await next();
};
