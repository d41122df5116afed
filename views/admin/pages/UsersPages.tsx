/** The list of users and the form that adds one. */
import type { Role } from '../../../src/domain/roles';
import { ROLES } from '../../../src/domain/roles';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { FormMessages, hasProblem, Select, TextField, type FieldErrors } from '../partials/Form';

export interface ShownTime {
  text: string;
  machine: string;
}

export interface UserListItem {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  secondFactor: string;
  disabled: boolean;
  lastSignIn: ShownTime | null;
  isYou: boolean;
}

export function Time({ time }: { time: ShownTime }) {
  return <time datetime={time.machine}>{time.text}</time>;
}

export function UsersListPage({ chrome, users }: { chrome: AdminChrome; users: UserListItem[] }) {
  const { t } = chrome;
  const w = t.people;
  return (
    <AdminLayout chrome={chrome} title={w.usersTitle} section="users">
      <h1>{w.usersTitle}</h1>
      <p>{w.usersIntro}</p>
      <p>
        <a class="button" href="/admin/users/new">
          {w.addUser}
        </a>
      </p>
      <div class="table-wrap">
        <table class="users-table">
          <caption class="visually-hidden">{w.usersTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{w.columns.username}</th>
              <th scope="col">{w.columns.name}</th>
              <th scope="col">{w.columns.role}</th>
              <th scope="col">{w.columns.secondFactor}</th>
              <th scope="col">{w.columns.state}</th>
              <th scope="col">{w.columns.lastSignIn}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr class={user.disabled ? 'user-disabled' : undefined}>
                <th scope="row">
                  <a href={`/admin/users/${user.id}`}>{user.username}</a> {user.isYou && <span>{w.you}</span>}
                </th>
                <td>{user.displayName}</td>
                <td>{t.roleName[user.role]}</td>
                <td>{user.secondFactor}</td>
                <td>{user.disabled ? <strong>{w.disabled}</strong> : w.active}</td>
                <td>{user.lastSignIn ? <Time time={user.lastSignIn} /> : w.never}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminLayout>
  );
}

export interface NewUserDraft {
  username: string;
  displayName: string;
  role: string;
}

export function NewUserPage({
  chrome,
  draft,
  errors,
}: {
  chrome: AdminChrome;
  draft: NewUserDraft;
  errors: FieldErrors;
}) {
  const { t } = chrome;
  const w = t.people;
  const labels = { username: t.username, displayName: w.displayName, role: w.role, password: w.initialPassword };
  return (
    <AdminLayout chrome={chrome} title={w.newUserTitle} section="users" failed={hasProblem(errors)}>
      <p>
        <a href="/admin/users">{w.backToUsers}</a>
      </p>
      <h1>{w.newUserTitle}</h1>
      <p>{w.newUserIntro}</p>
      <FormMessages t={t} message={null} errors={errors} labels={labels} />
      <form method="post" action="/admin/users" novalidate>
        <CsrfField chrome={chrome} />
        <TextField name="username" label={t.username} hint={w.usernameHint} value={draft.username} errors={errors} required autocomplete="off" maxLength={40} />
        <TextField name="displayName" label={w.displayName} hint={w.displayNameHint} value={draft.displayName} errors={errors} required autocomplete="off" maxLength={100} />
        <Select
          name="role"
          label={w.role}
          hint={w.roleHint}
          value={draft.role}
          options={ROLES.map((role) => ({ value: role, label: t.roleName[role] }))}
          errors={errors}
          required
        />
        <TextField name="password" type="password" label={w.initialPassword} hint={w.initialPasswordHint} errors={errors} required autocomplete="new-password" maxLength={256} />
        <div class="actions">
          <button type="submit">{w.createUser}</button>
          <a class="button secondary" href="/admin/users">
            {t.cancel}
          </a>
        </div>
      </form>
    </AdminLayout>
  );
}
