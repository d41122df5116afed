/**
 * Signing in with a passkey: a complete sign-in on its own (the passkey is something you have,
 * unlocked by something you know or are), so it starts a fully authenticated session.
 * Reachable without a session, and never held back by failed attempts of any kind: there is
 * nothing to guess, so throttling it would only let a stranger keep the owner out
 * (docs/decisions/0020-sign-in-throttling.md). Every outcome is audited. Called with JSON by
 * views/assets/passkeys.js.
 */
import { Hono } from 'hono';
import { authenticationOptions, CHALLENGE_TTL_MS, challengeOf, parseAuthenticationResponse, userHandleOf, verifyAssertion } from '../../auth/webauthn';
import { appendAudit, type Actor } from '../../store/audit';
import { findPasskey, recordPasskeyUse, saveChallenge, takeChallenge } from '../../store/passkeys';
import { findUserById } from '../../store/users';
import { jsonBody, passkeyBlockMessage, relyingPartyFor } from './account/passkeys';
import type { AdminEnv } from './env';
import { safeNext } from './render';
import { startSession } from './sign-in-guard';

export function passkeySignInRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.post('/login/passkey/options', async (c) => {
    const { db, clock } = c.var;
    const now = clock.now();
    // A ceremony the browser must refuse: say why, rather than "try again".
    const blocked = await passkeyBlockMessage(c);
    if (blocked) return c.json({ error: blocked }, 409);
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

    const response = parseAuthenticationResponse(body?.response);
    const passkey = response ? await findPasskey(db, response.id) : undefined;
    const user = passkey ? await findUserById(db, passkey.userId) : undefined;

    const fail = async (reason: string) => {
      const actor: Actor = { userId: null, username: user?.username ?? '(passkey)', ip: c.var.clientIp };
      await appendAudit(db, now, actor, { action: 'auth.login-failed', targetType: 'user', targetId: user?.id, after: { method: 'passkey', reason } });
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
    const verified = await verifyAssertion(await relyingPartyFor(c), response, challenge, passkey);
    if (!verified.ok) return fail(verified.reason);

    await recordPasskeyUse(db, passkey.id, verified.counter, verified.backedUp, now);
    // A session this browser had (a half-finished password sign-in, another tab's) ends here.
    const session = await startSession(c, user, true);
    const actor: Actor = { userId: user.id, username: user.username, ip: c.var.clientIp };
    await appendAudit(db, now, actor, {
      action: 'auth.login',
      targetType: 'user',
      targetId: user.id,
      after: { method: 'passkey', passkey: passkey.name, ...(session.endedPrevious ? { endedPreviousSession: true } : {}) },
    });
    return c.json({ redirect: next });
  });

  return app;
}
