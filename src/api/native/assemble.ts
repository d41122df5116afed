/**
 * The native API's documents (/api/v1/), read from the store and built by ./documents.ts: a
 * fixed number of statements per document, and every document parsed through its schema
 * (./schemas.ts) by the route before it is served. Null means "no such document" (404).
 */
import { displayedMaintenanceStatus, isUnderWay } from '../../domain/maintenance';
import { summariseStatuses } from '../../domain/overall';
import { pageContext } from '../../present/chrome';
import { localText } from '../../present/localize';
import { findIncidentForApi, listIncidentsForApi, countIncidentsForApi, listMaintenancesForApi, updatesOfIncidents } from '../../store/api-reads';
import { listContactChannels } from '../../store/contacts';
import { listServiceGroups } from '../../store/groups';
import { listIncidentsForService } from '../../store/incidents';
import { listOpenMaintenances } from '../../store/maintenance';
import { findServiceBySlug, listActiveServices } from '../../store/services';
import { surroundingsOf, type ApiRequest } from '../request';
import { buildContact, buildIncident, buildService, localized, type MaintenanceSchedule, type NativeContext, type NativeIncidentRow } from './documents';
import type { SiteInfo } from './schemas';

/** Incidents per page of /api/v1/incidents. */
export const INCIDENTS_PER_PAGE = 20;
/** Finished (completed or cancelled) maintenances listed after the open ones. */
export const FINISHED_MAINTENANCES_LISTED = 50;

function contextOf(request: ApiRequest): NativeContext {
  const surroundings = surroundingsOf(request);
  const page = pageContext({
    site: request.site,
    locale: surroundings.pageLocale,
    ref: { kind: 'overview' },
    publicUrl: request.publicUrl,
    lastUpdated: request.changedAt,
    assets: { stylesheet: '', icons: '' },
    now: request.now,
  });
  // The page's presenters choose texts in the request's language, which may be one the site
  // offers content in without pages of its own.
  return { ...surroundings, publicUrl: request.publicUrl, now: request.now, page: { ...page, languages: surroundings.languages } };
}

function baseOf(request: ApiRequest, context: NativeContext): { lang: string; site: SiteInfo } {
  const { site, lang } = request;
  const texts = site.texts[lang] ?? site.texts[site.defaultLocale];
  return {
    lang,
    site: {
      name: texts?.organisationName ?? '',
      title: texts?.siteTitle ?? '',
      url: request.publicUrl + context.paths.overview,
      time_zone: site.timeZone,
      default_lang: site.defaultLocale,
      langs: site.offeredLocales,
      updated_at: context.time(request.changedAt),
      example_data: site.isExampleData,
    },
  };
}

const scheduleOf = (row: { status: MaintenanceSchedule['status']; scheduledStartAt: Date; scheduledEndAt: Date }, now: Date): MaintenanceSchedule => ({
  status: displayedMaintenanceStatus({ status: row.status, startsAt: row.scheduledStartAt, endsAt: row.scheduledEndAt }, now),
  scheduledStartAt: row.scheduledStartAt,
  scheduledEndAt: row.scheduledEndAt,
});

/** Incidents (or maintenances) with every update, in two further statements for all of them. */
async function incidentsWithUpdates(
  request: ApiRequest,
  context: NativeContext,
  rows: readonly { id: number; incident: NativeIncidentRow; schedule: MaintenanceSchedule | null }[],
) {
  const updates = await updatesOfIncidents(request.db, rows.map((row) => row.id));
  return rows.map((row) => buildIncident(row.incident, row.schedule, updates.byIncident.get(row.id)!, updates.maintenanceStatus, context));
}

export async function nativeStatusOf(request: ApiRequest) {
  const context = contextOf(request);
  const [services, incidents, maintenances] = await Promise.all([
    listActiveServices(request.db),
    listIncidentsForApi(request.db, { unresolvedOnly: true, limit: 50 }),
    listOpenMaintenances(request.db),
  ]);
  const state = summariseStatuses(services.map((service) => service.status));
  const reference = (incident: { slug: string; texts: { locale: string; title: string; updatedAt: Date }[] }, kind: 'incident' | 'maintenance') => ({
    slug: incident.slug,
    title: localized(localText(incident.texts, context.languages, (row) => row.title), context),
    url: request.publicUrl + context.paths.incident(incident.slug),
    kind,
  });
  return {
    ...baseOf(request, context),
    overall: {
      indicator: state.indicator,
      headline: context.t.overallHeadline(state),
      detail: context.t.overallDetail(state),
      services_total: state.total,
      services_not_working: state.notWorking,
      services_impaired: state.impaired,
      services_in_maintenance: state.maintenance,
    },
    active_incidents: [
      ...incidents.map((incident) => reference(incident, 'incident')),
      ...maintenances
        // Under way now; those still ahead are in /api/v1/maintenances.
        .filter((row) => isUnderWay(scheduleOf(row, request.now).status))
        .map((row) => reference(row.incident, 'maintenance')),
    ],
  };
}

