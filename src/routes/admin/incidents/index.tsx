/**
 * Admin area: incidents. The list, creating one (with an optional first update), the
 * incident page and editing its notice. Posting, resolving and correcting updates are in
 * ./updates.tsx; the forms' schemas in ./form.ts; the pages' props in ./page.tsx.
 */
import { Hono } from 'hono';
import { IncidentListPage } from '../../../../views/admin/pages/IncidentListPage';
import { IncidentNewPage, NewIncidentForm, type NewIncidentFormProps } from '../../../../views/admin/pages/IncidentNewPage';
import { fieldName, type NewIncidentDraft } from '../../../../views/admin/pages/IncidentDrafts';
import type { FieldErrors } from '../../../../views/admin/partials/Form';
import { isNextUpdateOverdue } from '../../../domain/incident';
import { localText } from '../../../present/localize';
import {
  countResolvedIncidents,
  findIncidentById,
  freeSlugFor,
  listActiveIncidents,
  listResolvedIncidents,
  updateIncidentNotice,
} from '../../../store/incidents';
import { FIRST_UPDATE_FIELD_PREFIX, openIncident } from '../../../store/publishing';
import { listIncidentTemplates } from '../../../store/templates';
import { incidentDraftFromTemplate, templateName, templateRows } from '../templates/view-model';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from '../env';
import { localPartsOf, routeId, version } from '../forms/fields';
import { readForm } from '../forms/parse';
import { attempt, type FieldOf } from '../forms/store-errors';
import { requireRole } from '../middleware';
import { adminChrome, fragment, page } from '../render';
import { emptyNoticeText, newIncidentDraftOf, newIncidentSchema, noticeDraftOf, noticeSchema } from './form';
import { formSettings, loadIncidentData, respondWithIncident, timeZoneHint, type IncidentData } from './page';
import { newIncidentPreviewOf, type NewIncidentPreview } from './new-preview';
import { updateRoutes } from './updates';

export const RESOLVED_PAGE_SIZE = 50;

/** Store field names of the notice (`texts.sv.title`) as the form's (`sv.title`). */
function noticeField(fallback: string): FieldOf {
  return (field) => (field?.startsWith('texts.') ? field.slice('texts.'.length) : (field ?? fallback));
}

/** Store field names of a new incident as the form's: the notice's, or its first update's. */
function newIncidentField(defaultLocale: string): FieldOf {
  const notice = noticeField('slug');
  return (field) => {
    if (!field?.startsWith(FIRST_UPDATE_FIELD_PREFIX)) return notice(field);
    const locale = /^texts\.([\w-]+)/.exec(field.slice(FIRST_UPDATE_FIELD_PREFIX.length))?.[1];
    return fieldName.updateText(locale ?? defaultLocale);
  };
}

function newIncidentDraft(data: IncidentData): NewIncidentDraft {
  const started = localPartsOf(data.now, data.site.timeZone);
  const blank = Object.fromEntries(data.contentLanguages.map(({ locale }) => [locale, '']));
  return {
    slug: '',
    impact: 'major',
    phase: 'investigating',
    // Now, in the site's zone: the editor changes it only when the incident began earlier.
    startedDate: started.date,
    startedTime: started.time,
    texts: Object.fromEntries(data.contentLanguages.map(({ locale }) => [locale, emptyNoticeText()])),
    serviceIds: [],
    nextUpdateDate: '',
    nextUpdateTime: '',
    update: { texts: blank, statuses: {}, versions: {} },
  };
}

