/**
 * Writing planned maintenance through the native API: schedule one (scheduleMaintenance), and
 * change one with PATCH — its status (start early, verifying, complete, cancel:
 * changeMaintenanceStatus), its window (rescheduleMaintenance) or its notice and services
 * (editMaintenance). Those are separate writes in the store, each its own transaction, so one
 * PATCH makes one kind of change: a body mixing them is refused (422) rather than half applied.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { asc, eq } from 'drizzle-orm';
import { requireToken } from '../api/write/auth';
import { invalidField, withRequestFields } from '../api/write/errors';
import { idempotentWrite, type WriteAnswer } from '../api/write/idempotency';
import {
  checkLanguages,
  checkNotice,
  ifMatchVersion,
  instantOf,
  maintenanceBySlug,
  noticeTextsOf,
  readRequest,
  serviceIdsOf,
  siteOf,
} from '../api/write/request';
import { changeMaintenanceRequest, createMaintenanceRequest, maintenanceAnswer } from '../api/write/schemas';
import { timeWriterFor } from '../api/time';
import type { Queryable } from '../db/database';
import { incidents, incidentServices, incidentTexts, maintenances, updates } from '../db/schema';
import type { AppEnv } from '../env';
import type { IncidentTextInput } from '../store/incidents';
import { changeMaintenanceStatus, editMaintenance, rescheduleMaintenance, scheduleMaintenance } from '../store/maintenance';
import { describeWrite, slugParam, slugPathParams } from './api-write-docs';

/** The store's field names as the request's. */
function requestField(field: string): string {
  if (field === 'startsAt') return 'starts_at';
  if (field === 'endsAt') return 'ends_at';
  if (field === 'serviceIds') return 'services';
  if (field === 'to') return 'status';
  if (field.startsWith('texts')) return `notice${field.slice('texts'.length)}`;
  return field;
}

async function maintenanceAnswerOf(q: Queryable, incidentId: number, updateId: number | null, status: 200 | 201, timeZone: string): Promise<WriteAnswer> {
  const row = await q
    .select({ incident: incidents, maintenance: maintenances })
    .from(maintenances)
    .innerJoin(incidents, eq(incidents.id, maintenances.incidentId))
    .where(eq(maintenances.incidentId, incidentId))
    .get();
  const update = updateId === null ? null : await q.select({ uid: updates.uid }).from(updates).where(eq(updates.id, updateId)).get();
  const written = timeWriterFor(timeZone);
  return {
    status,
    body: maintenanceAnswer.parse({
      maintenance: {
        slug: row!.incident.slug,
        url: `/api/v1/incidents/${row!.incident.slug}`,
        status: row!.maintenance.status,
        starts_at: written(row!.maintenance.scheduledStartAt),
        ends_at: written(row!.maintenance.scheduledEndAt),
        version: row!.incident.version,
      },
      update: update ? { id: update.uid } : null,
    }),
  };
}

/** The notice as it is, for an edit that changes only the impact or the services. */
async function currentNotice(q: Queryable, incidentId: number): Promise<Record<string, IncidentTextInput>> {
  const rows = await q.select().from(incidentTexts).where(eq(incidentTexts.incidentId, incidentId)).all();
  return Object.fromEntries(
    rows.map((row) => [
      row.locale,
      {
        title: row.title,
        whatHappened: row.whatHappened,
        affectsMe: row.affectsMe,
        whatWeAreDoing: row.whatWeAreDoing,
        whatYouShouldDo: row.whatYouShouldDo,
        whoToContact: row.whoToContact,
      },
    ]),
  );
}

async function currentServiceIds(q: Queryable, incidentId: number): Promise<number[]> {
  const rows = await q
    .select({ id: incidentServices.serviceId })
    .from(incidentServices)
    .where(eq(incidentServices.incidentId, incidentId))
    .orderBy(asc(incidentServices.serviceId))
    .all();
  return rows.map((row) => row.id);
}

const KINDS = {
  status: ['status'],
  schedule: ['starts_at', 'ends_at'],
  notice: ['impact', 'notice', 'services'],
} as const;

