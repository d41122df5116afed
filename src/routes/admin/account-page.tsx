/**
 * What every route of the account area shares: gathering the account page's data, rendering
 * it (with a flash message or a refused form), and asking for the password again before a
 * sensitive change, throttled like sign-in.
 */
import { AccountPage, type AccountForms, type AccountView, type Flash } from '../../../views/admin/pages/AccountPage';
import { verifyPassword } from '../../auth/password';
import { acceptTotp } from '../../auth/totp';
import { formatterFor } from '../../i18n/format';
import { messagesFor } from '../../i18n';
import { appendAudit } from '../../store/audit';
import { listPasskeys } from '../../store/passkeys';
import { hasSecondFactor, recordTotpStep, remainingRecoveryCodes } from '../../store/second-factors';
import { listActiveSessions } from '../../store/sessions';
import { ACCOUNT_POLICY, clearFailures, lockedUntil, recordFailure } from '../../store/throttle';
import { requireSecondFactor } from '../../store/second-factor-policy';
import { findUserById } from '../../store/users';
import { authOf, type AdminContext } from './env';
import { adminChrome, page } from './render';

export function formatterOf(c: AdminContext) {
  return formatterFor(messagesFor(c.var.adminLocale).intlLocale, 'Europe/Stockholm');
}

export function stamp(c: AdminContext, date: Date) {
  const fmt = formatterOf(c);
  return { text: fmt.dateTime(date), machine: fmt.machine(date) };
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
    totp: { enabledSince: user.totpEnabledAt ? formatterOf(c).dateTime(user.totpEnabledAt) : null, recoveryCodesLeft },
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

export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

export type Confirmation = { ok: true; method: 'password' | 'totp' } | { ok: false; message: string; status: 422 | 429 };

/**
 * Asks for proof before a sensitive change (password, or a TOTP code where allowed). A wrong
 * answer counts against the account like a failed sign-in, so a borrowed or stolen session
 * cannot be used to guess the password.
 */
export async function confirmIdentity(c: AdminContext, answer: string, options: { allowTotp: boolean }): Promise<Confirmation> {
  const { db, clock, config } = c.var;
  const words = c.var.t.accountSecurity;
  const auth = authOf(c);
  const now = clock.now();
  const key = `account:${auth.user.username}`;
  const locked = await lockedUntil(db, key, now);
  if (locked) return { ok: false, status: 429, message: words.throttled(minutesUntil(locked, now)) };

  const user = (await findUserById(db, auth.user.id)) ?? auth.user;
  // Passwords are at least 12 characters, so six digits can only be meant as a code.
  const looksLikeCode = options.allowTotp && user.totpSecret !== null && /^\s*\d{3}\s?\d{3}\s*$/.test(answer);
  if (looksLikeCode && user.totpSecret) {
    const step = acceptTotp(user.totpSecret, answer, now, user.totpLastStep);
    if (step !== null) {
      await recordTotpStep(db, user.id, step);
      await clearFailures(db, key);
      return { ok: true, method: 'totp' };
    }
  } else if (answer && (await verifyPassword(answer.slice(0, 256), user.passwordHash, config.auth.passwordIterations)).valid) {
    await clearFailures(db, key);
    return { ok: true, method: 'password' };
  }
  const lockedNow = await recordFailure(db, key, now, ACCOUNT_POLICY);
  await appendAudit(db, now, auth.actor, { action: 'account.confirm-failed', targetType: 'user', targetId: user.id, after: { path: c.req.path } });
  if (lockedNow) return { ok: false, status: 429, message: words.throttled(minutesUntil(lockedNow, now)) };
  return { ok: false, status: 422, message: looksLikeCode ? c.var.t.secondFactorFailed : words.wrongPassword };
}
