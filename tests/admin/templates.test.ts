/**
 * Incident templates (issue 12): admins create, edit and delete them (one audited write each,
 * refusals next to the field, a conflict keeping the draft), editors may only use them, and
 * "new incident from a template" opens the one-step form filled in every content language —
 * still editable, and published only by the usual Publish.
 */
import { describe, expect, it } from 'vitest';
import { auditLog, incidentTemplates } from '../../src/db/schema';
import { createIncidentTemplate, deleteIncidentTemplate, findIncidentTemplate, listIncidentTemplates, updateIncidentTemplate } from '../../src/store/templates';
import { ConflictError, InputError } from '../../src/store/errors';
import { SYSTEM_ACTOR } from '../../src/store/audit';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { makeGroup, makeService, makeSite } from '../helpers/factories';
import { formFields } from '../helpers/form-fields';
import { ESCAPED_SCRIPT, MARKUP } from '../helpers/hostile';
import { fieldError } from './catalog-helpers';
import { revisionOf } from './incidents-support';

async function consoleWithServices(options: { offeredLocales?: string[] } = {}) {
  const context = await createTestApp({ seed: 'none' });
  await makeSite(context.db, context.clock, { offeredLocales: options.offeredLocales ?? ['sv', 'en'] });
  const group = await makeGroup(context.db, context.clock);
  const minaSidor = await makeService(context.db, context.clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor' }, en: { name: 'My pages' } });
  const epost = await makeService(context.db, context.clock, { groupId: group, slug: 'e-post', sv: { name: 'E-post' }, en: { name: 'E-mail' } });
  const adminUser = await makeUser(context, { username: 'chef', role: 'admin' });
  const editorUser = await makeUser(context, { username: 'redaktor', role: 'editor' });
  const admin = new Browser(context.app, '192.0.2.10');
  await admin.signIn('chef', adminUser.password);
  const editor = new Browser(context.app, '192.0.2.11');
  await editor.signIn('redaktor', editorUser.password);
  return { ...context, admin, editor, minaSidor, epost };
}

type Setup = Awaited<ReturnType<typeof consoleWithServices>>;

/** The template form as an admin fills it in; override any field. */
function templateForm(setup: Pick<Setup, 'epost' | 'minaSidor'>, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    impact: 'major',
    phase: 'investigating',
    'sv.name': 'E-post fungerar inte',
    'sv.title': 'Kommunens e-post fungerar inte',
    'sv.whatHappened': 'Mejl till kommunen kommer inte fram.',
    'sv.affectsMe': '',
    'sv.whatWeAreDoing': 'Vi felsöker.',
    'sv.whatYouShouldDo': 'Ring kontaktcenter i stället.',
    'sv.whoToContact': 'Kontaktcenter, 0123-45 67 00.',
    'sv.update': 'E-posten fungerar inte. Ring oss.',
    'en.name': 'E-mail down',
    'en.title': 'The municipality’s e-mail is not working',
    'en.whatHappened': 'Messages to the municipality do not arrive.',
    'en.affectsMe': '',
    'en.whatWeAreDoing': 'We are looking for the fault.',
    'en.whatYouShouldDo': 'Call the contact centre instead.',
    'en.whoToContact': 'Contact centre, 0123-45 67 00.',
    'en.update': 'E-mail is down. Call us.',
    [`status.${setup.epost.id}`]: 'down',
    [`status.${setup.minaSidor.id}`]: '',
    ...overrides,
  };
}

async function createThroughForm(setup: Setup, overrides: Record<string, string> = {}): Promise<number> {
  await setup.admin.get('/admin/settings/templates/new');
  const response = await setup.admin.post('/admin/settings/templates', templateForm(setup, overrides));
  expect(response.status, await response.clone().text()).toBe(303);
  return Number(/created=(\d+)/.exec(response.headers.get('location')!)![1]);
}

