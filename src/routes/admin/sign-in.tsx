/**
 * Signing in and out: password, then the second factor when the account has one. Throttled
 * per account and per client in the database; every outcome is audited.
 */
import { Hono } from 'hono';
import { SignInPage, VerifyPage } from '../../../views/admin/pages/SignInPages';
import { decoyHash, hashPassword, verifyPassword } from '../../auth/password';
import { acceptTotp } from '../../auth/totp';
import { appendAudit, type Actor } from '../../store/audit';
import { consumeRecoveryCode, countPasskeys, recordTotpStep } from '../../store/second-factors';
import { createSession, markFullyAuthenticated, revokeSession } from '../../store/sessions';
import {
  ACCOUNT_POLICY,
  CLIENT_POLICY,
  clearFailures,
  lockedUntil,
  recordFailure,
} from '../../store/throttle';
import { requireSecondFactor } from '../../store/second-factor-policy';
import { findUserByUsername, normaliseUsername, updateUser, type UserRow } from '../../store/users';
import type { AdminContext, AdminEnv } from './env';
import { clearSessionCookie, setSessionCookie } from './middleware';
import { adminChrome, page, safeNext } from './render';

function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

function anonymousActor(c: AdminContext, username: string): Actor {
  return { userId: null, username, ip: c.var.clientIp };
}

/** Starts a session: a new token every time (no fixation), cookie bound to this origin. */
export async function startSession(c: AdminContext, user: UserRow, fullyAuthenticated: boolean) {
  const now = c.var.clock.now();
  const session = await createSession(c.var.db, {
    userId: user.id,
    fullyAuthenticated,
    ip: c.var.clientIp,
    userAgent: c.req.header('User-Agent') ?? null,
    now,
    policy: c.var.config.auth.session,
  });
  setSessionCookie(c, session.token);
  return session;
}

export function signInRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/login', async (c) => {
    if (c.var.auth?.session.fullyAuthenticated) return c.redirect(safeNext(c.req.query('next')), 303);
    const notice = c.req.query('signed-out') !== undefined ? c.var.t.signedOut : c.req.query('expired') !== undefined ? c.var.t.sessionExpired : null;
    return page(c, <SignInPage chrome={adminChrome(c)} username="" next={safeNext(c.req.query('next'))} error={null} notice={notice} />);
  });

  app.post('/login', async (c) => {
    const { db, clock, config } = c.var;
    const t = c.var.t;
    const body = await c.req.parseBody();
    const username = typeof body.username === 'string' ? normaliseUsername(body.username).slice(0, 40) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 256) : '';
    const next = safeNext(body.next);
    const now = clock.now();
    const render = (error: string, status: 401 | 429) =>
      page(c, <SignInPage chrome={adminChrome(c)} username={username} next={next} error={error} notice={null} />, status);

    const clientKey = `client:${c.var.clientIp ?? 'unknown'}`;
    const accountKey = `account:${username}`;
    const clientLock = await lockedUntil(db, clientKey, now);
    if (clientLock) return render(t.throttledClient(minutesUntil(clientLock, now)), 429);
    const accountLock = await lockedUntil(db, accountKey, now);
    if (accountLock) return render(t.throttledAccount(minutesUntil(accountLock, now)), 429);

    const user = username ? await findUserByUsername(db, username) : undefined;
    const usable = user && user.disabledAt === null ? user : undefined;
    // Always verify against something, so response time does not reveal which names exist.
    const check = await verifyPassword(password, usable?.passwordHash ?? (await decoyHash(config.auth.passwordIterations)), config.auth.passwordIterations);
    if (!usable || !check.valid) {
      const lockedClient = await recordFailure(db, clientKey, now, CLIENT_POLICY);
      const lockedAccount = await recordFailure(db, accountKey, now, ACCOUNT_POLICY);
      await appendAudit(db, now, anonymousActor(c, username || '(blank)'), {
        action: 'auth.login-failed',
        targetType: 'user',
        targetId: user?.id,
        after: { reason: !user ? 'unknown-user' : user.disabledAt ? 'disabled' : 'wrong-password' },
      });
      if (lockedClient) return render(t.throttledClient(minutesUntil(lockedClient, now)), 429);
      if (lockedAccount) return render(t.throttledAccount(minutesUntil(lockedAccount, now)), 429);
      return render(t.signInFailed, 401);
    }

    await clearFailures(db, accountKey);
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
    await startSession(c, usable, !needsTotp);
    await appendAudit(db, now, actor, {
      action: needsTotp ? 'auth.password-ok' : 'auth.login',
      targetType: 'user',
      targetId: usable.id,
      after: { method: 'password' },
    });
    return c.redirect(needsTotp ? `/admin/login/verify?next=${encodeURIComponent(next)}` : next, 303);
  });

  app.get('/login/verify', async (c) => {
    const auth = c.var.auth;
    if (!auth) return c.redirect('/admin/login', 303);
    if (auth.session.fullyAuthenticated) return c.redirect('/admin', 303);
    return page(c, <VerifyPage chrome={adminChrome(c)} error={null} />);
  });

  app.post('/login/verify', async (c) => {
    const auth = c.var.auth;
    if (!auth) return c.redirect('/admin/login', 303);
    if (auth.session.fullyAuthenticated) return c.redirect('/admin', 303);
    const { db, clock } = c.var;
    const t = c.var.t;
    const now = clock.now();
    const accountKey = `account:${auth.user.username}`;
    const locked = await lockedUntil(db, accountKey, now);
    if (locked) return page(c, <VerifyPage chrome={adminChrome(c)} error={t.throttledAccount(minutesUntil(locked, now))} />, 429);

    const body = await c.req.parseBody();
    const code = typeof body.code === 'string' ? body.code.slice(0, 20) : '';
    const recovery = typeof body.recoveryCode === 'string' ? body.recoveryCode.slice(0, 40) : '';
    let method: 'totp' | 'recovery-code' | null = null;
    if (code && auth.user.totpSecret) {
      const step = acceptTotp(auth.user.totpSecret, code, now, auth.user.totpLastStep);
      if (step !== null) {
        await recordTotpStep(db, auth.user.id, step);
        method = 'totp';
      }
    } else if (recovery && (await consumeRecoveryCode(db, auth.user.id, recovery, now))) {
      method = 'recovery-code';
    }
    if (!method) {
      const lockedNow = await recordFailure(db, accountKey, now, ACCOUNT_POLICY);
      await appendAudit(db, now, auth.actor, { action: 'auth.second-factor-failed', targetType: 'user', targetId: auth.user.id });
      const error = lockedNow ? t.throttledAccount(minutesUntil(lockedNow, now)) : t.secondFactorFailed;
      return page(c, <VerifyPage chrome={adminChrome(c)} error={error} />, lockedNow ? 429 : 401);
    }
    await clearFailures(db, accountKey);
    await markFullyAuthenticated(db, auth.session.id);
    await appendAudit(db, now, auth.actor, { action: 'auth.login', targetType: 'user', targetId: auth.user.id, after: { method: `password+${method}` } });
    return c.redirect(safeNext(c.req.query('next')), 303);
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

