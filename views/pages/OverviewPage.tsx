import type { OverallState } from '../../src/domain/overall';
import type { LocalText, PageChrome } from '../chrome';
import { Layout } from '../layouts/Layout';
import { ContactList, type ContactChannelProps } from '../partials/ContactList';
import { MaintenanceItem, type MaintenanceSummary } from '../partials/MaintenanceSummary';
import { ServiceItem, type ServiceSummary } from '../partials/ServiceItem';
import { Icon } from '../partials/StatusBadge';
import { Inline, Paragraphs } from '../partials/Text';
import type { UpdateEntryProps } from '../partials/UpdateEntry';

export interface IncidentSummary {
  title: LocalText;
  href: string;
  startedAt: Date;
  nextUpdateDueAt: Date | null;
  nextUpdateOverdue: boolean;
  latest: UpdateEntryProps | null;
}

export interface OverviewProps {
  chrome: PageChrome;
  overall: OverallState;
  notice: LocalText | null;
  incidents: IncidentSummary[];
  /** Planned maintenance still ahead or under way. */
  maintenances: MaintenanceSummary[];
  groups: { name: LocalText; services: ServiceSummary[] }[];
  channels: ContactChannelProps[];
  /** The printable poster of this page's state. */
  posterHref: string;
}

/** The icon beside the overall sentence (the poster shows the same one). */
export const OVERALL_ICON: Record<OverallState['indicator'], string> = {
  none: 'operational',
  maintenance: 'maintenance',
  minor: 'degraded',
  major: 'down',
  critical: 'down',
};

export function NextUpdate({ chrome, incident }: { chrome: PageChrome; incident: IncidentSummary }) {
  const { t, fmt } = chrome;
  if (!incident.nextUpdateDueAt) return null;
  return (
    <p class={incident.nextUpdateOverdue ? 'next-update overdue' : 'next-update'}>
      {t.nextUpdateExpected}:{' '}
      <time datetime={fmt.machine(incident.nextUpdateDueAt)}>{fmt.dateTime(incident.nextUpdateDueAt)}</time>.
      {incident.nextUpdateOverdue && <> {t.nextUpdateOverdue}</>}
    </p>
  );
}

export function OverviewPage({ chrome, overall, notice, incidents, maintenances, groups, channels, posterHref }: OverviewProps) {
  const { t, fmt } = chrome;
  return (
    <Layout chrome={chrome} title={chrome.siteTitle}>
      <h1>{chrome.siteTitle}</h1>
      <div class={`overall i-${overall.indicator}`}>
        <p class="overall-headline">
          <Icon chrome={chrome} name={OVERALL_ICON[overall.indicator]} />
          <strong>{t.overallHeadline(overall)}</strong>
        </p>
        <p>{t.overallDetail(overall)}</p>
      </div>
      {notice && notice.text && (
        <div class="notice">
          <Paragraphs chrome={chrome} value={notice} />
        </div>
      )}

      <section aria-labelledby="incidents-heading">
        <h2 id="incidents-heading">{t.activeIncidents}</h2>
        {incidents.length === 0 && <p>{t.noActiveIncidents}</p>}
        {incidents.map((incident) => (
          <article class="incident-summary">
            <h3>
              <a href={incident.href}>
                <Inline chrome={chrome} value={incident.title} />
              </a>
            </h3>
            {incident.latest && (
              <>
                <p class="meta">
                  {t.latestUpdate}:{' '}
                  <a href={incident.latest.permalink}>
                    <time datetime={fmt.machine(incident.latest.publishedAt)}>
                      {fmt.dateTime(incident.latest.publishedAt)}
                    </time>
                  </a>
                </p>
                <Paragraphs chrome={chrome} value={incident.latest.body} />
              </>
            )}
            <NextUpdate chrome={chrome} incident={incident} />
          </article>
        ))}
      </section>

      {maintenances.length > 0 && (
        <section aria-labelledby="maintenance-heading">
          <h2 id="maintenance-heading">{t.plannedMaintenance}</h2>
          {maintenances.map((maintenance) => (
            <MaintenanceItem chrome={chrome} maintenance={maintenance} />
          ))}
        </section>
      )}

      <section aria-labelledby="services-heading">
        <h2 id="services-heading">{t.servicesHeading}</h2>
        {groups.length === 0 && <p>{t.noServices}</p>}
        {groups.map((group) => (
          <>
            <h3>
              <Inline chrome={chrome} value={group.name} />
            </h3>
            <ul class="services">
              {group.services.map((service) => (
                <ServiceItem chrome={chrome} service={service} />
              ))}
            </ul>
          </>
        ))}
      </section>

      {channels.length > 0 && (
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading">{t.contactHeading}</h2>
          <ContactList chrome={chrome} channels={channels} />
        </section>
      )}
      <p class="print-poster">
        <a href={posterHref}>{t.poster.link}</a>
      </p>
    </Layout>
  );
}
