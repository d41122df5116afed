import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { Message, TextField, type FieldErrors } from '../partials/Form';
import { PasskeySignIn } from './AccountPasskeys';

export function SignInPage({
  chrome,
  username,
  next,
  error,
  notice,
}: {
  chrome: AdminChrome;
  username: string;
  next: string;
  error: string | null;
  notice: string | null;
}) {
  const { t } = chrome;
  const noErrors: FieldErrors = {};
  return (
    <AdminLayout chrome={chrome} title={t.signInTitle} section="none">
      <h1>{t.signInTitle}</h1>
      <p>
        <a href={`/admin/login?lang=${t.otherLanguage.lang}`} lang={t.otherLanguage.lang} hreflang={t.otherLanguage.lang}>
          {t.otherLanguage.name}
        </a>
      </p>
      {notice && <Message>{notice}</Message>}
      {error && <Message kind="error">{error}</Message>}
      <form method="post" action={`/admin/login?lang=${chrome.lang}`}>
        <input type="hidden" name="next" value={next} />
        <TextField name="username" label={t.username} value={username} errors={noErrors} required autocomplete="username" maxLength={40} />
        <TextField name="password" label={t.password} type="password" errors={noErrors} required autocomplete="current-password" maxLength={256} />
        <div class="actions">
          <button type="submit">{t.signIn}</button>
        </div>
      </form>
      {/* Passkey sign-in (account-security area): views/admin/pages/AccountPasskeys.tsx. */}
      <PasskeySignIn chrome={chrome} next={next} />
    </AdminLayout>
  );
}

export function VerifyPage({ chrome, error }: { chrome: AdminChrome; error: string | null }) {
  const { t } = chrome;
  const noErrors: FieldErrors = {};
  return (
    <AdminLayout chrome={chrome} title={t.secondFactorTitle} section="none">
      <h1>{t.secondFactorTitle}</h1>
      <p>{t.secondFactorIntro}</p>
      {error && <Message kind="error">{error}</Message>}
      <form method="post" action="/admin/login/verify">
        <CsrfField chrome={chrome} />
        <TextField name="code" label={t.totpCode} hint={t.totpHint} errors={noErrors} autocomplete="one-time-code" inputMode="numeric" maxLength={10} />
        <div class="actions">
          <button type="submit">{t.verify}</button>
        </div>
      </form>
      <h2>{t.recoveryCode}</h2>
      <p>{t.useRecoveryInstead}</p>
      <form method="post" action="/admin/login/verify">
        <CsrfField chrome={chrome} />
        <TextField name="recoveryCode" label={t.recoveryCode} hint={t.recoveryHint} errors={noErrors} autocomplete="off" maxLength={20} />
        <div class="actions">
          <button type="submit" class="secondary">
            {t.verify}
          </button>
        </div>
      </form>
    </AdminLayout>
  );
}
