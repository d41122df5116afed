/**
 * Passkeys on one's own account: register with the password (two JSON calls from
 * views/assets/passkeys.js), rename, and remove with the password. Each change is audited;
 * challenges are single-use and expire after five minutes.
 */
import { passkeyBlockText } from './passkey-origin';
import { Hono } from 'hono';
import { PasskeyList, RemovePasskeyPage } from '../../../../views/admin/pages/AccountPasskeys';
import {
  CHALLENGE_TTL_MS,
  challengeOf,
  parseRegistrationResponse,
  registrationOptions,
  relyingParty,
  verifyRegistration,
  type RelyingParty,
} from '../../../auth/webauthn';
import { renderDocumentFragment } from '../../../http/render';
import { appendAudit } from '../../../store/audit';
import { addPasskey, findPasskey, listPasskeys, passkeyName, removePasskey, renamePasskey, saveChallenge, takeChallenge } from '../../../store/passkeys';
import { loadSite } from '../../../store/site';
import { requireSecondFactor } from '../../../store/second-factor-policy';
import { findUserById } from '../../../store/users';
import { confirmIdentity, loadAccountView, renderAccountPage, stamp } from './page';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from '../env';
import { attempt, storeRefusal } from '../forms/store-errors';
import { requireRole } from '../middleware';
import { adminChrome, page } from '../render';

/** See relyingParty() for why the public URL comes first. */
export async function relyingPartyFor(c: AdminContext): Promise<RelyingParty> {
  const site = await loadSite(c.var.db);
  return relyingParty({ configured: c.var.config.publicUrl, site: site?.publicUrl ?? null, request: c.req.url });
}

/** Why passkeys cannot work at this console's address (./passkey-origin.ts), or null. */
export async function passkeyBlockMessage(c: AdminContext): Promise<string | null> {
  return passkeyBlockText(c.var.t, (await relyingPartyFor(c)).origin);
}

/**
 * The JSON body of a passkey call, or null if it is not JSON. Only `application/json` is
 * read: a cross-site page cannot send that type without a CORS preflight, which fails.
 */
