/**
 * The request bodies of Statuspage's manage API that we accept (docs/decisions/0039-monitor-hooks.md,
 * "Statuspage manage shape"), as zod schemas, and what they mean in our vocabulary. Fields
 * Statuspage has and we do not act on (notifications, tweets, metadata, reminders) are
 * allowed and ignored, so a tool that sends them still works; fields that would mean
 * something we cannot do (scheduled maintenance, backfilling) are refused with a 422.
 */
import { z } from 'zod';
import type { IncidentImpact, IncidentPhase } from '../../domain/incident';
import { LIMITS } from '../../domain/limits';
import type { ServiceStatus } from '../../domain/status';
import { COMPONENT_STATUSES, type ComponentStatus } from './vocabulary';

/** Statuspage's component status as ours: the inverse of ./vocabulary.ts (a major outage is "down"). */
export const SERVICE_STATUS_OF_COMPONENT: Readonly<Record<ComponentStatus, ServiceStatus>> = {
  operational: 'operational',
  degraded_performance: 'degraded',
  partial_outage: 'investigating',
  major_outage: 'down',
  under_maintenance: 'maintenance',
};

const componentStatus = z.enum(COMPONENT_STATUSES);

export const componentPatchBody = z.object({
  component: z.object({
    status: componentStatus.optional(),
    name: z.string().max(LIMITS.name).optional(),
    description: z.string().max(LIMITS.longText).nullable().optional(),
  }),
});

/** Statuspage's maintenance statuses: a scheduled maintenance is planned in the console or the native API. */
const MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed'];

const incidentStatus = z.enum(['investigating', 'identified', 'monitoring', 'resolved', 'postmortem', ...MAINTENANCE_STATUSES] as [string, ...string[]]);

const incidentFields = {
  name: z.string().max(LIMITS.name).optional(),
  status: incidentStatus.optional(),
  body: z.string().max(LIMITS.updateBody).nullable().optional(),
  impact_override: z.enum(['none', 'minor', 'major', 'critical']).nullable().optional(),
  component_ids: z.array(z.string()).max(1_000).optional(),
  components: z.record(z.string(), componentStatus).optional(),
  scheduled_for: z.unknown().optional(),
  backfilled: z.boolean().optional(),
};

export const incidentCreateBody = z.object({ incident: z.object({ ...incidentFields, name: z.string().max(LIMITS.name) }) });
export const incidentPatchBody = z.object({ incident: z.object(incidentFields) });

export type IncidentFields = z.infer<typeof incidentPatchBody>['incident'];

export type UnsupportedReason = { field: string; message: string };

/** What in a Statuspage incident body we cannot do; null when everything can be done. */
export function unsupportedIn(incident: IncidentFields): UnsupportedReason | null {
  if (incident.status !== undefined && MAINTENANCE_STATUSES.includes(incident.status))
    return { field: 'incident.status', message: 'Scheduled maintenance is planned in the console or with the native API (/api/v1/), not through the Statuspage shape.' };
  if (incident.status === 'postmortem')
    return { field: 'incident.status', message: 'Postmortems are not kept: the update log is the record. Resolve the incident instead.' };
  if (incident.scheduled_for !== undefined && incident.scheduled_for !== null)
    return { field: 'incident.scheduled_for', message: 'Scheduled maintenance is planned in the console or with the native API, not through the Statuspage shape.' };
  if (incident.backfilled === true)
    return { field: 'incident.backfilled', message: 'Backfilled incidents are not supported: the public record only grows from now.' };
  return null;
}

export const phaseOf = (status: string): IncidentPhase => status as IncidentPhase;

/** The impact Statuspage would show for these component statuses: the worst of them. */
export function impactOfComponents(statuses: readonly ComponentStatus[]): IncidentImpact {
  if (statuses.includes('major_outage')) return 'major';
  if (statuses.includes('partial_outage') || statuses.includes('degraded_performance')) return 'minor';
  return 'none';
}
