/**
 * What every route of the account area shares: gathering the account page's data, rendering
 * it (with a flash message or a refused form), and asking for the password again before a
 * sensitive change (enrolling or removing a second factor, new recovery codes, a new
 * password), throttled like sign-in.
 */
import { AccountPage, type AccountForms, type AccountView, type Flash } from '../../../../views/admin/pages/AccountPage';
import { verifyPassword } from '../../../auth/password';
import { totpStepOf } from '../../../auth/totp';
import { appendAudit } from '../../../store/audit';
import { listPasskeys } from '../../../store/passkeys';
import { claimTotpStep, hasSecondFactor, remainingRecoveryCodes } from '../../../store/second-factors';
import { listActiveSessions } from '../../../store/sessions';
import { clearOwnFailures, heldBack, recordFailures } from '../../../store/throttle';
import { requireSecondFactor } from '../../../store/second-factor-policy';
import { findUserById } from '../../../store/users';
import { shownTime } from '../context';
import { authOf, type AdminContext } from '../env';
import { adminChrome, page } from '../render';
import { attemptKeys, holdMessage } from '../sign-in-guard';
import { relyingParty } from '../../../auth/webauthn';
import { passkeyBlockText } from './passkey-origin';

/** A moment on the account pages, in the site's time zone (the admin context's formatter). */
export function stamp(c: AdminContext, date: Date) {
  return shownTime(c, date);
}

export async function loadAccountView(c: AdminContext): Promise<AccountView> {
  const { db, clock, config } = c.var;
  const auth = authOf(c);
  const now = clock.now();
  // Read again: a write earlier in this request may have changed the account.
  const user = (await findUserById(db, auth.user.id)) ?? auth.user;
  const [sessions, passkeys, recoveryCodesLeft, required, enrolled] = await Promise.all([
    listActiveSessions(db, user.id, now, config.auth.session),
    listPasskeys(db, user.id),
    remainingRecoveryCodes(db, user.id),
    requireSecondFactor(db),
    hasSecondFactor(db, user),
  ]);
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale,
    version: user.version,
    totp: { enabledSince: user.totpEnabledAt ? c.var.admin.fmt.dateTime(user.totpEnabledAt) : null, recoveryCodesLeft },
    passkeys: passkeys.map((passkey) => ({
      id: passkey.id,
      name: passkey.name,
      created: stamp(c, passkey.createdAt),
      lastUsed: passkey.lastUsedAt ? stamp(c, passkey.lastUsedAt) : null,
    })),
    sessions: sessions.map((session) => ({
      id: session.id,
      created: stamp(c, session.createdAt),
      lastSeen: stamp(c, session.lastSeenAt),
      ip: session.ip,
      userAgent: session.userAgent,
      current: session.id === auth.session.id,
    })),
    // As relyingPartyFor (./passkeys.tsx) does, from the site already loaded for this request.
    passkeysBlocked: passkeyBlockText(c.var.t, relyingParty({ configured: config.publicUrl, site: c.var.admin.site.publicUrl ?? null, request: c.req.url }).origin),
    mustEnrol: required && !enrolled,
    secondFactorRequired: required,
    isAdmin: user.role === 'admin',
  };
}

/** The confirmation after a redirect (`?done=…`), in the admin's language. */
function flashOf(c: AdminContext): Flash | null {
  const words = c.var.t.accountSecurity;
  const count = Number(c.req.query('n') ?? 0);
  const n = Number.isInteger(count) && count >= 0 ? count : 0;
  const messages: Record<string, Flash> = {
    profile: { kind: 'ok', text: words.profileSaved },
    password: { kind: 'ok', text: words.passwordChanged(n) },
    session: { kind: 'ok', text: words.sessionRevoked },
    sessions: { kind: 'ok', text: words.otherSessionsRevoked(n) },
    'totp-off': { kind: 'ok', text: words.totpDisabled },
    'totp-already': { kind: 'error', text: words.totpAlreadyOn },
    'passkey-added': { kind: 'ok', text: words.passkeyAdded },
    'passkey-renamed': { kind: 'ok', text: words.passkeyRenamed },
    'passkey-removed': { kind: 'ok', text: words.passkeyRemoved },
  };
  return messages[c.req.query('done') ?? ''] ?? null;
}

export async function renderAccountPage(
  c: AdminContext,
  options: { flash?: Flash | null; forms?: AccountForms } = {},
  status: 200 | 404 | 409 | 422 | 429 = 200,
) {
  const view = await loadAccountView(c);
  return page(c, <AccountPage chrome={adminChrome(c)} view={view} flash={options.flash === undefined ? flashOf(c) : options.flash} forms={options.forms} />, status);
}

export type Confirmation = { ok: true; method: 'password' | 'totp' } | { ok: false; message: string; status: 422 | 429 };

/**
 * Asks for proof before a sensitive change (password, or a TOTP code where allowed). A wrong
 * answer counts like a failed sign-in from this browser, so a borrowed or stolen session
 * cannot be used to guess the password, nor to hold the owner's other devices back.
 */
export async function confirmIdentity(c: AdminContext, answer: string, options: { allowTotp: boolean }): Promise<Confirmation> {
  const { db, clock, config } = c.var;
  const t = c.var.t;
  const auth = authOf(c);
  const now = clock.now();
  const keys = await attemptKeys(c, auth.user.username);
  const hold = await heldBack(db, keys, now);
  if (hold) return { ok: false, status: 429, message: holdMessage(t, hold, now) };

  const user = (await findUserById(db, auth.user.id)) ?? auth.user;
  // Passwords are at least 12 characters, so six digits can only be meant as a code.
  const looksLikeCode = options.allowTotp && user.totpSecret !== null && /^\s*\d{3}\s?\d{3}\s*$/.test(answer);
  if (looksLikeCode && user.totpSecret) {
    const step = totpStepOf(user.totpSecret, answer, now);
    if (step !== null) {
      if (!(await claimTotpStep(db, user.id, user.totpSecret, step))) return { ok: false, status: 422, message: t.totpReused };
      await clearOwnFailures(db, keys);
      return { ok: true, method: 'totp' };
    }
  } else if (answer && (await verifyPassword(answer.slice(0, 256), user.passwordHash, config.auth.passwordIterations)).valid) {
    await clearOwnFailures(db, keys);
    return { ok: true, method: 'password' };
  }
  const held = await recordFailures(db, keys, now);
  await appendAudit(db, now, auth.actor, { action: 'account.confirm-failed', targetType: 'user', targetId: user.id, after: { path: c.req.path } });
  if (held) return { ok: false, status: 429, message: holdMessage(t, held, now) };
  return { ok: false, status: 422, message: looksLikeCode ? t.secondFactorFailed : t.accountSecurity.wrongPassword };
}
