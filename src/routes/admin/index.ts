/**
 * The admin console under /admin. Order matters: no caching; Origin check (hono/csrf) on
 * every form post; the session; then per route: sign-in, role, and the session's CSRF token.
 */
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import type { AppEnv } from '../../env';
import type { AssetBundle } from '../../http/assets';
import { accountRoutes } from './account';
import { catalogRoutes } from './catalog';
import { dashboardRoutes } from './dashboard';
import { incidentsRoutes } from './incidents';
import { peopleRoutes } from './people';
import { setupRoutes } from './setup';
import type { AdminEnv } from './env';
import { loadSession, noStore, requireUser, verifyCsrfToken } from './middleware';
import { passkeySignInRoutes } from './passkey-sign-in';
import { requireSecondFactorEnrolment } from './security-policy';
import { signInRoutes } from './sign-in';

export function adminRoutes(assets: AssetBundle): Hono<AppEnv> {
  const app = new Hono<AdminEnv>();
  const adminAssets = {
    stylesheet: assets.stylesheet.path,
    adminStylesheet: assets.adminStylesheet.path,
    htmx: assets.htmx.path,
    icons: assets.icons.path,
    webauthn: assets.webauthn.path,
    passkeys: assets.passkeys.path,
  };
  app.use(noStore);
  app.use(
    csrf({
      // The configured public origin, or the request's own (direct access, tests).
      origin: (origin, c) => {
        const configured = c.var.config.publicUrl;
        return origin === new URL(c.req.url).origin || (configured !== null && origin === new URL(configured).origin);
      },
    }),
  );
  app.use(async (c, next) => {
    c.set('adminAssets', adminAssets);
    await next();
  });
  app.use(loadSession);
  app.use(verifyCsrfToken);

  // Reachable without a session: sign-in (with its second step) and first-admin setup.
  app.route('/', signInRoutes());
  app.route('/', passkeySignInRoutes());
  app.route('/', setupRoutes());

  const console = new Hono<AdminEnv>();
  console.use(requireUser);
  console.use(requireSecondFactorEnrolment);
  console.route('/', dashboardRoutes());
  console.route('/', incidentsRoutes());
  console.route('/', catalogRoutes());
  console.route('/', accountRoutes());
  console.route('/', peopleRoutes());
  app.route('/', console);

  return app as unknown as Hono<AppEnv>;
}
