import type { PageChrome } from '../../chrome';
import { AdminLayout, type AdminChrome } from '../AdminLayout';
import { StatusRow, type DashboardService, type StatusRowProps } from '../partials/DashboardRow';
import { hasProblem, Message } from '../partials/Form';
import { MonitorFlags, type MonitorFlagView } from '../partials/MonitorFlags';
import type { MonitorFlagWords } from '../../../src/i18n/admin/monitor-flags';
import type { ContentLanguage } from '../partials/languages';
import { DisabledWebhooks, type DisabledWebhooksProps } from '../partials/DisabledWebhooks';

export { StatusRow, type DashboardService, type StatusRowProps } from '../partials/DashboardRow';

export interface DashboardIncident {
  title: string;
  href: string;
  nextUpdateDue: string | null;
  overdue: boolean;
}

/**
 * The dashboard. Services come in two groups, what does not work as usual first (worst
 * first, then catalogue order), what works after, so on a phone the services that need
 * attention are on the first screen; each row's change form is folded away (StatusRow).
 */
export function DashboardPage({
  chrome,
  publicWords,
  languages,
  incidents,
  notWorking,
  working,
  flash,
  override,
  monitorFlags,
  disabledWebhooks,
}: {
  chrome: AdminChrome;
  publicWords: PageChrome['t'];
  languages: ContentLanguage[];
  incidents: DashboardIncident[];
  /** Services not working as usual, worst first. */
  notWorking: DashboardService[];
  working: DashboardService[];
  /** Said in the page's status region after a change without JavaScript. */
  flash: string | null;
  /** One row shown as posted (its draft, messages), when a form without JavaScript comes back. */
  override?: { serviceId: number; row: StatusRowProps };
  /** What monitors reported that waits for an editor (docs/decisions/0039-monitor-hooks.md). */
  monitorFlags?: { words: MonitorFlagWords; flags: MonitorFlagView[] };
  /** Webhook endpoints disabled after failing again and again (docs/decisions/0040), for admins. */
  disabledWebhooks?: DisabledWebhooksProps;
}) {
  const { t } = chrome;
  const failed = override !== undefined && hasProblem(override.row.errors, override.row.messages?.[0] ?? null);
  const rows = (services: DashboardService[]) =>
    services.map((service) =>
      override?.serviceId === service.id ? <StatusRow {...override.row} /> : <StatusRow chrome={chrome} publicWords={publicWords} languages={languages} service={service} />,
    );
  return (
    <AdminLayout chrome={chrome} title={t.dashboardTitle} section="dashboard" failed={failed}>
      <h1>{t.dashboardTitle}</h1>
      {flash && <Message>{flash}</Message>}
      {monitorFlags && <MonitorFlags chrome={chrome} {...monitorFlags} />}
      {disabledWebhooks && <DisabledWebhooks {...disabledWebhooks} />}
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
      <h3 id="not-working">{t.dashboard.notWorkingHeading(notWorking.length)}</h3>
      {notWorking.length === 0 ? <p>{t.dashboard.allWorking}</p> : <ul class="services" aria-labelledby="not-working">{rows(notWorking)}</ul>}
      <h3 id="working">{t.dashboard.workingHeading(working.length)}</h3>
      <ul class="services" aria-labelledby="working">
        {rows(working)}
      </ul>
    </AdminLayout>
  );
}
