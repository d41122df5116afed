/**
 * One service on the dashboard: its status in words with an icon, since when, what residents
 * should do instead and when it is expected back, and the status change one tap away inside a
 * <details> (works without JavaScript; with htmx the row is swapped in place). The row opens
 * by itself when it comes back with something to fix, so the draft and the summary are seen.
 */
import type { ServiceStatus } from '../../../src/domain/status';
import { SERVICE_STATUSES } from '../../../src/domain/status';
import type { PageChrome } from '../../chrome';
import { CsrfField, type AdminChrome } from '../AdminLayout';
import { FormMessages, hasProblem, Select, TextArea, type FieldErrors, type FormMessage } from './Form';
import { dirOf, type ContentLanguage } from './languages';

export interface DashboardService {
  id: number;
  name: string;
  status: ServiceStatus;
  statusChangedAt: string;
  /** What residents should do instead (the service's workaround text), empty when none. */
  workaround: string;
  /** When it is expected back (formatted), null when no time is set. */
  restorationAt: string | null;
  /** What is known about the restoration (the service's restoration note), empty when none. */
  restorationNote: string;
  version: number;
  /** Ongoing incidents concerning the service, which a quick change may be posted to. */
  incidents: { id: number; title: string }[];
}

export interface StatusRowProps {
  chrome: AdminChrome;
  publicWords: PageChrome['t'];
  languages: ContentLanguage[];
  service: DashboardService;
  /** The form as the editor filled it in, when it is shown again. */
  draft?: { status: string; incident: string; notes: Record<string, string> };
  errors?: FieldErrors;
  /** The outcome, shown at the row: a confirmation, the missing translations, a conflict. */
  messages?: FormMessage[];
}

/** An icon beside the status word, so the status is never told by colour alone. */
const ICONS: Record<ServiceStatus, string> = {
  operational: '✓',
  degraded: '!',
  investigating: '?',
  maintenance: '⚙',
  down: '✕',
  rebuilding: '✕',
  lost: '✕',
};

export function StatusRow({ chrome, publicWords, languages, service, draft, errors = {}, messages = [] }: StatusRowProps) {
  const { t } = chrome;
  const words = t.dashboard;
  const id = `service-${service.id}`;
  const [first, ...rest] = messages;
  const problem = hasProblem(errors, first ?? null);
  const labels: Record<string, string> = { status: `${service.name}: ${t.statusLabel}`, incident: `${service.name}: ${words.incidentLabel}` };
  for (const language of languages) labels[`note.${language.locale}`] = `${service.name}: ${words.noteIn(language.name)}`;
  const statusOptions = SERVICE_STATUSES.map((status) => ({ value: status, label: publicWords.status[status] }));
  const incidentOptions = [{ value: '', label: words.standalone }, ...service.incidents.map((incident) => ({ value: String(incident.id), label: incident.title }))];
  return (
    <li class="status-row" id={id}>
      <h4 id={`${id}-name`}>{service.name}</h4>
      <p class="status-line">
        <span class={`status s-${service.status}`}>
          <span aria-hidden="true">{ICONS[service.status]} </span>
          {publicWords.status[service.status]}
        </span>{' '}
        <small>{t.since(service.statusChangedAt)}</small>
        {service.status !== 'operational' && service.restorationAt && (
          <small>
            {' · '}
            {words.backLabel} {service.restorationAt}
          </small>
        )}
      </p>
      <FormMessages t={t} message={first ?? null} errors={errors} labels={labels} idFor={(name) => `${id}-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`} />
      {!problem && rest.map((message) => <FormMessages t={t} message={message} />)}
      <div class="row-actions">
        {service.status !== 'operational' && (
          <details>
            <summary>
              {words.insteadSummary}
              <span class="visually-hidden"> {service.name}</span>
            </summary>
            <dl class="row-facts">
              {service.workaround && (
                <div>
                  <dt>{words.insteadLabel}</dt>
                  <dd>{service.workaround}</dd>
                </div>
              )}
              <div>
                <dt>{words.backLabel}</dt>
                <dd>{[service.restorationAt, service.restorationNote].filter(Boolean).join('. ') || words.unknownRestoration}</dd>
              </div>
            </dl>
          </details>
        )}
      <details open={problem || undefined} class="change">
        <summary>
          {words.changeSummary}
          <span class="visually-hidden"> {words.forService(service.name)}</span>
        </summary>
        <form
          method="post"
          action={`/admin/services/${service.id}/status`}
          data-hx-post={`/admin/services/${service.id}/status`}
          data-hx-target={`#${id}`}
          data-hx-swap="outerHTML"
          aria-labelledby={`${id}-name`}
          novalidate
        >
          <CsrfField chrome={chrome} />
          <input type="hidden" name="version" value={String(service.version)} />
          <Select id={`${id}-status`} name="status" label={t.statusLabel} value={draft?.status ?? service.status} options={statusOptions} errors={errors} required />
          {service.incidents.length > 0 && (
            <Select id={`${id}-incident`} name="incident" label={words.incidentLabel} hint={words.incidentHint} value={draft?.incident ?? ''} options={incidentOptions} errors={errors} />
          )}
          <fieldset>
            <legend>{words.notesLegend}</legend>
            {languages.map((language) => (
              <TextArea
                id={`${id}-note-${language.locale}`}
                name={`note.${language.locale}`}
                label={words.noteIn(language.name)}
                hint={language.required ? t.noteHint : words.noteOptional}
                value={draft?.notes[language.locale]}
                rows={2}
                errors={errors}
                required={language.required}
                maxLength={2000}
                lang={language.locale}
                dir={dirOf(language)}
              />
            ))}
          </fieldset>
          <button type="submit">{t.publish}</button>
        </form>
      </details>
      </div>
    </li>
  );
}