export function registerMaintenanceWriteRoutes(app: OpenAPIHono<AppEnv>): void {
  describeWrite(app, {
    method: 'post',
    path: '/api/v1/maintenances',
    summary: 'Schedule a planned maintenance: the notice, the services, the window and its announcement.',
    scope: 'updates:write',
    body: createMaintenanceRequest,
    answer: maintenanceAnswer,
    created: true,
  });
  app.post('/api/v1/maintenances', requireToken('updates:write'), async (c) => {
    const { db, clock } = c.var;
    const { raw, value } = await readRequest(c, createMaintenanceRequest);
    const site = await siteOf(db);
    checkNotice(value.notice, site, 'notice');
    if (value.announcement) checkLanguages(value.announcement, site, 'announcement');
    const serviceIds = await serviceIdsOf(db, value.services, (_slug, index) => `services.${index}`);
    return idempotentWrite(c, {
      body: raw,
      run: (handle) =>
        withRequestFields(
          () =>
            scheduleMaintenance(
              handle,
              clock,
              {
                slug: value.slug,
                impact: value.impact,
                texts: noticeTextsOf(value.notice),
                serviceIds: [...serviceIds.values()],
                startsAt: instantOf(value.starts_at),
                endsAt: instantOf(value.ends_at),
                announcement: value.announcement,
              },
              c.var.apiActor,
            ),
          requestField,
        ),
      answer: (q, scheduled) => maintenanceAnswerOf(q, scheduled.incidentId, scheduled.update.updateId, 201, site.timeZone),
    });
  });

  describeWrite(app, {
    method: 'patch',
    path: '/api/v1/maintenances/{slug}',
    summary:
      'Change a maintenance, one kind of change at a time: its `status` (start early, verifying, complete, cancel), its window (`starts_at`, `ends_at`), or its `impact`, `notice` and `services`.',
    scope: 'updates:write',
    body: changeMaintenanceRequest,
    answer: maintenanceAnswer,
    params: slugPathParams,
  });
  app.patch('/api/v1/maintenances/:slug', requireToken('updates:write'), async (c) => {
    const { db, clock } = c.var;
    const slug = slugParam(c);
    const { raw, value } = await readRequest(c, changeMaintenanceRequest);
    const { incident, maintenance } = await maintenanceBySlug(db, slug);
    const site = await siteOf(db);
    const given = (Object.keys(KINDS) as (keyof typeof KINDS)[]).filter((kind) => KINDS[kind].some((field) => value[field] !== undefined));
    if (given.length === 0) throw invalidField('body', 'Nothing to change: send status, starts_at/ends_at, or impact/notice/services.');
    if (given.length > 1) {
      const extra = KINDS[given[1]!].find((field) => value[field] !== undefined)!;
      throw invalidField(extra, `Change ${KINDS[given[0]!].join('/')} and ${KINDS[given[1]!].join('/')} in separate requests.`);
    }
    if (value.body) checkLanguages(value.body, site, 'body');
    const expectedVersion = ifMatchVersion(c);
    const kind = given[0]!;
    const answer = (q: Queryable, updateId: number | null) => maintenanceAnswerOf(q, incident.id, updateId, 200, site.timeZone);

    if (kind === 'status') {
      return idempotentWrite(c, {
        body: raw,
        run: (handle) =>
          withRequestFields(
            () => changeMaintenanceStatus(handle, clock, { incidentId: incident.id, to: value.status!, expectedVersion, texts: value.body }, c.var.apiActor),
            requestField,
          ),
        answer: (q, update) => answer(q, update.updateId),
      });
    }
    if (kind === 'schedule') {
      const startsAt = value.starts_at ? instantOf(value.starts_at) : maintenance.scheduledStartAt;
      const endsAt = value.ends_at ? instantOf(value.ends_at) : maintenance.scheduledEndAt;
      return idempotentWrite(c, {
        body: raw,
        run: (handle) =>
          withRequestFields(
            () => rescheduleMaintenance(handle, clock, { incidentId: incident.id, startsAt, endsAt, expectedVersion, texts: value.body }, c.var.apiActor),
            requestField,
          ),
        answer: (q, update) => answer(q, update.updateId),
      });
    }
    // The notice: no update is published, so there are no words for one.
    if (value.body) throw invalidField('body', 'Editing the notice publishes no update: leave out body.');
    if (value.notice) checkNotice(value.notice, site, 'notice');
    const serviceIds = value.services ? [...(await serviceIdsOf(db, value.services, (_slug, index) => `services.${index}`)).values()] : await currentServiceIds(db, incident.id);
    const texts = value.notice ? noticeTextsOf(value.notice) : await currentNotice(db, incident.id);
    return idempotentWrite(c, {
      body: raw,
      run: (handle) =>
        withRequestFields(
          () =>
            editMaintenance(
              handle,
              clock,
              { incidentId: incident.id, expectedVersion: expectedVersion ?? incident.version, impact: value.impact ?? incident.impact, texts, serviceIds },
              c.var.apiActor,
            ),
          requestField,
        ),
      answer: (q) => answer(q, null),
    });
  });
}
