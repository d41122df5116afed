/**
 * Planned maintenance for the public pages: what it is doing now (by the clock, so a page
 * rendered at its start says "Pågår" before the timer has recorded it), its window and the
 * services it concerns, in the reader's language.
 */
import type { MaintenanceSummary } from '../../views/partials/MaintenanceSummary';
import { displayedMaintenanceStatus, isOpenMaintenance, type MaintenanceStatus } from '../domain/maintenance';
import type { MaintenanceWithDetails } from '../store/maintenance';
import type { PageContext } from './chrome';
import { localText } from './localize';

export function presentMaintenanceSummary(maintenance: MaintenanceWithDetails, context: PageContext): MaintenanceSummary {
  const { languages, paths, now } = context;
  const { incident } = maintenance;
  return {
    title: localText(incident.texts, languages, (row) => row.title),
    href: paths.incident(incident.slug),
    status: displayedStatus(maintenance, now),
    startsAt: maintenance.scheduledStartAt,
    endsAt: maintenance.scheduledEndAt,
    services: incident.services
      .filter((link) => link.service.retiredAt === null)
      .map((link) => ({
        name: localText(link.service.texts, languages, (row) => row.name),
        href: paths.service(link.service.slug),
      })),
  };
}

function displayedStatus(maintenance: MaintenanceWithDetails, now: Date): MaintenanceStatus {
  return presentMaintenanceFacts(maintenance, now).status;
}

/**
 * The maintenances a page lists: those still ahead or under way at `context.now`, optionally
 * only those concerning one service.
 */
export function presentOpenMaintenances(
  maintenances: readonly MaintenanceWithDetails[],
  context: PageContext,
  serviceId?: number,
): MaintenanceSummary[] {
  return maintenances
    .filter((maintenance) => isOpenMaintenance(displayedStatus(maintenance, context.now)))
    .filter((maintenance) => serviceId === undefined || maintenance.incident.services.some((link) => link.service.id === serviceId))
    .map((maintenance) => presentMaintenanceSummary(maintenance, context));
}

/** The facts the incident page shows for an incident that is a maintenance. */
export function presentMaintenanceFacts(
  maintenance: { status: MaintenanceStatus; scheduledStartAt: Date; scheduledEndAt: Date },
  now: Date,
): { status: MaintenanceStatus; startsAt: Date; endsAt: Date } {
  const timing = { status: maintenance.status, startsAt: maintenance.scheduledStartAt, endsAt: maintenance.scheduledEndAt };
  return { ...timing, status: displayedMaintenanceStatus(timing, now) };
}
