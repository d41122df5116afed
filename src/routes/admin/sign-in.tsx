/**
 * Signing in and out: password, then the second factor when the account has one. Failed
 * attempts are throttled per address, per account from that address, and (slowing down, never
 * locking) per account; a device that has signed in before is held back only by its own
 * failures (src/domain/sign-in-throttle.ts). Every outcome is audited. Every refusal of the
 * password looks the same: same status, same words, one key derivation.
 */
import { Hono } from 'hono';
import { ResumeDraftPage, SignInPage, VerifyPage } from '../../../views/admin/pages/SignInPages';
import { decoyHash, hashPassword, verifyPassword } from '../../auth/password';
import { totpStepOf } from '../../auth/totp';
import { appendAudit, type Actor } from '../../store/audit';
import { claimTotpStep, consumeRecoveryCode, countPasskeys } from '../../store/second-factors';
import { markFullyAuthenticated, revokeSession } from '../../store/sessions';
import { clearOwnFailures, heldBack, recordFailures } from '../../store/throttle';
import { requireSecondFactor } from '../../store/second-factor-policy';
import { findUserByUsername, normaliseUsername, updateUser } from '../../store/users';
import type { AdminContext, AdminEnv } from './env';
import { clearSessionCookie, signInFormToken } from './middleware';
import { isTypedText, parseDraft, serialiseDraft, type KeptDraft } from './kept-draft';
import { keptFieldLabel } from './kept-draft-labels';
import { messagesFor } from '../../i18n';
import { adminChrome, page, safeNext } from './render';
import { passkeyBlockMessage } from './account/passkeys';
import { attemptKeys, holdMessage, rememberThisDevice, startSession } from './sign-in-guard';

export { startSession } from './sign-in-guard';

function anonymousActor(c: AdminContext, username: string): Actor {
  return { userId: null, username, ip: c.var.clientIp };
}

function verifyPage(c: AdminContext, error: string | null, status: 200 | 401 | 409 | 429 = 200, draft: KeptDraft | null = null, next = safeNext(c.req.query('next'))) {
  return page(
    c,
    <VerifyPage chrome={adminChrome(c)} signInToken={signInFormToken(c)} error={error} next={next} draft={draft && serialiseDraft(draft)} />,
    status,
  );
}

/** Signed in again with a draft kept: the page that sends it, with the new session's token (./kept-draft.ts). */
export function resumeDraftPage(c: AdminContext, draft: KeptDraft, csrfToken: string) {
  const words = messagesFor(c.var.adminLocale);
  const fields = draft.fields.map(([name, value]) => ({ name, value, typed: isTypedText(value), label: keptFieldLabel(name, c.var.t, words) }));
  return page(c, <ResumeDraftPage chrome={adminChrome(c)} csrfToken={csrfToken} target={draft.target} fields={fields} />);
}

