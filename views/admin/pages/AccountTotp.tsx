/** The authenticator app (TOTP): its state, enrolment with a QR code, recovery codes. */
import { encode } from 'uqr';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { Message, TextField, type FieldErrors } from '../partials/Form';

export interface TotpState {
  /** When it was turned on (formatted), or null when the user has none. */
  enabledSince: string | null;
  recoveryCodesLeft: number;
}

/**
 * The QR code as inline SVG, drawn from uqr's module matrix exactly as uqr's `renderSVG`
 * draws it (one square per dark module, no style attributes, so the CSP allows it). Built in
 * JSX rather than by inserting `renderSVG`'s string, because that would need `raw()`.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, data } = encode(text, { ecc: 'M', border: 2 });
  const cell = 10;
  const squares: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (data[row]?.[col]) squares.push(`M${col * cell},${row * cell}h${cell}v${cell}h-${cell}z`);
  }
  const side = size * cell;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label}>
      <rect fill="white" width={String(side)} height={String(side)} />
      <path fill="black" d={squares.join('')} />
    </svg>
  );
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

export function TotpEnrolPage({ chrome, secret, uri, error }: { chrome: AdminChrome; secret: string; uri: string; error: string | null }) {
  const { t } = chrome;
  const words = t.accountSecurity;
  const errors: FieldErrors = error ? { code: error } : {};
  return (
    <AdminLayout chrome={chrome} title={words.enrolTitle} section="account">
      <h1>{words.enrolTitle}</h1>
      {error && <Message kind="error">{t.formHasErrors(1)}</Message>}
      <ol>
        <li>
          <p>{words.enrolStepScan}</p>
          <div class="qr">
            <QrCode text={uri} label={words.qrLabel} />
          </div>
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