export async function nativeServicesOf(request: ApiRequest) {
  const context = contextOf(request);
  const [groups, services] = await Promise.all([listServiceGroups(request.db), listActiveServices(request.db)]);
  const listed = groups.flatMap((group) => services.filter((service) => service.groupId === group.id).map((service) => ({ group, service })));
  return {
    ...baseOf(request, context),
    groups: groups
      .filter((group) => listed.some((entry) => entry.group === group))
      .map((group) => ({
        slug: group.slug,
        name: localized(localText(group.texts, context.languages, (row) => row.name), context),
        services: listed.filter((entry) => entry.group === group).map((entry) => entry.service.slug),
      })),
    services: listed.map(({ group, service }) => buildService(service, group, context)),
  };
}

export async function nativeServiceOf(request: ApiRequest, slug: string) {
  const context = contextOf(request);
  const service = await findServiceBySlug(request.db, slug);
  if (!service) return null;
  const incidents = await listIncidentsForService(request.db, service.id, 20);
  return {
    ...baseOf(request, context),
    service: buildService(service, service.group, context),
    incidents: incidents.map((incident) => ({
      slug: incident.slug,
      title: localized(localText(incident.texts, context.languages, (row) => row.title), context),
      url: request.publicUrl + context.paths.incident(incident.slug),
    })),
  };
}

export async function nativeIncidentsOf(request: ApiRequest, page: number) {
  const context = contextOf(request);
  const [rows, total] = await Promise.all([
    listIncidentsForApi(request.db, { limit: INCIDENTS_PER_PAGE, offset: (page - 1) * INCIDENTS_PER_PAGE }),
    countIncidentsForApi(request.db),
  ]);
  const pages = Math.max(1, Math.ceil(total / INCIDENTS_PER_PAGE));
  if (page > pages) return null;
  const pageUrl = (number: number) => `${request.publicUrl}/api/v1/incidents?page=${number}${request.lang === request.site.defaultLocale ? '' : `&lang=${request.lang}`}`;
  return {
    ...baseOf(request, context),
    incidents: await incidentsWithUpdates(request, context, rows.map((row) => ({ id: row.id, incident: row, schedule: null }))),
    pagination: {
      page,
      pages,
      per_page: INCIDENTS_PER_PAGE,
      next: page < pages ? pageUrl(page + 1) : null,
      prev: page > 1 ? pageUrl(page - 1) : null,
    },
  };
}

export async function nativeIncidentOf(request: ApiRequest, slug: string) {
  const context = contextOf(request);
  const incident = await findIncidentForApi(request.db, slug);
  if (!incident) return null;
  const schedule = incident.maintenance ? scheduleOf(incident.maintenance, request.now) : null;
  const [built] = await incidentsWithUpdates(request, context, [{ id: incident.id, incident, schedule }]);
  return { ...baseOf(request, context), incident: built! };
}

/** Open maintenances (the soonest first), then the newest finished ones, cancelled included. */
export async function nativeMaintenancesOf(request: ApiRequest) {
  const context = contextOf(request);
  const [open, finished] = await Promise.all([
    listOpenMaintenances(request.db),
    listMaintenancesForApi(request.db, { statuses: ['completed', 'cancelled'], order: 'newest', limit: FINISHED_MAINTENANCES_LISTED }),
  ]);
  const rows = [...open, ...finished].map((row) => ({ id: row.incidentId, incident: row.incident, schedule: scheduleOf(row, request.now) }));
  return { ...baseOf(request, context), maintenances: await incidentsWithUpdates(request, context, rows) };
}

export async function nativeContactsOf(request: ApiRequest) {
  const context = contextOf(request);
  const channels = await listContactChannels(request.db);
  return { ...baseOf(request, context), contacts: channels.map((channel) => buildContact(channel, context, request.site.timeZone)) };
}
