import { describe, expect, it } from 'vitest';
import { visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { decodeHtml, expectWellFormed, parseFeed } from '../helpers/feeds';
import { LIMITS } from '../../src/domain/limits';
import { InputError } from '../../src/store/errors';
import { openIncident } from '../../src/store/publishing';
import { makeIncident, publish } from '../helpers/factories';
import { createThroughConsole, editorWithServices, HOSTILE, HTMX, newIncidentForm, revisionOf } from './incidents-support';

function auditOf(setup: Awaited<ReturnType<typeof editorWithServices>>, action: string) {
  return setup.db.query.auditLog.findMany({ where: (log, { eq }) => eq(log.action, action) });
}

describe('creating an incident', () => {
  it('creates it with its notice, affected services and a first update that changes a status (no JavaScript)', async () => {
    const setup = await editorWithServices();
    const { browser, app, minaSidor, epost } = setup;
    await browser.get('/admin/incidents/new');
    const response = await browser.post(
      '/admin/incidents',
      newIncidentForm({
        'en.title': 'IT attack on a supplier',
        'en.whatHappened': 'Our supplier was attacked.',
        serviceIds: [String(minaSidor.id), String(epost.id)],
        'update.sv': 'Vi utreder störningen.',
        'update.en': 'We are investigating.',
        [`status.${minaSidor.id}`]: 'down',
        [`version.${minaSidor.id}`]: '1',
        [`status.${epost.id}`]: '',
        [`version.${epost.id}`]: '1',
      }),
    );
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/^\/admin\/incidents\/\d+\?created$/);
    const adminPage = visibleText(await (await browser.get(location)).text());
    expect(adminPage).toContain('Händelsen är skapad och syns på statussidan.');
    expect(adminPage).toContain('Vi utreder störningen.');

    const publicPage = visibleText(await (await app.request('/handelser/it-angrepp')).text());
    expect(publicPage).toContain('IT-angrepp mot leverantör');
    expect(publicPage).toContain('Vad ska du göra? Ring kontaktcenter.');
    expect(publicPage).toMatch(/Mina sidor\s*:\s*Fungerar → Ur funktion/);
    expect(publicPage).toMatch(/E-post\s+Fungerar/);
    expect(visibleText(await (await app.request('/en/incidents/it-angrepp')).text())).toContain('We are investigating.');

    const [created] = await auditOf(setup, 'incident.create');
    expect(created!.username).toBe('redaktor');
    expect(created!.after).toMatchObject({ slug: 'it-angrepp', impact: 'major', serviceIds: [minaSidor.id, epost.id] });
    expect(await auditOf(setup, 'update.publish')).toHaveLength(1);
  });

  it('answers 422 with a message next to each wrong field and keeps everything typed (no JavaScript and htmx)', async () => {
    const setup = await editorWithServices();
    const { browser } = setup;
    await browser.get('/admin/incidents/new');
    const revision = await revisionOf(setup);
    const form = newIncidentForm({ slug: 'Inte En Adress', 'sv.title': '  ', 'sv.whatHappened': 'Behåll den här texten.', 'update.en': 'Only English.' });

    const plain = await browser.post('/admin/incidents', form);
    expect(plain.status).toBe(422);
    const html = await plain.text();
    expect(html).toContain('<!DOCTYPE html>');
    const text = visibleText(html);
    expect(text).toContain('3 fält behöver rättas.');
    expect(text).toContain('Använd små bokstäver a–z');
    expect(text).toContain('Fältet måste fyllas i.');
    expect(html).toContain('value="Inte En Adress"');
    expect(html).toContain('Behåll den här texten.</textarea>');
    expect(html).toContain('Only English.</textarea>');
    expect(html).toMatch(/id="f-sv-title"[^>]*aria-invalid="true"[^>]*aria-describedby="f-sv-title-error"/);

    const fragment = await browser.post('/admin/incidents', form, HTMX);
    expect(fragment.status).toBe(422);
    const part = await fragment.text();
    expect(part).not.toContain('<html');
    expect(part).toContain('id="new-incident"');
    expect(part).toContain('Behåll den här texten.</textarea>');

    expect(await setup.db.query.incidents.findMany()).toHaveLength(0);
    expect(await revisionOf(setup)).toBe(revision);
  });

  it('refuses an address that is already taken', async () => {
    const setup = await editorWithServices();
    await makeIncident(setup.db, setup.clock, { slug: 'it-angrepp' });
    await setup.browser.get('/admin/incidents/new');
    const response = await setup.browser.post('/admin/incidents', newIncidentForm());
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(visibleText(html)).toContain('Adressen används redan.');
    expect(html).toContain('value="it-angrepp"');
    expect(await setup.db.query.incidents.findMany()).toHaveLength(1);
  });

  it('creates nothing when the first update cannot be published: 409, the form as typed, current statuses (no JavaScript and htmx)', async () => {
    const setup = await editorWithServices();
    const { browser, db, minaSidor } = setup;
    await browser.get('/admin/incidents/new');
    const revision = await revisionOf(setup);
    // A colleague changed Mina sidor after this form was loaded (the form saw version 99).
    const stale = { 'update.sv': 'Första texten.', [`status.${minaSidor.id}`]: 'down', [`version.${minaSidor.id}`]: '99' };
    const response = await browser.post('/admin/incidents', newIncidentForm(stale));
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(visibleText(html)).toContain('Inget skapades. Kontrollera tjänsternas status nedan och skapa händelsen igen.');
    expect(html).toContain('Första texten.</textarea>');
    expect(html).toContain('value="IT-angrepp mot leverantör"');
    expect(html).toContain(`name="version.${minaSidor.id}" value="1"`);
    expect(await db.query.incidents.findMany()).toHaveLength(0);
    expect(await db.query.incidentTexts.findMany()).toHaveLength(0);
    expect(await db.query.updates.findMany()).toHaveLength(0);
    expect(await auditOf(setup, 'incident.create')).toHaveLength(0);
    expect(await revisionOf(setup)).toBe(revision);

    const htmx = await browser.post('/admin/incidents', newIncidentForm(stale), HTMX);
    expect(htmx.status).toBe(409);
    expect(await htmx.text()).toMatch(/^<div id="new-incident">/);
    expect(await db.query.incidents.findMany()).toHaveLength(0);

    // Sent again with the statuses as they are now, both are created.
    const again = await browser.post('/admin/incidents', newIncidentForm({ ...stale, [`version.${minaSidor.id}`]: '1' }));
    expect(again.status).toBe(303);
    expect(await db.query.incidents.findMany()).toHaveLength(1);
    expect(await db.query.updates.findMany()).toHaveLength(1);
  });

  it('creates the incident and its first update in one write: one revision bump, both audited', async () => {
    const setup = await editorWithServices();
    const { browser, db, minaSidor } = setup;
    await browser.get('/admin/incidents/new');
    const revision = await revisionOf(setup);
    const response = await browser.post(
      '/admin/incidents',
      newIncidentForm({ 'update.sv': 'Vi utreder.', [`status.${minaSidor.id}`]: 'down', [`version.${minaSidor.id}`]: '1' }),
    );
    expect(response.status).toBe(303);
    expect(await revisionOf(setup)).toBe(revision + 1);
    const [incident] = await db.query.incidents.findMany();
    const [update] = await db.query.updates.findMany();
    expect(update!.incidentId).toBe(incident!.id);
    expect(await auditOf(setup, 'incident.create')).toHaveLength(1);
    expect(await auditOf(setup, 'update.publish')).toHaveLength(1);
  });

  it('leaves no incident behind when the store refuses the first update (text over the limit, unknown service)', async () => {
    const setup = await editorWithServices();
    const { db, clock, minaSidor } = setup;
    const incident = { slug: 'halv', impact: 'major' as const, texts: { sv: { title: 'Halv händelse' } }, serviceIds: [minaSidor.id] };
    const revision = await revisionOf(setup);
    const refused = [
      { texts: { sv: 'x'.repeat(LIMITS.updateBody + 1) }, field: 'firstUpdate.texts.sv' },
      { texts: { sv: 'Okänd tjänst.' }, changes: [{ serviceId: 999, to: 'down' as const }], field: 'firstUpdate.changes' },
    ];
    for (const { field, ...firstUpdate } of refused) {
      const error = await openIncident(db, clock, incident, firstUpdate).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).field).toBe(field);
    }
    expect(await db.query.incidents.findMany()).toHaveLength(0);
    expect(await db.query.incidentTexts.findMany()).toHaveLength(0);
    expect(await db.query.incidentServices.findMany()).toHaveLength(0);
    expect(await db.query.auditLog.findMany({ where: (log, { like }) => like(log.action, 'incident.%') })).toHaveLength(0);
    expect(await revisionOf(setup)).toBe(revision);

    const opened = await openIncident(db, clock, incident, { texts: { sv: 'Första.' }, changes: [{ serviceId: minaSidor.id, to: 'down' }] });
    expect(opened.update).not.toBeNull();
    expect(await revisionOf(setup)).toBe(revision + 1);
    expect((await db.query.updates.findMany()).map((update) => update.incidentId)).toEqual([opened.incidentId]);
  });

  it('redirects an htmx post with HX-Redirect when the incident is created', async () => {
    const setup = await editorWithServices();
    await setup.browser.get('/admin/incidents/new');
    const response = await setup.browser.post('/admin/incidents', newIncidentForm(), HTMX);
    expect(response.status).toBe(200);
    expect(response.headers.get('HX-Redirect')).toMatch(/^\/admin\/incidents\/\d+\?created$/);
  });

  it('escapes hostile text in every field on the admin page, the public incident page and its Atom feed', async () => {
    const setup = await editorWithServices();
    const { browser, app, minaSidor } = setup;
    const fields = ['title', 'whatHappened', 'affectsMe', 'whatWeAreDoing', 'whatYouShouldDo', 'whoToContact'];
    const texts = Object.fromEntries(
      ['sv', 'en'].flatMap((locale) => fields.map((field) => [`${locale}.${field}`, `${locale}-${field} ${HOSTILE}`])),
    );
    const id = await createThroughConsole(setup, {
      ...texts,
      slug: 'farlig',
      'update.sv': `Uppdatering ${HOSTILE}`,
      'update.en': `Update ${HOSTILE}`,
      [`status.${minaSidor.id}`]: 'down',
      [`version.${minaSidor.id}`]: '1',
    });

    const pages = [`/admin/incidents/${id}`, '/admin/incidents', '/handelser/farlig', '/en/incidents/farlig'];
    for (const path of pages) {
      const response = path.startsWith('/admin') ? await browser.get(path) : await app.request(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).not.toContain('<script>alert');
      expect(html, path).not.toContain('<img src=x');
      expect(html, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      const locale = path.includes('/en/') ? 'en' : 'sv';
      expect(visibleText(html), path).toContain(`${locale}-title ${HOSTILE}`);
    }
    const adminText = visibleText(await (await browser.get(`/admin/incidents/${id}`)).text());
    for (const key of Object.keys(texts)) expect(adminText).toContain(texts[key]);
    expect(adminText).toContain(`Uppdatering ${HOSTILE}`);

    for (const path of ['/handelser/farlig/feed.atom', '/en/incidents/farlig/feed.atom']) {
      const xml = await (await app.request(path)).text();
      expectWellFormed(xml);
      expect(xml, path).not.toContain('<script>');
      const feed = parseFeed(xml);
      const entry = feed.items[0]!;
      expect(entry.title).toContain(path.startsWith('/en') ? `en-title ${HOSTILE}` : `sv-title ${HOSTILE}`);
      // The entry's HTML carries the admin's text escaped, and a real parser gives the text back.
      expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp;');
      expect(decodeHtml(entry.content!)).toContain(`Uppdatering ${HOSTILE}`.replace('Uppdatering', path.startsWith('/en') ? 'Update' : 'Uppdatering'));
    }
  });
});