describe('the template store', () => {
  it('creates, replaces and deletes a template, each one audited write that bumps the revision', async () => {
    const setup = await consoleWithServices();
    const { db, clock } = setup;
    const before = await revisionOf(setup);
    const id = await createIncidentTemplate(db, clock, {
      impact: 'major',
      phase: 'identified',
      texts: { sv: { name: 'Telefonin', title: 'Telefonerna fungerar inte', whatHappened: 'Växeln är nere.' }, en: { name: 'Phones', title: 'Phones down' } },
      services: [{ serviceId: setup.epost.id, status: 'degraded' }],
    });
    expect(await revisionOf(setup)).toBe(before + 1);
    const created = (await findIncidentTemplate(db, id))!;
    expect(created.phase).toBe('identified');
    expect(created.texts.find((row) => row.locale === 'sv')).toMatchObject({ name: 'Telefonin', title: 'Telefonerna fungerar inte', whatHappened: 'Växeln är nere.', updateBody: '' });
    expect(created.services).toEqual([{ serviceId: setup.epost.id, status: 'degraded' }]);

    await updateIncidentTemplate(db, clock, id, {
      impact: 'critical',
      phase: 'investigating',
      texts: { sv: { name: 'Telefonin', title: 'Växeln fungerar inte' } },
      services: [],
      expectedVersion: created.version,
    });
    const updated = (await findIncidentTemplate(db, id))!;
    expect(updated.version).toBe(created.version + 1);
    // Replaced as a whole: the English text and the service are gone.
    expect(updated.texts.map((row) => row.locale)).toEqual(['sv']);
    expect(updated.services).toEqual([]);
    await expect(updateIncidentTemplate(db, clock, id, { impact: 'minor', phase: 'investigating', texts: { sv: { name: 'x', title: 'y' } }, services: [], expectedVersion: created.version })).rejects.toBeInstanceOf(ConflictError);

    await deleteIncidentTemplate(db, clock, id, { expectedVersion: updated.version });
    expect(await listIncidentTemplates(db)).toEqual([]);
    const actions = (await db.select().from(auditLog).all()).filter((row) => row.action.startsWith('template.')).map((row) => row.action);
    expect(actions).toEqual(['template.create', 'template.update', 'template.delete']);
  });

  it('refuses a template without the default language, an unknown service or phase "resolved", writing nothing', async () => {
    const setup = await consoleWithServices();
    const { db, clock } = setup;
    const texts = { sv: { name: 'Namn', title: 'Rubrik' } };
    await expect(createIncidentTemplate(db, clock, { impact: 'major', phase: 'investigating', texts: { en: { name: 'Name', title: 'Title' } }, services: [] })).rejects.toMatchObject({ code: 'default-language-required' });
    await expect(createIncidentTemplate(db, clock, { impact: 'major', phase: 'investigating', texts, services: [{ serviceId: 999_999, status: 'down' }] })).rejects.toBeInstanceOf(InputError);
    await expect(createIncidentTemplate(db, clock, { impact: 'major', phase: 'resolved', texts, services: [] }, SYSTEM_ACTOR)).rejects.toMatchObject({ field: 'phase' });
    expect(await db.select().from(incidentTemplates).all()).toEqual([]);
  });
});

