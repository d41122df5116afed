/**
 * The authenticator app (TOTP) on one's own account: enrol with a QR code and a confirming
 * code, recovery codes shown once, new recovery codes, and removal. Each change is audited.
 *
 * Until it is confirmed, the new secret lives only in the enrolment form (a hidden field next
 * to the QR code that shows the same secret): nothing is stored for an enrolment that is
 * abandoned, and the session's CSRF token keeps anyone else from submitting one. Turning it
 * on asks for the password, like turning it off: someone holding a stolen session must not be
 * able to put their own phone on the account and lock the owner out.
 */
import { Hono } from 'hono';
import { RecoveryCodesPage, TotpEnrolPage } from '../../../../views/admin/pages/AccountTotp';
import type { FieldErrors } from '../../../../views/admin/partials/Form';
import { newTotpSecret, totpStepOf, totpUri } from '../../../auth/totp';
import { loadSite } from '../../../store/site';
import { countPasskeys, deleteRecoveryCodes, forgetTotpStep, recordTotpStep, regenerateRecoveryCodes, replaceRecoveryCodes } from '../../../store/second-factors';
import { requireSecondFactor } from '../../../store/second-factor-policy';
import { findUserById, updateUser } from '../../../store/users';
import { confirmIdentity, renderAccountPage } from './page';
import { authOf, type AdminContext, type AdminEnv } from '../env';
import { requireRole } from '../middleware';
import { adminChrome, page } from '../render';

/** A secret as newTotpSecret() makes them: 20 random bytes in base32. */
const SECRET = /^[A-Z2-7]{32}$/;

async function enrolPage(c: AdminContext, secret: string, errors: FieldErrors = {}, status: 200 | 422 | 429 = 200) {
  const auth = authOf(c);
  const site = await loadSite(c.var.db);
  // The issuer is what the app lists the entry under: the organisation, so people can tell
  // this account from their others.
  const issuer = site?.texts[site.defaultLocale]?.organisationName ?? c.var.t.consoleTitle;
  const uri = totpUri(secret, issuer, auth.user.username);
  return page(c, <TotpEnrolPage chrome={adminChrome(c)} secret={secret} uri={uri} errors={errors} />, status);
}

export function accountTotpRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/account/totp', requireRole('editor'), async (c) => {
    const user = await findUserById(c.var.db, authOf(c).user.id);
    if (user?.totpEnabledAt) return c.redirect('/admin/account?done=totp-already#totp', 303);
    return enrolPage(c, newTotpSecret());
  });

  app.post('/account/totp', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const auth = authOf(c);
    const body = await c.req.parseBody();
    const secret = typeof body.secret === 'string' ? body.secret : '';
    const code = typeof body.code === 'string' ? body.code.slice(0, 20) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 256) : '';
    const user = await findUserById(db, auth.user.id);
    if (user?.totpEnabledAt) return c.redirect('/admin/account?done=totp-already#totp', 303);
    // A tampered form: start again with a fresh secret.
    if (!SECRET.test(secret)) return enrolPage(c, newTotpSecret(), { code: t.accountSecurity.totpWrongCode }, 422);
    const errors: FieldErrors = {};
    if (!code.trim()) errors.code = t.inputError('required', {});
    if (!password) errors.password = t.inputError('required', {});
    const step = code.trim() ? totpStepOf(secret, code, clock.now()) : null;
    if (code.trim() && step === null) errors.code = t.accountSecurity.totpWrongCode;
    if (Object.keys(errors).length > 0 || step === null) return enrolPage(c, secret, errors, 422);
    // Only a right code gets this far, so a wrong password here is a real guess and counted.
    const confirmed = await confirmIdentity(c, password, { allowTotp: false });
    if (!confirmed.ok) return enrolPage(c, secret, { password: confirmed.message }, confirmed.status);

    let codes: string[] = [];
    await updateUser(db, clock, auth.user.id, { totp: { secret } }, auth.actor, {
      action: 'user.totp-enable',
      alongside: async (tx, now) => {
        // The confirming code must not work again at the next sign-in.
        await recordTotpStep(tx, auth.user.id, step);
        codes = await replaceRecoveryCodes(tx, auth.user.id, now);
        return { recoveryCodes: codes.length };
      },
    });
    return page(c, <RecoveryCodesPage chrome={adminChrome(c)} codes={codes} notice={t.accountSecurity.totpEnabled} />);
  });

  app.post('/account/recovery-codes', requireRole('editor'), async (c) => {
    const words = c.var.t.accountSecurity;
    const auth = authOf(c);
    const user = await findUserById(c.var.db, auth.user.id);
    if (!user?.totpEnabledAt) return c.redirect('/admin/account#totp', 303);
    const body = await c.req.parseBody();
    const answer = typeof body.confirm === 'string' ? body.confirm.slice(0, 256) : '';
    if (!answer) {
      const errors = { confirm: c.var.t.inputError('required', {}) };
      return renderAccountPage(c, { flash: { kind: 'error', text: c.var.t.formHasErrors(1) }, forms: { regenerate: errors } }, 422);
    }
    const confirmed = await confirmIdentity(c, answer, { allowTotp: true });
    if (!confirmed.ok) {
      return renderAccountPage(c, { flash: { kind: 'error', text: confirmed.message }, forms: { regenerate: { confirm: confirmed.message } } }, confirmed.status);
    }
    const codes = await regenerateRecoveryCodes(c.var.db, auth.user.id, c.var.clock.now(), auth.actor);
    return page(c, <RecoveryCodesPage chrome={adminChrome(c)} codes={codes} notice={words.codesRegenerated} />);
  });

  app.post('/account/totp/disable', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const auth = authOf(c);
    const user = await findUserById(db, auth.user.id);
    if (!user?.totpEnabledAt) return c.redirect('/admin/account?done=totp-off#totp', 303);
    const body = await c.req.parseBody();
    const password = typeof body.password === 'string' ? body.password.slice(0, 256) : '';
    const refused = (status: 422 | 429, message: string, flash = message) =>
      renderAccountPage(c, { flash: { kind: 'error', text: flash }, forms: { disableTotp: { password: message } } }, status);
    if (!password) return refused(422, t.inputError('required', {}), t.formHasErrors(1));
    const confirmed = await confirmIdentity(c, password, { allowTotp: false });
    if (!confirmed.ok) return refused(confirmed.status, confirmed.message);
    if ((await requireSecondFactor(db)) && (await countPasskeys(db, user.id)) === 0) return refused(422, t.accountSecurity.lastFactor);

    await updateUser(db, clock, user.id, { totp: null }, auth.actor, {
      action: 'user.totp-disable',
      alongside: async (tx) => {
        await forgetTotpStep(tx, user.id);
        await deleteRecoveryCodes(tx, user.id);
        return { recoveryCodesDeleted: true };
      },
    });
    return c.redirect('/admin/account?done=totp-off#totp', 303);
  });

  return app;
}
