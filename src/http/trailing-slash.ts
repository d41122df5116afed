/**
 * "/historik/" typed by hand finds "/historik": a 404 for a path with a trailing slash is
 * answered with a permanent redirect to the same path without it. The redirect must never
 * leave this origin: a path such as "//evil.example/" would otherwise become
 * `Location: //evil.example`, which browsers read as another host (a ready-made phishing
 * link on a crisis page, cacheable for ever as a 301).
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { localeOfUrlPrefix } from '../urls/locale-prefixes';

/** Any origin will do: the check is only whether resolving the target keeps it. */
const PROBE_ORIGIN = 'https://origin.invalid';

/**
 * The same-origin path (with `search`) a trailing-slash path should redirect to, or null when
 * there is nothing to forgive or no safe target. Leading runs of slashes and backslashes (which
 * browsers treat alike) collapse to one slash, and the result is checked by resolving it the
 * way a browser would, so no encoding trick can turn it into another host.
 */
export function trailingSlashTarget(path: string, search: string): string | null {
  if (!path.endsWith('/') || path === '/') return null;
  // A language root such as "/en/" is canonical with its slash; trimming it would loop.
  if (localeOfUrlPrefix(path.slice(1, -1)) !== null) return null;
  const trimmed = path.replace(/^[/\\]+/, '/').replace(/\/+$/, '');
  if (trimmed === '' || trimmed === '/' || !/^\/[^/\\]/.test(trimmed)) return null;
  const target = trimmed + search;
  const resolved = new URL(target, PROBE_ORIGIN);
  if (resolved.origin !== PROBE_ORIGIN || resolved.pathname + resolved.search !== target) return null;
  return target;
}

/**
 * Like hono's trimTrailingSlash, but with a language root left alone and the target kept on
 * this origin (see above). Runs after the routes: only a 404 to a GET or HEAD is redirected.
 */
export const forgiveTrailingSlash: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.res.status !== 404 || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return;
  // The encoded path as sent, not c.req.path: that one is decoded ("%5C" becomes a backslash), and a
  // decoded path is neither safe nor always valid in a Location header.
  const url = new URL(c.req.url);
  const target = trailingSlashTarget(url.pathname, url.search);
  if (target !== null) c.res = c.redirect(target, 301);
};
