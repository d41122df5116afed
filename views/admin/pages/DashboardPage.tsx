import type { ServiceStatus } from '../../../src/domain/status';
import { SERVICE_STATUSES } from '../../../src/domain/status';
import type { PageChrome } from '../../chrome';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { Message, Select, TextArea, type FieldErrors } from '../partials/Form';

export interface DashboardService {
  id: number;
  name: string;
  status: ServiceStatus;
  statusChangedAt: string;
  version: number;
}

export interface DashboardIncident {
  title: string;
  href: string;
  nextUpdateDue: string | null;
  overdue: boolean;
}

export interface StatusRowProps {
  chrome: AdminChrome;
  publicWords: PageChrome['t'];
  service: DashboardService;
  /** The form as the editor filled it in, when it is shown again. */
  draft?: { status: string; note: string };
  errors?: FieldErrors;
  message?: { kind: 'ok' | 'error' | 'warning'; text: string } | null;
}

/**
 * One service with its status-change form. Posted with htmx, the server answers with this
 * row alone; posted without JavaScript, it redirects back to the dashboard.
 */
export function StatusRow({ chrome, publicWords, service, draft, errors = {}, message }: StatusRowProps) {
  const { t } = chrome;
  const id = `service-${service.id}`;
  const statusOptions = SERVICE_STATUSES.map((status) => ({ value: status, label: publicWords.status[status] }));
  return (
    <li class="status-row" id={id}>
      <h3 id={`${id}-name`}>
        {service.name}: <span class={`status s-${service.status}`}>{publicWords.status[service.status]}</span>{' '}
        <small>{t.since(service.statusChangedAt)}</small>
      </h3>
      {message && <Message kind={message.kind}>{message.text}</Message>}
      <form
        method="post"
        action={`/admin/services/${service.id}/status`}
        data-hx-post={`/admin/services/${service.id}/status`}
        data-hx-target={`#${id}`}
        data-hx-swap="outerHTML"
        aria-labelledby={`${id}-name`}
      >
        <CsrfField chrome={chrome} />
        <input type="hidden" name="version" value={String(service.version)} />
        <div>
          <Select
            id={`${id}-status`}
            name="status"
            label={t.statusLabel}
            value={draft?.status ?? service.status}
            options={statusOptions}
            errors={errors}
            required
          />
        </div>
        <div>
          <TextArea id={`${id}-note`} name="note" label={t.noteLabel} hint={t.noteHint} value={draft?.note} rows={2} errors={errors} required maxLength={2000} />
        </div>
        <div>
          <button type="submit">{t.publish}</button>
        </div>
      </form>
    </li>
  );
}

export function DashboardPage({
  chrome,
  publicWords,
  incidents,
  services,
  flash,
}: {
  chrome: AdminChrome;
  publicWords: PageChrome['t'];
  incidents: DashboardIncident[];
  services: DashboardService[];
  flash: string | null;
}) {
  const { t } = chrome;
  return (
    <AdminLayout chrome={chrome} title={t.dashboardTitle} section="dashboard">
      <h1>{t.dashboardTitle}</h1>
      {flash && <Message>{flash}</Message>}
      <h2>{t.nav.incidents}</h2>
      {incidents.length === 0 && <p>{t.noActiveIncidents}</p>}
      <ul>
        {incidents.map((incident) => (
          <li>
            <a href={incident.href}>{incident.title}</a>
            {incident.overdue && incident.nextUpdateDue && (
              <Message kind="warning">
                <strong>{t.overdueWarning(incident.title, incident.nextUpdateDue)}</strong>
              </Message>
            )}
            {!incident.overdue && incident.nextUpdateDue && <> – {t.nextUpdateDue(incident.nextUpdateDue)}</>}
          </li>
        ))}
      </ul>
      <h2>{t.servicesHeading}</h2>
      <ul class="services">
        {services.map((service) => (
          <StatusRow chrome={chrome} publicWords={publicWords} service={service} />
        ))}
      </ul>
    </AdminLayout>
  );
}
