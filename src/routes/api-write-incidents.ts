/**
 * Writing incidents through the native API: open one (with its first update, in one write:
 * openIncident), post an update, resolve. The console's rules hold: the store checks them,
 * and what the console's forms check before the store (a start not ahead of now, a promised
 * update in the future, languages the site offers) is checked here the same way.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { ApiWriteError, invalidField } from '../api/write/errors';
import { requireToken } from '../api/write/auth';
import { idempotentWrite, type WriteAnswer } from '../api/write/idempotency';
import {
  checkLanguages,
  checkNotice,
  ifMatchVersion,
  incidentBySlug,
  instantOf,
  noticeTextsOf,
  readRequest,
  serviceIdsOf,
  siteOf,
  statusChangesOf,
} from '../api/write/request';
import { createIncidentRequest, incidentAnswer, postUpdateRequest, resolveIncidentRequest } from '../api/write/schemas';
import type { Queryable } from '../db/database';
import { incidents, updates } from '../db/schema';
import type { AppEnv } from '../env';
import { FIRST_UPDATE_FIELD_PREFIX, openIncident, publishUpdate } from '../store/publishing';
import { describeWrite, slugParam, slugPathParams } from './api-write-docs';
import { START_TIME_LEEWAY_MS } from './admin/incidents/form';

async function incidentAnswerOf(q: Queryable, incidentId: number, updateId: number | null, status: 200 | 201): Promise<WriteAnswer> {
  const incident = await q.select().from(incidents).where(eq(incidents.id, incidentId)).get();
  const update = updateId === null ? null : await q.select({ uid: updates.uid }).from(updates).where(eq(updates.id, updateId)).get();
  return {
    status,
    body: incidentAnswer.parse({
      incident: { slug: incident!.slug, url: `/api/v1/incidents/${incident!.slug}`, phase: incident!.phase, version: incident!.version },
      update: update ? { id: update.uid } : null,
    }),
  };
}

/** A promised next update must lie ahead, as the console's form says. */
function nextUpdateOf(value: string | null | undefined, now: Date, field: string): Date | null | undefined {
  if (value === undefined || value === null) return value;
  const at = instantOf(value);
  if (at.getTime() <= now.getTime()) throw invalidField(field, 'The next update must be promised for a time ahead.');
  return at;
}

export function registerIncidentWriteRoutes(app: OpenAPIHono<AppEnv>): void {
  describeWrite(app, {
    method: 'post',
    path: '/api/v1/incidents',
    summary: 'Open an incident: the notice, affected services and, in the same write, its first update.',
    scope: 'updates:write',
    body: createIncidentRequest,
    answer: incidentAnswer,
    created: true,
  });
  app.post('/api/v1/incidents', requireToken('updates:write'), async (c) => {
    const { db, clock } = c.var;
    const { raw, value } = await readRequest(c, createIncidentRequest);
    const site = await siteOf(db);
    const now = clock.now();
    checkNotice(value.notice, site, 'notice');
    const startedAt = value.started_at === undefined ? undefined : instantOf(value.started_at);
    if (startedAt && startedAt.getTime() > now.getTime() + START_TIME_LEEWAY_MS)
      throw invalidField('started_at', 'The start cannot lie ahead of now.');
    const nextUpdateDueAt = nextUpdateOf(value.next_update_due_at, now, 'next_update_due_at');
    const serviceIds = await serviceIdsOf(db, value.services ?? [], (_slug, index) => `services.${index}`);
    const first = value.first_update;
    if (first) checkLanguages(first.body, site, 'first_update.body');
    const changes = first ? await statusChangesOf(db, first.changes, 'first_update.changes') : [];
    return idempotentWrite(c, {
      body: raw,
      run: async (handle) => {
        try {
          return await openIncident(
            handle,
            clock,
            {
              slug: value.slug,
              impact: value.impact,
              phase: value.phase,
              startedAt,
              nextUpdateDueAt: nextUpdateDueAt ?? null,
              texts: noticeTextsOf(value.notice),
              serviceIds: [...serviceIds.values()],
            },
            first ? { texts: first.body, changes } : null,
            c.var.apiActor,
          );
        } catch (error) {
          // The store names the first update's fields its own way (firstUpdate.texts.sv).
          if (error instanceof Error && 'field' in error && typeof error.field === 'string' && error.field.startsWith(FIRST_UPDATE_FIELD_PREFIX))
            throw invalidField(`first_update.${error.field.slice(FIRST_UPDATE_FIELD_PREFIX.length).replace(/^texts/, 'body')}`, error.message);
          throw error;
        }
      },
      answer: (q, opened) => incidentAnswerOf(q, opened.incidentId, opened.update?.updateId ?? null, 201),
    });
  });

  describeWrite(app, {
    method: 'post',
    path: '/api/v1/incidents/{slug}/updates',
    summary: 'Post an update to an incident: its text per language, a new phase, status changes, the next update promised.',
    scope: 'updates:write',
    body: postUpdateRequest,
    answer: incidentAnswer,
    created: true,
    params: slugPathParams,
  });
  app.post('/api/v1/incidents/:slug/updates', requireToken('updates:write'), async (c) => {
    const { db, clock } = c.var;
    const slug = slugParam(c);
    const { raw, value } = await readRequest(c, postUpdateRequest);
    const incident = await incidentBySlug(db, slug);
    const site = await siteOf(db);
    checkLanguages(value.body, site, 'body');
    const changes = await statusChangesOf(db, value.changes);
    const nextUpdateDueAt = nextUpdateOf(value.next_update_due_at, clock.now(), 'next_update_due_at');
    const expectedIncidentVersion = ifMatchVersion(c);
    return idempotentWrite(c, {
      body: raw,
      run: (handle) =>
        publishUpdate(
          handle,
          clock,
          { incidentId: incident.id, phase: value.phase, texts: value.body, changes, nextUpdateDueAt, expectedIncidentVersion },
          c.var.apiActor,
        ),
      answer: (q, published) => incidentAnswerOf(q, incident.id, published.updateId, 201),
    });
  });

  describeWrite(app, {
    method: 'post',
    path: '/api/v1/incidents/{slug}/resolve',
    summary: 'Resolve an incident with a closing update, optionally setting services back (to `operational`).',
    scope: 'updates:write',
    body: resolveIncidentRequest,
    answer: incidentAnswer,
    params: slugPathParams,
  });
  app.post('/api/v1/incidents/:slug/resolve', requireToken('updates:write'), async (c) => {
    const { db, clock } = c.var;
    const slug = slugParam(c);
    const { raw, value } = await readRequest(c, resolveIncidentRequest);
    const incident = await incidentBySlug(db, slug);
    if (incident.resolvedAt !== null) throw new ApiWriteError(409, 'conflict', 'The incident is already resolved.');
    const site = await siteOf(db);
    checkLanguages(value.body, site, 'body');
    const changes = await statusChangesOf(db, value.changes);
    const expectedIncidentVersion = ifMatchVersion(c);
    return idempotentWrite(c, {
      body: raw,
      run: (handle) =>
        publishUpdate(handle, clock, { incidentId: incident.id, phase: 'resolved', texts: value.body, changes, expectedIncidentVersion }, c.var.apiActor),
      answer: (q, published) => incidentAnswerOf(q, incident.id, published.updateId, 200),
    });
  });
}
