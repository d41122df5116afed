/** Rendering admin pages: the chrome for the current user, and no caching. */
import type { Child } from 'hono/jsx';
import type { AdminChrome } from '../../../views/admin/AdminLayout';
import { TextCleanedNotice } from '../../../views/admin/partials/Form';
import type { AssetBundle } from '../../http/assets';
import { renderDocument, renderDocumentFragment } from '../../http/render';
import type { AdminContext, AdminVariables } from './env';
import { cleanedNoticeInAnswer, cleanedNoticeOnPage } from './form-text';

/** The console's asset URLs; `webauthn` and `passkeys` only on the pages that use passkeys. */
export function adminAssetUrls(assets: AssetBundle): AdminVariables['adminAssets'] {
  return {
    stylesheet: assets.stylesheet.path,
    adminStylesheet: assets.adminStylesheet.path,
    htmx: assets.htmx.path,
    icons: assets.icons.path,
    webauthn: assets.webauthn.path,
    passkeys: assets.passkeys.path,
  };
}

/** The layout's props: the admin context's on console pages, built here on the pages reachable without a session. */
export function adminChrome(c: AdminContext): AdminChrome {
  const context = (c.var as Partial<AdminVariables>).admin;
  if (context) return context.chrome;
  const auth = c.var.auth;
  return {
    t: c.var.t,
    lang: c.var.adminLocale,
    assets: c.var.adminAssets,
    user: auth?.session.fullyAuthenticated ? { displayName: auth.user.displayName, role: auth.user.role } : null,
    csrfToken: auth?.session.csrfToken ?? null,
    textCleaned: cleanedNoticeOnPage(c),
  };
}

export async function page(c: AdminContext, node: Child, status: 200 | 400 | 401 | 403 | 404 | 409 | 422 | 429 = 200) {
  return c.html(await renderDocument(node), status);
}

export async function fragment(c: AdminContext, node: Child, status: 200 | 400 | 409 | 422 = 200) {
  // An answer to a write also says whether cleaning changed its text, and clears an older notice.
  const notice = c.req.method === 'POST' ? TextCleanedNotice({ text: cleanedNoticeInAnswer(c, status), outOfBand: true }) : '';
  return c.html((await renderDocumentFragment(node)) + (await renderDocumentFragment(notice)), status);
}

/** Only paths inside the console are followed after sign-in (no open redirect). */
export function safeNext(value: unknown): string {
  // No dot segments (`..`, `%2e%2e`): `/admin/../x` would leave the console once the browser resolves it.
  return typeof value === 'string' && /^\/admin(\/[\w\-/?=&%.]*)?$/.test(value) && !/\/(\.|%2e){1,2}(\/|\?|$)/i.test(value) ? value : '/admin';
}
