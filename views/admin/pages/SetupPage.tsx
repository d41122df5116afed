/** First-admin setup: shown only while there is no account and a setup token is configured. */
import { AdminLayout, type AdminChrome } from '../AdminLayout';
import { FormMessages, hasProblem, TextField, type FieldErrors } from '../partials/Form';

export interface SetupDraft {
  username: string;
  displayName: string;
}

export function SetupPage({
  chrome,
  draft,
  errors,
  message,
}: {
  chrome: AdminChrome;
  draft: SetupDraft;
  errors: FieldErrors;
  message: string | null;
}) {
  const { t } = chrome;
  const w = t.people;
  return (
    <AdminLayout chrome={chrome} title={w.setupTitle} section="none" failed={message !== null || hasProblem(errors)}>
      <h1>{w.setupTitle}</h1>
      <p>
        <a href={`/admin/setup?lang=${t.otherLanguage.lang}`} lang={t.otherLanguage.lang} hreflang={t.otherLanguage.lang}>
          {t.otherLanguage.name}
        </a>
      </p>
      <p>{w.setupIntro}</p>
      <FormMessages
        t={t}
        message={message ? { kind: 'error', text: message } : null}
        errors={errors}
        labels={{ token: w.setupToken, username: t.username, displayName: w.displayName, password: t.password, password2: w.repeatPassword }}
      />
      <form method="post" action={`/admin/setup?lang=${chrome.lang}`} novalidate>
        <TextField name="token" type="password" label={w.setupToken} hint={w.setupTokenHint} errors={errors} required autocomplete="off" maxLength={256} />
        <TextField name="username" label={t.username} hint={w.usernameHint} value={draft.username} errors={errors} required autocomplete="username" maxLength={40} />
        <TextField name="displayName" label={w.displayName} hint={w.displayNameHint} value={draft.displayName} errors={errors} required autocomplete="name" maxLength={100} />
        <TextField name="password" type="password" label={t.password} hint={w.initialPasswordHint} errors={errors} required autocomplete="new-password" maxLength={256} />
        <TextField name="password2" type="password" label={w.repeatPassword} errors={errors} required autocomplete="new-password" maxLength={256} />
        <div class="actions">
          <button type="submit">{w.createFirstAdmin}</button>
        </div>
      </form>
    </AdminLayout>
  );
}
