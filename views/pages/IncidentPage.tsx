import { NOTICE_QUESTIONS, type IncidentImpact, type IncidentPhase, type NoticeQuestion } from '../../src/domain/incident';
import type { MaintenanceStatus } from '../../src/domain/maintenance';
import type { ServiceStatus } from '../../src/domain/status';
import type { LocalText, PageChrome } from '../chrome';
import { Layout } from '../layouts/Layout';
import { MaintenanceStatusBadge, MaintenanceWindow } from '../partials/MaintenanceSummary';
import { StatusBadge } from '../partials/StatusBadge';
import { Inline, Paragraphs } from '../partials/Text';
import { UpdateEntry, type UpdateEntryProps } from '../partials/UpdateEntry';
import { FollowByEmail, type FollowByEmailProps } from '../partials/SubscribeForm';
import { NextUpdate, type IncidentSummary } from './OverviewPage';

/** The answer to each notice question, in the reader's language or the fallback. */
export type IncidentNotice = Record<NoticeQuestion, LocalText>;

export interface IncidentPageProps {
  chrome: PageChrome;
  incident: IncidentSummary & {
    phase: IncidentPhase;
    impact: IncidentImpact;
    resolvedAt: Date | null;
    notice: IncidentNotice;
    /** Set when the incident is a planned maintenance: its status and window replace phase and start. */
    maintenance?: { status: MaintenanceStatus; startsAt: Date; endsAt: Date } | null;
  };
  services: { name: LocalText; href: string; status: ServiceStatus }[];
  updates: UpdateEntryProps[];
  /** The e-mail subscription form for this page, when mail is configured. */
  followByEmail?: FollowByEmailProps | null;
}

export function IncidentPage({ chrome, incident, services, updates, followByEmail }: IncidentPageProps) {
  const { t, fmt } = chrome;
  return (
    <Layout chrome={chrome} title={incident.title.text}>
      <p class="breadcrumb">
        <a href={chrome.nav.overview}>{t.overviewLink}</a>
      </p>
      <h1>
        <Inline chrome={chrome} value={incident.title} />
      </h1>
      {incident.maintenance ? (
        <dl class="facts">
          <div>
            <dt>{t.incidentPhaseLabel}</dt>
            <dd>
              <MaintenanceStatusBadge chrome={chrome} status={incident.maintenance.status} />
            </dd>
          </div>
          <div>
            <dt>{t.maintenanceWindowLabel}</dt>
            <dd>
              {t.plannedMaintenance}{' '}
              <MaintenanceWindow chrome={chrome} startsAt={incident.maintenance.startsAt} endsAt={incident.maintenance.endsAt} />
            </dd>
          </div>
        </dl>
      ) : (
        <dl class="facts">
          <div>
            <dt>{t.incidentPhaseLabel}</dt>
            <dd>{t.phase[incident.phase]}</dd>
          </div>
          <div>
            <dt>{t.startedAt}</dt>
            <dd>
              <time datetime={fmt.machine(incident.startedAt)}>{fmt.dateTime(incident.startedAt)}</time>
            </dd>
          </div>
          {incident.resolvedAt && (
            <div>
              <dt>{t.resolvedAt}</dt>
              <dd>
                <time datetime={fmt.machine(incident.resolvedAt)}>{fmt.dateTime(incident.resolvedAt)}</time>
              </dd>
            </div>
          )}
        </dl>
      )}
      <NextUpdate chrome={chrome} incident={incident} />
      {NOTICE_QUESTIONS.map((question) =>
        incident.notice[question].text ? (
          <section aria-labelledby={`q-${question}`}>
            <h2 id={`q-${question}`}>
              {incident.maintenance && question === 'whatHappened' ? t.maintenanceWhatWillBeDone : t.noticeQuestions[question]}
            </h2>
            <Paragraphs chrome={chrome} value={incident.notice[question]} />
          </section>
        ) : null,
      )}
      {services.length > 0 && (
        <section aria-labelledby="affected-heading">
          <h2 id="affected-heading">{t.affectedServices}</h2>
          <ul class="affected">
            {services.map((service) => (
              <li>
                <a href={service.href}>
                  <Inline chrome={chrome} value={service.name} />
                </a>{' '}
                <StatusBadge chrome={chrome} status={service.status} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {followByEmail && <FollowByEmail form={followByEmail} />}
      <section aria-labelledby="updates-heading">
        <h2 id="updates-heading">{t.updateLog}</h2>
        {updates.length === 0 && <p>{t.noUpdates}</p>}
        {updates.map((update) => (
          <UpdateEntry chrome={chrome} update={update} headingLevel={3} />
        ))}
      </section>
    </Layout>
  );
}
