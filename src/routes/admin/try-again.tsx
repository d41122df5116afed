/**
 * The answer to a console write that met a database that could not take it (busy, locked,
 * unreachable, hung, read-only, full, unreadable: src/domain/outage.ts): 503 with
 * Retry-After, saying plainly that nothing was saved and why, and the editor's draft back in a form
 * that re-posts to the same address. Called from the app's one error handler, so it cannot
 * rely on the admin middleware having run (the session lookup may be what failed): every
 * admin variable is read with a fallback.
 */
import type { Context } from 'hono';
import { TryAgainContent, TryAgainPage, type DraftField, type TryAgainNotice } from '../../../views/admin/pages/TryAgainPage';
import { unavailabilityOf } from '../../db/availability';
import { needsOperator, type Unavailability } from '../../domain/outage';
import type { AppEnv } from '../../env';
import type { AssetBundle } from '../../http/assets';
import { RETRY_AFTER_SECONDS } from '../../http/error-page';
import { renderDocument, renderDocumentFragment } from '../../http/render';
import { adminMessagesFor, ADMIN_LOCALES, type AdminMessages } from '../../i18n/admin';
import type { AdminVariables } from './env';
import { adminAssetUrls } from './render';

/** Never echoed into the page: typed again instead. */
const SECRET_FIELD = /pass(word|phrase)?|secret|token|code|otp/i;

export function isAdminWrite(c: Context<AppEnv>): boolean {
  const path = c.req.path;
  return (path === '/admin' || path.startsWith('/admin/')) && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
}

/** What was sent, as editable fields in the order sent; files and the CSRF token left out. */
async function draftFields(c: Context<AppEnv>): Promise<{ fields: DraftField[]; sentToken: string | null }> {
  let body: Record<string, unknown>;
  try {
    // Parsed before (the body is cached), so this reads what the route read.
    body = await c.req.parseBody({ all: true });
  } catch {
    return { fields: [], sentToken: null };
  }
  const fields: DraftField[] = [];
  let sentToken: string | null = null;
  for (const [name, sent] of Object.entries(body)) {
    for (const value of [sent].flat()) {
      if (typeof value !== 'string') continue;
      if (name === '_csrf') {
        sentToken = value;
        continue;
      }
      const kind = SECRET_FIELD.test(name) ? 'secret' : value.includes('\n') || value.length > 80 ? 'text' : 'line';
      fields.push({ name, value: kind === 'secret' ? '' : value, kind });
    }
  }
  return { fields, sentToken };
}

/** What the notice says for this kind of failure. */
function noticeFor(t: AdminMessages, kind: Unavailability): TryAgainNotice {
  const words = t.tryAgain;
  const operator = needsOperator(kind);
  return {
    title: operator ? words.titleNeedsOperator : words.title,
    reason: kind === 'busy' ? words.notSaved : words.because[kind],
    advice: operator ? words.keptBelowNeedsOperator : words.keptBelow,
  };
}

/** @param error What the write met; its kind chooses the words (busy when it cannot be told). */
export async function tryAgainResponse(c: Context<AppEnv>, assets: AssetBundle, error?: unknown): Promise<Response> {
  const vars = c.var as Partial<AdminVariables>;
  const headers = { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' };
  const requested = c.req.query('lang');
  const locale = vars.adminLocale ?? (requested && ADMIN_LOCALES.includes(requested) ? requested : 'sv');
  const t = vars.t ?? adminMessagesFor(locale);
  const kind = unavailabilityOf(error) ?? 'busy';
  const notice = noticeFor(t, kind);

  if ((c.req.header('Content-Type') ?? '').includes('json') || (c.req.header('Accept') ?? '').startsWith('application/json')) {
    return c.json({ error: 'database-unavailable', kind, message: `${notice.reason} ${notice.advice}` }, 503, headers);
  }

  const { fields, sentToken } = await draftFields(c);
  const auth = vars.auth ?? null;
  // The token this same-origin form just sent (hono/csrf has checked its Origin): the session's
  // inside the console, the sign-in form's on the sign-in paths, so sending again passes the
  // same check. The session's own when none was sent (the check refuses that post anyway).
  const csrfToken = sentToken ?? c.req.header('X-CSRF-Token') ?? auth?.session.csrfToken ?? null;
  const url = new URL(c.req.url);
  const props = {
    chrome: {
      t,
      lang: locale,
      assets: vars.adminAssets ?? adminAssetUrls(assets),
      user: auth?.session.fullyAuthenticated ? { displayName: auth.user.displayName, role: auth.user.role } : null,
      csrfToken,
    },
    action: url.pathname + url.search,
    fields,
    notice,
  };
  if (c.req.header('HX-Request') === 'true') {
    // htmx swaps every status but 204/304: put the whole notice where the page's content is.
    c.header('HX-Retarget', '#main');
    c.header('HX-Reswap', 'innerHTML');
    return c.html(await renderDocumentFragment(<TryAgainContent {...props} />), 503, headers);
  }
  return c.html(await renderDocument(<TryAgainPage {...props} />), 503, headers);
}
