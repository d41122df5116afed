/**
 * The Statuspage v2 documents as zod schemas. Every document is parsed through its schema
 * before it is served (once per revision: the bytes are cached), so what leaves the server has
 * these fields, in this order, with these types; and the OpenAPI document (/api/openapi.json)
 * is generated from the same schemas. Field order follows Statuspage's own documents.
 *
 * The independent check is tests/api/statuspage.schema.json, written from Statuspage's
 * documented shapes, not from these.
 */
import { z } from '@hono/zod-openapi';
import {
  COMPONENT_STATUSES,
  IMPACTS,
  INCIDENT_STATUSES,
  INDICATORS,
  SCHEDULED_MAINTENANCE_STATUSES,
} from './vocabulary';

const time = z.iso.datetime({ offset: true }).openapi({ example: '2026-02-11T14:00:00.000+01:00' });
const nullableTime = time.nullable();

export const statuspagePage = z
  .object({
    id: z.string().openapi({ description: 'The host name of the public address; stable for the site.' }),
    name: z.string(),
    url: z.url(),
    time_zone: z.string().openapi({ description: 'IANA time zone of the site.', example: 'Europe/Stockholm' }),
    updated_at: time,
  })
  .openapi('StatuspagePage');

export const statuspageComponent = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z.enum(COMPONENT_STATUSES),
    created_at: time,
    updated_at: time,
    position: z.number().int(),
    description: z.string().nullable(),
    showcase: z.boolean(),
    start_date: z.iso.date().nullable(),
    group_id: z.string().nullable(),
    page_id: z.string(),
    group: z.boolean(),
    only_show_if_degraded: z.boolean(),
    components: z.array(z.string()).optional().openapi({ description: "A group's services, by id (groups only)." }),
  })
  .openapi('StatuspageComponent');

const affectedComponent = z
  .object({
    code: z.string(),
    name: z.string(),
    old_status: z.enum(COMPONENT_STATUSES),
    new_status: z.enum(COMPONENT_STATUSES),
  })
  .openapi('StatuspageAffectedComponent');

function updateOf<Status extends z.ZodType>(status: Status) {
  return z.object({
    id: z.string(),
    status,
    body: z.string(),
    incident_id: z.string(),
    created_at: time,
    updated_at: time,
    display_at: time,
    affected_components: z.array(affectedComponent).nullable(),
    deliver_notifications: z.boolean(),
    custom_tweet: z.string().nullable(),
    tweet_id: z.string().nullable(),
  });
}

/** An incident or a maintenance, in Statuspage's field order. */
function incidentOf<Status extends z.ZodType>(status: Status, updateName: string) {
  return z.object({
    id: z.string(),
    name: z.string(),
    status,
    created_at: time,
    updated_at: time,
    monitoring_at: nullableTime,
    resolved_at: nullableTime,
    impact: z.enum(IMPACTS),
    shortlink: z.url(),
    started_at: time,
    page_id: z.string(),
    incident_updates: z.array(updateOf(status).openapi(updateName)),
    components: z.array(statuspageComponent),
  });
}

export const statuspageIncident = incidentOf(z.enum(INCIDENT_STATUSES), 'StatuspageIncidentUpdate').openapi('StatuspageIncident');

export const statuspageMaintenance = incidentOf(z.enum(SCHEDULED_MAINTENANCE_STATUSES), 'StatuspageMaintenanceUpdate')
  .extend({ scheduled_for: time, scheduled_until: time })
  .openapi('StatuspageScheduledMaintenance');

export const statuspageStatus = z
  .object({ indicator: z.enum(INDICATORS), description: z.string() })
  .openapi('StatuspageStatus');

export const summaryDocument = z
  .object({
    page: statuspagePage,
    components: z.array(statuspageComponent),
    incidents: z.array(statuspageIncident),
    scheduled_maintenances: z.array(statuspageMaintenance),
    status: statuspageStatus,
  })
  .openapi('StatuspageSummary');

export const statusDocument = z.object({ page: statuspagePage, status: statuspageStatus }).openapi('StatuspageStatusDocument');
export const componentsDocument = z
  .object({ page: statuspagePage, components: z.array(statuspageComponent) })
  .openapi('StatuspageComponents');
export const incidentsDocument = z
  .object({ page: statuspagePage, incidents: z.array(statuspageIncident) })
  .openapi('StatuspageIncidents');
export const maintenancesDocument = z
  .object({ page: statuspagePage, scheduled_maintenances: z.array(statuspageMaintenance) })
  .openapi('StatuspageScheduledMaintenances');

export type StatuspagePage = z.infer<typeof statuspagePage>;
export type StatuspageComponent = z.infer<typeof statuspageComponent>;
export type StatuspageIncident = z.infer<typeof statuspageIncident>;
export type StatuspageMaintenance = z.infer<typeof statuspageMaintenance>;
export type StatuspageStatus = z.infer<typeof statuspageStatus>;
export type StatuspageIncidentUpdate = StatuspageIncident['incident_updates'][number];
export type StatuspageMaintenanceUpdate = StatuspageMaintenance['incident_updates'][number];
