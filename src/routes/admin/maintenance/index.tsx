/**
 * Admin area "maintenance" (docs/decisions/0024): planned maintenance is scheduled, its texts
 * edited, rescheduled, moved through its statuses, cancelled (after a confirmation step) and
 * given updates here. Every write is one store call (src/store/maintenance.ts, publishUpdate);
 * the store's refusals (a start moved once under way, a status it cannot take, a stale
 * version) come back through the one mapper as a field message (422) or a conflict (409, the
 * newer state shown, the draft kept). Editors and admins; every form works without JavaScript.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { MaintenanceCancelPage, MaintenanceDetailPage, MaintenanceListPage, MaintenanceNewPage, type DetailForm } from '../../../../views/admin/pages/MaintenancePages';
import type { FieldErrors, FormMessage } from '../../../../views/admin/partials/Form';
import { pathsFor } from '../../../urls/paths';
import { cancelMaintenance, changeMaintenanceStatus, editMaintenance, rescheduleMaintenance, scheduleMaintenance } from '../../../store/maintenance';
import { publishUpdate } from '../../../store/publishing';
import { authOf, type AdminContext, type AdminEnv } from '../env';
import { raw, routeId, version } from '../forms/fields';
import { readForm, readValues } from '../forms/parse';
import { attempt, sameField } from '../forms/store-errors';
import { requireRole } from '../middleware';
import { adminChrome, page } from '../render';
import {
  newDraftOf,
  newMaintenanceSchema,
  rescheduleSchema,
  STATUS_ACTIONS,
  statusSchema,
  textsDraftOf,
  textsSchema,
  updateDraftOf,
  updateSchema,
  windowDraftOf,
  type NewMaintenanceDraft,
  type TextsDraft,
  type WindowDraft,
} from './form';
import { detailOf, findMaintenance, listRows, serviceOptions, textsOf, windowOf, type FoundMaintenance } from './view-model';

const FLASHES = ['created', 'saved', 'rescheduled', 'statusChanged', 'cancelled', 'updatePublished'] as const;
type Flash = (typeof FLASHES)[number];

const EMPTY_DRAFT: NewMaintenanceDraft = { texts: {}, serviceIds: [], startDate: '', startTime: '', endDate: '', endTime: '' };

async function renderNew(c: AdminContext, draft: NewMaintenanceDraft, errors: FieldErrors, status: 200 | 422 = 200) {
  const { languages } = c.var.admin;
  return page(c, <MaintenanceNewPage chrome={adminChrome(c)} languages={languages} services={await serviceOptions(c)} draft={draft} errors={errors} />, status);
}

interface DetailState {
  form?: DetailForm | null;
  message?: FormMessage;
  errors?: FieldErrors;
  texts?: TextsDraft;
  window?: WindowDraft;
  update?: Record<string, string>;
  serviceIds?: number[];
}

async function renderDetail(c: AdminContext, maintenance: FoundMaintenance, state: DetailState = {}, status: 200 | 409 | 422 = 200) {
  const { languages, site, locale } = c.var.admin;
  const publicLocale = site.offeredLocales.includes(locale) ? locale : site.defaultLocale;
  return page(
    c,
    <MaintenanceDetailPage
      chrome={adminChrome(c)}
      languages={languages}
      maintenance={detailOf(c, maintenance)}
      texts={state.texts ?? textsOf(maintenance)}
      window={state.window ?? windowOf(c, maintenance)}
      update={state.update ?? {}}
      services={maintenance.status === 'scheduled' ? await serviceOptions(c) : null}
      chosenServices={state.serviceIds ?? maintenance.incident.services.map((link) => link.service.id)}
      form={state.form ?? null}
      message={state.message ?? null}
      errors={state.errors ?? {}}
      publicUrl={pathsFor(publicLocale, site.defaultLocale).incident(maintenance.incident.slug)}
    />,
    status,
  );
}

/** The maintenance the route names, or null (the caller answers 404). */
async function named(c: AdminContext): Promise<FoundMaintenance | null> {
  const id = routeId(c);
  return (id === null ? undefined : await findMaintenance(c, id)) ?? null;
}

/** A stale version: the newer state, the draft kept, the conflict at the top of the form it came from. */
async function conflictAnswer(c: AdminContext, id: number, state: DetailState) {
  const fresh = await findMaintenance(c, id);
  if (!fresh) return c.notFound();
  const { t } = c.var.admin;
  return renderDetail(c, fresh, { ...state, message: { kind: 'error', text: `${t.conflict} ${t.maintenance.conflictNewer}` } }, 409);
}

