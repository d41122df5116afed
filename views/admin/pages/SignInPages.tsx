import { AdminLayout, type AdminChrome } from '../AdminLayout';
import { Message, TextArea, TextField, type FieldErrors } from '../partials/Form';
import { PasskeySignIn } from './AccountPasskeys';

/**
 * The sign-in forms carry the sign-in form's token (`signInToken`), not a session's: they must
 * work whatever session the browser holds by the time they are sent (another tab may have
 * signed in, or the person is between the password and the code step).
 */
function SignInTokenField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A draft kept through signing in again (src/routes/admin/kept-draft.ts), serialised. */
function DraftField({ draft }: { draft: string | null }) {
  return draft ? <input type="hidden" name="draft" value={draft} /> : null;
}

export function SignInPage({
  chrome,
  signInToken,
  username,
  next,
  error,
  notice,
  draft = null,
  passkeysBlocked = null,
}: {
  chrome: AdminChrome;
  signInToken: string;
  username: string;
  next: string;
  error: string | null;
  notice: string | null;
  /** Serialised KeptDraft: a form posted after the session ended. */
  draft?: string | null;
  /** Why passkeys cannot work at this address, or null. */
  passkeysBlocked?: string | null;
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
        <SignInTokenField token={signInToken} />
        <input type="hidden" name="next" value={next} />
        <DraftField draft={draft} />
        <TextField name="username" label={t.username} value={username} errors={noErrors} required autocomplete="username" maxLength={40} />
        <TextField name="password" label={t.password} type="password" errors={noErrors} required autocomplete="current-password" maxLength={256} />
        <div class="actions">
          <button type="submit">{t.signIn}</button>
        </div>
      </form>
      {/* Passkey sign-in (account-security area): views/admin/pages/AccountPasskeys.tsx. */}
      <PasskeySignIn chrome={chrome} next={next} signInToken={signInToken} blocked={passkeysBlocked} />
      {/* After a passkey sign-in, passkeys.js sends this instead of following `next`. */}
      {draft && (
        <form id="passkey-resume" method="post" action={`/admin/login/resume?lang=${chrome.lang}`} hidden>
          <SignInTokenField token={signInToken} />
          <DraftField draft={draft} />
        </form>
      )}
    </AdminLayout>
  );
}

export function VerifyPage({
  chrome,
  signInToken,
  error,
  next = '/admin',
  draft = null,
}: {
  chrome: AdminChrome;
  signInToken: string;
  error: string | null;
  /** Where to go after the code: a path inside the console, checked by the route. */
  next?: string;
  draft?: string | null;
}) {
  const { t } = chrome;
  const noErrors: FieldErrors = {};
  return (
    <AdminLayout chrome={chrome} title={t.secondFactorTitle} section="none">
      <h1>{t.secondFactorTitle}</h1>
      <p>{t.secondFactorIntro}</p>
      {error && <Message kind="error">{error}</Message>}
      <form method="post" action={`/admin/login/verify?next=${encodeURIComponent(next)}`}>
        <SignInTokenField token={signInToken} />
        <DraftField draft={draft} />
        <TextField name="code" label={t.totpCode} hint={t.totpHint} errors={noErrors} autocomplete="one-time-code" inputMode="numeric" maxLength={10} />
        <div class="actions">
          <button type="submit">{t.verify}</button>
        </div>
      </form>
      <h2>{t.recoveryCode}</h2>
      <p>{t.useRecoveryInstead}</p>
      <form method="post" action={`/admin/login/verify?next=${encodeURIComponent(next)}`}>
        <SignInTokenField token={signInToken} />
        <DraftField draft={draft} />
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

/**
 * After signing in again: the kept draft, posted to its page with the new session's token
 * only when the person sends it. What they typed is shown to read and edit; ids, versions and
 * choices ride along hidden, so a form that changed meanwhile still answers with a conflict.
 */
export function ResumeDraftPage({
  chrome,
  csrfToken,
  target,
  fields,
}: {
  chrome: AdminChrome;
  csrfToken: string;
  /** A path inside the console, checked by the route. */
  target: string;
  /** `typed`: text the person wrote, shown to edit under the form's own label; the rest rides along hidden. */
  fields: { name: string; value: string; typed: boolean; label: string }[];
}) {
  const { t } = chrome;
  const noErrors: FieldErrors = {};
  return (
    <AdminLayout chrome={chrome} title={t.draftResumeTitle} section="none">
      <h1>{t.draftResumeTitle}</h1>
      <p>{t.draftResumeIntro}</p>
      <form method="post" action={target} class="kept-draft">
        <input type="hidden" name="_csrf" value={csrfToken} />
        {fields.map(({ name, value, typed, label }, index) =>
          typed ? (
            <TextArea id={`kept-${index}`} name={name} label={label} value={value} errors={noErrors} rows={Math.min(12, 2 + Math.ceil(value.length / 60))} />
          ) : (
            <input type="hidden" name={name} value={value} />
          ),
        )}
        <div class="actions">
          <button type="submit">{t.draftResumeSend}</button>
          <a href="/admin">{t.draftResumeSkip}</a>
        </div>
      </form>
    </AdminLayout>
  );
}
