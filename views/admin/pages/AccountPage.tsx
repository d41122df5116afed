/**
 * "My account": details and language, password, two-step verification (authenticator app,
 * recovery codes, passkeys) and the list of sign-ins. Each part is its own component so a
 * form posted with htmx gets back just its part.
 */
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../src/domain/limits';
import { ADMIN_LOCALES } from '../../../src/i18n/admin';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { ErrorSummary, Message, Select, TextField, type FieldErrors } from '../partials/Form';
import { PasskeysSection, type PasskeyItem, type PasskeyListProps } from './AccountPasskeys';
import { SessionsSection, type SessionItem } from './AccountSessions';
import { TotpSection, type TotpState } from './AccountTotp';

export interface Flash {
  kind: 'ok' | 'error' | 'warning';
  text: string;
}

export interface AccountView {
  username: string;
  displayName: string;
  role: 'admin' | 'editor';
  locale: string;
  version: number;
  totp: TotpState;
  passkeys: PasskeyItem[];
  /** Why passkeys cannot work at this address (an IP address, plain http), or null. */
  passkeysBlocked: string | null;
  sessions: SessionItem[];
  /** Required by the security policy, and this user has none yet. */
  mustEnrol: boolean;
  secondFactorRequired: boolean;
  isAdmin: boolean;
}

/** What a failed form post sends back: the values typed and the messages per field. */
export interface AccountForms {
  profile?: { displayName: string; locale: string; errors: FieldErrors };
  password?: FieldErrors;
  regenerate?: FieldErrors;
  disableTotp?: FieldErrors;
  passkeyList?: Omit<PasskeyListProps, 'chrome' | 'passkeys'>;
}

export function ProfileForm({ chrome, view, form }: { chrome: AdminChrome; view: AccountView; form?: AccountForms['profile'] }) {
  const { t } = chrome;
  const words = t.accountSecurity;
  const errors = form?.errors ?? {};
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{words.profileHeading}</h2>
      <dl>
        <dt>{t.username}</dt>
        <dd>{view.username}</dd>
        <dt>{words.role}</dt>
        <dd>{t.roleName[view.role]}</dd>
      </dl>
      <form method="post" action="/admin/account/profile" novalidate>
        <CsrfField chrome={chrome} />
        <input type="hidden" name="version" value={String(view.version)} />
        <TextField name="displayName" label={words.displayName} value={form?.displayName ?? view.displayName} errors={errors} required maxLength={100} autocomplete="name" />
        <Select
          name="locale"
          label={words.languageLabel}
          hint={words.languageHint}
          value={form?.locale ?? view.locale}
          options={ADMIN_LOCALES.map((lang) => ({ value: lang, label: t.languageName(lang) }))}
          errors={errors}
        />
        <div class="actions">
          <button type="submit">{words.saveProfile}</button>
        </div>
      </form>
    </section>
  );
}

export function PasswordForm({ chrome, view, errors = {} }: { chrome: AdminChrome; view: AccountView; errors?: FieldErrors }) {
  const words = chrome.t.accountSecurity;
  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{words.passwordHeading}</h2>
      <form method="post" action="/admin/account/password" novalidate>
        <CsrfField chrome={chrome} />
        {/* Lets password managers file the new password under the right account. */}
        <input type="text" name="username" value={view.username} autocomplete="username" hidden />
        <TextField name="currentPassword" type="password" label={words.currentPassword} errors={errors} required autocomplete="current-password" maxLength={PASSWORD_MAX_LENGTH} />
        <TextField
          name="newPassword"
          type="password"
          label={words.newPassword}
          hint={words.newPasswordHint(PASSWORD_MIN_LENGTH)}
          errors={errors}
          required
          autocomplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
        />
        <TextField name="repeatPassword" type="password" label={words.repeatPassword} errors={errors} required autocomplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
        <div class="actions">
          <button type="submit">{words.changePassword}</button>
        </div>
      </form>
    </section>
  );
}

/**
 * The refused form's messages for the error summary, keyed by the id of the field each belongs
 * to (the forms of this page share field names, not ids), with the field's label.
 */
function refusedFields(chrome: AdminChrome, forms: AccountForms, view: AccountView): { errors: FieldErrors; labels: Record<string, string> } {
  const { t } = chrome;
  const words = t.accountSecurity;
  const errors: FieldErrors = {};
  const labels: Record<string, string> = {};
  const add = (id: string, label: string, message: string | undefined) => {
    if (!message) return;
    errors[id] = message;
    labels[id] = label;
  };
  add('f-displayName', words.displayName, forms.profile?.errors.displayName);
  add('f-locale', words.languageLabel, forms.profile?.errors.locale);
  add('f-currentPassword', words.currentPassword, forms.password?.currentPassword);
  add('f-newPassword', words.newPassword, forms.password?.newPassword);
  add('f-repeatPassword', words.repeatPassword, forms.password?.repeatPassword);
  add('regenerate-confirm', words.passwordOrCode, forms.regenerate?.confirm);
  add('disable-totp-password', `${words.disableTotpHeading}: ${t.password}`, forms.disableTotp?.password);
  const renamed = forms.passkeyList?.rename;
  const index = renamed ? view.passkeys.findIndex((passkey) => passkey.id === renamed.id) : -1;
  if (renamed && index >= 0) add(`passkey-${index}-name`, words.renameLabel(view.passkeys[index]!.name), renamed.errors.name);
  return { errors, labels };
}

export function AccountPage({ chrome, view, flash, forms = {} }: { chrome: AdminChrome; view: AccountView; flash: Flash | null; forms?: AccountForms }) {
  const { t } = chrome;
  const words = t.accountSecurity;
  const refused = refusedFields(chrome, forms, view);
  const failed = flash?.kind === 'error' || Object.keys(refused.errors).length > 0;
  return (
    <AdminLayout chrome={chrome} title={words.title} section="account" failed={failed}>
      <h1>{words.title}</h1>
      {view.mustEnrol && <Message kind="warning">{t.enrolmentRequired}</Message>}
      {failed ? (
        <ErrorSummary t={t} title={flash?.kind === 'error' ? flash.text : undefined} errors={refused.errors} labels={refused.labels} idFor={(id) => id} />
      ) : (
        flash && <Message kind={flash.kind}>{flash.text}</Message>
      )}
      {view.isAdmin && (
        <p>
          <a href="/admin/account/security-policy">{words.policyLink}</a>
        </p>
      )}
      <ProfileForm chrome={chrome} view={view} form={forms.profile} />
      <PasswordForm chrome={chrome} view={view} errors={forms.password} />
      <section aria-labelledby="two-step-heading">
        <h2 id="two-step-heading">{words.twoStepHeading}</h2>
        <p>
          {words.twoStepIntro} {view.secondFactorRequired && <strong>{words.enrolmentRequiredShort}</strong>}
        </p>
        <TotpSection chrome={chrome} totp={view.totp} regenerateErrors={forms.regenerate} disableErrors={forms.disableTotp} />
        <PasskeysSection chrome={chrome} passkeys={view.passkeys} list={forms.passkeyList} blocked={view.passkeysBlocked} />
      </section>
      <SessionsSection chrome={chrome} sessions={view.sessions} message={null} />
      <script src={chrome.assets.webauthn} defer></script>
      <script src={chrome.assets.passkeys} defer></script>
    </AdminLayout>
  );
}