async function respondWithNewIncident(
  c: AdminContext,
  data: IncidentData,
  draft: NewIncidentDraft,
  errors: FieldErrors,
  status: 200 | 409 | 422,
  problem?: string,
  preview?: NewIncidentPreview,
  start: { templates?: NewIncidentFormProps['templates']; filledFrom?: string } = {},
) {
  const props = {
    templates: start.templates ?? [],
    preview: preview ?? null,
    chrome: adminChrome(c),
    words: data.words,
    languages: data.contentLanguages,
    draft,
    errors,
    groups: data.groups,
    timeZoneHint: timeZoneHint(c, data),
    message: problem ? { kind: 'error' as const, text: problem } : start.filledFrom ? { kind: 'ok' as const, text: start.filledFrom } : null,
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
    const [ongoing, resolved, total] = await Promise.all([
      listActiveIncidents(db),
      listResolvedIncidents(db, { limit: RESOLVED_PAGE_SIZE, offset: (pageNumber - 1) * RESOLVED_PAGE_SIZE }),
      countResolvedIncidents(db),
    ]);
    const pages = Math.max(1, Math.ceil(total / RESOLVED_PAGE_SIZE));
    if (pageNumber > pages) return c.notFound();
    const { fmt, publicWords: words, textLanguages: languages, now } = c.var.admin;
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
          overdue: isNextUpdateOverdue(incident, now),
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

  // `?template=<id>`: the same one-step form, filled from an incident template in every
  // language, still editable, nothing published until Publish (docs/decisions/0043).
  app.get('/incidents/new', async (c) => {
    const data = await loadIncidentData(c);
    const templates = await listIncidentTemplates(c.var.db);
    const offered = templateRows(templates, data.languages, data.choices).map((row) => ({ name: row.name, lang: row.nameLang, href: `/admin/incidents/new?template=${row.id}` }));
    const requested = c.req.query('template');
    if (requested === undefined) return respondWithNewIncident(c, data, newIncidentDraft(data), {}, 200, undefined, undefined, { templates: offered });
    const template = templates.find((entry) => String(entry.id) === requested);
    if (!template) return c.notFound();
    const draft = incidentDraftFromTemplate(template, newIncidentDraft(data), data.contentLanguages, data.choices);
    const filledFrom = c.var.t.templates.filledFrom(templateName(template, data.languages).text);
    return respondWithNewIncident(c, data, draft, {}, 200, undefined, undefined, { templates: offered, filledFrom });
  });

  // "Förhandsgranska": the incident as the public will see it, nothing written, the draft kept.
  app.post('/incidents/new/preview', async (c) => {
    const data = await loadIncidentData(c);
    const form = await readForm(c, (kit) => newIncidentSchema(kit, formSettings(data)));
    const draft = newIncidentDraftOf(form.body, data.contentLanguages);
    if (!form.ok) return respondWithNewIncident(c, data, draft, form.errors, 422);
    const title = form.value.texts[data.site.defaultLocale]?.title ?? '';
    const slug = form.value.slug || (await freeSlugFor(c.var.db, title));
    // The generated address goes into the address field: shown, editable, and what publishing uses.
    return respondWithNewIncident(c, data, { ...draft, slug }, {}, 200, undefined, newIncidentPreviewOf(c.var.t, data, form.value, slug));
  });

  app.post('/incidents', async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const data = await loadIncidentData(c);
    const form = await readForm(c, (kit) => newIncidentSchema(kit, formSettings(data)));
    const draft = newIncidentDraftOf(form.body, data.contentLanguages);
    if (!form.ok) return respondWithNewIncident(c, data, draft, form.errors, 422);
    const { value } = form;
    const opened = await attempt(
      t,
      () =>
        // The incident and its first update are one write: both are there, or neither is.
        openIncident(
          db,
          clock,
          {
            slug: value.slug,
            impact: value.impact,
            phase: value.phase,
            startedAt: value.startedAt,
            nextUpdateDueAt: value.nextUpdateDueAt,
            texts: value.texts,
            serviceIds: value.serviceIds,
          },
          { phase: value.phase, texts: value.update.texts, changes: value.update.changes },
          authOf(c).actor,
        ),
      newIncidentField(data.site.defaultLocale),
      {
        invalid: (errors) => respondWithNewIncident(c, data, draft, errors, 422),
        // A service changed after the form was loaded: nothing was created. The form comes back
        // as typed, with the statuses as they are now, for a deliberate second try.
        conflict: async () =>
          respondWithNewIncident(c, await loadIncidentData(c), { ...draft, update: { ...draft.update, versions: {} } }, {}, 409, `${t.conflict} ${t.incidents.createConflict}`),
        notFound: () => c.notFound(),
      },
    );
    if (!opened.ok) return opened.answer;

    const location = `/admin/incidents/${opened.value.incidentId}?created`;
    if (isHtmx(c)) {
      c.header('HX-Redirect', location);
      return c.body(null, 200);
    }
    return c.redirect(location, 303);
  });

  app.get('/incidents/:id', async (c) => {
    const id = routeId(c);
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
    const id = routeId(c);
    const incident = id === null ? undefined : await findIncidentById(db, id);
    if (!incident) return c.notFound();
    const data = await loadIncidentData(c);
    const form = await readForm(c, (kit) => noticeSchema(kit, formSettings(data)));
    const draft = { ...noticeDraftOf(form.body, data.contentLanguages), clearNextUpdate: typeof form.body.clearNextUpdate === 'string' };
    const loadedVersion = version().parse(form.body.version);
    const formError = (errors: FieldErrors) =>
      respondWithIncident(
        c,
        data,
        incident,
        { notice: { draft, version: loadedVersion, errors, open: true, message: { kind: 'error', text: t.formHasErrors(Object.keys(errors).length) } } },
        422,
        isHtmx(c),
      );
    if (!form.ok) return formError(form.errors);
    const { value } = form;
    const saved = await attempt(
      t,
      () =>
        updateIncidentNotice(
          db,
          clock,
          {
            incidentId: incident.id,
            expectedVersion: value.version,
            impact: value.impact,
            texts: value.texts,
            serviceIds: value.serviceIds,
            nextUpdateDueAt: value.nextUpdateDueAt === undefined ? incident.nextUpdateDueAt : value.nextUpdateDueAt,
          },
          authOf(c).actor,
        ),
      noticeField('slug'),
      {
        invalid: formError,
        conflict: async () => {
          // Show the newer notice, keep the editor's draft, and let a deliberate save win.
          const fresh = (await findIncidentById(db, incident.id))!;
          const notice = { draft, version: fresh.version, open: true, message: { kind: 'error' as const, text: `${t.conflict} ${t.incidents.noticeConflict}` } };
          return respondWithIncident(c, data, fresh, { notice }, 409, isHtmx(c));
        },
        notFound: () => c.notFound(),
      },
    );
    if (!saved.ok) return saved.answer;
    if (!isHtmx(c)) return c.redirect(`/admin/incidents/${incident.id}?saved#notice`, 303);
    const after = (await findIncidentById(db, incident.id))!;
    return respondWithIncident(c, data, after, { notice: { message: { kind: 'ok', text: t.incidents.noticeSaved } } }, 200, true);
  });

  app.route('/', updateRoutes());
  return app;
}
