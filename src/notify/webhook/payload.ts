/**
 * The body of a webhook: Statuspage's webhook shape, so receivers written for Statuspage work
 * unchanged — `meta`, `page` (id, status indicator and description) and either `incident`
 * (an incident or a maintenance, as the Statuspage v2 API shows it, every update included) or
 * `component_update` with its `component`. Built from the same assemblers as the Statuspage
 * API (src/api/statuspage/), so a webhook cannot say something the API does not.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database';
import { incidents, updateServices } from '../../db/schema';
import { contextOf, readComponents } from '../../api/statuspage/assemble';
import { buildIncident, buildMaintenance, buildStatus } from '../../api/statuspage/documents';
import type { StatuspageComponent, StatuspageIncident, StatuspageMaintenance } from '../../api/statuspage/schemas';
import { componentStatusOf } from '../../api/statuspage/vocabulary';
import type { ApiRequest } from '../../api/request';
import { findIncidentForApi, updatesOfIncidents } from '../../store/api-reads';
import { loadSite, DEFAULT_SITE } from '../../store/site';
import type { OutboxEvent } from '../channel';

export interface WebhookPayload {
  meta: { unsubscribe: string; documentation: string };
  page: { id: string; status_indicator: string; status_description: string };
  incident?: StatuspageIncident | StatuspageMaintenance;
  component_update?: { id: string; created_at: string; old_status: string; new_status: string; component_id: string };
  component?: StatuspageComponent;
}

export interface PayloadSettings {
  /** The configured public address (PUBLIC_URL); the site's own when null. */
  publicUrl: string | null;
  now: Date;
}

/** Where a receiver's owner learns what the fields mean: the API's own description. */
const DOCUMENTATION = 'https://www.standardwebhooks.com/';

/**
 * One payload per delivery: for an event with an incident, that incident; for a status change
 * without one, the change of `componentServiceId` (the recipient key says which).
 * Null when there is nothing left to tell (the incident or service is gone).
 */
export async function buildWebhookPayload(
  db: Database,
  settings: PayloadSettings,
  event: OutboxEvent,
  endpointId: number,
  componentServiceId: number | null,
): Promise<WebhookPayload | null> {
  const site = (await loadSite(db)) ?? DEFAULT_SITE;
  const publicUrl = (settings.publicUrl ?? site.publicUrl).replace(/\/+$/, '');
  const request: ApiRequest = { db, site, lang: site.defaultLocale, publicUrl, changedAt: event.createdAt, now: settings.now };
  const context = contextOf(request);
  const { components, statuses } = await readComponents(request, context);
  const status = buildStatus(statuses, context.t);
  const base = {
    meta: { unsubscribe: `${publicUrl}/admin/settings/webhooks#webhook-${endpointId}`, documentation: DOCUMENTATION },
    page: { id: context.page.id, status_indicator: status.indicator, status_description: status.description },
  };

  if (componentServiceId === null) {
    if (event.incidentId === null) return null;
    const slugRow = await db.select({ slug: incidents.slug }).from(incidents).where(eq(incidents.id, event.incidentId)).get();
    const incident = slugRow ? await findIncidentForApi(db, slugRow.slug) : undefined;
    if (!incident) return null;
    const updates = await updatesOfIncidents(db, [incident.id]);
    const ofIncident = updates.byIncident.get(incident.id) ?? [];
    const built = incident.maintenance
      ? buildMaintenance({ ...incident.maintenance, incident }, ofIncident, updates.maintenanceStatus, components, context)
      : buildIncident(incident, ofIncident, components, context);
    return built ? { ...base, incident: built } : null;
  }

  const component = components.byServiceId.get(componentServiceId);
  if (!component || event.updateId === null) return null;
  const change = await db
    .select({ before: updateServices.statusBefore, after: updateServices.statusAfter })
    .from(updateServices)
    .where(and(eq(updateServices.updateId, event.updateId), eq(updateServices.serviceId, componentServiceId)))
    .get();
  if (!change?.after) return null;
  return {
    ...base,
    component_update: {
      id: `update-${event.updateId}-${component.id}`,
      created_at: context.time(event.createdAt),
      old_status: change.before ? componentStatusOf(change.before) : component.status,
      new_status: componentStatusOf(change.after),
      component_id: component.id,
    },
    component,
  };
}
