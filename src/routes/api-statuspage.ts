/**
 * The Statuspage v2 public API (/api/v2/…), the documents status aggregators, dashboards and
 * chat integrations already read (docs/decisions/0029-statuspage-v2-exactly.md).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  componentsDocumentOf,
  incidentsDocumentOf,
  maintenancesDocumentOf,
  statusDocumentOf,
  summaryDocumentOf,
  type MaintenanceSelection,
} from '../api/statuspage/assemble';
import {
  componentsDocument,
  incidentsDocument,
  maintenancesDocument,
  statusDocument,
  summaryDocument,
} from '../api/statuspage/schemas';
import type { ApiRequest } from '../api/request';
import type { AppEnv } from '../env';
import { documentResponses, fromCache, languageQuery } from './api-openapi';
import { serveApiDocument } from './api-serve';
import type { z } from '@hono/zod-openapi';

const TAG = 'Statuspage v2';

interface V2Document<Schema extends z.ZodType> {
  path: string;
  summary: string;
  schema: Schema;
  build: (request: ApiRequest) => Promise<z.input<Schema>>;
}

function register<Schema extends z.ZodType>(app: OpenAPIHono<AppEnv>, document: V2Document<Schema>) {
  const route = createRoute({
    method: 'get',
    path: document.path,
    tags: [TAG],
    summary: document.summary,
    request: { query: languageQuery },
    responses: documentResponses(document.schema, document.summary),
  });
  app.openapi(route, (c) => fromCache(serveApiDocument(c, c.req.valid('query').lang, document)));
}

const maintenances = (selection: MaintenanceSelection) => (request: ApiRequest) => maintenancesDocumentOf(request, selection);

export function registerStatuspageRoutes(app: OpenAPIHono<AppEnv>): void {
  register(app, {
    path: '/api/v2/summary.json',
    summary: 'The overall status, every component, unresolved incidents and upcoming or active maintenances.',
    schema: summaryDocument,
    build: summaryDocumentOf,
  });
  register(app, {
    path: '/api/v2/status.json',
    summary: 'The overall status: an indicator and a sentence.',
    schema: statusDocument,
    build: statusDocumentOf,
  });
  register(app, {
    path: '/api/v2/components.json',
    summary: 'Every service and service group, in one flat list in page order.',
    schema: componentsDocument,
    build: componentsDocumentOf,
  });
  register(app, {
    path: '/api/v2/incidents.json',
    summary: 'The 50 most recently started incidents, resolved or not (planned maintenance is listed on its own).',
    schema: incidentsDocument,
    build: (request) => incidentsDocumentOf(request, { unresolvedOnly: false }),
  });
  register(app, {
    path: '/api/v2/incidents/unresolved.json',
    summary: 'Incidents not resolved yet (investigating, identified or monitoring).',
    schema: incidentsDocument,
    build: (request) => incidentsDocumentOf(request, { unresolvedOnly: true }),
  });
  register(app, {
    path: '/api/v2/scheduled-maintenances.json',
    summary: 'The 50 planned maintenances with the latest start, in any status but cancelled.',
    schema: maintenancesDocument,
    build: maintenances('all'),
  });
  register(app, {
    path: '/api/v2/scheduled-maintenances/upcoming.json',
    summary: 'Planned maintenances that have not started yet, the soonest first.',
    schema: maintenancesDocument,
    build: maintenances('upcoming'),
  });
  register(app, {
    path: '/api/v2/scheduled-maintenances/active.json',
    summary: 'Planned maintenances under way (in progress or verifying).',
    schema: maintenancesDocument,
    build: maintenances('active'),
  });
}