export function signInRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/login', async (c) => {
    if (c.var.auth?.session.fullyAuthenticated) return c.redirect(safeNext(c.req.query('next')), 303);
    const notice = c.req.query('signed-out') !== undefined ? c.var.t.signedOut : c.req.query('expired') !== undefined ? c.var.t.sessionExpired : null;
    return page(
      c,
      <SignInPage
        chrome={adminChrome(c)}
        signInToken={signInFormToken(c)}
        username=""
        next={safeNext(c.req.query('next'))}
        error={null}
        notice={notice}
        passkeysBlocked={await passkeyBlockMessage(c)}
      />,
    );
  });

  app.post('/login', async (c) => {
    const { db, clock, config } = c.var;
    const t = c.var.t;
    const body = await c.req.parseBody();
    const username = typeof body.username === 'string' ? normaliseUsername(body.username).slice(0, 40) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 256) : '';
    const draft = parseDraft(body.draft);
    const next = draft?.target ?? safeNext(body.next);
    const now = clock.now();
    const passkeysBlocked = await passkeyBlockMessage(c);
    const render = (error: string, status: 401 | 429) =>
      page(
        c,
        <SignInPage
          chrome={adminChrome(c)}
          signInToken={signInFormToken(c)}
          username={username}
          next={next}
          error={error}
          notice={draft ? t.draftKeptNotice : null}
          draft={draft && serialiseDraft(draft)}
          passkeysBlocked={passkeysBlocked}
        />,
        status,
      );

    const keys = await attemptKeys(c, username);
    const hold = await heldBack(db, keys, now);
    if (hold) return render(holdMessage(t, hold, now), 429);

    const user = username ? await findUserByUsername(db, username) : undefined;
    // Exactly one derivation at the work factor, whatever the name: the account's own hash
    // (disabled or not), or a decoy that costs nothing to make.
    const check = await verifyPassword(password, user?.passwordHash ?? decoyHash(config.auth.passwordIterations), config.auth.passwordIterations);
    const usable = user && user.disabledAt === null && check.valid ? user : undefined;
    if (!usable) {
      const held = await recordFailures(db, keys, now);
      await appendAudit(db, now, anonymousActor(c, username || '(blank)'), {
        action: 'auth.login-failed',
        targetType: 'user',
        targetId: user?.id,
        after: { reason: !user ? 'unknown-user' : user.disabledAt ? 'disabled' : 'wrong-password' },
      });
      return held ? render(holdMessage(t, held, now), 429) : render(t.signInFailed, 401);
    }

    await clearOwnFailures(db, keys);
    const actor: Actor = { userId: usable.id, username: usable.username, ip: c.var.clientIp };
    if (check.needsRehash) {
      await updateUser(db, clock, usable.id, { passwordHash: await hashPassword(password, config.auth.passwordIterations) }, actor, {
        action: 'user.password-rehash',
      });
    }
    // The second step asks for TOTP (or a recovery code) when the account has TOTP. Passkeys
    // are a sign-in method of their own: when a second factor is required and the account's
    // only one is a passkey, the password alone is not enough, so it must use the passkey.
    const needsTotp = usable.totpEnabledAt !== null;
    if (!needsTotp && (await requireSecondFactor(db)) && (await countPasskeys(db, usable.id)) > 0) {
      await appendAudit(db, now, actor, { action: 'auth.login-failed', targetType: 'user', targetId: usable.id, after: { reason: 'passkey-required' } });
      return render(t.passkeyRequired, 401);
    }
    const session = await startSession(c, usable, !needsTotp);
    await appendAudit(db, now, actor, {
      action: needsTotp ? 'auth.password-ok' : 'auth.login',
      targetType: 'user',
      targetId: usable.id,
      after: { method: 'password', ...(session.endedPrevious ? { endedPreviousSession: true } : {}) },
    });
    // A kept draft cannot ride a redirect: the code step (or the draft itself) is shown here.
    if (draft && needsTotp) return verifyPage(c, null, 200, draft, next);
    if (draft) return resumeDraftPage(c, draft, session.csrfToken);
    return c.redirect(needsTotp ? `/admin/login/verify?next=${encodeURIComponent(next)}` : next, 303);
  });

  app.get('/login/verify', async (c) => {
    const auth = c.var.auth;
    if (!auth) return c.redirect('/admin/login', 303);
    if (auth.session.fullyAuthenticated) return c.redirect(safeNext(c.req.query('next')), 303);
    return verifyPage(c, null);
  });

  app.post('/login/verify', async (c) => {
    const auth = c.var.auth;
    if (!auth) return c.redirect('/admin/login', 303);
    if (auth.session.fullyAuthenticated) return c.redirect('/admin', 303);
    const { db, clock } = c.var;
    const t = c.var.t;
    const now = clock.now();
    const keys = await attemptKeys(c, auth.user.username);
    const body = await c.req.parseBody();
    const draft = parseDraft(body.draft);
    const hold = await heldBack(db, keys, now);
    if (hold) return verifyPage(c, holdMessage(t, hold, now), 429, draft);

    const code = typeof body.code === 'string' ? body.code.slice(0, 20) : '';
    const recovery = typeof body.recoveryCode === 'string' ? body.recoveryCode.slice(0, 40) : '';
    const secret = auth.user.totpSecret;
    let method: 'totp' | 'recovery-code' | null = null;
    if (code && secret) {
      const step = totpStepOf(secret, code, now);
      if (step !== null) {
        // A right code that another request (or an earlier sign-in) accepted first: not a
        // guess, so not counted, but not a way in either.
        if (!(await claimTotpStep(db, auth.user.id, secret, step))) {
          await appendAudit(db, now, auth.actor, { action: 'auth.second-factor-failed', targetType: 'user', targetId: auth.user.id, after: { reason: 'code-reused' } });
          return verifyPage(c, t.totpReused, 409, draft);
        }
        method = 'totp';
      }
    } else if (recovery && (await consumeRecoveryCode(db, auth.user.id, recovery, now))) {
      method = 'recovery-code';
    }
    if (!method) {
      const held = await recordFailures(db, keys, now);
      await appendAudit(db, now, auth.actor, { action: 'auth.second-factor-failed', targetType: 'user', targetId: auth.user.id });
      return held ? verifyPage(c, holdMessage(t, held, now), 429, draft) : verifyPage(c, t.secondFactorFailed, 401, draft);
    }
    await clearOwnFailures(db, keys);
    await markFullyAuthenticated(db, auth.session.id);
    await rememberThisDevice(c, auth.user.id, now);
    await appendAudit(db, now, auth.actor, { action: 'auth.login', targetType: 'user', targetId: auth.user.id, after: { method: `password+${method}` } });
    if (draft) return resumeDraftPage(c, draft, auth.session.csrfToken);
    return c.redirect(safeNext(c.req.query('next')), 303);
  });

  // After a passkey sign-in (passkeys.js sends the sign-in page's kept draft here).
  app.post('/login/resume', async (c) => {
    const auth = c.var.auth;
    if (!auth?.session.fullyAuthenticated) return c.redirect('/admin/login', 303);
    const draft = parseDraft((await c.req.parseBody()).draft);
    if (!draft) return c.redirect('/admin', 303);
    return resumeDraftPage(c, draft, auth.session.csrfToken);
  });

  app.post('/logout', async (c) => {
    const auth = c.var.auth;
    if (auth) {
      const now = c.var.clock.now();
      await revokeSession(c.var.db, auth.session.id, now);
      await appendAudit(c.var.db, now, auth.actor, { action: 'auth.logout', targetType: 'user', targetId: auth.user.id });
    }
    clearSessionCookie(c);
    return c.redirect('/admin/login?signed-out', 303);
  });

  return app;
}

