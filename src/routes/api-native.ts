/**
 * The native API (/api/v1/…): what Statuspage has no words for — what to do instead, expected
 * restoration, every translation and its age, corrections as versions, contact channels with
 * their opening hours and whether they are open now.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  nativeContactsOf,
  nativeIncidentOf,
  nativeIncidentsOf,
  nativeMaintenancesOf,
  nativeServiceOf,
  nativeServicesOf,
  nativeStatusOf,
} from '../api/native/assemble';
import {
  contactsDocument,
  incidentDocument,
  incidentsDocument,
  maintenancesDocument,
  serviceDocument,
  servicesDocument,
  statusDocument,
} from '../api/native/schemas';
import type { AppEnv } from '../env';
import { documentResponses, fromCache, languageQuery, NOT_FOUND_RESPONSE } from './api-openapi';
import { serveApiDocument } from './api-serve';

const TAG = 'Native v1';

/** Slugs are lowercase ASCII (src/routes/params.ts): anything else cannot exist. */
const slugParams = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,80}$/).openapi({ param: { name: 'slug', in: 'path' }, example: 'mina-sidor' }),
});

const pageQuery = languageQuery.extend({
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .optional()
    .openapi({ description: 'Page number, 1 (the newest) by default.', example: '2' }),
});

export function registerNativeRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/status',
      tags: [TAG],
      summary: 'The overall state in words and numbers, and what is going on now.',
      request: { query: languageQuery },
      responses: documentResponses(statusDocument, 'The overall state.'),
    }),
    (c) => fromCache(serveApiDocument(c, c.req.valid('query').lang, { schema: statusDocument, build: nativeStatusOf })),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/services',
      tags: [TAG],
      summary: 'Every service with its status, what to do instead and when it is expected back, by group.',
      request: { query: languageQuery },
      responses: documentResponses(servicesDocument, 'The services in page order.'),
    }),
    (c) => fromCache(serveApiDocument(c, c.req.valid('query').lang, { schema: servicesDocument, build: nativeServicesOf })),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/services/{slug}',
      tags: [TAG],
      summary: 'One service (retired ones too) and the incidents that affected it.',
      request: { params: slugParams, query: languageQuery },
      responses: { ...documentResponses(serviceDocument, 'The service.'), ...NOT_FOUND_RESPONSE },
    }),
    (c) => {
      const { slug } = c.req.valid('param');
      return fromCache(
        serveApiDocument(c, c.req.valid('query').lang, { schema: serviceDocument, build: (request) => nativeServiceOf(request, slug) }),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/incidents',
      tags: [TAG],
      summary: 'Incidents with every update and every version of a corrected update, the most recently started first, 20 a page.',
      request: { query: pageQuery },
      responses: { ...documentResponses(incidentsDocument, 'One page of incidents.'), ...NOT_FOUND_RESPONSE },
    }),
    (c) => {
      const query = c.req.valid('query');
      const page = Number(query.page ?? '1');
      return fromCache(
        serveApiDocument(c, query.lang, {
          schema: incidentsDocument,
          variant: `page=${page}`,
          build: (request) => nativeIncidentsOf(request, page),
        }),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/incidents/{slug}',
      tags: [TAG],
      summary: 'One incident or planned maintenance: the notice, affected services and every update.',
      request: { params: slugParams, query: languageQuery },
      responses: { ...documentResponses(incidentDocument, 'The incident.'), ...NOT_FOUND_RESPONSE },
    }),
    (c) => {
      const { slug } = c.req.valid('param');
      return fromCache(
        serveApiDocument(c, c.req.valid('query').lang, { schema: incidentDocument, build: (request) => nativeIncidentOf(request, slug) }),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/maintenances',
      tags: [TAG],
      summary: 'Planned maintenance: open ones the soonest first, then the 50 latest finished (cancelled included).',
      request: { query: languageQuery },
      responses: documentResponses(maintenancesDocument, 'The maintenances.'),
    }),
    (c) => fromCache(serveApiDocument(c, c.req.valid('query').lang, { schema: maintenancesDocument, build: nativeMaintenancesOf })),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/contacts',
      tags: [TAG],
      summary: 'Contact channels with opening hours, dated exceptions and whether each is open now.',
      request: { query: languageQuery },
      responses: documentResponses(contactsDocument, 'The contact channels.'),
    }),
    (c) => fromCache(serveApiDocument(c, c.req.valid('query').lang, { schema: contactsDocument, build: nativeContactsOf })),
  );
}