describe('the promised next update', () => {
  it('stores a Swedish wall-clock time across the spring clock change as the right instant', async () => {
    const setup = await editorWithServices({ now: '2026-03-20T10:00:00Z' });
    const id = await createThroughConsole(setup, { nextUpdateDate: '2026-03-29', nextUpdateTime: '03:30' });
    const incident = await setup.db.query.incidents.findFirst({ where: (row, { eq }) => eq(row.id, id) });
    expect(incident!.nextUpdateDueAt!.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // Before the change the same wall-clock time is an hour later in UTC.
    const winter = await createThroughConsole(setup, { slug: 'vinter', nextUpdateDate: '2026-03-28', nextUpdateTime: '03:30' });
    const other = await setup.db.query.incidents.findFirst({ where: (row, { eq }) => eq(row.id, winter) });
    expect(other!.nextUpdateDueAt!.toISOString()).toBe('2026-03-28T02:30:00.000Z');
    expect(visibleText(await (await setup.app.request('/handelser/it-angrepp')).text())).toContain('29 mars 2026 kl. 03.30');
  });

  it('refuses a time that does not exist (skipped by the clock change), a time in the past and half a time', async () => {
    const setup = await editorWithServices({ now: '2026-03-20T10:00:00Z' });
    await setup.browser.get('/admin/incidents/new');
    const cases: [Record<string, string>, string][] = [
      [{ nextUpdateDate: '2026-03-29', nextUpdateTime: '02:30' }, 'Den tiden finns inte den dagen'],
      [{ nextUpdateDate: '2026-03-20', nextUpdateTime: '10:59' }, 'Tiden har redan passerat. Ange en tid i framtiden.'],
      [{ nextUpdateDate: '2026-03-21', nextUpdateTime: '' }, 'Ange både datum och klockslag'],
      [{ nextUpdateDate: '2026-02-30', nextUpdateTime: '10:00' }, 'Skriv datum som ÅÅÅÅ-MM-DD.'],
    ];
    for (const [fields, message] of cases) {
      const response = await setup.browser.post('/admin/incidents', newIncidentForm(fields));
      expect(response.status, message).toBe(422);
      const html = await response.text();
      expect(visibleText(html), message).toContain(message);
      expect(html).toContain(`value="${fields.nextUpdateDate}"`);
    }
    expect(await setup.db.query.incidents.findMany()).toHaveLength(0);
  });
});

describe('the incident list', () => {
  it('lists ongoing incidents first with an overdue warning, then resolved ones newest first, paged', async () => {
    const setup = await editorWithServices();
    const { db, clock, browser } = setup;
    await makeIncident(db, clock, { slug: 'forsenad', texts: { sv: { title: 'Försenad händelse' } }, nextUpdateDueAt: new Date(clock.now().getTime() - 60 * 60_000) });
    await makeIncident(db, clock, { slug: 'i-tid', texts: { sv: { title: 'Händelse i tid' } }, nextUpdateDueAt: new Date(clock.now().getTime() + 60 * 60_000) });
    for (let i = 1; i <= 52; i++) {
      clock.advance(60_000);
      const old = await makeIncident(db, clock, { slug: `gammal-${i}`, texts: { sv: { title: `Avslutad nr ${i}` } } });
      await publish(db, clock, { incidentId: old.id, phase: 'resolved', texts: { sv: 'Klart.' } });
    }
    const html = await (await browser.get('/admin/incidents')).text();
    const text = visibleText(html);
    expect(text).toContain('Nästa uppdatering för ”Försenad händelse” skulle ha publicerats 11 februari 2026 kl. 13.00.');
    expect(text).toContain('Nästa uppdatering utlovad 11 februari 2026 kl. 15.00.');
    expect(text.indexOf('Försenad händelse')).toBeLessThan(text.indexOf('Avslutade'));
    expect(text.indexOf('Avslutad nr 52')).toBeLessThan(text.indexOf('Avslutad nr 51'));
    expect(text).not.toContain('Avslutad nr 2 ');
    expect(text).toContain('Sida 1 av 2');
    const second = visibleText(await (await browser.get('/admin/incidents?page=2')).text());
    expect(second).toContain('Avslutad nr 2 ');
    expect(second).toContain('Avslutad nr 1 ');
    expect(second).not.toContain('Avslutad nr 3 ');
    expect((await browser.get('/admin/incidents?page=3')).status).toBe(404);
  });

  it('is for signed-in editors only', async () => {
    const setup = await editorWithServices();
    const anonymous = new Browser(setup.app);
    const response = await anonymous.get('/admin/incidents');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin/login?next=%2Fadmin%2Fincidents');
    const post = await anonymous.post('/admin/incidents', newIncidentForm());
    // 401: the sign-in page keeping the draft (src/routes/admin/require-user.tsx).
    expect([303, 401, 403]).toContain(post.status);
    expect(await setup.db.query.incidents.findMany()).toHaveLength(0);
  });
});

describe('editing the notice', () => {
  async function incidentWithEnglish() {
    const setup = await editorWithServices();
    const id = await createThroughConsole(setup, {
      'en.title': 'IT attack on a supplier',
      'en.whatHappened': 'Our supplier was attacked.',
      serviceIds: String(setup.minaSidor.id),
    });
    return { ...setup, id };
  }

  function noticeForm(html: string): Record<string, string | string[]> {
    const section = html.slice(html.indexOf('id="notice"'), html.indexOf('id="post-update"'));
    const form: Record<string, string | string[]> = {};
    for (const match of section.matchAll(/<input id="[^"]*" name="([^"]+)" type="text" value="([^"]*)"/g)) form[match[1]!] = match[2]!;
    for (const match of section.matchAll(/<textarea id="[^"]*" name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) form[match[1]!] = match[2]!.replace(/&amp;/g, '&');
    form.version = /name="version" value="(\d+)"/.exec(section)![1]!;
    form.impact = 'major';
    form.serviceIds = [...section.matchAll(/name="serviceIds" value="(\d+)" checked=""/g)].map((match) => match[1]!);
    form.nextUpdateDate = '';
    form.nextUpdateTime = '';
    return form;
  }

  it('saves changed texts, moves only the edited language’s date, and audits before and after', async () => {
    const setup = await incidentWithEnglish();
    const { browser, app, clock, db, id, epost, minaSidor } = setup;
    clock.advance(3_600_000);
    const form = noticeForm(await (await browser.get(`/admin/incidents/${id}`)).text());
    const response = await browser.post(`/admin/incidents/${id}/notice`, {
      ...form,
      'sv.whatYouShouldDo': 'Besök medborgarkontoret.',
      impact: 'critical',
      serviceIds: [String(minaSidor.id), String(epost.id)],
      nextUpdateDate: '2026-02-13',
      nextUpdateTime: '09:00',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/admin/incidents/${id}?saved#notice`);
    expect(visibleText(await (await browser.get(response.headers.get('location')!)).text())).toContain('Meddelandet är sparat.');

    const texts = await db.query.incidentTexts.findMany({ where: (row, { eq }) => eq(row.incidentId, id) });
    const sv = texts.find((row) => row.locale === 'sv')!;
    const en = texts.find((row) => row.locale === 'en')!;
    expect(sv.whatYouShouldDo).toBe('Besök medborgarkontoret.');
    expect(sv.updatedAt.toISOString()).toBe('2026-02-11T14:00:00.000Z');
    expect(en.updatedAt.toISOString()).toBe('2026-02-11T13:00:00.000Z');
    const incident = await db.query.incidents.findFirst({ where: (row, { eq }) => eq(row.id, id) });
    expect(incident!.impact).toBe('critical');
    expect(incident!.nextUpdateDueAt!.toISOString()).toBe('2026-02-13T08:00:00.000Z');

    const publicSv = visibleText(await (await app.request('/handelser/it-angrepp')).text());
    expect(publicSv).toContain('Besök medborgarkontoret.');
    expect(publicSv).toMatch(/E-post\s+Fungerar/);
    // The English translation is now older than the Swedish text, and says so.
    const publicEn = visibleText(await (await app.request('/en/incidents/it-angrepp')).text());
    expect(publicEn).toContain('Our supplier was attacked.');
    expect(publicEn).toContain('This translation is older than the Swedish text (updated 11 February 2026).');
    expect(visibleText(await (await browser.get(`/admin/incidents/${id}`)).text())).toContain('Äldre än texten på svenska');

    const [entry] = await auditOf(setup, 'incident.update-notice');
    expect(entry!.username).toBe('redaktor');
    expect(entry!.before).toMatchObject({ impact: 'major', serviceIds: [minaSidor.id], texts: { sv: { whatYouShouldDo: 'Ring kontaktcenter.' } } });
    expect(entry!.after).toMatchObject({
      impact: 'critical',
      serviceIds: [minaSidor.id, epost.id],
      changedLocales: ['sv'],
      texts: { sv: { whatYouShouldDo: 'Besök medborgarkontoret.' }, en: { title: 'IT attack on a supplier' } },
    });
  });

  it('never overwrites a newer notice: 409 shows the newer text and keeps the draft (no JavaScript and htmx)', async () => {
    const setup = await incidentWithEnglish();
    const { browser, app, db, id } = setup;
    const { password } = await makeUser(setup, { username: 'kollega' });
    const colleague = new Browser(app, '192.0.2.50');
    await colleague.signIn('kollega', password);

    const mine = noticeForm(await (await browser.get(`/admin/incidents/${id}`)).text());
    const theirs = noticeForm(await (await colleague.get(`/admin/incidents/${id}`)).text());
    expect(mine.version).toBe(theirs.version);
    const won = await colleague.post(`/admin/incidents/${id}/notice`, { ...theirs, 'sv.whatWeAreDoing': 'Kollegans nyare text.' });
    expect(won.status).toBe(303);

    for (const headers of [{}, HTMX]) {
      const lost = await browser.post(`/admin/incidents/${id}/notice`, { ...mine, 'sv.whatWeAreDoing': 'Mitt utkast.' }, headers);
      expect(lost.status).toBe(409);
      const html = await lost.text();
      const text = visibleText(html);
      expect(text).toContain('Någon annan hann ändra detta');
      expect(text).toContain('Kollegans nyare text.');
      expect(html).toContain('Mitt utkast.</textarea>');
      expect(html).toMatch(/<details open="">\s*<summary>Redigera meddelandet/);
      if (headers === HTMX) expect(html).not.toContain('<html');
    }
    const sv = await db.query.incidentTexts.findFirst({ where: (row, { and, eq }) => and(eq(row.incidentId, id), eq(row.locale, 'sv')) });
    expect(sv!.whatWeAreDoing).toBe('Kollegans nyare text.');

    // Saving again after seeing the newer text is a deliberate choice, and it works.
    const again = noticeForm(await (await browser.get(`/admin/incidents/${id}`)).text());
    const saved = await browser.post(`/admin/incidents/${id}/notice`, { ...again, 'sv.whatWeAreDoing': 'Mitt utkast.' }, HTMX);
    expect(saved.status).toBe(200);
    expect(visibleText(await saved.text())).toContain('Meddelandet är sparat.');
  });

  it('keeps the notice form filled in with messages when the Swedish title is removed', async () => {
    const setup = await incidentWithEnglish();
    const form = noticeForm(await (await setup.browser.get(`/admin/incidents/${setup.id}`)).text());
    const response = await setup.browser.post(`/admin/incidents/${setup.id}/notice`, { ...form, 'sv.title': '', 'sv.affectsMe': 'Nytt utkast.' }, HTMX);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(visibleText(html)).toContain('Fältet måste fyllas i.');
    expect(html).toContain('Nytt utkast.</textarea>');
    expect(await auditOf(setup, 'incident.update-notice')).toHaveLength(0);
  });
});
