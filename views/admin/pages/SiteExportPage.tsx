/**
 * The backup website page (editors and admins): what the static export holds, how to use it
 * without a server, the download form, the command that keeps a mirror current, and the latest
 * downloads from the audit log.
 */
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { Message, TextField, type FieldErrors } from '../partials/Form';
import { Time, type ShownTime } from './UsersPages';

export const SITE_EXPORT_PATH = '/admin/backup-website';

export interface SiteExportDownloadView {
  who: string;
  at: ShownTime;
  files: number;
  bytes: number;
}

export interface SiteExportPageProps {
  chrome: AdminChrome;
  /** Absolute links start with this unless the form names another address. */
  defaultBaseUrl: string;
  /** The address as last sent (after an error), so it is kept. */
  baseUrl: string;
  errors: FieldErrors;
  /** Shown above the form when the export could not be made (not a field's fault). */
  failure: string | null;
  downloads: SiteExportDownloadView[];
}

const megabytes = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1_000_000);

export function SiteExportPage({ chrome, defaultBaseUrl, baseUrl, errors, failure, downloads }: SiteExportPageProps) {
  const { t } = chrome;
  const w = t.siteExport;
  const errorCount = Object.keys(errors).length;
  return (
    <AdminLayout chrome={chrome} title={w.title} section="siteExport">
      <h1>{w.title}</h1>
      {errorCount > 0 && <Message kind="error">{t.formHasErrors(errorCount)}</Message>}
      {failure && <Message kind="error">{failure}</Message>}
      <p>{w.intro}</p>

      <h2>{w.containsHeading}</h2>
      <p>{w.contains}</p>

      <h2>{w.useHeading}</h2>
      <ol>
        {w.useSteps.map((step) => (
          <li>{step}</li>
        ))}
      </ol>

      <form method="post" action={SITE_EXPORT_PATH}>
        <CsrfField chrome={chrome} />
        <TextField
          name="baseUrl"
          // A value that is no URL would make type="url" invalid HTML (after an error, it is kept).
          type={baseUrl === '' || /^https?:\/\/\S+$/.test(baseUrl) ? 'url' : 'text'}
          label={w.addressLabel}
          hint={w.addressHint(defaultBaseUrl)}
          value={baseUrl}
          errors={errors}
          autocomplete="url"
          maxLength={500}
        />
        <p>{w.everyDownloadLogged}</p>
        <div class="actions">
          <button type="submit">{w.download}</button>
        </div>
      </form>

      <h2>{w.serverHeading}</h2>
      <p>{w.serverIntro}</p>
      <p>
        <code>npm run export -- --out DIR --watch</code>
      </p>

      <h2>{w.recentHeading}</h2>
      {downloads.length === 0 ? (
        <p>{w.recentNone}</p>
      ) : (
        <ul>
          {downloads.map((download) => (
            <li>
              <Time time={download.at} />: {download.who} ({w.recentEntry(download.files, megabytes(download.bytes, chrome.lang))})
            </li>
          ))}
        </ul>
      )}
    </AdminLayout>
  );
}