export function maintenanceRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use('/maintenance', requireRole('editor'));
  app.use('/maintenance/*', requireRole('editor'));

  app.get('/maintenance', async (c) => {
    const flash = FLASHES.find((key) => c.req.query(key) !== undefined);
    const rows = await listRows(c);
    const message: FormMessage = flash ? { kind: 'ok', text: c.var.t.maintenance[flash] } : null;
    return page(c, <MaintenanceListPage chrome={adminChrome(c)} {...rows} message={message} />);
  });

  app.get('/maintenance/new', (c) => renderNew(c, EMPTY_DRAFT, {}));

  app.post('/maintenance', async (c) => {
    const { db, clock } = c.var;
    const { languages, site, t } = c.var.admin;
    const services = await serviceOptions(c);
    const form = await readForm(c, (kit) => newMaintenanceSchema(kit, { languages, serviceIds: services.map((s) => s.id), timeZone: site.timeZone }));
    const draft = newDraftOf(form.body, languages);
    const again = (errors: FieldErrors) => renderNew(c, draft, errors, 422);
    if (!form.ok) return again(form.errors);
    const { value } = form;
    const created = await attempt(
      t,
      () => scheduleMaintenance(db, clock, { slug: '', texts: value.texts, serviceIds: value.serviceIds, startsAt: value.startsAt, endsAt: value.endsAt }, authOf(c).actor),
      (field) => (field === 'startsAt' ? 'startDate' : field === 'endsAt' ? 'endTime' : (field ?? `texts.${site.defaultLocale}.title`)),
      { invalid: again, conflict: () => again({}), notFound: () => c.notFound() },
    );
    if (!created.ok) return created.answer;
    return c.redirect(`/admin/maintenance/${created.value.incidentId}?created`, 303);
  });

  app.get('/maintenance/:id{[0-9]+}', async (c) => {
    const maintenance = await named(c);
    if (!maintenance) return c.notFound();
    const flash = FLASHES.find((key) => c.req.query(key) !== undefined) as Flash | undefined;
    return renderDetail(c, maintenance, flash ? { message: { kind: 'ok', text: c.var.t.maintenance[flash] } } : {});
  });

  app.post('/maintenance/:id{[0-9]+}/texts', async (c) => {
    const { db, clock } = c.var;
    const { languages, site, t } = c.var.admin;
    const maintenance = await named(c);
    if (!maintenance) return c.notFound();
    // The services can change only while it is still ahead (the store refuses it later too).
    const offered = maintenance.status === 'scheduled' ? (await serviceOptions(c)).map((service) => service.id) : null;
    const form = await readForm(c, (kit) => textsSchema(kit, languages, offered));
    const texts = textsDraftOf(form.body, languages);
    const serviceIds = offered ? newDraftOf(form.body, languages).serviceIds : undefined;
    const again = (errors: FieldErrors) => renderDetail(c, maintenance, { form: 'texts', errors, texts, serviceIds }, 422);
    if (!form.ok) return again(form.errors);
    const saved = await attempt(
      t,
      () =>
        editMaintenance(
          db,
          clock,
          {
            incidentId: maintenance.incidentId,
            expectedVersion: form.value.version,
            impact: maintenance.incident.impact,
            texts: form.value.texts,
            serviceIds: form.value.serviceIds ?? maintenance.incident.services.map((link) => link.service.id),
          },
          authOf(c).actor,
        ),
      sameField(`texts.${site.defaultLocale}.title`),
      { invalid: again, conflict: () => conflictAnswer(c, maintenance.incidentId, { form: 'texts', texts, serviceIds }), notFound: () => c.notFound() },
    );
    if (!saved.ok) return saved.answer;
    return c.redirect(`/admin/maintenance/${maintenance.incidentId}?saved`, 303);
  });

  app.post('/maintenance/:id{[0-9]+}/reschedule', async (c) => {
    const { db, clock } = c.var;
    const { site, t } = c.var.admin;
    const maintenance = await named(c);
    if (!maintenance) return c.notFound();
    const form = await readForm(c, (kit) => rescheduleSchema(kit, site.timeZone));
    const window = windowDraftOf(form.body);
    const again = (errors: FieldErrors) => renderDetail(c, maintenance, { form: 'reschedule', errors, window }, 422);
    if (!form.ok) return again(form.errors);
    const moved = await attempt(
      t,
      () =>
        rescheduleMaintenance(
          db,
          clock,
          { incidentId: maintenance.incidentId, startsAt: form.value.startsAt, endsAt: form.value.endsAt, expectedVersion: form.value.version },
          authOf(c).actor,
        ),
      (field) => (field === 'endsAt' ? 'endTime' : 'startDate'),
      { invalid: again, conflict: () => conflictAnswer(c, maintenance.incidentId, { form: 'reschedule', window }), notFound: () => c.notFound() },
    );
    if (!moved.ok) return moved.answer;
    return c.redirect(`/admin/maintenance/${maintenance.incidentId}?rescheduled`, 303);
  });

  app.post('/maintenance/:id{[0-9]+}/status', async (c) => {
    const { db, clock } = c.var;
    const { t } = c.var.admin;
    const maintenance = await named(c);
    if (!maintenance) return c.notFound();
    const form = await readForm(c, (kit) => statusSchema(kit));
    const refused = (errors: FieldErrors) =>
      renderDetail(c, maintenance, { form: 'status', message: { kind: 'error', text: Object.values(errors).join(' ') } }, 422);
    if (!form.ok) return refused(form.errors);
    const changed = await attempt(
      t,
      () => changeMaintenanceStatus(db, clock, { incidentId: maintenance.incidentId, to: STATUS_ACTIONS[form.value.action], expectedVersion: form.value.version }, authOf(c).actor),
      sameField('action'),
      { invalid: refused, conflict: () => conflictAnswer(c, maintenance.incidentId, { form: 'status' }), notFound: () => c.notFound() },
    );
    if (!changed.ok) return changed.answer;
    return c.redirect(`/admin/maintenance/${maintenance.incidentId}?statusChanged`, 303);
  });

  app.get('/maintenance/:id{[0-9]+}/cancel', async (c) => {
    const maintenance = await named(c);
    if (!maintenance) return c.notFound();
    return page(c, <MaintenanceCancelPage chrome={adminChrome(c)} maintenance={detailOf(c, maintenance)} message={null} />);
  });

  app.post('/maintenance/:id{[0-9]+}/cancel', async (c) => {
    const { db, clock } = c.var;
    const { t } = c.var.admin;
    const maintenance = await named(c);
    if (!maintenance) return c.notFound();
    const form = await readValues(c, z.object({ version: version(), confirm: raw() }));
    // Only the confirmation page's button cancels: a stray post without it asks again.
    if (form.confirm !== 'yes') return page(c, <MaintenanceCancelPage chrome={adminChrome(c)} maintenance={detailOf(c, maintenance)} message={null} />, 422);
    const answerOn = (text: string, status: 409 | 422) => async () => {
      const fresh = (await findMaintenance(c, maintenance.incidentId)) ?? maintenance;
      return page(c, <MaintenanceCancelPage chrome={adminChrome(c)} maintenance={detailOf(c, fresh)} message={{ kind: 'error', text }} />, status);
    };
    const cancelled = await attempt(t, () => cancelMaintenance(db, clock, { incidentId: maintenance.incidentId, expectedVersion: form.version }, authOf(c).actor), sameField('confirm'), {
      invalid: (errors) => answerOn(Object.values(errors).join(' '), 422)(),
      conflict: answerOn(t.conflict, 409),
      notFound: () => c.notFound(),
    });
    if (!cancelled.ok) return cancelled.answer;
    return c.redirect('/admin/maintenance?cancelled', 303);
  });

  app.post('/maintenance/:id{[0-9]+}/updates', async (c) => {
    const { db, clock } = c.var;
    const { languages, site, t } = c.var.admin;
    const maintenance = await named(c);
    if (!maintenance) return c.notFound();
    const form = await readForm(c, (kit) => updateSchema(kit, languages));
    const update = updateDraftOf(form.body, languages);
    const again = (errors: FieldErrors) => renderDetail(c, maintenance, { form: 'update', errors, update }, 422);
    if (!form.ok) return again(form.errors);
    const texts = Object.fromEntries(Object.entries(form.value.update).filter((entry): entry is [string, string] => entry[1] !== null));
    const published = await attempt(
      t,
      () =>
        publishUpdate(
          db,
          clock,
          {
            incidentId: maintenance.incidentId,
            texts,
            mentions: maintenance.incident.services.map((link) => link.service.id),
            expectedIncidentVersion: form.value.version,
          },
          authOf(c).actor,
        ),
      (field) => (field?.startsWith('texts.') ? `update.${field.slice('texts.'.length)}` : `update.${site.defaultLocale}`),
      { invalid: again, conflict: () => conflictAnswer(c, maintenance.incidentId, { form: 'update', update }), notFound: () => c.notFound() },
    );
    if (!published.ok) return published.answer;
    return c.redirect(`/admin/maintenance/${maintenance.incidentId}?updatePublished`, 303);
  });

  return app;
}
