/**
 * "My account", for every signed-in user: details and language, password, and sign-ins.
 * Two-step verification, passkeys and the security policy have route modules of their own,
 * mounted here so the whole area lives under /admin/account.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { SessionsSection } from '../../../../views/admin/pages/AccountSessions';
import { hashPassword } from '../../../auth/password';
import { revokeOtherSessions, revokeOtherSessionsIn, revokeOwnSession } from '../../../store/sessions';
import { updateUser } from '../../../store/users';
import { accountPasskeyRoutes } from './passkeys';
import { confirmIdentity, loadAccountView, renderAccountPage } from './page';
import { accountTotpRoutes } from './totp';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from '../env';
import { raw } from '../forms/fields';
import { readForm, readValues, typed } from '../forms/parse';
import { attempt } from '../forms/store-errors';
import { passwordSchema, profileSchema } from './form';
import { requireRole } from '../middleware';
import { adminChrome, fragment } from '../render';
import { securityPolicyRoutes } from './security-policy';

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
    const form = await readForm(c, profileSchema);
    const profile = { displayName: typed(form.body, 'displayName').slice(0, 200).trim(), locale: typed(form.body, 'locale').slice(0, 10) };
    const refused = (status: 409 | 422, text: string, errors: Record<string, string>) =>
      renderAccountPage(c, { flash: { kind: 'error', text }, forms: { profile: { ...profile, errors } } }, status);
    if (!form.ok) return refused(422, t.formHasErrors(Object.keys(form.errors).length), form.errors);
    const { value } = form;
    const saved = await attempt(
      t,
      () => updateUser(c.var.db, c.var.clock, auth.user.id, { displayName: value.displayName, locale: value.locale }, auth.actor, { expectedVersion: value.version }),
      (field) => (field === 'displayName' ? 'displayName' : 'locale'),
      {
        invalid: (errors) => refused(422, t.formHasErrors(1), errors),
        // Shows the account as it is now; the fields keep what this person typed.
        conflict: () => refused(409, t.accountSecurity.profileConflict, {}),
        notFound: () => c.notFound(),
      },
    );
    if (!saved.ok) return saved.answer;
    return c.redirect('/admin/account?done=profile', 303);
  });

  app.post('/account/password', async (c) => {
    const { db, clock, config } = c.var;
    const t = c.var.t;
    const auth = authOf(c);
    const form = await readForm(c, (kit) => passwordSchema(kit, auth.user));
    const errors = { ...form.errors };
    const refused = (status: 422 | 429, text: string) => renderAccountPage(c, { flash: { kind: 'error', text }, forms: { password: errors } }, status);
    // The current password is checked (and counted like a sign-in) whenever one was given.
    const current = typed(form.body, 'currentPassword').slice(0, 256);
    if (current) {
      const confirmed = await confirmIdentity(c, current, { allowTotp: false });
      if (!confirmed.ok) {
        errors.currentPassword = confirmed.message;
        return refused(confirmed.status, confirmed.status === 429 ? confirmed.message : t.formHasErrors(Object.keys(errors).length));
      }
    }
    if (!form.ok) return refused(422, t.formHasErrors(Object.keys(errors).length));

    let ended = 0;
    await updateUser(db, clock, auth.user.id, { passwordHash: await hashPassword(form.value.newPassword, config.auth.passwordIterations) }, auth.actor, {
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
    const { session: sessionId } = await readValues(c, z.object({ session: raw(100) }));
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
