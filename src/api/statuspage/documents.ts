/**
 * Statuspage v2 objects from our rows: pure functions of what the store read and the request's
 * language. The texts come through the same presenters as the pages (src/present/), so a
 * name, an update's body or a correction cannot read differently here than on the page.
 */
import type { IncidentPhase } from '../../domain/incident';
import type { MaintenanceStatus } from '../../domain/maintenance';
import { summariseStatuses } from '../../domain/overall';
import type { ServiceStatus } from '../../domain/status';
import type { Messages } from '../../i18n';
import { localText, type Languages } from '../../present/localize';
import { presentUpdate } from '../../present/update';
import type { UpdateWithDetails } from '../../store/updates';
import type { Paths } from '../../urls/paths';
import { optionalTime, type TimeWriter } from '../time';
import type {
  StatuspageComponent,
  StatuspageIncident,
  StatuspageIncidentUpdate,
  StatuspageMaintenance,
  StatuspagePage,
  StatuspageStatus,
} from './schemas';
import { serviceComponentId, type Components } from './components';
import { componentStatusOf, incidentStatusOf, scheduledMaintenanceStatusOf, type ScheduledMaintenanceStatus } from './vocabulary';

/** Everything a document needs besides its rows: the page, the language, links and times. */
export interface StatuspageContext {
  page: StatuspagePage;
  languages: Languages;
  paths: Paths;
  publicUrl: string;
  time: TimeWriter;
  t: Messages;
}

interface TextRow {
  locale: string;
  updatedAt?: Date;
}

/** status.json's object: the same summary of the services as the overview's first sentence. */
export function buildStatus(statuses: readonly ServiceStatus[], t: Messages): StatuspageStatus {
  const state = summariseStatuses(statuses);
  return { indicator: state.indicator, description: t.overallHeadline(state) };
}

export interface IncidentRow {
  id: number;
  slug: string;
  phase: IncidentPhase;
  impact: StatuspageIncident['impact'];
  startedAt: Date;
  resolvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  texts: (TextRow & { title: string })[];
  services: { serviceId: number }[];
}

/** When the newest version of an update appeared: its publication, or its latest correction. */
function versionTime(update: UpdateWithDetails): Date {
  return update.corrections.at(-1)?.correctedAt ?? update.publishedAt;
}

/** Statuspage's update object, its `status` decided by the caller. */
function buildUpdate<Status extends string>(
  update: UpdateWithDetails,
  status: Status,
  incidentId: string,
  components: Components,
  context: StatuspageContext,
): Omit<StatuspageIncidentUpdate, 'status'> & { status: Status } {
  const { time } = context;
  const presented = presentUpdate(update, { paths: context.paths, languages: context.languages });
  const affected = update.services
    .flatMap((entry, index) =>
      entry.statusBefore && entry.statusAfter
        ? [
            {
              position: components.byServiceId.get(entry.service.id)?.position ?? Number.MAX_SAFE_INTEGER,
              change: {
                code: serviceComponentId(entry.service.slug),
                name: presented.services[index]!.name.text,
                old_status: componentStatusOf(entry.statusBefore),
                new_status: componentStatusOf(entry.statusAfter),
              },
            },
          ]
        : [],
    )
    // In page order; a retired service (no longer a component) last.
    .sort((a, b) => a.position - b.position)
    .map((entry) => entry.change);
  return {
    id: update.uid,
    status,
    body: presented.body.text,
    incident_id: incidentId,
    created_at: time(update.publishedAt),
    // A correction is Statuspage's edited update: same id, new body, later updated_at.
    updated_at: time(versionTime(update)),
    display_at: time(update.publishedAt),
    // Statuspage writes null, not [], for an update that changed no component.
    affected_components: affected.length > 0 ? affected : null,
    deliver_notifications: true,
    custom_tweet: null,
    tweet_id: null,
  };
}

function incidentComponents(incident: IncidentRow, components: Components): StatuspageComponent[] {
  const affected = incident.services.flatMap((link) => components.byServiceId.get(link.serviceId) ?? []);
  return affected.sort((a, b) => a.position - b.position);
}

function lastUpdatedAt(incident: IncidentRow, updates: readonly UpdateWithDetails[]): Date {
  return updates.reduce((latest, update) => {
    const at = versionTime(update);
    return at > latest ? at : latest;
  }, incident.updatedAt);
}

