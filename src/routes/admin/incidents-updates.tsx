/**
 * Publishing to an incident: an update (after an optional preview that writes nothing),
 * resolving it, and correcting a published update. Each write is one `publishUpdate` or
 * `correctUpdate` call with the versions the editor saw, so concurrent edits conflict (409)
 * instead of overwriting.
 */
import { Hono } from 'hono';
import { CorrectionForm, IncidentCorrectionPage } from '../../../views/admin/pages/IncidentCorrectionPage';
import { capitalise, CONTENT_LOCALES, type CorrectionDraft, type ResolveDraft, type UpdateDraft } from '../../../views/admin/pages/IncidentDrafts';
import { UpdateForm } from '../../../views/admin/pages/IncidentUpdateForms';
import { UpdatePreview } from '../../../views/admin/pages/IncidentPreview';
import { Announcement } from '../../../views/admin/pages/IncidentPage';
import { LIMITS } from '../../domain/limits';
import { localText } from '../../present/localize';
import { ConflictError, InputError, NotFoundError } from '../../store/errors';
import { findIncidentById } from '../../store/incidents';
import { correctUpdate, publishUpdate, type PublishUpdateInput } from '../../store/publishing';
import { findUpdatesByIds } from '../../store/updates';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from './env';
import { checkCorrection, checkUpdate, idParam, parseCorrectionDraft, parseUpdateDraft, type FieldErrors, type FormBody } from './incidents-input';
import { incidentContentProps, loadIncidentData, respondWithIncident, type IncidentData, type IncidentPageOverrides, type IncidentRecord } from './incidents-page';
import { phaseToPublish, previewOf } from './incidents-preview';
import { requireRole } from './middleware';
import { adminChrome, fragment, page } from './render';

async function loadIncident(c: AdminContext): Promise<IncidentRecord | undefined> {
  const id = idParam(c, 'id');
  return id === null ? undefined : findIncidentById(c.var.db, id);
}

/** Store field names as form field names. */
function updateField(field: string | undefined): string {
  const text = /^texts\.(\w+)/.exec(field ?? '');
  if (text) return `update.${text[1]}`;
  return field === 'phase' ? 'phase' : 'update.sv';
}

type PublishOutcome = { ok: true; updateId: number } | { ok: false; status: 409 | 422; message: string; errors: FieldErrors };

/** Publishes, mapping expected failures to what the form shows; anything else is a real error. */
async function tryPublish(c: AdminContext, input: PublishUpdateInput): Promise<PublishOutcome> {
  const t = c.var.t;
  try {
    const { updateId } = await publishUpdate(c.var.db, c.var.clock, input, authOf(c).actor);
    c.var.publicState.invalidate();
    return { ok: true, updateId };
  } catch (error) {
    if (error instanceof ConflictError)
      return { ok: false, status: 409, message: `${t.conflict} ${t.incidents.updateConflict}`, errors: {} };
    if (error instanceof InputError)
      return { ok: false, status: 422, message: t.formHasErrors(1), errors: { [updateField(error.field)]: t.inputError(error.code, error.params) } };
    if (error instanceof NotFoundError) return { ok: false, status: 409, message: t.inputError('not-found', {}), errors: {} };
    throw error;
  }
}

/** After a write: a redirect without JavaScript, the refreshed page content with htmx. */
async function afterWrite(c: AdminContext, data: IncidentData, incidentId: number, flash: 'published' | 'resolved', anchor: string) {
  if (!isHtmx(c)) return c.redirect(`/admin/incidents/${incidentId}?${flash}#${anchor}`, 303);
  const incident = (await findIncidentById(c.var.db, incidentId))!;
  const text = flash === 'published' ? c.var.t.incidents.updatePublished : c.var.t.incidents.incidentResolved;
  return respondWithIncident(c, data, incident, { flash: text }, 200, true);
}

function withFreshVersions<T extends { versions: Record<number, number>; incidentVersion: number }>(draft: T, incident: IncidentRecord): T {
  return { ...draft, versions: {}, incidentVersion: incident.version };
}

