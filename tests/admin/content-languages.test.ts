/**
 * Content languages come from the site's offered languages (docs/decisions/0028-one-form-layer.md):
 * a language offered in the settings has fields in every content form with no code change,
 * even one the public interface has no catalog for (German here: the settings list Finnish,
 * Meänkieli, Arabic and easy-to-read Swedish with a tick, so German is added by its code); such a language's
 * texts are kept, and the public pages go on in the languages they exist in.
 */
import { describe, expect, it } from 'vitest';
import { siteSettings } from '../../src/db/schema';
import { visibleText } from '../helpers/app';
import { makeGroup, makeIncident, makeService, publish } from '../helpers/factories';
import { inputValue, signedIn, versionIn } from './catalog-helpers';

/** `<input|textarea … id="…">`: the tag of a field, to read its lang and dir. */
function fieldTag(html: string, id: string): string | null {
  return new RegExp(`<(?:input|textarea)[^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? null;
}

async function siteOfferingGerman() {
  const context = await signedIn({ role: 'admin' });
  const { browser } = context;
  const settings = await (await browser.get('/admin/settings')).text();
  expect(fieldTag(settings, 'f-texts-de-organisationName')).toBeNull();
  const saved = await browser.post('/admin/settings', {
    version: versionIn(settings),
    'texts.sv.organisationName': 'Testby kommun',
    'texts.sv.siteTitle': 'Driftstatus Testby',
    'texts.en.organisationName': 'Testby Municipality',
    'texts.en.siteTitle': 'Testby service status',
    'offer.en': '1',
    addLocale: 'de',
    publicUrl: 'https://status.example.org',
    timeZone: 'Europe/Stockholm',
  });
  expect(saved.status).toBe(303);
  return context;
}

describe('a third content language offered in the settings', () => {
  it('is offered by its code, and the settings form then has its fieldset, saying the interface does not exist in it yet', async () => {
    const { browser, db } = await siteOfferingGerman();
    expect((await db.select().from(siteSettings).all())[0]!.offeredLocales).toEqual(['sv', 'en', 'de']);
    const html = await (await browser.get('/admin/settings')).text();
    const text = visibleText(html);
    expect(text).toContain('Tyska (valfritt)');
    expect(text).toContain('Texter på tyska kan skrivas och sparas, men statussidan visas inte på tyska förrän dess gränssnitt finns.');
    expect(fieldTag(html, 'f-texts-de-siteTitle')).toMatch(/lang="de"/);
    expect(html).toMatch(/id="f-offer-de"[^>]*checked/);
    // Its texts are saved like any other language's.
    const saved = await browser.post('/admin/settings', {
      version: versionIn(html),
      'texts.sv.organisationName': 'Testby kommun',
      'texts.sv.siteTitle': 'Driftstatus Testby',
      'texts.de.organisationName': 'Gemeinde Testby',
      'texts.de.siteTitle': 'Dienststatus Testby',
      'offer.en': '1',
      'offer.de': '1',
      publicUrl: 'https://status.example.org',
      timeZone: 'Europe/Stockholm',
    });
    expect(saved.status).toBe(303);
    expect(inputValue(await (await browser.get('/admin/settings')).text(), 'f-texts-de-siteTitle')).toBe('Dienststatus Testby');
  });

  it('has fields in the service, group and contact-channel forms, and what is written in it is saved', async () => {
    const { browser, db, clock } = await siteOfferingGerman();
    const group = await makeGroup(db, clock);

    const newService = await (await browser.get('/admin/services/new')).text();
    expect(visibleText(newService)).toContain('Tyska (valfritt)');
    expect(fieldTag(newService, 'f-texts-de-name')).toMatch(/lang="de"/);
    const created = await browser.post('/admin/services', { slug: 'bygglov', groupId: String(group), 'texts.sv.name': 'Bygglov', 'texts.de.name': 'Baugenehmigung', 'texts.de.workaround': 'Rufen Sie uns an.' });
    expect(created.status).toBe(303);
    const texts = await db.query.serviceTexts.findMany();
    expect(texts.map((row) => row.locale).sort()).toEqual(['de', 'sv']);
    expect(texts.find((row) => row.locale === 'de')).toMatchObject({ name: 'Baugenehmigung', workaround: 'Rufen Sie uns an.' });
    // Written in, its name is required like any translation's.
    const missing = await browser.post('/admin/services', { slug: 'skola', groupId: String(group), 'texts.sv.name': 'Skola', 'texts.de.description': 'Nur eine Beschreibung.' });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toMatch(/<p class="field-error" id="f-texts-de-name-error">Fältet måste fyllas i\.<\/p>/);

    const groups = await (await browser.get('/admin/services/groups')).text();
    expect(fieldTag(groups, 'f-names-de')).toMatch(/lang="de"/);
    expect((await browser.post('/admin/services/groups', { slug: 'vatten', 'names.sv': 'Vatten', 'names.de': 'Wasser' })).status).toBe(303);
    expect((await db.query.serviceGroupTexts.findMany()).find((row) => row.locale === 'de')!.name).toBe('Wasser');

    const channel = await (await browser.get('/admin/contacts/new')).text();
    expect(fieldTag(channel, 'f-texts-de-name')).toMatch(/lang="de"/);
    expect(fieldTag(channel, 'f-texts-de-note')).toMatch(/lang="de"/);
  });

  it('has fields in every incident form: a new incident, its notice, an update, resolving and a correction', async () => {
    const { browser, db, clock } = await siteOfferingGerman();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'Mina sidor' } });

    const form = await (await browser.get('/admin/incidents/new')).text();
    expect(visibleText(form)).toContain('Meddelandet på tyska (valfritt)');
    for (const id of ['f-de-title', 'f-de-whatHappened', 'f-update-de']) expect(fieldTag(form, id), id).toMatch(/lang="de"/);
    const created = await browser.post('/admin/incidents', {
      slug: 'it-angrepp',
      impact: 'major',
      phase: 'investigating',
      'sv.title': 'IT-angrepp',
      'de.title': 'Cyberangriff',
      'de.whatYouShouldDo': 'Rufen Sie den Kundendienst an.',
      'update.sv': 'Vi utreder.',
      'update.de': 'Wir untersuchen die Lage.',
      [`status.${service.id}`]: 'down',
      [`version.${service.id}`]: '1',
    });
    expect(created.status).toBe(303);
    const id = Number(/\/admin\/incidents\/(\d+)/.exec(created.headers.get('location')!)![1]);
    expect((await db.query.incidentTexts.findMany()).find((row) => row.locale === 'de')).toMatchObject({ title: 'Cyberangriff', whatYouShouldDo: 'Rufen Sie den Kundendienst an.' });
    expect((await db.query.updateTexts.findMany()).map((row) => [row.locale, row.body]).sort()).toEqual([
      ['de', 'Wir untersuchen die Lage.'],
      ['sv', 'Vi utreder.'],
    ]);

    const page = await (await browser.get(`/admin/incidents/${id}`)).text();
    // The notice form shows the German text back; the update and closing texts have German fields.
    expect(inputValue(page, 'f-de-title')).toBe('Cyberangriff');
    expect(fieldTag(page, 'f-update-de')).toMatch(/lang="de"/);
    expect(fieldTag(page, 'f-closing-de')).toMatch(/lang="de"/);
    expect(visibleText(page)).toContain('Tyska: Cyberangriff');

    const [update] = await db.query.updates.findMany();
    const correction = await (await browser.get(`/admin/incidents/${id}/updates/${update!.id}/correct`)).text();
    expect(fieldTag(correction, 'f-de-body')).toMatch(/lang="de"/);
    expect(correction).toContain('Wir untersuchen die Lage.</textarea>');
  });

  it('leaves the public pages as they are: no link to a German page that does not exist, and none is served', async () => {
    const { app, db, clock } = await siteOfferingGerman();
    const incident = await makeIncident(db, clock, { slug: 'katko', texts: { sv: { title: 'Avbrott' }, de: { title: 'Ausfall' } } });
    await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Vi felsöker.', de: 'Wir suchen den Fehler.' } });
    const overview = await (await app.request('/')).text();
    expect(overview).toContain('hreflang="en"');
    expect(overview).not.toContain('hreflang="de"');
    expect(overview).not.toContain('href="/de');
    expect((await app.request('/de')).status).toBe(404);
    // "/de/" is not a language root, so it may be sent to "/de" without its slash: a 404 too.
    const root = await app.request('/de/');
    if (root.status !== 404) expect([root.status, root.headers.get('location')]).toEqual([301, '/de']);
    expect(visibleText(await (await app.request('/handelser/katko')).text())).toContain('Vi felsöker.');
  });

  it('is any language with a known name: Arabic fields are written right to left; an unknown code is refused', async () => {
    const { browser } = await signedIn({ role: 'admin' });
    const settings = await (await browser.get('/admin/settings')).text();
    const form = {
      version: versionIn(settings),
      'texts.sv.organisationName': 'Testby kommun',
      'texts.sv.siteTitle': 'Driftstatus Testby',
      publicUrl: 'https://status.example.org',
      timeZone: 'Europe/Stockholm',
    };
    const unknown = await browser.post('/admin/settings', { ...form, addLocale: 'qq' });
    expect(unknown.status).toBe(422);
    expect(visibleText(await unknown.text())).toContain('”qq” är ingen språkkod som servern känner till');
    expect((await browser.post('/admin/settings', { ...form, addLocale: 'ar' })).status).toBe(303);
    const service = await (await browser.get('/admin/services/new')).text();
    expect(visibleText(service)).toContain('Arabiska (valfritt)');
    expect(fieldTag(service, 'f-texts-ar-name')).toMatch(/lang="ar"[^>]*dir="rtl"|dir="rtl"[^>]*lang="ar"/);
    const incident = await (await browser.get('/admin/incidents/new')).text();
    expect(fieldTag(incident, 'f-ar-title')).toMatch(/dir="rtl"/);
  });
});
