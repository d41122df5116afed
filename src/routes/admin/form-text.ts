/**
 * Text typed into the console's forms is cleaned once, by the forms' text field type
 * (./forms/fields.ts `text`, which calls cleanTextReport in src/domain/limits.ts), and every
 * field whose text lost characters to the cleaning (control characters, NUL) is noted here,
 * per request. After a successful save the console says so, in one place for every form
 * (docs/decisions/0017-text-cleaning-and-notices.md): a redirect carries `cleaned` to the page
 * it leads to, whose layout shows the notice; an htmx answer carries the notice out of band
 * (see `fragment` in ./render.ts).
 */
import type { MiddlewareHandler } from 'hono';
import type { AdminContext, AdminEnv } from './env';

// Per request, without a context variable: the form parser (./forms/parse.ts) notes into it.
const cleanedByRequest = new WeakMap<Request, Set<string>>();

/** The form fields of this request whose text lost characters to cleaning. */
export function cleanedFields(c: { req: { raw: Request } }): Set<string> {
  let fields = cleanedByRequest.get(c.req.raw);
  if (!fields) cleanedByRequest.set(c.req.raw, (fields = new Set()));
  return fields;
}

/** The query flag a redirect after a save carries when cleaning took characters out. */
export const CLEANED_FLAG = 'cleaned';

function withCleanedFlag(location: string): string {
  const hash = location.indexOf('#');
  const [path, fragment] = hash === -1 ? [location, ''] : [location.slice(0, hash), location.slice(hash)];
  return `${path}${path.includes('?') ? '&' : '?'}${CLEANED_FLAG}${fragment}`;
}

/**
 * After a save that redirects (303 without JavaScript, HX-Redirect with htmx): the page it
 * leads to learns that cleaning changed what was typed. Only console paths are touched.
 */
export const carryCleanedNotice: MiddlewareHandler<AdminEnv> = async (c, next) => {
  await next();
  if (cleanedFields(c).size === 0) return;
  const location = c.res.headers.get('Location');
  if (c.res.status >= 300 && c.res.status < 400 && location?.startsWith('/admin')) c.res.headers.set('Location', withCleanedFlag(location));
  const htmxLocation = c.res.headers.get('HX-Redirect');
  if (htmxLocation?.startsWith('/admin')) c.res.headers.set('HX-Redirect', withCleanedFlag(htmxLocation));
};

/** The notice for a page: after a redirect that carried the flag. */
export function cleanedNoticeOnPage(c: AdminContext): string | null {
  return c.req.method === 'GET' && c.req.query(CLEANED_FLAG) !== undefined ? c.var.t.textCleaned : null;
}

/** The notice for an htmx answer: a successful write of this request cleaned something. */
export function cleanedNoticeInAnswer(c: AdminContext, status: number): string | null {
  return status === 200 && cleanedFields(c).size > 0 ? c.var.t.textCleaned : null;
}
