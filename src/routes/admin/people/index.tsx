/**
 * People: the users page (admins only) — list, create, role, disable/enable, new password,
 * sign out everywhere, remove the authenticator app — and the audit log (./audit-log).
 * Every change goes through the users store, which versions and audits it. The forms'
 * schemas are in ./form.ts.
 */
import { Hono } from 'hono';
import type { z } from 'zod';
import type { FieldErrors } from '../../../../views/admin/partials/Form';
import { UserDetailPage, UserPanel, type UserDetail, type UserPanelProps } from '../../../../views/admin/pages/UsersDetailPage';
import { NewUserPage, UsersListPage, type NewUserDraft, type UserListItem } from '../../../../views/admin/pages/UsersPages';
import { hashPassword } from '../../../auth/password';
import type { AdminMessages } from '../../../i18n/admin';
import { lastSignIns } from '../../../store/audit';
import { listActiveSessions } from '../../../store/sessions';
import { resetUserPassword, resetUserTotp, revokeSessionsOf, setUserDisabled } from '../../../store/user-access';
import { countPasskeysByUser, createUser, findUserById, listUsers, updateUser, type UserRow } from '../../../store/users';
import { shownTime } from '../context';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from '../env';
import { routeId } from '../forms/fields';
import { readForm, typed, type FormKit } from '../forms/parse';
import { attempt, storeRefusal } from '../forms/store-errors';
import { requireRole } from '../middleware';
import { adminChrome, fragment, page } from '../render';
import { auditRoutes } from './audit-log';
import { newPasswordSchema, newUserSchema, roleSchema, versionOnlySchema } from './form';

export { passwordError } from './form';

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

/** The fields of the user page a store refusal belongs next to. */
const USER_FIELDS = new Set(['role', 'disabled', 'password']);

/**
 * Runs one action on a user and answers: the panel alone for htmx, otherwise a redirect back
 * to the user's page (success) or the whole page with the message (failure). The action's
 * form is read with its schema; a message from it or from the store shows on the panel.
 */
function userAction<T>(
  schema: (kit: FormKit, user: UserRow) => z.ZodType<T>,
  run: (c: AdminContext, user: UserRow, form: T) => Promise<Outcome>,
) {
  return async (c: AdminContext) => {
    const id = routeId(c);
    const user = id === null ? undefined : await findUserById(c.var.db, id);
    if (!user) return c.notFound();
    const t = c.var.t;
    const form = await readForm(c, (kit) => schema(kit, user));
    let outcome: Outcome;
    if (!form.ok) {
      outcome = { ok: false, status: 422, message: t.formHasErrors(Object.keys(form.errors).length), errors: form.errors, draftRole: typed(form.body, 'role') || undefined };
    } else {
      try {
        outcome = await run(c, user, form.value);
      } catch (error) {
        const refusal = storeRefusal(error, t, (field) => (field && USER_FIELDS.has(field) ? field : 'disabled'));
        if (refusal.kind === 'not-found') return c.notFound();
        outcome =
          refusal.kind === 'conflict'
            ? { ok: false, status: 409, message: t.conflict, draftRole: typed(form.body, 'role') || undefined }
            : { ok: false, status: 422, message: Object.values(refusal.errors).join(' '), errors: refusal.errors, draftRole: typed(form.body, 'role') || undefined };
      }
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
    const form = await readForm(c, newUserSchema);
    const draft = {
      username: typed(form.body, 'username').slice(0, 100).trim().toLowerCase(),
      displayName: typed(form.body, 'displayName').slice(0, 200).trim(),
      role: typed(form.body, 'role').slice(0, 20),
    };
    const again = (errors: FieldErrors) => renderNewUser(c, draft, errors, 422);
    if (!form.ok) return again(form.errors);
    const { value } = form;
    const created = await attempt(
      c.var.t,
      async () =>
        createUser(
          db,
          clock,
          {
            username: value.username,
            displayName: value.displayName,
            role: value.role,
            passwordHash: await hashPassword(value.password, config.auth.passwordIterations),
            locale: c.var.adminLocale,
          },
          authOf(c).actor,
        ),
      (field) => (field && ['username', 'displayName', 'role'].includes(field) ? field : 'username'),
      { invalid: again, conflict: () => again({}), notFound: () => c.notFound() },
    );
    if (!created.ok) return created.answer;
    return c.redirect(`/admin/users/${created.value.id}?done=created`, 303);
  });

  app.get('/users/:id', admin, async (c) => {
    const id = routeId(c);
    const user = id === null ? undefined : await findUserById(c.var.db, id);
    if (!user) return c.notFound();
    const done = doneMessage(c.var.t, c.req.query('done'), user);
    return page(c, <UserDetailPage chrome={adminChrome(c)} user={await userDetail(c, user)} message={done ? { kind: 'ok', text: done } : null} />);
  });

  app.post(
    '/users/:id/role',
    admin,
    userAction(roleSchema, async (c, user, form) => {
      const t = c.var.t;
      if (form.role === user.role) return { ok: true, done: 'role-same', message: t.people.roleUnchanged };
      const after = await updateUser(c.var.db, c.var.clock, user.id, { role: form.role }, authOf(c).actor, { expectedVersion: form.version });
      // An admin who made themselves an editor can no longer see this page.
      const next = after.id === authOf(c).user.id && after.role !== 'admin' ? '/admin' : undefined;
      return { ok: true, done: 'role', message: t.people.roleChanged(after.displayName, t.roleName[after.role]), next };
    }),
  );

  app.post(
    '/users/:id/disable',
    admin,
    userAction(versionOnlySchema, async (c, user, form) => {
      const w = c.var.t.people;
      if (user.id === authOf(c).user.id) return { ok: false, status: 422, message: w.cannotDisableSelf, errors: { disabled: w.cannotDisableSelf } };
      const after = await setUserDisabled(c.var.db, c.var.clock, user.id, true, authOf(c).actor, { expectedVersion: form.version });
      return { ok: true, done: 'disabled', message: w.disabledDone(after.displayName) };
    }),
  );

  app.post(
    '/users/:id/enable',
    admin,
    userAction(versionOnlySchema, async (c, user, form) => {
      const after = await setUserDisabled(c.var.db, c.var.clock, user.id, false, authOf(c).actor, { expectedVersion: form.version });
      return { ok: true, done: 'enabled', message: c.var.t.people.enabledDone(after.displayName) };
    }),
  );

  app.post(
    '/users/:id/password',
    admin,
    userAction(newPasswordSchema, async (c, user, form) => {
      const auth = authOf(c);
      const hash = await hashPassword(form.password, c.var.config.auth.passwordIterations);
      const after = await resetUserPassword(c.var.db, c.var.clock, user.id, hash, auth.actor, {
        expectedVersion: form.version,
        // An admin setting their own password stays signed in here.
        keepSessionId: user.id === auth.user.id ? auth.session.id : undefined,
      });
      return { ok: true, done: 'password', message: c.var.t.people.passwordResetDone(after.displayName) };
    }),
  );

  app.post(
    '/users/:id/sessions/revoke',
    admin,
    userAction(versionOnlySchema, async (c, user) => {
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
    userAction(versionOnlySchema, async (c, user, form) => {
      const after = await resetUserTotp(c.var.db, c.var.clock, user.id, authOf(c).actor, { expectedVersion: form.version });
      return { ok: true, done: 'totp', message: c.var.t.people.totpResetDone(after.displayName) };
    }),
  );

  app.route('/', auditRoutes());
  return app;
}
