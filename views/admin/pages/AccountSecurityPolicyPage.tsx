/** The security policy for every account (admins only): require two-step verification. */
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { Checkbox, Message } from '../partials/Form';

export function AccountSecurityPolicyPage({ chrome, required, flash }: { chrome: AdminChrome; required: boolean; flash: string | null }) {
  const words = chrome.t.accountSecurity;
  return (
    <AdminLayout chrome={chrome} title={words.policyTitle} section="account">
      <h1>{words.policyTitle}</h1>
      {flash && <Message>{flash}</Message>}
      <p>{words.policyIntro}</p>
      <p>
        <strong>{words.policyState(required)}</strong>
      </p>
      <form method="post" action="/admin/account/security-policy">
        <CsrfField chrome={chrome} />
        <Checkbox name="requireSecondFactor" label={words.requireSecondFactorLabel} hint={words.requireSecondFactorHint} checked={required} />
        <div class="actions">
          <button type="submit">{chrome.t.save}</button>
          <a class="button secondary" href="/admin/account">
            {chrome.t.cancel}
          </a>
        </div>
      </form>
    </AdminLayout>
  );
}
