/**
 * One user: what the account is like, and what an admin can do about it. Every form posts
 * without JavaScript (303 back here) and with htmx (the server answers with the panel
 * alone, so all forms carry the account's new version).
 */
import type { Child } from 'hono/jsx';
import type { Role } from '../../../src/domain/roles';
import { ROLES } from '../../../src/domain/roles';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { fieldId, FormMessages, hasProblem, Select, TextField, type FieldErrors } from '../partials/Form';
import { Time, type ShownTime } from './UsersPages';

export interface UserDetail {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  version: number;
  disabled: boolean;
  totp: boolean;
  secondFactor: string;
  lastSignIn: ShownTime | null;
  createdAt: ShownTime;
  activeSessions: number;
  isYou: boolean;
}

export interface UserPanelProps {
  chrome: AdminChrome;
  user: UserDetail;
  message?: { kind: 'ok' | 'error' | 'warning'; text: string } | null;
  errors?: FieldErrors;
  /** The role the admin chose, kept when the change could not be made. */
  draftRole?: string;
}

function ActionForm({ chrome, user, path, confirm, children }: { chrome: AdminChrome; user: UserDetail; path: string; confirm?: string; children: Child }) {
  const action = `/admin/users/${user.id}/${path}`;
  return (
    <form method="post" action={action} data-hx-post={action} data-hx-target="#user-panel" data-hx-swap="outerHTML" data-hx-confirm={confirm} novalidate>
      <CsrfField chrome={chrome} />
      <input type="hidden" name="version" value={String(user.version)} />
      {children}
    </form>
  );
}

export function UserPanel({ chrome, user, message, errors = {}, draftRole }: UserPanelProps) {
  const { t } = chrome;
  const w = t.people;
  return (
    <div id="user-panel">
      <FormMessages
        t={t}
        message={message}
        errors={errors}
        labels={{ role: w.role, password: w.newPassword, disabled: w.accessHeading }}
        idFor={(name) => (name === 'disabled' ? 'access-heading' : fieldId(name))}
      />
      <h2>{w.summaryHeading}</h2>
      <dl class="user-summary">
        <dt>{t.username}</dt>
        <dd>{user.username}</dd>
        <dt>{w.displayName}</dt>
        <dd>{user.displayName}</dd>
        <dt>{w.role}</dt>
        <dd>{t.roleName[user.role]}</dd>
        <dt>{w.columns.state}</dt>
        <dd>{user.disabled ? <strong>{w.disabled}</strong> : w.active}</dd>
        <dt>{w.columns.secondFactor}</dt>
        <dd>{user.secondFactor}</dd>
        <dt>{w.columns.lastSignIn}</dt>
        <dd>{user.lastSignIn ? <Time time={user.lastSignIn} /> : w.never}</dd>
        <dt>{w.activeSessions}</dt>
        <dd>{user.activeSessions}</dd>
        <dt>{w.createdAt}</dt>
        <dd>
          <Time time={user.createdAt} />
        </dd>
      </dl>

      <section aria-labelledby="role-heading">
        <h2 id="role-heading">{w.roleHeading}</h2>
        <ActionForm chrome={chrome} user={user} path="role">
          <Select
            name="role"
            label={w.role}
            hint={w.roleHint}
            value={draftRole ?? user.role}
            options={ROLES.map((role) => ({ value: role, label: t.roleName[role] }))}
            errors={errors}
            required
          />
          <div class="actions">
            <button type="submit">{w.changeRole}</button>
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="access-heading">
        <h2 id="access-heading">{w.accessHeading}</h2>
        {errors.disabled && (
          <p class="field-error" id="access-error">
            {errors.disabled}
          </p>
        )}
        {user.disabled ? (
          <ActionForm chrome={chrome} user={user} path="enable">
            <p>{w.enableHint}</p>
            <div class="actions">
              <button type="submit">{w.enableButton}</button>
            </div>
          </ActionForm>
        ) : (
          <ActionForm chrome={chrome} user={user} path="disable" confirm={w.disableConfirm(user.displayName)}>
            <p id="disable-hint">{w.disableHint}</p>
            <div class="actions">
              <button type="submit" class="danger" aria-describedby={errors.disabled ? 'disable-hint access-error' : 'disable-hint'}>
                {w.disableButton}
              </button>
            </div>
          </ActionForm>
        )}
      </section>

      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{w.passwordHeading}</h2>
        <ActionForm chrome={chrome} user={user} path="password">
          <TextField name="password" type="password" label={w.newPassword} hint={w.newPasswordHint} errors={errors} required autocomplete="new-password" maxLength={256} />
          <div class="actions">
            <button type="submit">{w.resetPasswordButton}</button>
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{w.sessionsHeading}</h2>
        <ActionForm chrome={chrome} user={user} path="sessions/revoke" confirm={w.revokeSessionsConfirm(user.displayName)}>
          <p id="sessions-hint">{w.sessionsHint}</p>
          <div class="actions">
            <button type="submit" class="secondary" aria-describedby="sessions-hint">
              {w.revokeSessionsButton}
            </button>
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="totp-heading">
        <h2 id="totp-heading">{w.totpHeading}</h2>
        {user.totp ? (
          <ActionForm chrome={chrome} user={user} path="totp/reset" confirm={w.resetTotpConfirm(user.displayName)}>
            <p id="totp-hint">{w.totpHint}</p>
            <div class="actions">
              <button type="submit" class="secondary" aria-describedby="totp-hint">
                {w.resetTotpButton}
              </button>
            </div>
          </ActionForm>
        ) : (
          <p>{w.totpOff}</p>
        )}
      </section>
    </div>
  );
}

export function UserDetailPage(props: UserPanelProps) {
  const { chrome, user } = props;
  const w = chrome.t.people;
  return (
    <AdminLayout chrome={chrome} title={w.userTitle(user.displayName)} section="users" failed={hasProblem(props.errors, props.message)}>
      <p>
        <a href="/admin/users">{w.backToUsers}</a>
      </p>
      <h1>
        {w.userTitle(user.displayName)} {user.isYou && <span>{w.you}</span>}
      </h1>
      <UserPanel {...props} />
    </AdminLayout>
  );
}
