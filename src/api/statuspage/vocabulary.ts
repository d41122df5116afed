/**
 * Our vocabulary in Statuspage's words (DOMAIN.md's table; docs/decisions/0029-statuspage-v2-exactly.md).
 * Statuspage has five component statuses to our seven: the three kinds of "cannot be used"
 * (down, being rebuilt, will not be restored) are all a major outage to a machine, and
 * "under investigation" is a partial outage: something is wrong, how much is not known yet.
 */
import type { IncidentPhase } from '../../domain/incident';
import type { MaintenanceStatus } from '../../domain/maintenance';
import type { ServiceStatus } from '../../domain/status';

export const COMPONENT_STATUSES = ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved', 'postmortem'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Statuspage's maintenance statuses: ours less "cancelled", which Statuspage does not have. */
export const SCHEDULED_MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed'] as const;
export type ScheduledMaintenanceStatus = (typeof SCHEDULED_MAINTENANCE_STATUSES)[number];

export const IMPACTS = ['none', 'minor', 'major', 'critical', 'maintenance'] as const;

export const INDICATORS = ['none', 'minor', 'major', 'critical', 'maintenance'] as const;

const COMPONENT_STATUS_OF: Readonly<Record<ServiceStatus, ComponentStatus>> = {
  operational: 'operational',
  degraded: 'degraded_performance',
  down: 'major_outage',
  investigating: 'partial_outage',
  rebuilding: 'major_outage',
  lost: 'major_outage',
  maintenance: 'under_maintenance',
};

export function componentStatusOf(status: ServiceStatus): ComponentStatus {
  return COMPONENT_STATUS_OF[status];
}

/** Worse is later: a group shows the worst status among its services, as Statuspage's do. */
const COMPONENT_SEVERITY: readonly ComponentStatus[] = ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'];

export function worstComponentStatus(statuses: readonly ComponentStatus[]): ComponentStatus {
  let worst: ComponentStatus = 'operational';
  for (const status of statuses) if (COMPONENT_SEVERITY.indexOf(status) > COMPONENT_SEVERITY.indexOf(worst)) worst = status;
  return worst;
}

/** Our phases are Statuspage's (src/domain/incident.ts); we never write a postmortem. */
export function incidentStatusOf(phase: IncidentPhase): IncidentStatus {
  return phase;
}

/**
 * A cancelled maintenance has no Statuspage status: it leaves the maintenance documents, as a
 * maintenance deleted on Statuspage does (the native API keeps it, with its cancellation).
 */
export function scheduledMaintenanceStatusOf(status: MaintenanceStatus): ScheduledMaintenanceStatus | null {
  return status === 'cancelled' ? null : status;
}
