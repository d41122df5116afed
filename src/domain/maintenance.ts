/**
 * Planned maintenance: its status vocabulary (Statuspage's, so the API maps 1:1), which manual
 * changes are allowed, which automatic transitions are due at a given moment, what a reader
 * should be told it is doing right now, and which services change status at its start and end.
 * Pure: the store gathers the rows and applies what these functions decide.
 */
import { severity, type ServiceStatus } from './status';
import type { IncidentPhase } from './incident';

export const MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed', 'cancelled'] as const;
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];

/** Statuses in which the maintenance is still ahead or under way: shown, and watched by the timer. */
export const OPEN_MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying'] as const satisfies readonly MaintenanceStatus[];
export type OpenMaintenanceStatus = (typeof OPEN_MAINTENANCE_STATUSES)[number];

export function isMaintenanceStatus(value: unknown): value is MaintenanceStatus {
  return typeof value === 'string' && (MAINTENANCE_STATUSES as readonly string[]).includes(value);
}

export function isOpenMaintenance(status: MaintenanceStatus): status is OpenMaintenanceStatus {
  return (OPEN_MAINTENANCE_STATUSES as readonly string[]).includes(status);
}

/** Under way: its services are (or should be) in "Planerat underhåll". */
export function isUnderWay(status: MaintenanceStatus): boolean {
  return status === 'in_progress' || status === 'verifying';
}

/**
 * The changes an editor may make by hand. Starting early and finishing early are allowed;
 * "verifying" can go back to work when the check fails; completed and cancelled are final.
 */
const MANUAL_CHANGES: Readonly<Record<MaintenanceStatus, readonly MaintenanceStatus[]>> = {
  scheduled: ['in_progress', 'cancelled'],
  in_progress: ['verifying', 'completed', 'cancelled'],
  verifying: ['in_progress', 'completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function canChangeMaintenanceStatus(from: MaintenanceStatus, to: MaintenanceStatus): boolean {
  return MANUAL_CHANGES[from].includes(to);
}

/**
 * The phase the maintenance's incident row carries, so that everything reading incidents
 * (open or resolved, history, feeds) treats a finished maintenance as closed. The
 * maintenance's own status is the truth; the phase only mirrors open versus closed.
 */
export function incidentPhaseOf(status: MaintenanceStatus): IncidentPhase {
  return isOpenMaintenance(status) ? 'identified' : 'resolved';
}

export interface MaintenanceTiming {
  status: MaintenanceStatus;
  startsAt: Date;
  endsAt: Date;
}

/**
 * What a reader should be told the maintenance is doing at `now`. The timer records the
 * transitions within seconds, but a page rendered in between (the time state changes at the
 * start and the end) already says the right thing.
 */
export function displayedMaintenanceStatus(maintenance: MaintenanceTiming, now: Date): MaintenanceStatus {
  const { status } = maintenance;
  if (!isOpenMaintenance(status)) return status;
  if (now.getTime() >= maintenance.endsAt.getTime()) return 'completed';
  if (status === 'scheduled' && now.getTime() >= maintenance.startsAt.getTime()) return 'in_progress';
  return status;
}

export interface DueTransition<Id> {
  id: Id;
  from: OpenMaintenanceStatus;
  to: 'in_progress' | 'completed';
  /** The scheduled moment that made it due (its start, or its end). */
  dueAt: Date;
}

/**
 * The automatic transitions due at `now`, earliest first: a scheduled maintenance whose start
 * has come begins; one under way whose end has come completes. A scheduled maintenance whose
 * whole window passed while nothing ran (the server was down) completes directly, without
 * putting its services into maintenance after the fact.
 */
export function dueMaintenanceTransitions<Id>(
  maintenances: readonly (MaintenanceTiming & { id: Id })[],
  now: Date,
): DueTransition<Id>[] {
  const due: DueTransition<Id>[] = [];
  const at = now.getTime();
  for (const maintenance of maintenances) {
    const { id, status, startsAt, endsAt } = maintenance;
    if (!isOpenMaintenance(status)) continue;
    if (at >= endsAt.getTime()) due.push({ id, from: status, to: 'completed', dueAt: endsAt });
    else if (status === 'scheduled' && at >= startsAt.getTime()) due.push({ id, from: status, to: 'in_progress', dueAt: startsAt });
  }
  return due.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

export interface ServiceAtTransition<Id> {
  id: Id;
  status: ServiceStatus;
}

export interface ServiceChange<Id> {
  id: Id;
  to: ServiceStatus;
}

/**
 * At the start, services that work go to "Planerat underhåll". A service that is already
 * worse (down, being rebuilt, under investigation …) keeps its status: a planned maintenance
 * must never hide an outage. Those are only mentioned by the update.
 */
export function serviceChangesAtStart<Id>(services: readonly ServiceAtTransition<Id>[]): ServiceChange<Id>[] {
  return services
    .filter((service) => severity(service.status) < severity('maintenance'))
    .map((service) => ({ id: service.id, to: 'maintenance' as const }));
}

export interface ServiceAtEnd<Id> extends ServiceAtTransition<Id> {
  /** The status it had before it last went into maintenance (null: not known, taken as operational). */
  statusBeforeMaintenance: ServiceStatus | null;
  /** Another maintenance under way covers it: it stays in maintenance until that one ends. */
  coveredByAnother: boolean;
}

/**
 * At the end (or on cancelling one under way), services still in maintenance go back to the
 * status they had before it. A service someone changed meanwhile (it broke during the work)
 * keeps what they set, and one that another maintenance still covers stays in maintenance.
 */
export function serviceChangesAtEnd<Id>(services: readonly ServiceAtEnd<Id>[]): ServiceChange<Id>[] {
  return services
    .filter((service) => service.status === 'maintenance' && !service.coveredByAnother)
    .map((service) => ({
      id: service.id,
      to: service.statusBeforeMaintenance && service.statusBeforeMaintenance !== 'maintenance' ? service.statusBeforeMaintenance : 'operational',
    }));
}

/** The window must have a positive length. */
export function isValidWindow(startsAt: Date, endsAt: Date): boolean {
  return Number.isFinite(startsAt.getTime()) && Number.isFinite(endsAt.getTime()) && endsAt.getTime() > startsAt.getTime();
}
