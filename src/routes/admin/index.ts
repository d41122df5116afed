/**
 * The admin console under /admin. Order matters: no caching; Origin check (hono/csrf) on
 * every form post; the session; then per route: sign-in, the admin context (site, languages,
 * formatter, user), role, and the session's CSRF token. Each area is a folder (routes, form
 * schemas, view model): incidents/, catalog/, account/, people/.
 */
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import type { AppEnv } from '../../env';
import type { AssetBundle } from '../../http/assets';
import { accountRoutes } from './account';
import { backupRoutes } from './backup';
import { subscriberRoutes } from './subscribers';
import { siteExportRoutes } from './export';
import { catalogRoutes } from './catalog';
import { dashboardRoutes } from './dashboard';
import { monitorFlagRoutes } from './monitor-flags';
import { incidentsRoutes } from './incidents';
import { maintenanceRoutes } from './maintenance';
import { peopleRoutes } from './people';
import { setupRoutes } from './setup';
import type { AdminEnv } from './env';
import { loadAdminContext } from './context';
import { carryCleanedNotice } from './form-text';
import { loadSession, noStore, verifyCsrfToken } from './middleware';
import { requireUser } from './require-user';
import { passkeySignInRoutes } from './passkey-sign-in';
import { adminAssetUrls } from './render';
import { requireSecondFactorEnrolment } from './account/security-policy';
import { signInRoutes } from './sign-in';
import { webhookRoutes } from './webhooks';
import { templateRoutes } from './templates';
import { tokenRoutes } from './tokens';
import { translationsRoutes } from './translations';

export function adminRoutes(assets: AssetBundle): Hono<AppEnv> {
  const app = new Hono<AdminEnv>();
  const adminAssets = adminAssetUrls(assets);
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
  app.use(carryCleanedNotice);

  // Reachable without a session: sign-in (with its second step) and first-admin setup.
  app.route('/', signInRoutes());
  app.route('/', passkeySignInRoutes());
  app.route('/', setupRoutes());

  const console = new Hono<AdminEnv>();
  console.use(requireUser);
  // Set once per request, read by every console handler (./context.ts).
  console.use(loadAdminContext);
  console.use(requireSecondFactorEnrolment);
  console.route('/', dashboardRoutes());
  console.route('/', monitorFlagRoutes());
  console.route('/', incidentsRoutes());
  console.route('/', maintenanceRoutes());
  console.route('/', templateRoutes());
  console.route('/', translationsRoutes());
  console.route('/', catalogRoutes());
  console.route('/', accountRoutes());
  console.route('/', peopleRoutes());
  console.route('/', backupRoutes());
  console.route('/', subscriberRoutes());
  console.route('/', tokenRoutes());
  console.route('/', siteExportRoutes());
  console.route('/', webhookRoutes());
  app.route('/', console);

  return app as unknown as Hono<AppEnv>;
}
