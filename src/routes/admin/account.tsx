/**
 * "My account", for every signed-in user: details and language, password, and sign-ins.
 * Two-step verification, passkeys and the security policy have route modules of their own,
 * mounted here so the whole area lives under /admin/account.
 */
import { Hono } from 'hono';
import { SessionsSection } from '../../../views/admin/pages/AccountSessions';
import { ADMIN_LOCALES } from '../../i18n/admin';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '../../auth/password';
import { ConflictError, InputError } from '../../store/errors';
import { revokeOtherSessions, revokeOtherSessionsIn, revokeOwnSession } from '../../store/sessions';
import { updateUser } from '../../store/users';
import { accountPasskeyRoutes } from './account-passkeys';
import { confirmIdentity, loadAccountView, renderAccountPage } from './account-page';
import { accountTotpRoutes } from './account-totp';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from './env';
import { requireRole } from './middleware';
import { adminChrome, fragment } from './render';
import { securityPolicyRoutes } from './security-policy';

function field(body: Record<string, unknown>, name: string, max = 256): string {
  const value = body[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
}

async function sessionsAnswer(c: AdminContext, message: { kind: 'ok' | 'error'; text: string }, redirect: string) {
  if (!isHtmx(c)) return c.redirect(redirect, 303);
  const view = await loadAccountView(c);
  return fragment(c, <SessionsSection chrome={adminChrome(c)} sessions={view.sessions} message={message} />);
}

export function accountRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use('/account', requireRole('editor'));
  app.use('/account/*', requireRole('editor'));

  app.get('/account', (c) => renderAccountPage(c));

  app.post('/account/profile', async (c) => {
    const t = c.var.t;
    const auth = authOf(c);
    const body = await c.req.parseBody();
    const form = { displayName: field(body, 'displayName', 200).trim(), locale: field(body, 'locale', 10), errors: {} as Record<string, string> };
    const version = Number(body.version);
    if (!form.displayName) form.errors.displayName = t.inputError('required', {});
    else if (form.displayName.length > 100) form.errors.displayName = t.inputError('name-format', {});
    if (!ADMIN_LOCALES.includes(form.locale)) form.errors.locale = t.inputError('unknown-choice', {});
    const refused = (status: 409 | 422, text: string) => renderAccountPage(c, { flash: { kind: 'error', text }, forms: { profile: form } }, status);
    if (Object.keys(form.errors).length > 0) return refused(422, t.formHasErrors(Object.keys(form.errors).length));
    try {
      await updateUser(c.var.db, c.var.clock, auth.user.id, { displayName: form.displayName, locale: form.locale }, auth.actor, {
        expectedVersion: Number.isInteger(version) ? version : -1,
      });
    } catch (error) {
      // Shows the account as it is now; the fields keep what this person typed.
      if (error instanceof ConflictError) return refused(409, t.accountSecurity.profileConflict);
      if (error instanceof InputError) {
        form.errors[error.field === 'displayName' ? 'displayName' : 'locale'] = t.inputError(error.code, error.params);
        return refused(422, t.formHasErrors(1));
      }
      throw error;
    }
    return c.redirect('/admin/account?done=profile', 303);
  });

  app.post('/account/password', async (c) => {
    const { db, clock, config } = c.var;
    const t = c.var.t;
    const words = t.accountSecurity;
    const auth = authOf(c);
    const body = await c.req.parseBody();
    const current = field(body, 'currentPassword');
    const fresh = typeof body.newPassword === 'string' ? body.newPassword : '';
    const repeat = field(body, 'repeatPassword', PASSWORD_MAX_LENGTH + 1);
    const errors: Record<string, string> = {};
    if (!current) errors.currentPassword = t.inputError('required', {});
    const problem = fresh ? passwordProblem(fresh, [auth.user.username, ...auth.user.displayName.split(/\s+/)]) : null;
    if (!fresh) errors.newPassword = t.inputError('required', {});
    else if (problem) errors.newPassword = words.passwordProblem(problem, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
    else if (repeat !== fresh) errors.repeatPassword = words.passwordMismatch;
    const refused = (status: 422 | 429, text: string) => renderAccountPage(c, { flash: { kind: 'error', text }, forms: { password: errors } }, status);
    if (current) {
      const confirmed = await confirmIdentity(c, current, { allowTotp: false });
      if (!confirmed.ok) {
        errors.currentPassword = confirmed.message;
        return refused(confirmed.status, confirmed.status === 429 ? confirmed.message : t.formHasErrors(Object.keys(errors).length));
      }
    }
    if (Object.keys(errors).length > 0) return refused(422, t.formHasErrors(Object.keys(errors).length));

    let ended = 0;
    await updateUser(db, clock, auth.user.id, { passwordHash: await hashPassword(fresh, config.auth.passwordIterations) }, auth.actor, {
      // Whoever else holds a session (a stolen one, a forgotten tab) is out with the old password.
      alongside: async (tx, now) => {
        ended = await revokeOtherSessionsIn(tx, auth.user.id, auth.session.id, now);
        return { sessionsRevoked: ended };
      },
    });
    return c.redirect(`/admin/account?done=password&n=${ended}`, 303);
  });

  app.post('/account/sessions/revoke', async (c) => {
    const words = c.var.t.accountSecurity;
    const auth = authOf(c);
    const body = await c.req.parseBody();
    const sessionId = field(body, 'session', 100);
    const revoked =
      sessionId !== '' && sessionId !== auth.session.id && (await revokeOwnSession(c.var.db, auth.user.id, sessionId, c.var.clock.now(), auth.actor));
    if (!revoked) {
      if (isHtmx(c)) return sessionsAnswer(c, { kind: 'error', text: words.sessionGone }, '');
      return renderAccountPage(c, { flash: { kind: 'error', text: words.sessionGone } }, 404);
    }
    return sessionsAnswer(c, { kind: 'ok', text: words.sessionRevoked }, '/admin/account?done=session#sessions');
  });

  app.post('/account/sessions/revoke-others', async (c) => {
    const auth = authOf(c);
    const ended = await revokeOtherSessions(c.var.db, auth.user.id, auth.session.id, c.var.clock.now(), auth.actor);
    return sessionsAnswer(c, { kind: 'ok', text: c.var.t.accountSecurity.otherSessionsRevoked(ended) }, `/admin/account?done=sessions&n=${ended}#sessions`);
  });

  app.route('/', accountTotpRoutes());
  app.route('/', accountPasskeyRoutes());
  app.route('/', securityPolicyRoutes());
  return app;
}
