/**
 * Admin area: incidents. The list, creating one (with an optional first update), the
 * incident page and editing its notice. Posting, resolving and correcting updates are in
 * ./incidents-updates.tsx.
 */
import { Hono } from 'hono';
import { IncidentListPage } from '../../../views/admin/pages/IncidentListPage';
import { IncidentNewPage, NewIncidentForm } from '../../../views/admin/pages/IncidentNewPage';
import { emptyNoticeText, type NewIncidentDraft } from '../../../views/admin/pages/IncidentDrafts';
import { isNextUpdateOverdue } from '../../domain/incident';
import { localText } from '../../present/localize';
import { ConflictError, InputError, NotFoundError } from '../../store/errors';
import {
  countResolvedIncidents,
  createIncident,
  findIncidentById,
  listActiveIncidents,
  listResolvedIncidents,
  updateIncidentNotice,
} from '../../store/incidents';
import { publishUpdate } from '../../store/publishing';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from './env';
import { checkNewIncident, checkNotice, idParam, parseNewIncidentDraft, parseNoticeDraft, type FieldErrors, type FormBody } from './incidents-input';
import { incidentContentProps, loadIncidentData, respondWithIncident, timeZoneHint, type IncidentData } from './incidents-page';
import { updateRoutes } from './incidents-updates';
import { requireRole } from './middleware';
import { adminChrome, fragment, page } from './render';
import { IncidentContent } from '../../../views/admin/pages/IncidentPage';

export const RESOLVED_PAGE_SIZE = 50;

/** Store field names (`texts.sv.title`) as the form's names (`sv.title`). */
function noticeField(field: string | undefined): string {
  return field?.startsWith('texts.') ? field.slice('texts.'.length) : (field ?? 'slug');
}

function newIncidentDraft(): NewIncidentDraft {
  return {
    slug: '',
    impact: 'major',
    phase: 'investigating',
    texts: { sv: emptyNoticeText(), en: emptyNoticeText() },
    serviceIds: [],
    nextUpdateDate: '',
    nextUpdateTime: '',
    update: { texts: { sv: '', en: '' }, statuses: {}, versions: {} },
  };
}

async function respondWithNewIncident(c: AdminContext, data: IncidentData, draft: NewIncidentDraft, errors: FieldErrors, status: 200 | 422) {
  const props = {
    chrome: adminChrome(c),
    words: data.words,
    draft,
    errors,
    groups: data.groups,
    timeZoneHint: timeZoneHint(c, data),
    message: Object.keys(errors).length > 0 ? { kind: 'error' as const, text: c.var.t.formHasErrors(Object.keys(errors).length) } : null,
  };
  return isHtmx(c) ? fragment(c, <NewIncidentForm {...props} />, status) : page(c, <IncidentNewPage {...props} />, status);
}

const FLASHES = {
  created: 'incidentCreated',
  saved: 'noticeSaved',
  published: 'updatePublished',
  resolved: 'incidentResolved',
  corrected: 'correctionPublished',
} as const;

