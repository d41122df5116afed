import type { LocalText, PageChrome } from '../chrome';
import { Layout } from '../layouts/Layout';
import { MaintenanceItem, type MaintenanceSummary } from '../partials/MaintenanceSummary';
import { ExpectedBack, type ServiceSummary } from '../partials/ServiceItem';
import { StatusBadge } from '../partials/StatusBadge';
import { Inline, Paragraphs } from '../partials/Text';
import { UpdateEntry, type UpdateEntryProps } from '../partials/UpdateEntry';
import { FollowByEmail, type FollowByEmailProps } from '../partials/SubscribeForm';

export interface ServicePageProps {
  chrome: PageChrome;
  service: ServiceSummary & { description: LocalText | null; statusChangedAt: Date; group: LocalText };
  incidents: { title: LocalText; href: string; resolved: boolean }[];
  /** Planned maintenance of this service, still ahead or under way. */
  maintenances: MaintenanceSummary[];
  updates: UpdateEntryProps[];
  /** The e-mail subscription form for this page, when mail is configured. */
  followByEmail?: FollowByEmailProps | null;
}

export function ServicePage({ chrome, service, incidents, maintenances, updates, followByEmail }: ServicePageProps) {
  const { t, fmt } = chrome;
  return (
    <Layout chrome={chrome} title={service.name.text}>
      <p class="breadcrumb">
        <a href={chrome.nav.overview}>{t.overviewLink}</a> › <Inline chrome={chrome} value={service.group} />
      </p>
      <h1>
        <Inline chrome={chrome} value={service.name} />
      </h1>
      <section aria-labelledby="status-heading" class={`service-status s-${service.status}`}>
        <h2 id="status-heading">{t.serviceStatusHeading}</h2>
        <p>
          <StatusBadge chrome={chrome} status={service.status} /> {t.statusSince}{' '}
          <time datetime={fmt.machine(service.statusChangedAt)}>{fmt.dateTime(service.statusChangedAt)}</time>
        </p>
        {service.workaround && service.workaround.text && (
          <div class="workaround">
            <h3>{t.whatToDoInstead}</h3>
            <Paragraphs chrome={chrome} value={service.workaround} />
          </div>
        )}
        {service.status !== 'operational' && <ExpectedBack chrome={chrome} service={service} />}
      </section>
      {maintenances.length > 0 && (
        <section aria-labelledby="maintenance-heading">
          <h2 id="maintenance-heading">{t.plannedMaintenance}</h2>
          {maintenances.map((maintenance) => (
            <MaintenanceItem chrome={chrome} maintenance={maintenance} />
          ))}
        </section>
      )}
      {service.description && service.description.text && (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{t.aboutService}</h2>
          <Paragraphs chrome={chrome} value={service.description} />
        </section>
      )}
      {incidents.length > 0 && (
        <section aria-labelledby="incidents-heading">
          <h2 id="incidents-heading">{t.relatedIncidents}</h2>
          <ul>
            {incidents.map((incident) => (
              <li>
                <a href={incident.href}>
                  <Inline chrome={chrome} value={incident.title} />
                </a>
                {incident.resolved && ` (${t.phase.resolved})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {followByEmail && <FollowByEmail form={followByEmail} />}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t.serviceHistory}</h2>
        {updates.length === 0 && <p>{t.noServiceHistory}</p>}
        {updates.map((update) => (
          <UpdateEntry chrome={chrome} update={update} headingLevel={3} />
        ))}
      </section>
    </Layout>
  );
}
