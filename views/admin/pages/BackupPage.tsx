/**
 * The backup page (admins only): what a backup holds and what it leaves out, how it is
 * restored, the download form, and the latest downloads from the audit log.
 */
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { Checkbox, FormMessages, hasProblem, TextField, type FieldErrors } from '../partials/Form';
import { Time, type ShownTime } from './UsersPages';

export interface BackupDownloadView {
  who: string;
  at: ShownTime;
  secretsIncluded: boolean;
}

export interface BackupPageProps {
  chrome: AdminChrome;
  /** The form as last sent (after a wrong password), so the choice is kept. */
  includeSecrets: boolean;
  errors: FieldErrors;
  downloads: BackupDownloadView[];
}

export function BackupPage({ chrome, includeSecrets, errors, downloads }: BackupPageProps) {
  const { t } = chrome;
  const w = t.backup;
  return (
    <AdminLayout chrome={chrome} title={w.title} section="backup" failed={hasProblem(errors)}>
      <h1>{w.title}</h1>
      <FormMessages t={t} message={null} errors={errors} labels={{ password: w.passwordLabel }} />
      <p>{w.intro}</p>

      <h2>{w.secretsHeading}</h2>
      <p>{w.withoutSecrets}</p>
      <p>
        {w.afterRestore} <code>npm run admin -- reset-password --username …</code>
      </p>

      <h2>{w.downloadHeading}</h2>
      <form method="post" action="/admin/settings/backup">
        <CsrfField chrome={chrome} />
        <Checkbox name="includeSecrets" label={w.includeSecretsLabel} hint={w.includeSecretsHint} checked={includeSecrets} />
        <TextField
          name="password"
          type="password"
          label={w.passwordLabel}
          hint={w.passwordHint}
          errors={errors}
          autocomplete="current-password"
          maxLength={256}
        />
        <p>{w.everyDownloadLogged}</p>
        <div class="actions">
          <button type="submit">{w.download}</button>
        </div>
      </form>

      <h2>{w.restoreHeading}</h2>
      <p>
        {w.restoreIntro} <code>{w.restoreCommand}</code>
      </p>
      <p>{w.restoreMore}</p>

      <h2>{w.recentHeading}</h2>
      {downloads.length === 0 ? (
        <p>{w.recentNone}</p>
      ) : (
        <ul>
          {downloads.map((download) => (
            <li>
              <Time time={download.at} />: {download.who} ({download.secretsIncluded ? w.withSecrets : w.withoutSecretsShort})
            </li>
          ))}
        </ul>
      )}
    </AdminLayout>
  );
}
