/**
 * The native write API (/api/v1/…, docs/decisions/0035-api-tokens.md): set a service's status,
 * open an incident, post an update, resolve, schedule and change maintenance. Each handler is
 * a thin transport: it reads the body against its schema (src/api/write/schemas.ts), finds
 * what the request names, calls the same store function the console calls (so validation,
 * conflict rules, the transaction and the audit entry are the console's), and answers with
 * what changed. A token with the right scope is required (src/api/write/auth.ts); refusals
 * are JSON in one shape (src/api/write/errors.ts), mapped once in ./api.ts.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { timeWriterFor } from '../api/time';
import { requireToken } from '../api/write/auth';
import { invalidField } from '../api/write/errors';
import { idempotentWrite } from '../api/write/idempotency';
import {
  activeServiceBySlug,
  checkLanguages,
  ifMatchVersion,
  openIncidentConcerning,
  readRequest,
  siteOf,
} from '../api/write/request';
import { serviceStatusAnswer, setServiceStatusRequest } from '../api/write/schemas';
import { services, updates } from '../db/schema';
import type { AppEnv } from '../env';
import { publishUpdate } from '../store/publishing';
import { describeWrite, slugParam, slugPathParams } from './api-write-docs';
import { registerIncidentWriteRoutes } from './api-write-incidents';
import { registerMaintenanceWriteRoutes } from './api-write-maintenance';

export function registerNativeWriteRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token made by an admin (console: Tokens; or `npm run admin -- create-token`). `Authorization: OAuth <token>` is accepted too.',
  });

  describeWrite(app, {
    method: 'post',
    path: '/api/v1/services/{slug}/status',
    summary: 'Set a service’s status, with a short note per language (published as a dated update).',
    scope: 'status:write',
    body: setServiceStatusRequest,
    answer: serviceStatusAnswer,
    params: slugPathParams,
  });
  app.post('/api/v1/services/:slug/status', requireToken('status:write'), async (c) => {
    const { db, clock } = c.var;
    const slug = slugParam(c);
    const { raw, value } = await readRequest(c, setServiceStatusRequest);
    const service = await activeServiceBySlug(db, slug);
    const site = await siteOf(db);
    checkLanguages(value.note, site, 'note');
    const incidentId = value.incident === undefined ? null : await openIncidentConcerning(db, value.incident, service.id);
    if (value.incident !== undefined && incidentId === null)
      throw invalidField('incident', `"${value.incident}" is not an open incident concerning this service.`);
    const expectedVersion = ifMatchVersion(c);
    const written = timeWriterFor(site.timeZone);
    return idempotentWrite(c, {
      body: raw,
      run: (handle) =>
        publishUpdate(
          handle,
          clock,
          { incidentId, texts: value.note, changes: [{ serviceId: service.id, to: value.status, expectedVersion }] },
          c.var.apiActor,
        ),
      answer: async (q, published) => {
        const now = await q.select().from(services).where(eq(services.id, service.id)).get();
        const update = await q.select({ uid: updates.uid }).from(updates).where(eq(updates.id, published.updateId)).get();
        return {
          status: 200,
          body: serviceStatusAnswer.parse({
            service: { slug: now!.slug, status: now!.status, status_changed_at: written(now!.statusChangedAt), version: now!.version },
            update: { id: update!.uid },
          }),
        };
      },
    });
  });

  registerIncidentWriteRoutes(app);
  registerMaintenanceWriteRoutes(app);
}
