/**
 * Statuspage's manage API, the part status tools use (docs/decisions/0039-monitor-hooks.md):
 * set a component's status, open an incident, post to it. Under
 * /api/statuspage/v1/pages/{page_id}/…, so a tool written for api.statuspage.io works by
 * changing its base URL to https://<our host>/api/statuspage/v1; `Authorization: OAuth <token>`
 * as Statuspage's own, or Bearer. Ids are the read side's: the page id is the public host, a
 * component `service-{slug}`, an incident its slug. Answers are the read side's objects.
 *
 * Thin: validate (src/api/statuspage/manage-payloads.ts), map (./manage.ts), one store write
 * (publishUpdate, openIncident, editIncidentByApi), then the object as /api/v2/ builds it.
 */
import { Hono, type Context } from 'hono';
import { incidentAnswer, componentAnswer, manageRequestOf, pageIdOf } from '../api/statuspage/manage-answers';
import { changesOf, serviceOfComponent, wordedTexts } from '../api/statuspage/manage';
import {
  componentPatchBody,
  impactOfComponents,
  incidentCreateBody,
  incidentPatchBody,
  phaseOf,
  SERVICE_STATUS_OF_COMPONENT,
  unsupportedIn,
  type IncidentFields,
} from '../api/statuspage/manage-payloads';
import { readComponents, contextOf } from '../api/statuspage/assemble';
import { parseBody } from '../api/write/request';
import { answered, pathParam, writeAnswer } from '../api/hooks/respond';
import type { ApiRequest } from '../api/request';
import { requireToken } from '../api/write/auth';
import { ApiWriteError, invalidField, notFound } from '../api/write/errors';
import type { ApiScope } from '../domain/api-scopes';
import type { AppEnv } from '../env';
import { findIncidentForApi } from '../store/api-reads';
import { editIncidentByApi } from '../store/incident-api-edits';
import { findIncidentById } from '../store/incidents';
import { openIncident, publishUpdate } from '../store/publishing';
import { listActiveServices } from '../store/services';
import { readManageBody } from '../api/statuspage/manage-body';

export const MANAGE_PREFIX = '/api/statuspage/v1/pages/:page_id';

/** The page id in the address must be this site's (as /api/v2/ publishes it). */
async function pageRequest(c: Context<AppEnv>): Promise<ApiRequest> {
  const request = await manageRequestOf(c);
  const asked = pathParam(c, 'page_id');
  const pageId = pageIdOf(request);
  if (asked !== pageId) throw notFound(`There is no page "${asked}" here; this site's page id is "${pageId}".`, 'page_id');
  return request;
}

function requireAlso(c: Context<AppEnv>, scope: ApiScope, why: string): void {
  if (!c.var.apiToken.scopes.includes(scope))
    throw new ApiWriteError(403, 'forbidden', `This token does not have the scope "${scope}", needed to ${why}.`);
}

function refuseUnsupported(incident: IncidentFields): void {
  const unsupported = unsupportedIn(incident);
  if (unsupported) throw invalidField(unsupported.field, unsupported.message);
}

function linkedServices(incident: IncidentFields, services: Awaited<ReturnType<typeof listActiveServices>>): number[] {
  return (incident.component_ids ?? []).map((id, index) => serviceOfComponent(id, services, `incident.component_ids.${index}`).id);
}

