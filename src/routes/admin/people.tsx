/**
 * People: the users page (admins only) — list, create, role, disable/enable, new password,
 * sign out everywhere, remove the authenticator app — and the audit log (./audit-log).
 * Every change goes through the users store, which versions and audits it.
 */
import { Hono } from 'hono';
import type { FieldErrors } from '../../../views/admin/partials/Form';
import { UserDetailPage, UserPanel, type UserDetail, type UserPanelProps } from '../../../views/admin/pages/UsersDetailPage';
import { NewUserPage, UsersListPage, type NewUserDraft, type UserListItem } from '../../../views/admin/pages/UsersPages';
import { hashPassword, passwordProblem } from '../../auth/password';
import { isRole, type Role } from '../../domain/roles';
import type { AdminMessages } from '../../i18n/admin';
import { lastSignIns } from '../../store/audit';
import { ConflictError, InputError } from '../../store/errors';
import { listActiveSessions } from '../../store/sessions';
import { resetUserPassword, resetUserTotp, revokeSessionsOf, setUserDisabled } from '../../store/user-access';
import { countPasskeysByUser, createUser, findUserById, isUsername, listUsers, updateUser, type UserRow } from '../../store/users';
import { auditRoutes, shownTime } from './audit-log';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from './env';
import { requireRole } from './middleware';
import { adminChrome, fragment, page } from './render';

/** The message for a password that must not be used, or null. */
export function passwordError(t: AdminMessages, password: string, names: string[]): string | null {
  if (!password) return t.inputError('required', {});
  const problem = passwordProblem(password, names);
  return problem ? t.people.passwordProblem[problem] : null;
}

