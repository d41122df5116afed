/**
 * Admin area: incident templates (issue 12), under /admin/settings/templates and for admins
 * only, like the other settings. Create, edit and delete are one audited store write each
 * (src/store/templates.ts); refusals come back through the one mapper (422 next to the field,
 * 409 with the draft kept). Editors use templates from the new-incident page
 * (../incidents/index.tsx, `?template=<id>`). Every form works without JavaScript.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { TemplateEditPage, TemplateListPage } from '../../../../views/admin/pages/TemplatePages';
import type { TemplateDraft } from '../../../../views/admin/pages/TemplateDrafts';
import type { FieldErrors, FormMessage } from '../../../../views/admin/partials/Form';
import { createIncidentTemplate, deleteIncidentTemplate, findIncidentTemplate, listIncidentTemplates, updateIncidentTemplate, type IncidentTemplate } from '../../../store/templates';
import { authOf, type AdminContext, type AdminEnv } from '../env';
import { routeId, version } from '../forms/fields';
import { readForm, readValues } from '../forms/parse';
import { attempt, type FieldOf } from '../forms/store-errors';
import { loadIncidentData } from '../incidents/page';
import { requireRole } from '../middleware';
import { adminChrome, page } from '../render';
import { templateDraftOf, templateSchema } from './form';
import { emptyTemplateDraft, templateDraft, templateName, templateRows } from './view-model';

const LIST = '/admin/settings/templates';

/** Store field names (`texts.sv.title`) as the form's (`sv.title`); `services` is the list's first field. */
const templateField: FieldOf = (field) => (field?.startsWith('texts.') ? field.slice('texts.'.length) : field === 'services' || field === undefined ? 'impact' : field);

async function renderForm(
  c: AdminContext,
  template: IncidentTemplate | null,
  draft: TemplateDraft,
  options: { errors?: FieldErrors; message?: FormMessage } = {},
  status: 200 | 409 | 422 = 200,
) {
  const data = await loadIncidentData(c);
  return page(
    c,
    <TemplateEditPage
      chrome={adminChrome(c)}
      words={data.words}
      languages={data.contentLanguages}
      groups={data.groups}
      template={template ? { id: template.id, name: templateName(template, data.languages).text } : null}
      draft={draft}
      errors={options.errors ?? {}}
      message={options.message ?? null}
    />,
    status,
  );
}

async function listMessage(c: AdminContext): Promise<FormMessage> {
  const t = c.var.t;
  if (c.req.query('deleted') !== undefined) return { kind: 'ok', text: t.templates.deleted };
  for (const [key, say] of [
    ['created', t.templates.created],
    ['saved', t.templates.saved],
  ] as const) {
    const id = Number(c.req.query(key));
    if (!Number.isInteger(id) || id <= 0) continue;
    const template = await findIncidentTemplate(c.var.db, id);
    if (template) return { kind: 'ok', text: say(templateName(template, c.var.admin.textLanguages).text) };
  }
  return null;
}

function settingsOf(data: Awaited<ReturnType<typeof loadIncidentData>>) {
  return { languages: data.contentLanguages, serviceIds: data.choices.map((service) => service.id) };
}

export function templateRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  // Managing templates is for admins, checked on the server; using one is the incidents area's.
  app.use('/settings/templates', requireRole('admin'));
  app.use('/settings/templates/*', requireRole('admin'));

  app.get('/settings/templates', async (c) => {
    const [templates, data] = await Promise.all([listIncidentTemplates(c.var.db), loadIncidentData(c)]);
    return page(c, <TemplateListPage chrome={adminChrome(c)} rows={templateRows(templates, data.languages, data.choices)} message={await listMessage(c)} />);
  });

  app.get('/settings/templates/new', async (c) => renderForm(c, null, emptyTemplateDraft(c.var.admin.languages)));

  app.post('/settings/templates', async (c) => {
    const data = await loadIncidentData(c);
    const form = await readForm(c, (kit) => templateSchema(kit, settingsOf(data)));
    const draft = templateDraftOf(form.body, data.contentLanguages);
    const again = (errors: FieldErrors) => renderForm(c, null, draft, { errors }, 422);
    if (!form.ok) return again(form.errors);
    const { version: _version, ...input } = form.value;
    const created = await attempt(c.var.t, () => createIncidentTemplate(c.var.db, c.var.clock, input, authOf(c).actor), templateField, {
      invalid: again,
      conflict: () => again({}),
      notFound: () => c.notFound(),
    });
    if (!created.ok) return created.answer;
    return c.redirect(`${LIST}?created=${created.value}#template-${created.value}`, 303);
  });

  app.get('/settings/templates/:id{[0-9]+}', async (c) => {
    const id = routeId(c);
    const template = id === null ? undefined : await findIncidentTemplate(c.var.db, id);
    if (!template) return c.notFound();
    return renderForm(c, template, templateDraft(template, c.var.admin.languages));
  });

  app.post('/settings/templates/:id{[0-9]+}', async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const id = routeId(c);
    const current = id === null ? undefined : await findIncidentTemplate(db, id);
    if (!current) return c.notFound();
    const data = await loadIncidentData(c);
    const form = await readForm(c, (kit) => templateSchema(kit, settingsOf(data)));
    const draft = templateDraftOf(form.body, data.contentLanguages);
    const again = (errors: FieldErrors) => renderForm(c, current, draft, { errors }, 422);
    if (!form.ok) return again(form.errors);
    const { version: expectedVersion, ...input } = form.value;
    const saved = await attempt(t, () => updateIncidentTemplate(db, clock, current.id, { ...input, expectedVersion }, authOf(c).actor), templateField, {
      invalid: again,
      // Someone saved it meanwhile: the draft stays as typed, with the newer version, so a
      // deliberate second save wins.
      conflict: async () => {
        const fresh = await findIncidentTemplate(db, current.id);
        if (!fresh) return c.notFound();
        return renderForm(c, fresh, { ...draft, version: fresh.version }, { message: { kind: 'error', text: `${t.conflict} ${t.templates.conflict}` } }, 409);
      },
      notFound: () => c.notFound(),
    });
    if (!saved.ok) return saved.answer;
    return c.redirect(`${LIST}?saved=${current.id}#template-${current.id}`, 303);
  });

  app.post('/settings/templates/:id{[0-9]+}/delete', async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const id = routeId(c);
    const current = id === null ? undefined : await findIncidentTemplate(db, id);
    if (!current) return c.notFound();
    const form = await readValues(c, z.object({ version: version() }));
    const deleted = await attempt(t, () => deleteIncidentTemplate(db, clock, current.id, { expectedVersion: form.version }, authOf(c).actor), templateField, {
      invalid: (errors) => renderForm(c, current, templateDraft(current, c.var.admin.languages), { errors }, 422),
      conflict: async () => {
        const fresh = await findIncidentTemplate(db, current.id);
        if (!fresh) return c.notFound();
        return renderForm(c, fresh, templateDraft(fresh, c.var.admin.languages), { message: { kind: 'error', text: `${t.conflict} ${t.templates.conflict}` } }, 409);
      },
      notFound: () => c.notFound(),
    });
    if (!deleted.ok) return deleted.answer;
    return c.redirect(`${LIST}?deleted`, 303);
  });

  return app;
}