export function statuspageManageRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(
    `${MANAGE_PREFIX}/components`,
    requireToken('read'),
    answered(async (c) => {
      const request = await pageRequest(c);
      const { components } = await readComponents(request, contextOf(request));
      return writeAnswer(c, components.list);
    }),
  );

  app.get(
    `${MANAGE_PREFIX}/components/:component_id`,
    requireToken('read'),
    answered(async (c) => writeAnswer(c, await componentAnswer(await pageRequest(c), pathParam(c, 'component_id')))),
  );

  const setComponent = answered(async (c) => {
    const request = await pageRequest(c);
    const { component } = parseBody(componentPatchBody, await readManageBody(c));
    const services = await listActiveServices(c.var.db);
    const service = serviceOfComponent(pathParam(c, 'component_id'), services, null);
    const defaultText = service.texts.find((row) => row.locale === request.site.defaultLocale);
    // Names and descriptions are edited in the console (with every language's text); a tool
    // that sends them back unchanged is fine.
    if (component.name !== undefined && component.name !== defaultText?.name)
      throw invalidField('component.name', 'Renaming a component is not supported here; rename the service in the console.');
    if (component.description != null && component.description !== (defaultText?.description ?? ''))
      throw invalidField('component.description', 'Changing a description is not supported here; edit the service in the console.');
    if (component.status !== undefined) {
      const to = SERVICE_STATUS_OF_COMPONENT[component.status];
      if (to !== service.status)
        await publishUpdate(
          c.var.db,
          c.var.clock,
          { texts: wordedTexts(request.site, undefined, [{ service, to }]), changes: [{ serviceId: service.id, to }] },
          c.var.apiActor,
        );
    }
    return writeAnswer(c, await componentAnswer(await manageRequestOf(c), pathParam(c, 'component_id')));
  });
  app.patch(`${MANAGE_PREFIX}/components/:component_id`, requireToken('status:write'), setComponent);
  app.put(`${MANAGE_PREFIX}/components/:component_id`, requireToken('status:write'), setComponent);

  app.post(
    `${MANAGE_PREFIX}/incidents`,
    requireToken('updates:write'),
    answered(async (c) => {
      const request = await pageRequest(c);
      const { incident } = parseBody(incidentCreateBody, await readManageBody(c));
      refuseUnsupported(incident);
      const name = incident.name.trim();
      if (name === '') throw invalidField('incident.name', 'An incident needs a name.');
      if (incident.components && Object.keys(incident.components).length > 0) requireAlso(c, 'status:write', 'change component statuses');
      const services = await listActiveServices(c.var.db);
      const changes = changesOf(incident.components, services);
      const linked = linkedServices(incident, services);
      const status = phaseOf(incident.status ?? 'investigating');
      const defaultLocale = request.site.defaultLocale;
      const body = incident.body?.trim() ? incident.body : name;
      const { incidentId } = await openIncident(
        c.var.db,
        c.var.clock,
        {
          impact: incident.impact_override ?? impactOfComponents(Object.values(incident.components ?? {})),
          phase: status === 'resolved' ? 'investigating' : status,
          texts: { [defaultLocale]: { title: name } },
          serviceIds: [...new Set([...linked, ...changes.map((change) => change.serviceId)])],
        },
        { texts: { [defaultLocale]: body }, phase: status === 'resolved' ? 'resolved' : undefined, changes },
        c.var.apiActor,
      );
      const created = await findIncidentById(c.var.db, incidentId);
      return writeAnswer(c, await incidentAnswer(await manageRequestOf(c), created!.slug), 201);
    }),
  );

  app.get(
    `${MANAGE_PREFIX}/incidents/:incident_id`,
    requireToken('read'),
    answered(async (c) => writeAnswer(c, await incidentAnswer(await pageRequest(c), pathParam(c, 'incident_id')))),
  );

  const editIncident = answered(async (c) => {
    const request = await pageRequest(c);
    const slug = pathParam(c, 'incident_id');
    const { incident } = parseBody(incidentPatchBody, await readManageBody(c));
    refuseUnsupported(incident);
    const found = await findIncidentForApi(c.var.db, slug);
    // Planned maintenance is not an incident in Statuspage's documents either (0029).
    if (!found || found.maintenance) throw notFound(`There is no incident "${slug}".`, 'incident_id');
    if (incident.components && Object.keys(incident.components).length > 0) requireAlso(c, 'status:write', 'change component statuses');
    if (incident.name !== undefined && incident.name.trim() === '') throw invalidField('incident.name', 'An incident needs a name.');
    const services = await listActiveServices(c.var.db);
    const changes = changesOf(incident.components, services);
    const linked = linkedServices(incident, services);
    const phase = incident.status !== undefined && incident.status !== found.phase ? phaseOf(incident.status) : undefined;
    const effective = changes.filter((change) => services.find((service) => service.id === change.serviceId)!.status !== change.to);
    const body = incident.body?.trim() ? incident.body : null;
    const texts =
      body !== null
        ? { [request.site.defaultLocale]: body }
        : wordedTexts(
            request.site,
            phase,
            effective.map((change) => ({ service: services.find((service) => service.id === change.serviceId)!, to: change.to })),
          );
    const publishes = body !== null || phase !== undefined || effective.length > 0;
    await editIncidentByApi(
      c.var.db,
      c.var.clock,
      {
        incidentId: found.id,
        title: incident.name?.trim(),
        impact: incident.impact_override ?? undefined,
        addServiceIds: linked,
        update: publishes ? { phase, texts, changes } : null,
      },
      c.var.apiActor,
    );
    return writeAnswer(c, await incidentAnswer(await manageRequestOf(c), slug));
  });
  app.patch(`${MANAGE_PREFIX}/incidents/:incident_id`, requireToken('updates:write'), editIncident);
  app.put(`${MANAGE_PREFIX}/incidents/:incident_id`, requireToken('updates:write'), editIncident);

  return app;
}