function text(body: Record<string, unknown>, name: string, max: number): string {
  const value = body[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** What the list of users and a user's own page both show about them. */
function userListItem(c: AdminContext, user: UserRow, signIns: Map<number, Date>, passkeys: Map<number, number>): UserListItem {
  const lastSignIn = signIns.get(user.id);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    secondFactor: c.var.t.people.secondFactorSummary(user.totpEnabledAt !== null, passkeys.get(user.id) ?? 0),
    disabled: user.disabledAt !== null,
    lastSignIn: lastSignIn ? shownTime(c, lastSignIn) : null,
    isYou: user.id === authOf(c).user.id,
  };
}

async function userDetail(c: AdminContext, user: UserRow): Promise<UserDetail> {
  const { db, clock, config } = c.var;
  const [signIns, passkeys, sessions] = await Promise.all([
    lastSignIns(db),
    countPasskeysByUser(db),
    listActiveSessions(db, user.id, clock.now(), config.auth.session),
  ]);
  return {
    ...userListItem(c, user, signIns, passkeys),
    version: user.version,
    totp: user.totpEnabledAt !== null,
    createdAt: shownTime(c, user.createdAt),
    activeSessions: sessions.length,
  };
}

/** Flash messages after a redirect, by the `done` query parameter. */
function doneMessage(t: AdminMessages, done: string | undefined, user: UserRow): string | null {
  const w = t.people;
  switch (done) {
    case 'created':
      return w.created(user.displayName);
    case 'role-same':
      return w.roleUnchanged;
    case 'role':
      return w.roleChanged(user.displayName, t.roleName[user.role]);
    case 'disabled':
      return w.disabledDone(user.displayName);
    case 'enabled':
      return w.enabledDone(user.displayName);
    case 'password':
      return w.passwordResetDone(user.displayName);
    case 'totp':
      return w.totpResetDone(user.displayName);
    default:
      return done && /^sessions-\d{1,6}$/.test(done) ? w.sessionsRevokedDone(Number(done.slice('sessions-'.length))) : null;
  }
}

type Outcome =
  | { ok: true; done: string; message: string; /** Where a plain form post goes instead of back to the user. */ next?: string }
  | { ok: false; status: 409 | 422; message: string; errors?: FieldErrors; draftRole?: string };

/**
 * Runs one action on a user and answers: the panel alone for htmx, otherwise a redirect back
 * to the user's page (success) or the whole page with the message (failure).
 */
function userAction(run: (c: AdminContext, user: UserRow, body: Record<string, unknown>, version: number | undefined) => Promise<Outcome>) {
  return async (c: AdminContext) => {
    const id = Number(c.req.param('id'));
    const user = Number.isInteger(id) ? await findUserById(c.var.db, id) : undefined;
    if (!user) return c.notFound();
    const body = await c.req.parseBody();
    const version = Number(body.version);
    const t = c.var.t;
    let outcome: Outcome;
    try {
      outcome = await run(c, user, body, Number.isInteger(version) ? version : undefined);
    } catch (error) {
      if (error instanceof ConflictError) outcome = { ok: false, status: 409, message: t.conflict };
      else if (error instanceof InputError) {
        const field = error.field === 'role' || error.field === 'disabled' || error.field === 'password' ? error.field : 'disabled';
        outcome = { ok: false, status: 422, message: t.inputError(error.code, error.params), errors: { [field]: t.inputError(error.code, error.params) } };
      } else throw error;
    }
    if (outcome.ok && !isHtmx(c)) return c.redirect(outcome.next ?? `/admin/users/${user.id}?done=${outcome.done}`, 303);
    const fresh = (await findUserById(c.var.db, user.id)) ?? user;
    const props: UserPanelProps = {
      chrome: adminChrome(c),
      user: await userDetail(c, fresh),
      message: { kind: outcome.ok ? 'ok' : 'error', text: outcome.message },
      errors: outcome.ok ? {} : (outcome.errors ?? {}),
      draftRole: outcome.ok ? undefined : outcome.draftRole,
    };
    const status = outcome.ok ? 200 : outcome.status;
    return isHtmx(c) ? fragment(c, <UserPanel {...props} />, status) : page(c, <UserDetailPage {...props} />, status);
  };
}

async function renderNewUser(c: AdminContext, draft: NewUserDraft, errors: FieldErrors, status: 200 | 422) {
  return page(c, <NewUserPage chrome={adminChrome(c)} draft={draft} errors={errors} />, status);
}

export function peopleRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const admin = requireRole('admin');

  app.get('/users', admin, async (c) => {
    const { db } = c.var;
    const [users, signIns, passkeys] = await Promise.all([listUsers(db), lastSignIns(db), countPasskeysByUser(db)]);
    return page(c, <UsersListPage chrome={adminChrome(c)} users={users.map((user) => userListItem(c, user, signIns, passkeys))} />);
  });

  app.get('/users/new', admin, (c) => renderNewUser(c, { username: '', displayName: '', role: 'editor' }, {}, 200));

  app.post('/users', admin, async (c) => {
    const { db, clock, config } = c.var;
    const t = c.var.t;
    const body = await c.req.parseBody();
    const draft = { username: text(body, 'username', 100).trim().toLowerCase(), displayName: text(body, 'displayName', 200).trim(), role: text(body, 'role', 20) };
    const password = text(body, 'password', 1000);
    const errors: FieldErrors = {};
    if (!draft.username) errors.username = t.inputError('required', {});
    else if (!isUsername(draft.username)) errors.username = t.inputError('username-format', {});
    if (!draft.displayName) errors.displayName = t.inputError('required', {});
    else if (draft.displayName.length > 100) errors.displayName = t.inputError('name-format', {});
    if (!isRole(draft.role)) errors.role = t.inputError('unknown-choice', {});
    const weak = passwordError(t, password, [draft.username, ...draft.displayName.split(/\s+/)]);
    if (weak) errors.password = weak;
    if (Object.keys(errors).length > 0) return renderNewUser(c, draft, errors, 422);
    try {
      const user = await createUser(
        db,
        clock,
        { username: draft.username, displayName: draft.displayName, role: draft.role as Role, passwordHash: await hashPassword(password, config.auth.passwordIterations), locale: c.var.adminLocale },
        authOf(c).actor,
      );
      return c.redirect(`/admin/users/${user.id}?done=created`, 303);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const field = error.field && ['username', 'displayName', 'role'].includes(error.field) ? error.field : 'username';
      return renderNewUser(c, draft, { [field]: t.inputError(error.code, error.params) }, 422);
    }
  });

  app.get('/users/:id', admin, async (c) => {
    const id = Number(c.req.param('id'));
    const user = Number.isInteger(id) ? await findUserById(c.var.db, id) : undefined;
    if (!user) return c.notFound();
    const done = doneMessage(c.var.t, c.req.query('done'), user);
    return page(c, <UserDetailPage chrome={adminChrome(c)} user={await userDetail(c, user)} message={done ? { kind: 'ok', text: done } : null} />);
  });

  app.post(
    '/users/:id/role',
    admin,
    userAction(async (c, user, body, version) => {
      const t = c.var.t;
      const role = text(body, 'role', 20);
      if (!isRole(role)) return { ok: false, status: 422, message: t.formHasErrors(1), errors: { role: t.inputError('unknown-choice', {}) } };
      if (role === user.role) return { ok: true, done: 'role-same', message: t.people.roleUnchanged };
      try {
        const after = await updateUser(c.var.db, c.var.clock, user.id, { role }, authOf(c).actor, { expectedVersion: version ?? -1 });
        // An admin who made themselves an editor can no longer see this page.
        const next = after.id === authOf(c).user.id && after.role !== 'admin' ? '/admin' : undefined;
        return { ok: true, done: 'role', message: t.people.roleChanged(after.displayName, t.roleName[after.role]), next };
      } catch (error) {
        if (error instanceof ConflictError) return { ok: false, status: 409, message: t.conflict, draftRole: role };
        if (error instanceof InputError) {
          const message = t.inputError(error.code, error.params);
          return { ok: false, status: 422, message, errors: { role: message }, draftRole: role };
        }
        throw error;
      }
    }),
  );

  app.post(
    '/users/:id/disable',
    admin,
    userAction(async (c, user, _body, version) => {
      const w = c.var.t.people;
      if (user.id === authOf(c).user.id) return { ok: false, status: 422, message: w.cannotDisableSelf, errors: { disabled: w.cannotDisableSelf } };
      const after = await setUserDisabled(c.var.db, c.var.clock, user.id, true, authOf(c).actor, { expectedVersion: version ?? -1 });
      return { ok: true, done: 'disabled', message: w.disabledDone(after.displayName) };
    }),
  );

  app.post(
    '/users/:id/enable',
    admin,
    userAction(async (c, user, _body, version) => {
      const after = await setUserDisabled(c.var.db, c.var.clock, user.id, false, authOf(c).actor, { expectedVersion: version ?? -1 });
      return { ok: true, done: 'enabled', message: c.var.t.people.enabledDone(after.displayName) };
    }),
  );

  app.post(
    '/users/:id/password',
    admin,
    userAction(async (c, user, body, version) => {
      const t = c.var.t;
      const password = text(body, 'password', 1000);
      const weak = passwordError(t, password, [user.username, ...user.displayName.split(/\s+/)]);
      if (weak) return { ok: false, status: 422, message: t.formHasErrors(1), errors: { password: weak } };
      const auth = authOf(c);
      const hash = await hashPassword(password, c.var.config.auth.passwordIterations);
      const after = await resetUserPassword(c.var.db, c.var.clock, user.id, hash, auth.actor, {
        expectedVersion: version ?? -1,
        // An admin setting their own password stays signed in here.
        keepSessionId: user.id === auth.user.id ? auth.session.id : undefined,
      });
      return { ok: true, done: 'password', message: t.people.passwordResetDone(after.displayName) };
    }),
  );

  app.post(
    '/users/:id/sessions/revoke',
    admin,
    userAction(async (c, user) => {
      const auth = authOf(c);
      const ended = await revokeSessionsOf(c.var.db, c.var.clock, user.id, auth.actor, {
        keepSessionId: user.id === auth.user.id ? auth.session.id : undefined,
      });
      return { ok: true, done: `sessions-${ended}`, message: c.var.t.people.sessionsRevokedDone(ended) };
    }),
  );

  app.post(
    '/users/:id/totp/reset',
    admin,
    userAction(async (c, user, _body, version) => {
      const after = await resetUserTotp(c.var.db, c.var.clock, user.id, authOf(c).actor, { expectedVersion: version ?? -1 });
      return { ok: true, done: 'totp', message: c.var.t.people.totpResetDone(after.displayName) };
    }),
  );

  app.route('/', auditRoutes());
  return app;
}
