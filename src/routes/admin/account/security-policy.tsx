/**
 * The security policy (admins only) and its enforcement: when a second factor is required,
 * a signed-in user without one is held on their account page until they have added one.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { AccountSecurityPolicyPage } from '../../../../views/admin/pages/AccountSecurityPolicyPage';
import { hasSecondFactor } from '../../../store/second-factors';
import { requireSecondFactor, setRequireSecondFactor } from '../../../store/second-factor-policy';
import { authOf, isHtmx, type AdminEnv } from '../env';
import { requireRole } from '../middleware';
import { adminChrome, page } from '../render';

/** Where someone who must enrol may still go: their account, where they enrol (and sign out, outside the console). */
function isEnrolmentPath(path: string): boolean {
  return path === '/admin/account' || path.startsWith('/admin/account/');
}

/**
 * Mounted right after requireUser on every console route (src/routes/admin/index.ts). The
 * account page shows `t.enrolmentRequired` while the user has no second factor.
 */
export const requireSecondFactorEnrolment: MiddlewareHandler<AdminEnv> = async (c, next) => {
  const auth = c.var.auth;
  if (!auth || isEnrolmentPath(c.req.path)) return next();
  const { db } = c.var;
  if (!(await requireSecondFactor(db)) || (await hasSecondFactor(db, auth.user))) return next();
  if (isHtmx(c)) {
    c.header('HX-Redirect', '/admin/account');
    return c.body(null, 403);
  }
  return c.redirect('/admin/account', 303);
};

export function securityPolicyRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/account/security-policy', requireRole('admin'), async (c) => {
    const saved = c.req.query('saved');
    const required = await requireSecondFactor(c.var.db);
    const flash = saved !== undefined ? c.var.t.accountSecurity.policySaved(required) : null;
    return page(c, <AccountSecurityPolicyPage chrome={adminChrome(c)} required={required} flash={flash} />);
  });

  app.post('/account/security-policy', requireRole('admin'), async (c) => {
    const body = await c.req.parseBody();
    const required = body.requireSecondFactor === 'on';
    if (required !== (await requireSecondFactor(c.var.db))) {
      await setRequireSecondFactor(c.var.db, c.var.clock, required, authOf(c).actor);
    }
    return c.redirect('/admin/account/security-policy?saved', 303);
  });

  return app;
}
