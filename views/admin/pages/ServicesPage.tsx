import type { ServiceStatus } from '../../../src/domain/status';
import { AdminLayout, type AdminChrome } from '../AdminLayout';
import { Message } from '../partials/Form';
import { MoveButtons } from './ServicesParts';

export interface ServiceListRow {
  id: number;
  name: string;
  /** Language of the name when it is not the admin's (a missing translation). */
  nameLang?: string;
  status: ServiceStatus;
  statusLabel: string;
  version: number;
  /** For retired services: when they were retired. */
  retiredOn?: string;
}

export interface ServiceListGroup {
  id: number;
  name: string;
  nameLang?: string;
  services: ServiceListRow[];
}

type Flash = { kind: 'ok' | 'error' | 'warning'; text: string } | null;

function ServiceName({ row }: { row: ServiceListRow }) {
  return (
    <a href={`/admin/services/${row.id}/edit`} lang={row.nameLang}>
      {row.name}
    </a>
  );
}

/** The list itself: replaced as a whole when a service moves (htmx), so it carries the message. */
export function ServiceList({
  chrome,
  groups,
  retired,
  message,
}: {
  chrome: AdminChrome;
  groups: ServiceListGroup[];
  retired: ServiceListRow[];
  message: Flash;
}) {
  const { t } = chrome;
  return (
    <div id="service-list">
      {message && <Message kind={message.kind}>{message.text}</Message>}
      {groups.length === 0 && <p>{t.catalog.noGroupsYet}</p>}
      {groups.map((group) => (
        <section aria-labelledby={`group-${group.id}`}>
          <h2 id={`group-${group.id}`} lang={group.nameLang}>
            {group.name}
          </h2>
          {group.services.length === 0 ? (
            <p>{t.catalog.noServicesInGroup}</p>
          ) : (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.catalog.nameColumn}</th>
                    <th scope="col">{t.catalog.statusColumn}</th>
                    <th scope="col">{t.catalog.orderColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.services.map((row, index) => (
                    <tr id={`service-${row.id}`}>
                      <th scope="row">
                        <ServiceName row={row} />
                      </th>
                      <td>
                        <span class={`status s-${row.status}`}>{row.statusLabel}</span>
                      </td>
                      <td>
                        <MoveButtons
                          chrome={chrome}
                          action={`/admin/services/${row.id}/move`}
                          version={row.version}
                          name={row.name}
                          idPrefix={`move-service-${row.id}`}
                          target="#service-list"
                          first={index === 0}
                          last={index === group.services.length - 1}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
      {retired.length > 0 && (
        <section aria-labelledby="retired-heading">
          <h2 id="retired-heading">{t.catalog.retiredServicesHeading}</h2>
          <p>{t.catalog.retiredHint}</p>
          <ul>
            {retired.map((row) => (
              <li id={`service-${row.id}`}>
                <ServiceName row={row} /> – {row.statusLabel}
                {row.retiredOn && <>, {t.catalog.retiredOn(row.retiredOn)}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export function ServicesPage(props: {
  chrome: AdminChrome;
  groups: ServiceListGroup[];
  retired: ServiceListRow[];
  message: Flash;
}) {
  const { t } = props.chrome;
  return (
    <AdminLayout chrome={props.chrome} title={t.catalog.servicesTitle} section="services">
      <h1>{t.catalog.servicesTitle}</h1>
      <p>{t.catalog.servicesIntro}</p>
      <p class="actions">
        <a class="button" href="/admin/services/new">
          {t.catalog.newService}
        </a>
        <a class="button secondary" href="/admin/services/groups">
          {t.catalog.manageGroups}
        </a>
        <a class="button secondary" href="/admin">
          {t.catalog.changeStatusOnDashboard}
        </a>
      </p>
      <ServiceList {...props} />
    </AdminLayout>
  );
}