export async function jsonBody(c: AdminContext): Promise<Record<string, unknown> | null> {
  if (!(c.req.header('Content-Type') ?? '').includes('application/json')) return null;
  try {
    const body: unknown = await c.req.json();
    return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function nameError(c: AdminContext, value: unknown): string | null {
  try {
    passkeyName(typeof value === 'string' ? value : '');
    return null;
  } catch (error) {
    const refusal = storeRefusal(error, c.var.t, () => 'name');
    return refusal.kind === 'invalid' ? (refusal.errors.name ?? null) : c.var.t.accountSecurity.passkeyGone;
  }
}

async function ownPasskey(c: AdminContext) {
  const passkey = await findPasskey(c.var.db, c.req.param('id') ?? '');
  return passkey && passkey.userId === authOf(c).user.id ? passkey : undefined;
}

export function accountPasskeyRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.post('/account/passkeys/options', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const auth = authOf(c);
    const body = await jsonBody(c);
    // The name is checked before the ceremony, so nobody touches their key only to be told.
    const error = nameError(c, body?.name);
    if (error) return c.json({ error, field: 'name' }, 422);
    // So is the password: a stolen session must not add a passkey of its own. Only a challenge
    // issued here can register one, so the second call needs no password of its own.
    const password = typeof body?.password === 'string' ? body.password.slice(0, 256) : '';
    if (!password) return c.json({ error: c.var.t.inputError('required', {}), field: 'password' }, 422);
    const confirmed = await confirmIdentity(c, password, { allowTotp: false });
    if (!confirmed.ok) return c.json({ error: confirmed.message, field: 'password' }, confirmed.status);
    const rp = await relyingPartyFor(c);
    const blocked = passkeyBlockText(c.var.t, rp.origin);
    if (blocked) return c.json({ error: blocked }, 409);
    const existing = await listPasskeys(db, auth.user.id);
    const options = await registrationOptions(rp, auth.user, existing);
    const now = clock.now();
    await saveChallenge(db, { challenge: options.challenge, userId: auth.user.id, purpose: 'register', expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS) }, now);
    return c.json({ options });
  });

  app.post('/account/passkeys', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const words = c.var.t.accountSecurity;
    const auth = authOf(c);
    const now = clock.now();
    const body = await jsonBody(c);
    const error = nameError(c, body?.name);
    if (error) return c.json({ error, field: 'name' }, 422);
    const response = parseRegistrationResponse(body?.response);
    const challenge = response ? challengeOf(response) : null;
    const refuse = async (reason: string, message: string) => {
      await appendAudit(db, now, auth.actor, { action: 'passkey.add-failed', targetType: 'user', targetId: auth.user.id, after: { reason } });
      return c.json({ error: message }, 400);
    };
    if (!response || !challenge) return refuse('malformed', words.passkeyFailed);
    const issued = await takeChallenge(db, challenge, 'register', now);
    if (!issued || issued.userId !== auth.user.id) return refuse('challenge', words.passkeyChallengeGone);
    const verified = await verifyRegistration(await relyingPartyFor(c), response, challenge);
    if (!verified.ok) return refuse(verified.reason, words.passkeyFailed);
    if (await findPasskey(db, verified.credential.id)) return refuse('already-registered', words.passkeyFailed);
    await addPasskey(db, now, { ...verified.credential, userId: auth.user.id, name: String(body?.name) }, auth.actor);
    return c.json({ redirect: '/admin/account?done=passkey-added#passkeys' });
  });

  app.post('/account/passkeys/:id/rename', requireRole('editor'), async (c) => {
    const t = c.var.t;
    const auth = authOf(c);
    const id = c.req.param('id');
    const body = await c.req.parseBody();
    const value = typeof body.name === 'string' ? body.name.slice(0, 1000) : '';
    const answer = async (status: 200 | 404 | 422, list: Parameters<typeof PasskeyList>[0]['rename'] | null, message: { kind: 'ok' | 'error'; text: string }) => {
      if (!isHtmx(c)) {
        if (status === 200) return c.redirect('/admin/account?done=passkey-renamed#passkeys', 303);
        return renderAccountPage(c, { flash: message, forms: { passkeyList: { rename: list, message } } }, status);
      }
      const view = await loadAccountView(c);
      return c.html(await renderDocumentFragment(<PasskeyList chrome={adminChrome(c)} passkeys={view.passkeys} rename={list} message={message} />), status);
    };
    const renamed = await attempt(t, () => renamePasskey(c.var.db, c.var.clock.now(), auth.user.id, id, value, auth.actor), () => 'name', {
      invalid: (errors) => answer(422, { id, value, errors }, { kind: 'error', text: t.formHasErrors(1) }),
      conflict: () => answer(404, null, { kind: 'error', text: t.accountSecurity.passkeyGone }),
      notFound: () => answer(404, null, { kind: 'error', text: t.accountSecurity.passkeyGone }),
    });
    if (!renamed.ok) return renamed.answer;
    return answer(200, null, { kind: 'ok', text: t.accountSecurity.passkeyRenamed });
  });

  app.get('/account/passkeys/:id/remove', requireRole('editor'), async (c) => {
    const passkey = await ownPasskey(c);
    if (!passkey) return renderAccountPage(c, { flash: { kind: 'error', text: c.var.t.accountSecurity.passkeyGone } }, 404);
    const item = { id: passkey.id, name: passkey.name, created: stamp(c, passkey.createdAt), lastUsed: null };
    return page(c, <RemovePasskeyPage chrome={adminChrome(c)} passkey={item} errors={{}} />);
  });

  app.post('/account/passkeys/:id/remove', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const auth = authOf(c);
    const passkey = await ownPasskey(c);
    if (!passkey) return renderAccountPage(c, { flash: { kind: 'error', text: t.accountSecurity.passkeyGone } }, 404);
    const item = { id: passkey.id, name: passkey.name, created: stamp(c, passkey.createdAt), lastUsed: null };
    const refused = (status: 422 | 429, message: string) => page(c, <RemovePasskeyPage chrome={adminChrome(c)} passkey={item} errors={{ password: message }} />, status);
    const body = await c.req.parseBody();
    const password = typeof body.password === 'string' ? body.password.slice(0, 256) : '';
    if (!password) return refused(422, t.inputError('required', {}));
    const confirmed = await confirmIdentity(c, password, { allowTotp: false });
    if (!confirmed.ok) return refused(confirmed.status, confirmed.message);
    const user = await findUserById(db, auth.user.id);
    const remaining = (await listPasskeys(db, auth.user.id)).length - 1;
    if ((await requireSecondFactor(db)) && !user?.totpEnabledAt && remaining === 0) return refused(422, t.accountSecurity.lastFactor);
    await removePasskey(db, clock.now(), auth.user.id, passkey.id, auth.actor);
    return c.redirect('/admin/account?done=passkey-removed#passkeys', 303);
  });

  return app;
}
