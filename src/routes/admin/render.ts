/** Rendering admin pages: the chrome for the current user, and no caching. */
import type { Child } from 'hono/jsx';
import type { AdminChrome } from '../../../views/admin/AdminLayout';
import { renderDocument, renderDocumentFragment } from '../../http/render';
import type { AdminContext } from './env';

export function adminChrome(c: AdminContext): AdminChrome {
  const auth = c.var.auth;
  return {
    t: c.var.t,
    lang: c.var.adminLocale,
    assets: c.var.adminAssets,
    user: auth?.session.fullyAuthenticated ? { displayName: auth.user.displayName, role: auth.user.role } : null,
    csrfToken: auth?.session.csrfToken ?? null,
  };
}

export async function page(c: AdminContext, node: Child, status: 200 | 400 | 401 | 403 | 404 | 409 | 422 | 429 = 200) {
  return c.html(await renderDocument(node), status);
}

export async function fragment(c: AdminContext, node: Child, status: 200 | 400 | 409 | 422 = 200) {
  return c.html(await renderDocumentFragment(node), status);
}

/** Only paths inside the console are followed after sign-in (no open redirect). */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/admin(\/[\w\-/?=&%.]*)?$/.test(value) && !value.startsWith('//') ? value : '/admin';
}