describe('managing templates in the console (admins)', () => {
  it('creates a template from the form, lists it, and audits who did it with what', async () => {
    const setup = await consoleWithServices();
    const id = await createThroughForm(setup);
    const list = await setup.admin.get(`/admin/settings/templates?created=${id}`);
    const text = visibleText(await list.text());
    expect(text).toContain('Mallen ”E-post fungerar inte” är skapad.');
    expect(text).toMatch(/E-post fungerar inte\s+Berörda tjänster: E-post/);
    const entry = (await setup.db.select().from(auditLog).all()).find((row) => row.action === 'template.create')!;
    expect(entry.username).toBe('chef');
    expect(entry.targetId).toBe(String(id));
    expect(JSON.stringify(entry.after)).toContain('Kommunens e-post fungerar inte');
    expect(visibleText(await (await setup.admin.get('/admin/audit')).text())).toContain('Skapade händelsemall');
  });

  it('edits a template: the form shows it as stored, a save replaces it, a stale save is a 409 that keeps the draft', async () => {
    const setup = await consoleWithServices();
    const id = await createThroughForm(setup);
    const page = await (await setup.admin.get(`/admin/settings/templates/${id}`)).text();
    const fields = formFields(page, `/admin/settings/templates/${id}`);
    expect(fields['en.title']).toBe('The municipality’s e-mail is not working');
    expect(fields[`status.${setup.epost.id}`]).toBe('down');
    expect(fields[`status.${setup.minaSidor.id}`]).toBe('');

    const saved = await setup.admin.post(`/admin/settings/templates/${id}`, { ...fields, 'sv.title': 'E-posten är nere', [`status.${setup.minaSidor.id}`]: 'degraded' });
    expect(saved.status).toBe(303);
    const stored = (await findIncidentTemplate(setup.db, id))!;
    expect(stored.texts.find((row) => row.locale === 'sv')!.title).toBe('E-posten är nere');
    expect(stored.services).toContainEqual({ serviceId: setup.minaSidor.id, status: 'degraded' });

    // Posted again with the version loaded before the save: someone else's change would be lost.
    const stale = await setup.admin.post(`/admin/settings/templates/${id}`, { ...fields, 'sv.title': 'Min version' });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(visibleText(html)).toContain('Någon annan ändrade mallen efter att du öppnade den.');
    expect(formFields(html, `/admin/settings/templates/${id}`)['sv.title']).toBe('Min version');
    expect((await findIncidentTemplate(setup.db, id))!.texts.find((row) => row.locale === 'sv')!.title).toBe('E-posten är nere');
  });

  it('answers a blank name or title with 422, the message next to the field and in the summary, the draft kept', async () => {
    const setup = await consoleWithServices();
    await setup.admin.get('/admin/settings/templates/new');
    const response = await setup.admin.post('/admin/settings/templates', templateForm(setup, { 'sv.name': '', 'en.title': '', 'sv.whatHappened': 'Kvar som skrivet' }));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(fieldError(html, 'f-sv-name')).toBe('Fältet måste fyllas i.');
    expect(fieldError(html, 'f-en-title')).toBe('Fältet måste fyllas i.');
    expect(html).toContain('href="#f-sv-name"');
    expect(visibleText(html)).toContain('Namn (svenska): Fältet måste fyllas i.');
    expect(formFields(html, '/admin/settings/templates')['sv.whatHappened']).toBe('Kvar som skrivet');
    expect(await setup.db.select().from(incidentTemplates).all()).toEqual([]);
  });

  it('refuses a status choice that is not a service of the catalogue (422, not 500)', async () => {
    const setup = await consoleWithServices();
    await setup.admin.get('/admin/settings/templates/new');
    const response = await setup.admin.post('/admin/settings/templates', templateForm(setup, { 'status.999999': 'down', [`status.${setup.epost.id}`]: 'on-fire' }));
    expect(response.status).toBe(422);
    expect(visibleText(await response.text())).toContain('E-post: Välj ett av alternativen.');
  });

  it('deletes a template after a post with its version; a stale version is refused', async () => {
    const setup = await consoleWithServices();
    const id = await createThroughForm(setup);
    const version = formFields(await (await setup.admin.get(`/admin/settings/templates/${id}`)).text(), `/admin/settings/templates/${id}/delete`).version as string;
    expect((await setup.admin.post(`/admin/settings/templates/${id}/delete`, { version: String(Number(version) + 5) })).status).toBe(409);
    const deleted = await setup.admin.post(`/admin/settings/templates/${id}/delete`, { version });
    expect(deleted.status).toBe(303);
    expect(visibleText(await (await setup.admin.get(deleted.headers.get('location')!)).text())).toContain('Mallen är borttagen.');
    expect(await listIncidentTemplates(setup.db)).toEqual([]);
    expect((await setup.admin.get(`/admin/settings/templates/${id}`)).status).toBe(404);
  });

  it('is for admins only: editors get 403 on every template route, and change nothing', async () => {
    const setup = await consoleWithServices();
    const id = await createThroughForm(setup);
    for (const path of ['/admin/settings/templates', '/admin/settings/templates/new', `/admin/settings/templates/${id}`]) expect((await setup.editor.get(path)).status, path).toBe(403);
    await setup.editor.get('/admin/incidents/new');
    for (const path of ['/admin/settings/templates', `/admin/settings/templates/${id}`, `/admin/settings/templates/${id}/delete`])
      expect((await setup.editor.post(path, { ...templateForm(setup), version: '1' })).status, path).toBe(403);
    expect(await listIncidentTemplates(setup.db)).toHaveLength(1);
  });

  it('escapes hostile text on the list, the edit form and the prefilled new-incident form', async () => {
    const setup = await consoleWithServices();
    const id = await createThroughForm(setup, { 'sv.name': MARKUP, 'sv.title': MARKUP, 'sv.update': MARKUP });
    for (const [browser, path] of [
      [setup.admin, '/admin/settings/templates'],
      [setup.admin, `/admin/settings/templates/${id}`],
      [setup.editor, '/admin/incidents/new'],
      [setup.editor, `/admin/incidents/new?template=${id}`],
    ] as const) {
      const html = await (await browser.get(path)).text();
      expect(html, path).not.toContain('<script>alert(1)</script>');
      expect(html, path).not.toContain('<img src=x');
      expect(html, path).toContain(ESCAPED_SCRIPT);
    }
  });
});

