/**
 * Signing in with a passkey: a complete sign-in on its own (the passkey is something you have,
 * unlocked by something you know or are), so it starts a fully authenticated session.
 * Reachable without a session; throttled per client and per account like the password
 * sign-in; every outcome audited. Called with JSON by views/assets/passkeys.js.
 */
import { Hono } from 'hono';
import { authenticationOptions, CHALLENGE_TTL_MS, challengeOf, parseAuthenticationResponse, userHandleOf, verifyAssertion } from '../../auth/webauthn';
import { appendAudit, type Actor } from '../../store/audit';
import { findPasskey, recordPasskeyUse, saveChallenge, takeChallenge } from '../../store/passkeys';
import { revokeSession } from '../../store/sessions';
import { ACCOUNT_POLICY, CLIENT_POLICY, clearFailures, lockedUntil, recordFailure } from '../../store/throttle';
import { findUserById } from '../../store/users';
import { jsonBody, relyingPartyFor } from './account-passkeys';
import { minutesUntil } from './account-page';
import type { AdminContext, AdminEnv } from './env';
import { safeNext } from './render';
import { startSession } from './sign-in';

function clientKey(c: AdminContext): string {
  return `client:${c.var.clientIp ?? 'unknown'}`;
}

export function passkeySignInRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.post('/login/passkey/options', async (c) => {
    const { db, clock } = c.var;
    const now = clock.now();
    const locked = await lockedUntil(db, clientKey(c), now);
    if (locked) return c.json({ error: c.var.t.throttledClient(minutesUntil(locked, now)) }, 429);
    const options = await authenticationOptions(await relyingPartyFor(c));
    await saveChallenge(db, { challenge: options.challenge, userId: null, purpose: 'authenticate', expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS) }, now);
    return c.json({ options });
  });

  app.post('/login/passkey', async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const now = clock.now();
    const body = await jsonBody(c);
    const next = safeNext(body?.next);
    const locked = await lockedUntil(db, clientKey(c), now);
    if (locked) return c.json({ error: t.throttledClient(minutesUntil(locked, now)) }, 429);

    const response = parseAuthenticationResponse(body?.response);
    const passkey = response ? await findPasskey(db, response.id) : undefined;
    const user = passkey ? await findUserById(db, passkey.userId) : undefined;

    const fail = async (reason: string) => {
      const lockedClient = await recordFailure(db, clientKey(c), now, CLIENT_POLICY);
      const lockedAccount = user ? await recordFailure(db, `account:${user.username}`, now, ACCOUNT_POLICY) : null;
      const actor: Actor = { userId: null, username: user?.username ?? '(passkey)', ip: c.var.clientIp };
      await appendAudit(db, now, actor, { action: 'auth.login-failed', targetType: 'user', targetId: user?.id, after: { method: 'passkey', reason } });
      if (lockedClient) return c.json({ error: t.throttledClient(minutesUntil(lockedClient, now)) }, 429);
      if (lockedAccount) return c.json({ error: t.throttledAccount(minutesUntil(lockedAccount, now)) }, 429);
      return c.json({ error: t.accountSecurity.passkeySignInFailed }, 401);
    };

    const challenge = response ? challengeOf(response) : null;
    if (!response || !challenge) return fail('malformed');
    // Used up here, whatever happens next: a challenge signs in at most once.
    const issued = await takeChallenge(db, challenge, 'authenticate', now);
    if (!issued) return fail('challenge');
    if (!passkey || !user) return fail('unknown-passkey');
    // The authenticator names the account the passkey was made for; it must be the owner's.
    if (response.response.userHandle !== undefined && response.response.userHandle !== userHandleOf(user.id)) return fail('user-mismatch');
    if (user.disabledAt !== null) return fail('disabled');
    const accountLock = await lockedUntil(db, `account:${user.username}`, now);
    if (accountLock) return c.json({ error: t.throttledAccount(minutesUntil(accountLock, now)) }, 429);
    const verified = await verifyAssertion(await relyingPartyFor(c), response, challenge, passkey);
    if (!verified.ok) return fail(verified.reason);

    await recordPasskeyUse(db, passkey.id, verified.counter, verified.backedUp, now);
    await clearFailures(db, `account:${user.username}`);
    // A half-finished password sign-in in this browser is replaced, not left lying around.
    if (c.var.auth) await revokeSession(db, c.var.auth.session.id, now);
    await startSession(c, user, true);
    const actor: Actor = { userId: user.id, username: user.username, ip: c.var.clientIp };
    await appendAudit(db, now, actor, { action: 'auth.login', targetType: 'user', targetId: user.id, after: { method: 'passkey', passkey: passkey.name } });
    return c.json({ redirect: next });
  });

  return app;
}
