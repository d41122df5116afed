/**
 * Publishing to an incident: an update (after an optional preview that writes nothing),
 * resolving it, and correcting a published update. Each write is one `publishUpdate` or
 * `correctUpdate` call with the versions the editor saw, so concurrent edits conflict (409)
 * instead of overwriting.
 */
import { Hono } from 'hono';
import { CorrectionForm, IncidentCorrectionPage } from '../../../../views/admin/pages/IncidentCorrectionPage';
import { fieldName, type CorrectionDraft } from '../../../../views/admin/pages/IncidentDrafts';
import { UpdateForm } from '../../../../views/admin/pages/IncidentUpdateForms';
import { UpdatePreview } from '../../../../views/admin/pages/IncidentPreview';
import { Announcement } from '../../../../views/admin/pages/IncidentPage';
import type { FieldErrors } from '../../../../views/admin/partials/Form';
import { capitalise } from '../../../i18n/admin/capitalise';
import { localText } from '../../../present/localize';
import { findIncidentById } from '../../../store/incidents';
import { correctUpdate, publishUpdate, type PublishUpdateInput } from '../../../store/publishing';
import { findUpdatesByIds } from '../../../store/updates';
import { updateAnchor } from '../../../urls/permalink';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from '../env';
import { routeId } from '../forms/fields';
import { readForm } from '../forms/parse';
import { attempt, type FieldOf } from '../forms/store-errors';
import { requireRole } from '../middleware';
import { adminChrome, fragment, page } from '../render';
import { correctionDraftOf, correctionSchema, resolveDraftOf, resolveSchema, updateDraftOf, updateSchema } from './form';
import { formSettings, incidentContentProps, loadIncidentData, respondWithIncident, type IncidentData, type IncidentPageOverrides, type IncidentRecord } from './page';
import { phaseToPublish, previewOf } from './preview';

async function loadIncident(c: AdminContext): Promise<IncidentRecord | undefined> {
  const id = routeId(c);
  return id === null ? undefined : findIncidentById(c.var.db, id);
}

/** Store field names of an update as the form's: its texts are `update.<locale>`. */
function updateField(prefix: 'update' | 'closing', defaultLocale: string): FieldOf {
  return (field) => {
    const text = /^texts\.([\w-]+)/.exec(field ?? '');
    if (text) return `${prefix}.${text[1]}`;
    return field === 'phase' && prefix === 'update' ? 'phase' : `${prefix}.${defaultLocale}`;
  };
}

type PublishOutcome = { ok: true; updateId: number } | { ok: false; status: 409 | 422; message: string; errors: FieldErrors };