describe('a new incident from a template', () => {
  it('offers the templates on the new-incident page, and opens the one-step form filled in both languages', async () => {
    const setup = await consoleWithServices();
    const id = await createThroughForm(setup);
    const page = await (await setup.editor.get('/admin/incidents/new')).text();
    expect(visibleText(page)).toContain('Börja från en mall');
    expect(page).toContain(`href="/admin/incidents/new?template=${id}"`);

    const filled = await setup.editor.get(`/admin/incidents/new?template=${id}`);
    expect(filled.status).toBe(200);
    const html = await filled.text();
    expect(visibleText(html)).toContain('Ifyllt från mallen ”E-post fungerar inte”.');
    const fields = formFields(html, '/admin/incidents');
    expect(fields['sv.title']).toBe('Kommunens e-post fungerar inte');
    expect(fields['en.title']).toBe('The municipality’s e-mail is not working');
    expect(fields['sv.whatYouShouldDo']).toBe('Ring kontaktcenter i stället.');
    expect(fields['en.whoToContact']).toBe('Contact centre, 0123-45 67 00.');
    expect(fields['update.sv']).toBe('E-posten fungerar inte. Ring oss.');
    expect(fields['update.en']).toBe('E-mail is down. Call us.');
    expect(fields[`status.${setup.epost.id}`]).toBe('down');
    expect(fields[`status.${setup.minaSidor.id}`]).toBe('');
    expect([fields.serviceIds].flat()).toEqual([String(setup.epost.id)]);
    // Nothing is written by opening it.
    expect(await setup.db.query.incidents.findMany()).toEqual([]);
  });

  it('publishes the filled form as edited: the public pages show the texts and the statuses in one step', async () => {
    const setup = await consoleWithServices();
    const id = await createThroughForm(setup);
    const fields = formFields(await (await setup.editor.get(`/admin/incidents/new?template=${id}`)).text(), '/admin/incidents');
    const response = await setup.editor.post('/admin/incidents', { ...fields, 'sv.whatHappened': 'Mejl till kommunen kommer inte fram sedan kl. 03.10.' });
    expect(response.status).toBe(303);
    const sv = visibleText(await (await setup.app.request('/')).text());
    expect(sv).toContain('Kommunens e-post fungerar inte');
    expect(sv).toMatch(/E-post\s+Ur funktion/);
    const incident = await setup.db.query.incidents.findFirst();
    const svPage = visibleText(await (await setup.app.request(`/handelser/${incident!.slug}`)).text());
    expect(svPage).toContain('sedan kl. 03.10');
    expect(svPage).toContain('E-posten fungerar inte. Ring oss.');
    const enPage = visibleText(await (await setup.app.request(`/en/incidents/${incident!.slug}`)).text());
    expect(enPage).toContain('The municipality’s e-mail is not working');
    expect(enPage).toContain('E-mail is down. Call us.');
  });

  it('answers an unknown template with 404', async () => {
    const setup = await consoleWithServices();
    expect((await setup.editor.get('/admin/incidents/new?template=4711')).status).toBe(404);
    expect((await setup.editor.get('/admin/incidents/new?template=x')).status).toBe(404);
  });

  it('gives a third offered language its fields, in the template form and in the filled incident form, with no code change', async () => {
    const setup = await consoleWithServices({ offeredLocales: ['sv', 'en', 'fi'] });
    const form = await (await setup.admin.get('/admin/settings/templates/new')).text();
    expect(form).toMatch(/<input[^>]*id="f-fi-title"[^>]*lang="fi"/);
    const id = await createThroughForm(setup, { 'fi.name': 'Sähköposti ei toimi', 'fi.title': 'Kunnan sähköposti ei toimi', 'fi.update': 'Sähköposti ei toimi.' });
    const fields = formFields(await (await setup.editor.get(`/admin/incidents/new?template=${id}`)).text(), '/admin/incidents');
    expect(fields['fi.title']).toBe('Kunnan sähköposti ei toimi');
    expect(fields['update.fi']).toBe('Sähköposti ei toimi.');
  });
});
