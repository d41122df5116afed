/**
 * The eight Statuspage v2 documents, read from the store and built by ./documents.ts. Each
 * read runs in a fixed number of statements (the lists, then every update of every listed
 * incident at once), and every document is parsed through its schema (./schemas.ts) by the
 * route before it is served.
 */
import { displayedMaintenanceStatus, type MaintenanceStatus } from '../../domain/maintenance';
import { listIncidentsForApi, listMaintenancesForApi, updatesOfIncidents, type UpdatesOfIncidents } from '../../store/api-reads';
import { listServiceGroups } from '../../store/groups';
import { listOpenMaintenances } from '../../store/maintenance';
import { listActiveServices } from '../../store/services';
import { surroundingsOf, type ApiRequest } from '../request';
import { buildComponents, type Components } from './components';
import { buildIncident, buildMaintenance, buildStatus, type IncidentRow, type MaintenanceRow, type StatuspageContext } from './documents';
import type { StatuspageIncident, StatuspageMaintenance } from './schemas';

/** Statuspage's incidents.json and scheduled-maintenances.json hold the 50 newest. */
export const STATUSPAGE_LIST_LIMIT = 50;

export function contextOf(request: ApiRequest): StatuspageContext {
  const { site, lang, publicUrl, changedAt } = request;
  const surroundings = surroundingsOf(request);
  const texts = site.texts[lang] ?? site.texts[site.defaultLocale];
  return {
    ...surroundings,
    publicUrl,
    page: {
      id: new URL(publicUrl).host,
      name: texts?.organisationName ?? '',
      url: publicUrl + surroundings.paths.overview,
      time_zone: site.timeZone,
      updated_at: surroundings.time(changedAt),
    },
  };
}

export async function readComponents(request: ApiRequest, context: StatuspageContext) {
  const [groups, services] = await Promise.all([listServiceGroups(request.db), listActiveServices(request.db)]);
  return { components: buildComponents(groups, services, context), statuses: services.map((service) => service.status) };
}

function incidentsFrom(rows: readonly IncidentRow[], updates: UpdatesOfIncidents, components: Components, context: StatuspageContext) {
  return rows.map((row) => buildIncident(row, updates.byIncident.get(row.id)!, components, context));
}

/** What a reader should be told each maintenance is doing now (the timer may lag a few seconds). */
function asShownAt<Row extends MaintenanceRow>(rows: readonly Row[], now: Date): Row[] {
  return rows.map((row) => ({
    ...row,
    status: displayedMaintenanceStatus({ status: row.status, startsAt: row.scheduledStartAt, endsAt: row.scheduledEndAt }, now),
  }));
}

function maintenancesFrom(
  rows: readonly (MaintenanceRow & { incidentId: number })[],
  updates: UpdatesOfIncidents,
  components: Components,
  context: StatuspageContext,
): StatuspageMaintenance[] {
  return rows.flatMap(
    (row) => buildMaintenance(row, updates.byIncident.get(row.incidentId)!, updates.maintenanceStatus, components, context) ?? [],
  );
}

export async function statusDocumentOf(request: ApiRequest) {
  const context = contextOf(request);
  const services = await listActiveServices(request.db);
  return { page: context.page, status: buildStatus(services.map((service) => service.status), context.t) };
}

export async function componentsDocumentOf(request: ApiRequest) {
  const context = contextOf(request);
  const { components } = await readComponents(request, context);
  return { page: context.page, components: components.list };
}

export async function incidentsDocumentOf(request: ApiRequest, options: { unresolvedOnly: boolean }) {
  const context = contextOf(request);
  const [{ components }, rows] = await Promise.all([
    readComponents(request, context),
    listIncidentsForApi(request.db, { unresolvedOnly: options.unresolvedOnly, limit: STATUSPAGE_LIST_LIMIT }),
  ]);
  const updates = await updatesOfIncidents(request.db, rows.map((row) => row.id));
  return { page: context.page, incidents: incidentsFrom(rows, updates, components, context) };
}

export type MaintenanceSelection = 'all' | 'upcoming' | 'active';

const SHOWN_IN: Record<Exclude<MaintenanceSelection, 'all'>, readonly MaintenanceStatus[]> = {
  upcoming: ['scheduled'],
  active: ['in_progress', 'verifying'],
};

/** The maintenances still ahead or under way (summary.json, upcoming.json, active.json), soonest first. */
async function openMaintenances(request: ApiRequest) {
  return asShownAt(await listOpenMaintenances(request.db), request.now);
}

export async function maintenancesDocumentOf(request: ApiRequest, selection: MaintenanceSelection) {
  const context = contextOf(request);
  const [{ components }, rows] = await Promise.all([
    readComponents(request, context),
    selection === 'all'
      ? listMaintenancesForApi(request.db, {
          statuses: ['scheduled', 'in_progress', 'verifying', 'completed'],
          order: 'newest',
          limit: STATUSPAGE_LIST_LIMIT,
        }).then((found) => asShownAt(found, request.now))
      : openMaintenances(request).then((found) => found.filter((row) => SHOWN_IN[selection].includes(row.status))),
  ]);
  const updates = await updatesOfIncidents(request.db, rows.map((row) => row.incidentId));
  return { page: context.page, scheduled_maintenances: maintenancesFrom(rows, updates, components, context) };
}

export async function summaryDocumentOf(request: ApiRequest) {
  const context = contextOf(request);
  const [{ components, statuses }, incidentRows, maintenanceRows] = await Promise.all([
    readComponents(request, context),
    listIncidentsForApi(request.db, { unresolvedOnly: true, limit: STATUSPAGE_LIST_LIMIT }),
    openMaintenances(request),
  ]);
  const open = maintenanceRows.filter((row) => row.status !== 'completed');
  const updates = await updatesOfIncidents(request.db, [...incidentRows.map((row) => row.id), ...open.map((row) => row.incidentId)]);
  const incidents: StatuspageIncident[] = incidentsFrom(incidentRows, updates, components, context);
  return {
    page: context.page,
    components: components.list,
    incidents,
    scheduled_maintenances: maintenancesFrom(open, updates, components, context),
    status: buildStatus(statuses, context.t),
  };
}
