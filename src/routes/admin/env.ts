/** What every admin route can rely on, on top of the app's variables. */
import type { Context } from 'hono';
import type { AppEnv, AppVariables } from '../../env';
import type { AdminMessages } from '../../i18n/admin';
import type { Actor } from '../../store/audit';
import type { UserRow } from '../../store/users';
import type { AdminContextValue } from './context';

export interface AuthState {
  user: UserRow;
  session: { id: string; csrfToken: string; fullyAuthenticated: boolean };
  actor: Actor;
}

export interface AdminVariables extends AppVariables {
  /** The signed-in user, or null. */
  auth: AuthState | null;
  /** Words in the admin's language. */
  t: AdminMessages;
  adminLocale: string;
  /**
   * The admin context (./context.ts): set on every console route after sign-in; the sign-in
   * and setup pages, reachable without a session, have none.
   */
  admin: AdminContextValue;
  /** Asset URLs; `webauthn` and `passkeys` are loaded only by the pages that use passkeys. */
  adminAssets: { stylesheet: string; adminStylesheet: string; htmx: string; icons: string; webauthn: string; passkeys: string };
}

export interface AdminEnv extends AppEnv {
  Variables: AdminVariables;
}

export type AdminContext = Context<AdminEnv>;

/** The signed-in user; only for routes behind requireUser. */
export function authOf(c: AdminContext): AuthState {
  const auth = c.var.auth;
  if (!auth) throw new Error('authOf() used on a route without requireUser');
  return auth;
}

/** Requests made by htmx expect a fragment back; plain form posts a page or a redirect. */
export function isHtmx(c: AdminContext): boolean {
  return c.req.header('HX-Request') === 'true';
}