export function updateRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use('/incidents/*', requireRole('editor'));

  app.post('/incidents/:id/updates/preview', async (c) => {
    const incident = await loadIncident(c);
    if (!incident) return c.notFound();
    const data = await loadIncidentData(c);
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const draft = parseUpdateDraft(body);
    const { errors, value } = checkUpdate(c.var.t, draft, data.choices, data.site.timeZone, data.now);
    const hasErrors = Object.keys(errors).length > 0;
    const preview = hasErrors ? null : previewOf(c.var.t, data, incident, value, phaseToPublish(incident, value.phase));
    const update = {
      draft,
      errors,
      preview,
      message: hasErrors ? { kind: 'error' as const, text: c.var.t.formHasErrors(Object.keys(errors).length) } : null,
    };
    const status = hasErrors ? 422 : 200;
    if (!isHtmx(c)) return respondWithIncident(c, data, incident, { update }, status, false);
    if (preview && typeof body.hadErrors !== 'string') {
      const answer = (
        <>
          <UpdatePreview chrome={adminChrome(c)} {...preview} />
          <Announcement text={c.var.t.incidents.previewReady} />
        </>
      );
      return fragment(c, answer, 200);
    }
    // Messages next to fields live in the form: answer with the whole form section instead.
    const props = await incidentContentProps(c, data, incident, { update });
    c.header('HX-Retarget', '#post-update');
    c.header('HX-Reswap', 'outerHTML');
    const section = (
      <>
        <UpdateForm chrome={props.chrome} words={props.words} incidentId={incident.id} timeZoneHint={props.timeZoneHint} {...props.updateForm} />
        <Announcement text={preview ? c.var.t.incidents.previewReady : update.message!.text} />
      </>
    );
    return fragment(c, section, status);
  });

  app.post('/incidents/:id/updates', async (c) => {
    const incident = await loadIncident(c);
    if (!incident) return c.notFound();
    const data = await loadIncidentData(c);
    const draft: UpdateDraft = parseUpdateDraft((await c.req.parseBody({ all: true })) as FormBody);
    const { errors, value } = checkUpdate(c.var.t, draft, data.choices, data.site.timeZone, data.now);
    if (Object.keys(errors).length > 0) {
      const message = { kind: 'error' as const, text: c.var.t.formHasErrors(Object.keys(errors).length) };
      return respondWithIncident(c, data, incident, { update: { draft, errors, message } }, 422, isHtmx(c));
    }
    const outcome = await tryPublish(c, {
      incidentId: incident.id,
      phase: phaseToPublish(incident, value.phase),
      texts: value.texts,
      changes: value.changes,
      nextUpdateDueAt: value.nextUpdateDueAt,
      expectedIncidentVersion: value.incidentVersion,
    });
    if (!outcome.ok) {
      const fresh = (await findIncidentById(c.var.db, incident.id)) ?? incident;
      const freshData = await loadIncidentData(c);
      const kept = outcome.status === 409 ? withFreshVersions(draft, fresh) : draft;
      const overrides: IncidentPageOverrides = { update: { draft: kept, errors: outcome.errors, message: { kind: 'error', text: outcome.message } } };
      return respondWithIncident(c, freshData, fresh, overrides, outcome.status, isHtmx(c));
    }
    return afterWrite(c, data, incident.id, value.phase === 'resolved' ? 'resolved' : 'published', `update-${outcome.updateId}`);
  });

  app.post('/incidents/:id/resolve', async (c) => {
    const t = c.var.t;
    const incident = await loadIncident(c);
    if (!incident) return c.notFound();
    const data = await loadIncidentData(c);
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const read = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    const restoreValues = ([body.restore ?? []].flat() as unknown[]).filter((item): item is string => typeof item === 'string');
    const affectedIds = new Set(incident.services.map((link) => link.serviceId));
    const draft: ResolveDraft = {
      texts: { sv: read('closing.sv'), en: read('closing.en') },
      restore: [...new Set(restoreValues.map(Number))].filter((id) => affectedIds.has(id)),
      versions: Object.fromEntries(
        Object.keys(body).flatMap((key) => (/^version\.\d+$/.test(key) ? [[Number(key.slice(8)), Number(read(key))]] : [])),
      ),
      incidentVersion: Number(read('incidentVersion')),
    };
    if (incident.resolvedAt) {
      const overrides = { update: { message: { kind: 'error' as const, text: t.incidents.alreadyResolved } } };
      return respondWithIncident(c, data, incident, overrides, 409, isHtmx(c));
    }
    const errors: FieldErrors = {};
    const texts: Record<string, string> = {};
    for (const locale of CONTENT_LOCALES) {
      const text = draft.texts[locale].trim();
      if (locale === 'sv' && text === '') errors['closing.sv'] = t.inputError('required', {});
      else if (text.length > LIMITS.updateBody) errors[`closing.${locale}`] = t.inputError('too-long', { max: LIMITS.updateBody });
      else if (text !== '') texts[locale] = draft.texts[locale];
    }
    if (Object.keys(errors).length > 0) {
      const overrides = { resolve: { draft, errors, message: { kind: 'error' as const, text: t.formHasErrors(Object.keys(errors).length) } } };
      return respondWithIncident(c, data, incident, overrides, 422, isHtmx(c));
    }
    const outcome = await tryPublish(c, {
      incidentId: incident.id,
      phase: 'resolved',
      texts,
      changes: draft.restore.map((serviceId) => ({
        serviceId,
        to: 'operational' as const,
        expectedVersion: Number.isInteger(draft.versions[serviceId]) ? draft.versions[serviceId] : -1,
      })),
      expectedIncidentVersion: Number.isInteger(draft.incidentVersion) ? draft.incidentVersion : -1,
    });
    if (!outcome.ok) {
      const fresh = (await findIncidentById(c.var.db, incident.id)) ?? incident;
      const kept = outcome.status === 409 ? withFreshVersions(draft, fresh) : draft;
      const errors: FieldErrors = Object.keys(outcome.errors).length > 0 ? { 'closing.sv': Object.values(outcome.errors)[0]! } : {};
      const overrides = { resolve: { draft: kept, errors, message: { kind: 'error' as const, text: outcome.message } } };
      return respondWithIncident(c, await loadIncidentData(c), fresh, overrides, outcome.status, isHtmx(c));
    }
    return afterWrite(c, data, incident.id, 'resolved', `update-${outcome.updateId}`);
  });

  /** The update to correct, if it belongs to this incident, with the text it shows now. */
  async function loadCorrectable(c: AdminContext) {
    const incident = await loadIncident(c);
    const updateId = idParam(c, 'updateId');
    if (!incident || updateId === null) return null;
    const [update] = await findUpdatesByIds(c.var.db, [updateId]);
    if (!update || update.incidentId !== incident.id) return null;
    const latest = update.corrections[update.corrections.length - 1];
    const rows = latest ? latest.texts : update.texts;
    const current: Record<string, string> = Object.fromEntries(rows.map((row) => [row.locale, row.body]));
    return { incident, update, current };
  }

  async function respondWithCorrection(
    c: AdminContext,
    found: NonNullable<Awaited<ReturnType<typeof loadCorrectable>>>,
    draft: CorrectionDraft,
    errors: FieldErrors,
    status: 200 | 422,
  ) {
    const data = await loadIncidentData(c);
    const { incident, update, current } = found;
    const t = c.var.t;
    const props = {
      chrome: adminChrome(c),
      action: `/admin/incidents/${incident.id}/updates/${update.id}/correct`,
      incidentHref: `/admin/incidents/${incident.id}#update-${update.id}`,
      draft,
      errors,
      message: Object.keys(errors).length > 0 ? { kind: 'error' as const, text: t.formHasErrors(Object.keys(errors).length) } : null,
    };
    if (isHtmx(c)) return fragment(c, <CorrectionForm {...props} />, status);
    return page(
      c,
      <IncidentCorrectionPage
        {...props}
        incidentTitle={localText(incident.texts, data.languages, (row) => row.title).text}
        publishedAt={data.fmt.dateTime(update.publishedAt)}
        original={Object.entries(current).map(([locale, text]) => ({ languageName: capitalise(t.languageName(locale)), lang: locale, text }))}
      />,
      status,
    );
  }

  app.get('/incidents/:id/updates/:updateId/correct', async (c) => {
    const found = await loadCorrectable(c);
    if (!found) return c.notFound();
    const draft: CorrectionDraft = {
      texts: {
        sv: { body: found.current.sv ?? '', reason: '' },
        en: { body: found.current.en ?? '', reason: '' },
      },
    };
    return respondWithCorrection(c, found, draft, {}, 200);
  });

  app.post('/incidents/:id/updates/:updateId/correct', async (c) => {
    const found = await loadCorrectable(c);
    if (!found) return c.notFound();
    const t = c.var.t;
    const draft = parseCorrectionDraft((await c.req.parseBody({ all: true })) as FormBody);
    const { errors, texts } = checkCorrection(t, draft, found.current);
    if (Object.keys(errors).length > 0) return respondWithCorrection(c, found, draft, errors, 422);
    try {
      await correctUpdate(c.var.db, c.var.clock, { updateId: found.update.id, texts }, authOf(c).actor);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const field = (error.field ?? 'texts.sv.body').replace(/^texts\./, '');
      return respondWithCorrection(c, found, draft, { [field]: t.inputError(error.code, error.params) }, 422);
    }
    c.var.publicState.invalidate();
    const location = `/admin/incidents/${found.incident.id}?corrected#update-${found.update.id}`;
    if (isHtmx(c)) {
      c.header('HX-Redirect', location);
      return c.body(null, 200);
    }
    return c.redirect(location, 303);
  });

  return app;
}
