/**
 * How the monitor hooks (./api-hooks.ts) and Statuspage's manage shape
 * (./api-statuspage-manage.ts) are described in /api/openapi.json. Those routes are plain Hono
 * routes that validate their bodies themselves (to answer 422 naming the field), so here they
 * are only registered in the document, with the very zod schemas the handlers parse with.
 */
import { z, type OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../api/hooks/grafana-signature';
import { alertmanagerPayload, grafanaPayload, uptimeKumaPayload } from '../api/hooks/payloads';
import { componentPatchBody, incidentCreateBody, incidentPatchBody } from '../api/statuspage/manage-payloads';
import { statuspageComponent, statuspageIncident } from '../api/statuspage/schemas';
import { writeError } from '../api/write/schemas';
import { HEARTBEAT_INTERVAL_LIMITS } from '../domain/monitoring';
import type { ApiScope } from '../domain/api-scopes';
import type { AppEnv } from '../env';

export const HOOKS_TAG = 'Monitor hooks';
export const MANAGE_TAG = 'Statuspage manage shape';

const errorContent = { 'application/json': { schema: writeError } };

function refusals(notFound: string, unauthorized = 'No token, or an unknown, expired or revoked one.') {
  return {
    400: { description: 'The body is not valid JSON, or there is none.', content: errorContent },
    401: { description: unauthorized, content: errorContent },
    403: { description: 'The token lacks the scope this needs.', content: errorContent },
    404: { description: notFound, content: errorContent },
    413: { description: 'The body is larger than 1 MB.', content: errorContent },
    422: { description: 'A field has the wrong type or an unknown value (`field` names it).', content: errorContent },
    429: { description: 'Too many requests for this token (60 at once, then one a second): wait Retry-After seconds.', content: errorContent },
  } as const;
}

const hookOutcome = z.object({}).passthrough().openapi({
  description: 'Per service: `outcome` is `changed`, `unchanged` or `flagged` (then `reason` and `message` say why an editor was asked instead).',
});
const hookAnswer = z.object({
  results: z.array(hookOutcome),
  ignored: z.number().int().openapi({ description: 'Alerts that named no service (no `status_page_service` label) or said neither down nor up.' }),
  test: z.boolean().optional().openapi({ description: 'Uptime Kuma’s “Test” button: nothing was done.' }),
});
const heartbeatAnswer = z.object({
  service: z.string(),
  interval_seconds: z.number().int(),
  next_beat_due_at: z.string(),
  armed: z.boolean(),
  resumed: z.boolean(),
});

const serviceQuery = z.object({
  service: z.string().optional().openapi({ description: 'The service’s slug (default: the monitor’s name).' }),
  status: z.string().optional().openapi({ description: 'The status a down monitor reports (default: down).' }),
});
const intervalQuery = z.object({
  interval: z
    .string()
    .optional()
    .openapi({ description: `Seconds until the next beat is due, ${HEARTBEAT_INTERVAL_LIMITS.min}–${HEARTBEAT_INTERVAL_LIMITS.max} (default ${HEARTBEAT_INTERVAL_LIMITS.default}).` }),
});
const grafanaHeaders = z.object({
  [SIGNATURE_HEADER]: z.string().optional().openapi({ description: 'HMAC-SHA256 of timestamp:body, required when the server has a Grafana webhook secret.' }),
  [TIMESTAMP_HEADER]: z.string().optional(),
});

const pathParam = (name: string, example: string) =>
  z.string().openapi({ param: { name, in: 'path' }, example });
const pageParams = z.object({ page_id: pathParam('page_id', 'status.example.org') });
const componentParams = pageParams.extend({ component_id: pathParam('component_id', 'service-mina-sidor') });
const incidentParams = pageParams.extend({ incident_id: pathParam('incident_id', 'it-angrepp') });

interface Described {
  method: 'get' | 'post' | 'patch' | 'put';
  path: string;
  tag: string;
  summary: string;
  scope: ApiScope;
  note?: string;
  request?: RouteConfig['request'];
  body?: z.ZodType;
  form?: boolean;
  answer: z.ZodType;
  created?: boolean;
  notFound: string;
  unauthorized?: string;
}

function describe(app: OpenAPIHono<AppEnv>, route: Described): void {
  const json = route.body ? { 'application/json': { schema: route.body } } : undefined;
  const content = json && route.form ? { ...json, 'application/x-www-form-urlencoded': { schema: route.body! } } : json;
  app.openAPIRegistry.registerPath({
    method: route.method,
    path: route.path,
    tags: [route.tag],
    summary: route.summary,
    description: [`Needs a token with the scope \`${route.scope}\`.`, route.note].filter(Boolean).join(' '),
    security: [{ apiToken: [route.scope] }],
    request: { ...route.request, ...(content ? { body: { required: true, content } } : {}) },
    responses: {
      [route.created ? 201 : 200]: { description: 'Done: what was done.', content: { 'application/json': { schema: route.answer } } },
      ...refusals(route.notFound, route.unauthorized),
    },
  });
}

const MANAGE_AUTH = 'Send the token as `Authorization: Bearer <token>` or, as Statuspage’s own API, `Authorization: OAuth <token>`.';
const MANAGE_BODY = 'The body is JSON or form fields with brackets (`component[status]=major_outage`), as in Statuspage’s examples.';
const NO_PAGE = 'The page id is not this site’s (`field` is `page_id`)';
const MANAGE = '/api/statuspage/v1/pages/{page_id}';

/** Registers the hooks and the manage shape in the OpenAPI document (after the `apiToken` scheme). */
export function describeHooksAndManage(app: OpenAPIHono<AppEnv>): void {
  const alerts = 'Firing alerts labelled `status_page_service` set that service’s status (`status_page_status`, default down); resolved ones may restore it.';
  describe(app, { method: 'post', path: '/api/v1/hooks/alertmanager', tag: HOOKS_TAG, scope: 'hooks', summary: 'Alertmanager webhook (payload version 4).', note: alerts, body: alertmanagerPayload, answer: hookAnswer, notFound: 'An alert names a service that does not exist.' });
  describe(app, {
    method: 'post',
    path: '/api/v1/hooks/grafana',
    tag: HOOKS_TAG,
    scope: 'hooks',
    summary: 'Grafana webhook contact point.',
    note: alerts,
    request: { headers: grafanaHeaders },
    body: grafanaPayload,
    answer: hookAnswer,
    notFound: 'An alert names a service that does not exist.',
    unauthorized: 'No token, an unknown, expired or revoked one, or a missing, wrong or stale Grafana signature.',
  });
  describe(app, { method: 'post', path: '/api/v1/hooks/uptime-kuma', tag: HOOKS_TAG, scope: 'hooks', summary: 'Uptime Kuma webhook.', request: { query: serviceQuery }, body: uptimeKumaPayload, answer: hookAnswer, notFound: 'The service named does not exist.' });
  describe(app, {
    method: 'post',
    path: '/api/v1/hooks/heartbeat/{slug}',
    tag: HOOKS_TAG,
    scope: 'hooks',
    summary: 'A heartbeat: the service is flagged for an editor if the next one does not arrive in time. No body.',
    request: { params: z.object({ slug: pathParam('slug', 'mina-sidor') }), query: intervalQuery },
    answer: heartbeatAnswer,
    notFound: 'No such service.',
  });

  const components = `${MANAGE}/components`;
  const component = `${components}/{component_id}`;
  const incident = `${MANAGE}/incidents/{incident_id}`;
  const read = { tag: MANAGE_TAG, scope: 'read', note: MANAGE_AUTH } as const;
  describe(app, { ...read, method: 'get', path: components, summary: 'The components (services), as /api/v2/components.json lists them.', request: { params: pageParams }, answer: z.array(statuspageComponent), notFound: `${NO_PAGE}.` });
  describe(app, { ...read, method: 'get', path: component, summary: 'One component.', request: { params: componentParams }, answer: statuspageComponent, notFound: `${NO_PAGE}, or no such component.` });
  describe(app, { ...read, method: 'get', path: incident, summary: 'One incident.', request: { params: incidentParams }, answer: statuspageIncident, notFound: `${NO_PAGE}, or no such incident.` });

  for (const method of ['patch', 'put'] as const) {
    describe(app, {
      method,
      path: component,
      tag: MANAGE_TAG,
      scope: 'status:write',
      summary: 'Set a component’s status (published as a dated update).',
      note: `${MANAGE_AUTH} ${MANAGE_BODY} Name and description cannot be changed here.`,
      request: { params: componentParams },
      body: componentPatchBody,
      form: true,
      answer: statuspageComponent,
      notFound: `${NO_PAGE}, or no such component.`,
    });
    describe(app, {
      method,
      path: incident,
      tag: MANAGE_TAG,
      scope: 'updates:write',
      summary: 'Change an incident: status, name, impact, components, and a new update with `body`.',
      note: `${MANAGE_AUTH} ${MANAGE_BODY} Changing \`components\` also needs \`status:write\`.`,
      request: { params: incidentParams },
      body: incidentPatchBody,
      form: true,
      answer: statuspageIncident,
      notFound: `${NO_PAGE}, or no such incident.`,
    });
  }
  describe(app, {
    method: 'post',
    path: `${MANAGE}/incidents`,
    tag: MANAGE_TAG,
    scope: 'updates:write',
    summary: 'Open an incident.',
    note: `${MANAGE_AUTH} ${MANAGE_BODY} Setting \`components\` also needs \`status:write\`.`,
    request: { params: pageParams },
    body: incidentCreateBody,
    form: true,
    answer: statuspageIncident,
    created: true,
    notFound: `${NO_PAGE}, or a component named does not exist.`,
  });
}