/** Publishes, turning an expected failure into what the form shows. */
async function tryPublish(c: AdminContext, input: PublishUpdateInput, fieldOf: FieldOf): Promise<PublishOutcome> {
  const t = c.var.t;
  const published = await attempt<{ updateId: number }, PublishOutcome>(t, () => publishUpdate(c.var.db, c.var.clock, input, authOf(c).actor), fieldOf, {
    invalid: (errors) => ({ ok: false, status: 422, message: t.formHasErrors(Object.keys(errors).length), errors }),
    conflict: () => ({ ok: false, status: 409, message: `${t.conflict} ${t.incidents.updateConflict}`, errors: {} }),
    notFound: () => ({ ok: false, status: 409, message: t.inputError('not-found', {}), errors: {} }),
  });
  return published.ok ? { ok: true, updateId: published.value.updateId } : published.answer;
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
    const form = await readForm(c, (kit) => updateSchema(kit, formSettings(data)));
    const draft = updateDraftOf(form.body, data.contentLanguages);
    const preview = form.ok ? previewOf(c.var.t, data, incident, form.value, phaseToPublish(incident, form.value.phase)) : null;
    const update = {
      draft,
      errors: form.errors,
      preview,
      message: form.ok ? null : { kind: 'error' as const, text: c.var.t.formHasErrors(Object.keys(form.errors).length) },
    };
    const status = form.ok ? 200 : 422;
    if (!isHtmx(c)) return respondWithIncident(c, data, incident, { update }, status, false);
    if (preview && typeof form.body.hadErrors !== 'string') {
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
        <UpdateForm chrome={props.chrome} words={props.words} languages={props.languages} incidentId={incident.id} timeZoneHint={props.timeZoneHint} {...props.updateForm} />
        {/* Errors are read out by the form's error summary, which takes the focus. */}
        {preview && <Announcement text={c.var.t.incidents.previewReady} />}
      </>
    );
    return fragment(c, section, status);
  });

  app.post('/incidents/:id/updates', async (c) => {
    const incident = await loadIncident(c);
    if (!incident) return c.notFound();
    const data = await loadIncidentData(c);
    const form = await readForm(c, (kit) => updateSchema(kit, formSettings(data)));
    const draft = updateDraftOf(form.body, data.contentLanguages);
    if (!form.ok) {
      const message = { kind: 'error' as const, text: c.var.t.formHasErrors(Object.keys(form.errors).length) };
      return respondWithIncident(c, data, incident, { update: { draft, errors: form.errors, message } }, 422, isHtmx(c));
    }
    const { value } = form;
    const outcome = await tryPublish(
      c,
      {
        incidentId: incident.id,
        phase: phaseToPublish(incident, value.phase),
        texts: value.texts,
        changes: value.changes,
        mentions: value.mentions,
        unaffected: value.unaffected,
        nextUpdateDueAt: value.nextUpdateDueAt,
        expectedIncidentVersion: value.incidentVersion,
      },
      updateField('update', data.site.defaultLocale),
    );
    if (!outcome.ok) {
      const fresh = (await findIncidentById(c.var.db, incident.id)) ?? incident;
      const freshData = await loadIncidentData(c);
      const kept = outcome.status === 409 ? withFreshVersions(draft, fresh) : draft;
      const overrides: IncidentPageOverrides = { update: { draft: kept, errors: outcome.errors, message: { kind: 'error', text: outcome.message } } };
      return respondWithIncident(c, freshData, fresh, overrides, outcome.status, isHtmx(c));
    }
    return afterWrite(c, data, incident.id, value.phase === 'resolved' ? 'resolved' : 'published', updateAnchor(outcome.updateId));
  });

  app.post('/incidents/:id/resolve', async (c) => {
    const t = c.var.t;
    const incident = await loadIncident(c);
    if (!incident) return c.notFound();
    const data = await loadIncidentData(c);
    const affected = incident.services.map((link) => link.serviceId);
    const form = await readForm(c, (kit) => resolveSchema(kit, { languages: data.contentLanguages, affected }));
    const draft = resolveDraftOf(form.body, data.contentLanguages, affected);
    if (incident.resolvedAt) {
      const overrides = { update: { message: { kind: 'error' as const, text: t.incidents.alreadyResolved } } };
      return respondWithIncident(c, data, incident, overrides, 409, isHtmx(c));
    }
    if (!form.ok) {
      const overrides = { resolve: { draft, errors: form.errors, message: { kind: 'error' as const, text: t.formHasErrors(Object.keys(form.errors).length) } } };
      return respondWithIncident(c, data, incident, overrides, 422, isHtmx(c));
    }
    const { value } = form;
    const outcome = await tryPublish(
      c,
      {
        incidentId: incident.id,
        phase: 'resolved',
        texts: value.closing,
        changes: value.restore.map((serviceId) => ({ serviceId, to: 'operational' as const, expectedVersion: value.version[serviceId] ?? -1 })),
        expectedIncidentVersion: value.incidentVersion,
      },
      updateField('closing', data.site.defaultLocale),
    );
    if (!outcome.ok) {
      const fresh = (await findIncidentById(c.var.db, incident.id)) ?? incident;
      const kept = outcome.status === 409 ? withFreshVersions(draft, fresh) : draft;
      const overrides = { resolve: { draft: kept, errors: outcome.errors, message: { kind: 'error' as const, text: outcome.message } } };
      return respondWithIncident(c, await loadIncidentData(c), fresh, overrides, outcome.status, isHtmx(c));
    }
    return afterWrite(c, data, incident.id, 'resolved', updateAnchor(outcome.updateId));
  });

  /** The update to correct, if it belongs to this incident, with the text it shows now. */
  async function loadCorrectable(c: AdminContext) {
    const incident = await loadIncident(c);
    const updateId = routeId(c, 'updateId');
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
    const { incident, update, current } = found;
    const { t, fmt, textLanguages, languages } = c.var.admin;
    const props = {
      chrome: adminChrome(c),
      languages,
      action: `/admin/incidents/${incident.id}/updates/${update.id}/correct`,
      incidentHref: `/admin/incidents/${incident.id}#${updateAnchor(update.id)}`,
      draft,
      errors,
      message: Object.keys(errors).length > 0 ? { kind: 'error' as const, text: t.formHasErrors(Object.keys(errors).length) } : null,
    };
    if (isHtmx(c)) return fragment(c, <CorrectionForm {...props} />, status);
    return page(
      c,
      <IncidentCorrectionPage
        {...props}
        incidentTitle={localText(incident.texts, textLanguages, (row) => row.title).text}
        publishedAt={fmt.dateTime(update.publishedAt)}
        original={Object.entries(current).map(([locale, text]) => ({ languageName: capitalise(t.languageName(locale)), lang: locale, text }))}
      />,
      status,
    );
  }

  app.get('/incidents/:id/updates/:updateId/correct', async (c) => {
    const found = await loadCorrectable(c);
    if (!found) return c.notFound();
    const draft: CorrectionDraft = {
      texts: Object.fromEntries(c.var.admin.languages.map(({ locale }) => [locale, { body: found.current[locale] ?? '', reason: '' }])),
    };
    return respondWithCorrection(c, found, draft, {}, 200);
  });

  app.post('/incidents/:id/updates/:updateId/correct', async (c) => {
    const found = await loadCorrectable(c);
    if (!found) return c.notFound();
    const { t, languages, site } = c.var.admin;
    const form = await readForm(c, (kit) => correctionSchema(kit, { languages, current: found.current }));
    const draft = correctionDraftOf(form.body, languages);
    if (!form.ok) return respondWithCorrection(c, found, draft, form.errors, 422);
    const corrected = await attempt(
      t,
      () => correctUpdate(c.var.db, c.var.clock, { updateId: found.update.id, texts: form.value }, authOf(c).actor),
      (field) => (field ?? `texts.${site.defaultLocale}.body`).replace(/^texts\./, ''),
      {
        invalid: (errors) => respondWithCorrection(c, found, draft, errors, 422),
        conflict: () => respondWithCorrection(c, found, draft, { [fieldName.correctionBody(site.defaultLocale)]: t.conflict }, 422),
        notFound: () => c.notFound(),
      },
    );
    if (!corrected.ok) return corrected.answer;
    const location = `/admin/incidents/${found.incident.id}?corrected#${updateAnchor(found.update.id)}`;
    if (isHtmx(c)) {
      c.header('HX-Redirect', location);
      return c.body(null, 200);
    }
    return c.redirect(location, 303);
  });

  return app;
}
