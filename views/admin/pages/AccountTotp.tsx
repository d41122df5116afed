/** The authenticator app (TOTP): its state, enrolment with a QR code, recovery codes. */
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { fieldId, FormMessages, hasProblem, Message, TextField, type FieldErrors } from '../partials/Form';
import { QrCode } from '../../partials/QrCode';

export interface TotpState {
  /** When it was turned on (formatted), or null when the user has none. */
  enabledSince: string | null;
  recoveryCodesLeft: number;
}

/** "ABCD EFGH …": easier to read aloud and type than 32 letters in a row. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export function TotpSection({
  chrome,
  totp,
  regenerateErrors = {},
  disableErrors = {},
}: {
  chrome: AdminChrome;
  totp: TotpState;
  regenerateErrors?: FieldErrors;
  disableErrors?: FieldErrors;
}) {
  const words = chrome.t.accountSecurity;
  return (
    <section id="totp" aria-labelledby="totp-heading">
      <h3 id="totp-heading">{words.totpHeading}</h3>
      {totp.enabledSince === null ? (
        <>
          <p>{words.totpOff}</p>
          <p>
            <a class="button" href="/admin/account/totp">
              {words.addTotp}
            </a>
          </p>
        </>
      ) : (
        <>
          <p>{words.totpOn(totp.enabledSince)}</p>
          <h4>{words.recoveryHeading}</h4>
          <p>{words.recoveryRemaining(totp.recoveryCodesLeft)}</p>
          <form method="post" action="/admin/account/recovery-codes">
            <CsrfField chrome={chrome} />
            <TextField
              id="regenerate-confirm"
              name="confirm"
              type="password"
              label={words.passwordOrCode}
              hint={`${words.passwordOrCodeHint} ${words.regenerateHint}`}
              errors={regenerateErrors}
              required
              autocomplete="current-password"
              maxLength={256}
            />
            <div class="actions">
              <button type="submit" class="secondary">
                {words.regenerate}
              </button>
            </div>
          </form>
          <h4>{words.disableTotpHeading}</h4>
          <form method="post" action="/admin/account/totp/disable">
            <CsrfField chrome={chrome} />
            <TextField
              id="disable-totp-password"
              name="password"
              type="password"
              label={chrome.t.password}
              hint={words.disableTotpHint}
              errors={disableErrors}
              required
              autocomplete="current-password"
              maxLength={256}
            />
            <div class="actions">
              <button type="submit" class="danger">
                {words.disableTotp}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

export function TotpEnrolPage({ chrome, secret, uri, errors }: { chrome: AdminChrome; secret: string; uri: string; errors: FieldErrors }) {
  const { t } = chrome;
  const words = t.accountSecurity;
  return (
    <AdminLayout chrome={chrome} title={words.enrolTitle} section="account" failed={hasProblem(errors)}>
      <h1>{words.enrolTitle}</h1>
      <FormMessages
        t={t}
        message={null}
        errors={errors}
        labels={{ code: t.totpCode, password: t.password }}
        idFor={(name) => (name === 'password' ? 'enrol-totp-password' : fieldId(name))}
      />
      <ol>
        <li>
          <p>{words.enrolStepScan}</p>
          <div class="qr">
            <QrCode text={uri} label={words.qrLabel} />
          </div>
          {/* On the phone that has the app, a QR code on its own screen cannot be scanned: the link opens the app. */}
          {uri.startsWith('otpauth://') && (
            <p>
              <a href={uri}>{words.totpOpenInApp}</a>
            </p>
          )}
        </li>
        <li>
          <p>{words.enrolStepManual}</p>
          <p>
            {words.secretLabel}: <code>{grouped(secret)}</code>
          </p>
        </li>
        <li>
          <p>{words.enrolStepConfirm}</p>
          <form method="post" action="/admin/account/totp">
            <CsrfField chrome={chrome} />
            <input type="hidden" name="secret" value={secret} />
            <TextField name="code" label={t.totpCode} hint={t.totpHint} errors={errors} required autocomplete="one-time-code" inputMode="numeric" maxLength={10} />
            <TextField
              id="enrol-totp-password"
              name="password"
              type="password"
              label={t.password}
              hint={words.confirmEnrolmentHint}
              errors={errors}
              required
              autocomplete="current-password"
              maxLength={256}
            />
            <div class="actions">
              <button type="submit">{words.enableTotp}</button>
              <a class="button secondary" href="/admin/account">
                {t.cancel}
              </a>
            </div>
          </form>
        </li>
      </ol>
    </AdminLayout>
  );
}

/** Shown once, right after the codes are made: they are stored only as hashes. */
export function RecoveryCodesPage({ chrome, codes, notice }: { chrome: AdminChrome; codes: string[]; notice: string }) {
  const words = chrome.t.accountSecurity;
  return (
    <AdminLayout chrome={chrome} title={words.recoveryCodesTitle} section="account">
      <h1>{words.recoveryCodesTitle}</h1>
      <Message>{notice}</Message>
      <p>{words.recoveryCodesIntro}</p>
      <p>
        <strong>{words.recoveryCodesAdvice}</strong>
      </p>
      <ul class="codes">
        {codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p>
        <a class="button" href="/admin/account#totp">
          {words.recoveryCodesDone}
        </a>
      </p>
    </AdminLayout>
  );
}
