import { AdminLayout, type AdminChrome } from '../AdminLayout';
import { Message } from '../partials/Form';

export interface OngoingIncidentRow {
  title: string;
  href: string;
  phase: string;
  impact: string;
  startedAt: string;
  nextUpdateDue: string | null;
  overdue: boolean;
}

export interface ResolvedIncidentRow {
  title: string;
  href: string;
  startedAt: string;
  resolvedAt: string;
}

export interface IncidentListProps {
  chrome: AdminChrome;
  ongoing: OngoingIncidentRow[];
  resolved: ResolvedIncidentRow[];
  page: number;
  pages: number;
  newerHref: string | null;
  olderHref: string | null;
}

/** Ongoing incidents first (overdue promises called out), then resolved ones, newest first. */
export function IncidentListPage({ chrome, ongoing, resolved, page, pages, newerHref, olderHref }: IncidentListProps) {
  const { t } = chrome;
  return (
    <AdminLayout chrome={chrome} title={t.incidents.incidentsTitle} section="incidents">
      <h1>{t.incidents.incidentsTitle}</h1>
      <p>
        <a class="button" href="/admin/incidents/new">
          {t.incidents.newIncident}
        </a>
      </p>
      <h2 id="ongoing-heading">{t.incidents.ongoingIncidents}</h2>
      {ongoing.length === 0 ? (
        <p>{t.incidents.noOngoingIncidents}</p>
      ) : (
        <ul class="incident-list" aria-labelledby="ongoing-heading">
          {ongoing.map((incident) => (
            <li>
              <h3>
                <a href={incident.href}>{incident.title}</a>
              </h3>
              <p>
                {incident.phase} · {incident.impact} · {t.incidents.startedOn(incident.startedAt)}
              </p>
              {incident.overdue && incident.nextUpdateDue ? (
                <Message kind="warning">
                  <strong>{t.overdueWarning(incident.title, incident.nextUpdateDue)}</strong>
                </Message>
              ) : incident.nextUpdateDue ? (
                <p>{t.nextUpdateDue(incident.nextUpdateDue)}</p>
              ) : (
                <p>{t.incidents.noNextUpdatePromised}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2 id="resolved-heading">{t.incidents.resolvedIncidents}</h2>
      {resolved.length === 0 ? (
        <p>{t.incidents.noResolvedIncidents}</p>
      ) : (
        <div class="table-wrap">
          <table aria-labelledby="resolved-heading">
            <thead>
              <tr>
                <th scope="col">{t.incidents.incidentColumn}</th>
                <th scope="col">{t.incidents.startedColumn}</th>
                <th scope="col">{t.incidents.resolvedColumn}</th>
              </tr>
            </thead>
            <tbody>
              {resolved.map((incident) => (
                <tr>
                  <td>
                    <a href={incident.href}>{incident.title}</a>
                  </td>
                  <td>{incident.startedAt}</td>
                  <td>{incident.resolvedAt}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t.incidents.resolvedPagesLabel}>
          <p>{t.incidents.pageOf(page, pages)}</p>
          <ul class="pager">
            {newerHref && (
              <li>
                <a href={newerHref} rel="prev">
                  {t.incidents.newerIncidents}
                </a>
              </li>
            )}
            {olderHref && (
              <li>
                <a href={olderHref} rel="next">
                  {t.incidents.olderIncidents}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </AdminLayout>
  );
}