export function incidentsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  // Every route of this area is for editors (and admins), checked on the server.
  app.use('/incidents', requireRole('editor'));
  app.use('/incidents/*', requireRole('editor'));

  app.get('/incidents', async (c) => {
    const { db } = c.var;
    const requested = c.req.query('page') ?? '1';
    const pageNumber = /^[1-9]\d{0,5}$/.test(requested) ? Number(requested) : 1;
    const [data, ongoing, resolved, total] = await Promise.all([
      loadIncidentData(c),
      listActiveIncidents(db),
      listResolvedIncidents(db, { limit: RESOLVED_PAGE_SIZE, offset: (pageNumber - 1) * RESOLVED_PAGE_SIZE }),
      countResolvedIncidents(db),
    ]);
    const pages = Math.max(1, Math.ceil(total / RESOLVED_PAGE_SIZE));
    if (pageNumber > pages) return c.notFound();
    const { fmt, words, languages } = data;
    return page(
      c,
      <IncidentListPage
        chrome={adminChrome(c)}
        ongoing={ongoing.map((incident) => ({
          title: localText(incident.texts, languages, (row) => row.title).text,
          href: `/admin/incidents/${incident.id}`,
          phase: words.phase[incident.phase],
          impact: words.impact[incident.impact],
          startedAt: fmt.dateTime(incident.startedAt),
          nextUpdateDue: incident.nextUpdateDueAt ? fmt.dateTime(incident.nextUpdateDueAt) : null,
          overdue: isNextUpdateOverdue(incident, data.now),
        }))}
        resolved={resolved.map((incident) => ({
          title: localText(incident.texts, languages, (row) => row.title).text,
          href: `/admin/incidents/${incident.id}`,
          startedAt: fmt.dateTime(incident.startedAt),
          resolvedAt: fmt.dateTime(incident.resolvedAt!),
        }))}
        page={pageNumber}
        pages={pages}
        newerHref={pageNumber > 1 ? `/admin/incidents?page=${pageNumber - 1}` : null}
        olderHref={pageNumber < pages ? `/admin/incidents?page=${pageNumber + 1}` : null}
      />,
    );
  });

  app.get('/incidents/new', async (c) => respondWithNewIncident(c, await loadIncidentData(c), newIncidentDraft(), {}, 200));

  app.post('/incidents', async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const actor = authOf(c).actor;
    const data = await loadIncidentData(c);
    const draft = parseNewIncidentDraft((await c.req.parseBody({ all: true })) as FormBody);
    const { errors, value } = checkNewIncident(t, draft, data.choices, data.site.timeZone, data.now);
    if (Object.keys(errors).length > 0) return respondWithNewIncident(c, data, draft, errors, 422);

    let incidentId: number;
    try {
      incidentId = await createIncident(
        db,
        clock,
        {
          slug: value.slug,
          impact: value.notice.impact,
          phase: value.phase,
          nextUpdateDueAt: value.notice.nextUpdateDueAt,
          texts: value.notice.texts,
          serviceIds: value.notice.serviceIds,
        },
        actor,
      );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return respondWithNewIncident(c, data, draft, { [noticeField(error.field)]: t.inputError(error.code, error.params) }, 422);
    }
    c.var.publicState.invalidate();

    if (value.update) {
      try {
        await publishUpdate(db, clock, { incidentId, phase: value.phase, texts: value.update.texts, changes: value.update.changes }, actor);
        c.var.publicState.invalidate();
      } catch (error) {
        if (!(error instanceof ConflictError) && !(error instanceof InputError)) throw error;
        // The incident exists now; the first update becomes a draft on its page, nothing lost.
        const fresh = await loadIncidentData(c);
        const incident = (await findIncidentById(db, incidentId))!;
        const overrides = {
          update: {
            draft: { ...draft.update, versions: {}, phase: value.phase, nextUpdateDate: '', nextUpdateTime: '', clearNextUpdate: false, incidentVersion: incident.version },
            message: { kind: 'error' as const, text: `${t.incidents.firstUpdateFailed} ${error instanceof ConflictError ? t.conflict : t.inputError(error.code, error.params)}` },
          },
        };
        if (!isHtmx(c)) return respondWithIncident(c, fresh, incident, overrides, 409, false);
        c.header('HX-Retarget', '#main');
        c.header('HX-Reswap', 'innerHTML');
        return fragment(c, <IncidentContent {...await incidentContentProps(c, fresh, incident, overrides)} />, 409);
      }
    }
    const location = `/admin/incidents/${incidentId}?created`;
    if (isHtmx(c)) {
      c.header('HX-Redirect', location);
      return c.body(null, 200);
    }
    return c.redirect(location, 303);
  });

  app.get('/incidents/:id', async (c) => {
    const id = idParam(c, 'id');
    const incident = id === null ? undefined : await findIncidentById(c.var.db, id);
    if (!incident) return c.notFound();
    const data = await loadIncidentData(c);
    const query = c.req.queries();
    const flash = (Object.keys(FLASHES) as (keyof typeof FLASHES)[]).find((key) => query[key] !== undefined);
    return respondWithIncident(c, data, incident, { flash: flash ? c.var.t.incidents[FLASHES[flash]] : null }, 200, false);
  });

  app.post('/incidents/:id/notice', async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const id = idParam(c, 'id');
    const incident = id === null ? undefined : await findIncidentById(db, id);
    if (!incident) return c.notFound();
    const data = await loadIncidentData(c);
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const draft = { ...parseNoticeDraft(body), clearNextUpdate: typeof body.clearNextUpdate === 'string' };
    const version = Number(body.version);
    const { errors, value } = checkNotice(t, draft, data.choices, data.site.timeZone, data.now);
    if (draft.clearNextUpdate && value.nextUpdateDueAt) errors.nextUpdateDate = t.incidents.nextUpdateClearOrSet;
    const formError = (fieldErrors: FieldErrors, status: 422) =>
      respondWithIncident(
        c,
        data,
        incident,
        { notice: { draft, version, errors: fieldErrors, open: true, message: { kind: 'error', text: t.formHasErrors(Object.keys(fieldErrors).length) } } },
        status,
        isHtmx(c),
      );
    if (Object.keys(errors).length > 0) return formError(errors, 422);
    try {
      await updateIncidentNotice(
        db,
        clock,
        {
          incidentId: incident.id,
          expectedVersion: Number.isInteger(version) ? version : -1,
          impact: value.impact,
          texts: value.texts,
          serviceIds: value.serviceIds,
          nextUpdateDueAt: draft.clearNextUpdate ? null : (value.nextUpdateDueAt ?? incident.nextUpdateDueAt),
        },
        authOf(c).actor,
      );
    } catch (error) {
      if (error instanceof ConflictError) {
        // Show the newer notice, keep the editor's draft, and let a deliberate save win.
        const fresh = (await findIncidentById(db, incident.id))!;
        return respondWithIncident(
          c,
          data,
          fresh,
          { notice: { draft, version: fresh.version, open: true, message: { kind: 'error', text: `${t.conflict} ${t.incidents.noticeConflict}` } } },
          409,
          isHtmx(c),
        );
      }
      if (error instanceof InputError) return formError({ [noticeField(error.field)]: t.inputError(error.code, error.params) }, 422);
      if (error instanceof NotFoundError) return c.notFound();
      throw error;
    }
    c.var.publicState.invalidate();
    if (!isHtmx(c)) return c.redirect(`/admin/incidents/${incident.id}?saved#notice`, 303);
    const saved = (await findIncidentById(db, incident.id))!;
    return respondWithIncident(c, data, saved, { notice: { message: { kind: 'ok', text: t.incidents.noticeSaved } } }, 200, true);
  });

  app.route('/', updateRoutes());
  return app;
}
