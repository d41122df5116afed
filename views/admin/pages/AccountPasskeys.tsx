/**
 * Passkeys on the account page and on the sign-in page. Creating and using a passkey needs the
 * browser's WebAuthn API, so those controls start `hidden` and views/assets/passkeys.js shows
 * them (and hides the "needs JavaScript" text) once it has checked the browser can do it.
 * Renaming and removing are plain forms that work without JavaScript.
 */
import { PASSKEY_NAME_MAX } from '../../../src/domain/limits';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { FormMessages, hasProblem, Message, TextField, type FieldErrors } from '../partials/Form';

export interface PasskeyItem {
  id: string;
  name: string;
  created: { text: string; machine: string };
  lastUsed: { text: string; machine: string } | null;
}

export interface PasskeyListProps {
  chrome: AdminChrome;
  passkeys: PasskeyItem[];
  message?: { kind: 'ok' | 'error'; text: string } | null;
  /** A rename that was refused: which passkey, what was typed, and why. */
  rename?: { id: string; value: string; errors: FieldErrors } | null;
}

function passkeyPath(id: string, action: 'rename' | 'remove'): string {
  return `/admin/account/passkeys/${encodeURIComponent(id)}/${action}`;
}

/** The list alone: what an htmx rename swaps. */
export function PasskeyList({ chrome, passkeys, message, rename }: PasskeyListProps) {
  const words = chrome.t.accountSecurity;
  return (
    <div id="passkey-list">
      {message && <Message kind={message.kind}>{message.text}</Message>}
      {passkeys.length === 0 ? (
        <p>{words.noPasskeys}</p>
      ) : (
        <ul>
          {passkeys.map((passkey, index) => {
            const refused = rename?.id === passkey.id ? rename : null;
            return (
              <li>
                <h4>{passkey.name}</h4>
                <p>
                  {words.passkeyCreated}: <time datetime={passkey.created.machine}>{passkey.created.text}</time>. {words.passkeyLastUsed}:{' '}
                  {passkey.lastUsed ? <time datetime={passkey.lastUsed.machine}>{passkey.lastUsed.text}</time> : words.passkeyNeverUsed}.
                </p>
                <form method="post" action={passkeyPath(passkey.id, 'rename')} data-hx-post={passkeyPath(passkey.id, 'rename')} data-hx-target="#passkey-list" data-hx-swap="outerHTML">
                  <CsrfField chrome={chrome} />
                  <TextField
                    id={`passkey-${index}-name`}
                    name="name"
                    label={words.renameLabel(passkey.name)}
                    value={refused ? refused.value : passkey.name}
                    errors={refused?.errors ?? {}}
                    required
                    maxLength={PASSKEY_NAME_MAX}
                  />
                  <div class="actions">
                    <button type="submit" class="secondary">
                      {words.rename}
                    </button>
                    <a class="button secondary" href={passkeyPath(passkey.id, 'remove')}>
                      {words.removePasskey}
                      <span class="visually-hidden"> {passkey.name}</span>
                    </a>
                  </div>
                </form>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

export function PasskeysSection({
  chrome,
  passkeys,
  list,
  blocked = null,
}: {
  chrome: AdminChrome;
  passkeys: PasskeyItem[];
  list?: Omit<PasskeyListProps, 'chrome' | 'passkeys'>;
  /** Why passkeys cannot work at this address: said instead of offering a ceremony that must fail. */
  blocked?: string | null;
}) {
  const words = chrome.t.accountSecurity;
  if (blocked) {
    return (
      <section id="passkeys" aria-labelledby="passkeys-heading">
        <h3 id="passkeys-heading">{words.passkeysHeading}</h3>
        <p>{words.passkeysIntro}</p>
        <PasskeyList chrome={chrome} passkeys={passkeys} {...list} />
        <Message kind="warning">{blocked}</Message>
      </section>
    );
  }
  return (
    <section id="passkeys" aria-labelledby="passkeys-heading">
      <h3 id="passkeys-heading">{words.passkeysHeading}</h3>
      <p>{words.passkeysIntro}</p>
      <PasskeyList chrome={chrome} passkeys={passkeys} {...list} />
      <p class="passkey-fallback">{words.passkeyNeedsScript}</p>
      <form
        id="passkey-register"
        hidden
        data-options-url="/admin/account/passkeys/options"
        data-verify-url="/admin/account/passkeys"
        data-csrf={chrome.csrfToken ?? undefined}
        data-msg-unsupported={words.passkeyUnsupported}
        data-msg-cancelled={words.passkeyCancelled}
        data-msg-failed={words.passkeyFailed}
        data-msg-working={words.passkeyWorking}
      >
        <TextField id="passkey-new-name" name="name" label={words.passkeyName} hint={words.passkeyNameHint} errors={{}} required maxLength={PASSKEY_NAME_MAX} />
        <TextField
          id="passkey-new-password"
          name="password"
          type="password"
          label={chrome.t.password}
          hint={words.confirmEnrolmentHint}
          errors={{}}
          required
          autocomplete="current-password"
          maxLength={256}
        />
        <div class="actions">
          <button type="submit">{words.addPasskey}</button>
        </div>
        <p class="passkey-status" role="status"></p>
      </form>
    </section>
  );
}

export function RemovePasskeyPage({ chrome, passkey, errors }: { chrome: AdminChrome; passkey: PasskeyItem; errors: FieldErrors }) {
  const { t } = chrome;
  const words = t.accountSecurity;
  const title = words.removePasskeyHeading(passkey.name);
  return (
    <AdminLayout chrome={chrome} title={title} section="account" failed={hasProblem(errors)}>
      <h1>{title}</h1>
      <FormMessages t={t} message={null} errors={errors} labels={{ password: t.password }} />
      <form method="post" action={passkeyPath(passkey.id, 'remove')}>
        <CsrfField chrome={chrome} />
        <TextField name="password" type="password" label={t.password} hint={words.removePasskeyHint} errors={errors} required autocomplete="current-password" maxLength={256} />
        <div class="actions">
          <button type="submit" class="danger">
            {words.removePasskey}
          </button>
          <a class="button secondary" href="/admin/account#passkeys">
            {t.cancel}
          </a>
        </div>
      </form>
    </AdminLayout>
  );
}

/**
 * The sign-in page's passkey button. Without JavaScript only the sentence shows, pointing to
 * the password form above. Its calls carry the sign-in form's token, as the password form does.
 */
export function PasskeySignIn({ chrome, next, signInToken, blocked = null }: { chrome: AdminChrome; next: string; signInToken: string; blocked?: string | null }) {
  const { t } = chrome;
  const words = t.accountSecurity;
  if (blocked) {
    return (
      <div id="passkey-sign-in">
        <h2>{t.signInWithPasskey}</h2>
        <Message kind="warning">{blocked}</Message>
      </div>
    );
  }
  return (
    <div
      id="passkey-sign-in"
      data-next={next}
      data-options-url={`/admin/login/passkey/options?lang=${chrome.lang}`}
      data-verify-url={`/admin/login/passkey?lang=${chrome.lang}`}
      data-csrf={signInToken}
      data-msg-unsupported={words.passkeyUnsupported}
      data-msg-cancelled={words.passkeyCancelled}
      data-msg-failed={words.passkeySignInFailed}
      data-msg-working={words.passkeyWorking}
    >
      <h2>{t.signInWithPasskey}</h2>
      <p>{words.passkeySignInIntro}</p>
      <p class="passkey-fallback">{words.passkeySignInNeedsScript}</p>
      {/* `hidden` sits on a wrapper: `.actions` sets display, which would override it. */}
      <div class="passkey-controls" hidden>
        <div class="actions">
          <button type="button" class="secondary">
            {t.signInWithPasskey}
          </button>
        </div>
      </div>
      <p class="passkey-status" role="status"></p>
      <script src={chrome.assets.webauthn} defer></script>
      <script src={chrome.assets.passkeys} defer></script>
    </div>
  );
}