/** The statuses the updates left, oldest first, carried forward where an update set none. */
function statusesAlong<Status>(updatesNewestFirst: readonly UpdateWithDetails[], initial: Status, set: (update: UpdateWithDetails) => Status | null) {
  const statuses = new Map<number, Status>();
  let current = initial;
  for (const update of [...updatesNewestFirst].reverse()) {
    current = set(update) ?? current;
    statuses.set(update.id, current);
  }
  return statuses;
}

/** The latest moment the statuses along the updates moved into `status` (monitoring_at). */
function enteredAt<Status>(updatesNewestFirst: readonly UpdateWithDetails[], statuses: Map<number, Status>, status: Status): Date | null {
  let entered: Date | null = null;
  let before: Status | undefined;
  for (const update of [...updatesNewestFirst].reverse()) {
    const now = statuses.get(update.id);
    if (now === status && before !== status) entered = update.publishedAt;
    before = now;
  }
  return entered;
}

export function buildIncident(
  incident: IncidentRow,
  updates: readonly UpdateWithDetails[],
  components: Components,
  context: StatuspageContext,
): StatuspageIncident {
  const { time } = context;
  const id = incident.slug;
  // Before the first update that names a phase, the incident had the phase it was opened with;
  // without any, the current phase is that one.
  const initial: IncidentPhase = updates.some((update) => update.incidentPhase) ? 'investigating' : incident.phase;
  const phases = statusesAlong(updates, initial, (update) => update.incidentPhase);
  return {
    id,
    name: localText(incident.texts, context.languages, (row) => row.title).text,
    status: incidentStatusOf(incident.phase),
    created_at: time(incident.createdAt),
    updated_at: time(lastUpdatedAt(incident, updates)),
    monitoring_at: optionalTime(time, enteredAt(updates, phases, 'monitoring')),
    resolved_at: optionalTime(time, incident.resolvedAt),
    impact: incident.impact,
    shortlink: context.publicUrl + context.paths.incident(incident.slug),
    started_at: time(incident.startedAt),
    page_id: context.page.id,
    incident_updates: updates.map((update) => buildUpdate(update, incidentStatusOf(phases.get(update.id)!), id, components, context)),
    components: incidentComponents(incident, components),
  };
}

export interface MaintenanceRow {
  status: MaintenanceStatus;
  scheduledStartAt: Date;
  scheduledEndAt: Date;
  incident: IncidentRow;
}

/** Null for a cancelled maintenance: Statuspage has no such status (see ./vocabulary.ts). */
export function buildMaintenance(
  maintenance: MaintenanceRow,
  updates: readonly UpdateWithDetails[],
  updateStatuses: ReadonlyMap<number, MaintenanceStatus>,
  components: Components,
  context: StatuspageContext,
): StatuspageMaintenance | null {
  const status = scheduledMaintenanceStatusOf(maintenance.status);
  if (status === null) return null;
  const { incident } = maintenance;
  const { time } = context;
  const id = incident.slug;
  const along = statusesAlong<ScheduledMaintenanceStatus>(updates, 'scheduled', (update) => {
    const left = updateStatuses.get(update.id);
    return left === undefined ? null : scheduledMaintenanceStatusOf(left);
  });
  return {
    id,
    name: localText(incident.texts, context.languages, (row) => row.title).text,
    status,
    created_at: time(incident.createdAt),
    updated_at: time(lastUpdatedAt(incident, updates)),
    monitoring_at: optionalTime(time, enteredAt(updates, along, 'verifying')),
    resolved_at: status === 'completed' ? optionalTime(time, incident.resolvedAt ?? enteredAt(updates, along, 'completed')) : null,
    impact: 'maintenance',
    shortlink: context.publicUrl + context.paths.incident(incident.slug),
    started_at: time(incident.startedAt),
    page_id: context.page.id,
    incident_updates: updates.map((update) => buildUpdate(update, along.get(update.id)!, id, components, context)),
    components: incidentComponents(incident, components),
    scheduled_for: time(maintenance.scheduledStartAt),
    scheduled_until: time(maintenance.scheduledEndAt),
  };
}
