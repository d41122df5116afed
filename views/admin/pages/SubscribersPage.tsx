/**
 * The e-mail subscribers page (admins only): counts, never the list, and a form to remove
 * one address someone asked to have removed.
 */
import type { SubscriberAdminWords } from '../../../src/i18n/admin/subscribers';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { FormMessages, hasProblem, TextField, type FieldErrors, type FormMessage } from '../partials/Form';

export interface SubscribersPageProps {
  chrome: AdminChrome;
  words: SubscriberAdminWords;
  configured: boolean;
  counts: { confirmed: number; unconfirmed: number; quarantined: number };
  email: string;
  message: FormMessage;
  errors: FieldErrors;
}

export function SubscribersPage({ chrome, words, configured, counts, email, message, errors }: SubscribersPageProps) {
  return (
    <AdminLayout chrome={chrome} title={words.title} section="settings" failed={hasProblem(errors, message)}>
      <h1>{words.title}</h1>
      <FormMessages t={chrome.t} message={message} errors={errors} labels={{ email: words.emailLabel }} />
      <p>{words.intro}</p>
      {!configured && <p>{words.notConfigured}</p>}
      <h2>{words.countsHeading}</h2>
      <dl class="subscriber-counts">
        <dt>{words.confirmed}</dt>
        <dd>{counts.confirmed}</dd>
        <dt>{words.unconfirmed}</dt>
        <dd>{counts.unconfirmed}</dd>
        <dt>{words.quarantined}</dt>
        <dd>{counts.quarantined}</dd>
      </dl>
      <h2>{words.removeHeading}</h2>
      <p>{words.removeIntro}</p>
      <form method="post" action="/admin/settings/subscribers">
        <CsrfField chrome={chrome} />
        <TextField name="email" type="email" label={words.emailLabel} hint={words.emailHint} errors={errors} value={email} autocomplete="off" maxLength={254} />
        <div class="actions">
          <button type="submit">{words.remove}</button>
        </div>
      </form>
      <p>{words.cliHint}</p>
    </AdminLayout>
  );
}
