/**
 * The API's addresses, listed once: the API page (views/pages/ApiPage.tsx) describes them in
 * the reader's language, the tests walk them. The routes themselves are in src/routes/api-*.ts.
 */
export const STATUSPAGE_ENDPOINTS = [
  { id: 'v2-summary', path: '/api/v2/summary.json' },
  { id: 'v2-status', path: '/api/v2/status.json' },
  { id: 'v2-components', path: '/api/v2/components.json' },
  { id: 'v2-incidents', path: '/api/v2/incidents.json' },
  { id: 'v2-unresolved', path: '/api/v2/incidents/unresolved.json' },
  { id: 'v2-maintenances', path: '/api/v2/scheduled-maintenances.json' },
  { id: 'v2-upcoming', path: '/api/v2/scheduled-maintenances/upcoming.json' },
  { id: 'v2-active', path: '/api/v2/scheduled-maintenances/active.json' },
] as const;

export const NATIVE_ENDPOINTS = [
  { id: 'v1-status', path: '/api/v1/status' },
  { id: 'v1-services', path: '/api/v1/services' },
  { id: 'v1-service', path: '/api/v1/services/{slug}' },
  { id: 'v1-incidents', path: '/api/v1/incidents' },
  { id: 'v1-incident', path: '/api/v1/incidents/{slug}' },
  { id: 'v1-maintenances', path: '/api/v1/maintenances' },
  { id: 'v1-contacts', path: '/api/v1/contacts' },
] as const;

/**
 * The native write endpoints (src/routes/api-write*.ts), with the scope each needs. Not on the
 * API page's list of documents: they need a token (docs/decisions/0035-api-tokens.md).
 */
export const NATIVE_WRITE_ENDPOINTS = [
  { method: 'post', path: '/api/v1/services/{slug}/status', scope: 'status:write' },
  { method: 'post', path: '/api/v1/incidents', scope: 'updates:write' },
  { method: 'post', path: '/api/v1/incidents/{slug}/updates', scope: 'updates:write' },
  { method: 'post', path: '/api/v1/incidents/{slug}/resolve', scope: 'updates:write' },
  { method: 'post', path: '/api/v1/maintenances', scope: 'updates:write' },
  { method: 'patch', path: '/api/v1/maintenances/{slug}', scope: 'updates:write' },
] as const;

/**
 * The monitor hooks (src/routes/api-hooks.ts) and Statuspage's manage shape
 * (src/routes/api-statuspage-manage.ts), as /api/openapi.json describes them
 * (src/routes/api-hooks-docs.ts). Token-only, like the native writes.
 */
export const MONITOR_HOOK_ENDPOINTS = [
  { method: 'post', path: '/api/v1/hooks/alertmanager', scope: 'hooks' },
  { method: 'post', path: '/api/v1/hooks/grafana', scope: 'hooks' },
  { method: 'post', path: '/api/v1/hooks/uptime-kuma', scope: 'hooks' },
  { method: 'post', path: '/api/v1/hooks/heartbeat/{slug}', scope: 'hooks' },
] as const;

export const STATUSPAGE_MANAGE_ENDPOINTS = [
  { method: 'get', path: '/api/statuspage/v1/pages/{page_id}/components', scope: 'read' },
  { method: 'get', path: '/api/statuspage/v1/pages/{page_id}/components/{component_id}', scope: 'read' },
  { method: 'patch', path: '/api/statuspage/v1/pages/{page_id}/components/{component_id}', scope: 'status:write' },
  { method: 'put', path: '/api/statuspage/v1/pages/{page_id}/components/{component_id}', scope: 'status:write' },
  { method: 'post', path: '/api/statuspage/v1/pages/{page_id}/incidents', scope: 'updates:write' },
  { method: 'get', path: '/api/statuspage/v1/pages/{page_id}/incidents/{incident_id}', scope: 'read' },
  { method: 'patch', path: '/api/statuspage/v1/pages/{page_id}/incidents/{incident_id}', scope: 'updates:write' },
  { method: 'put', path: '/api/statuspage/v1/pages/{page_id}/incidents/{incident_id}', scope: 'updates:write' },
] as const;

export type EndpointId = (typeof STATUSPAGE_ENDPOINTS)[number]['id'] | (typeof NATIVE_ENDPOINTS)[number]['id'];

export const OPENAPI_DOCUMENT_PATH = '/api/openapi.json';
