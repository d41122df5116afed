/** Services in the admin console: create, edit, conflicts, translations, retire, order. */
import { describe, expect, it } from 'vitest';
import { services, serviceTexts } from '../../src/db/schema';
import { visibleText } from '../helpers/app';
import { makeGroup, makeService, setStatus } from '../helpers/factories';
import { auditEntries, colleague, fieldError, HTMX, inputValue, signedIn, textareaValue, versionIn } from './catalog-helpers';

function serviceForm(groupId: number, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    slug: 'bygglov',
    groupId: String(groupId),
    position: '',
    'texts.sv.name': 'Bygglov',
    'texts.sv.description': 'Ansök om bygglov.',
    'texts.sv.workaround': 'Ring kontaktcenter.',
    'texts.sv.restorationNote': '',
    'texts.en.name': '',
    'texts.en.description': '',
    'texts.en.workaround': '',
    'texts.en.restorationNote': '',
    expectedDate: '',
    expectedTime: '',
    ...overrides,
  };
}

/** Every field of the edit form as the page shows it, ready to post back. */
function formFrom(html: string): Record<string, string> {
  const form: Record<string, string> = {};
  const editor = html.slice(html.indexOf('id="service-editor"'));
  for (const match of editor.matchAll(/<input[^>]*name="([^"]+)"[^>]*>/g)) {
    if (match[1] === '_csrf') continue;
    form[match[1]!] = /value="([^"]*)"/.exec(match[0])?.[1]?.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') ?? '';
  }
  for (const match of editor.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) {
    form[match[1]!] = match[2]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }
  const group = /<select[^>]*name="groupId"[\s\S]*?<option value="(\d+)" selected/.exec(editor);
  if (group) form.groupId = group[1]!;
  delete form.retired;
  return form;
}

describe('creating a service', () => {
  it('refuses bad input with 422, keeps every value and says what is wrong next to each field', async () => {
    const { browser, db, clock, app } = await signedIn();
    const group = await makeGroup(db, clock);
    const response = await browser.post(
      '/admin/services',
      serviceForm(group, {
        slug: 'Inte En Slug',
        position: 'först',
        'texts.sv.name': '   ',
        'texts.en.description': 'Only a description in English.',
        expectedDate: '2026-03-01',
      }),
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(fieldError(html, 'f-slug')).toContain('Använd små bokstäver');
    expect(fieldError(html, 'f-position')).toContain('Skriv ett heltal');
    expect(fieldError(html, 'f-texts-sv-name')).toBe('Fältet måste fyllas i.');
    expect(fieldError(html, 'f-texts-en-name')).toBe('Fältet måste fyllas i.');
    expect(fieldError(html, 'f-expectedTime')).toContain('Fyll i både datum och klockslag');
    expect(html).toMatch(/id="f-texts-sv-name"[^>]*aria-invalid="true"[^>]*aria-describedby="[^"]*f-texts-sv-name-error/);
    expect(visibleText(html)).toContain('5 fält behöver rättas.');
    // What the editor typed is still there.
    expect(inputValue(html, 'f-slug')).toBe('Inte En Slug');
    expect(textareaValue(html, 'f-texts-sv-description')).toBe('Ansök om bygglov.');
    expect(textareaValue(html, 'f-texts-en-description')).toBe('Only a description in English.');
    expect(inputValue(html, 'f-expectedDate')).toBe('2026-03-01');
    expect(await db.select().from(services).all()).toHaveLength(0);
    expect(visibleText(await (await app.request('/')).text())).not.toContain('Bygglov');
  });

  it('creates the service, shows it on the public overview and audits it', async () => {
    const { browser, db, clock, app } = await signedIn();
    const group = await makeGroup(db, clock);
    const response = await browser.post('/admin/services', serviceForm(group, { 'texts.en.name': 'Building permits' }));
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/^\/admin\/services\?created=\d+#service-\d+$/);
    expect(visibleText(await (await browser.get(location)).text())).toContain('Tjänsten ”Bygglov” är skapad.');
    expect(visibleText(await (await app.request('/')).text())).toMatch(/Bygglov\s+Fungerar/);
    expect(visibleText(await (await app.request('/en/')).text())).toContain('Building permits');
    const [entry] = await auditEntries(db, 'service.create');
    expect(entry!.username).toBe('redaktor');
    expect(entry!.after).toMatchObject({ slug: 'bygglov', texts: { sv: { name: 'Bygglov' }, en: { name: 'Building permits' } } });
  });

  it('says so next to the address when the slug is taken', async () => {
    const { browser, db, clock } = await signedIn();
    const group = await makeGroup(db, clock);
    await makeService(db, clock, { groupId: group, slug: 'bygglov' });
    const response = await browser.post('/admin/services', serviceForm(group));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(fieldError(html, 'f-slug')).toBe('Adressen används redan.');
    expect(inputValue(html, 'f-slug')).toBe('bygglov');
  });
});

describe('editing a service', () => {
  it('saves texts, group, order and a restoration time given in Swedish time (DST-correct)', async () => {
    const { browser, db, clock, app } = await signedIn();
    const first = await makeGroup(db, clock, { sv: 'Först', en: 'First' });
    const second = await makeGroup(db, clock, { sv: 'Andra', en: 'Second' });
    const service = await makeService(db, clock, { groupId: first, slug: 'mina-sidor', sv: { name: 'Mina sidor' } });
    await setStatus(db, clock, service.id, 'down');
    const form = formFrom(await (await browser.get(`/admin/services/${service.id}/edit`)).text());
    expect(form.version).toBeDefined();
    expect(form).not.toHaveProperty('status');

    // Summer time: 10.00 in Stockholm is 08.00 UTC.
    const summer = await browser.post(`/admin/services/${service.id}`, {
      ...form,
      groupId: String(second),
      position: '5',
      'texts.sv.workaround': 'Ring 0123-45 67 00.',
      expectedDate: '2026-07-01',
      expectedTime: '10:00',
    });
    expect(summer.status).toBe(303);
    let row = (await db.query.services.findFirst({ where: (s, { eq }) => eq(s.id, service.id) }))!;
    expect(row.expectedRestorationAt!.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(row.groupId).toBe(second);
    expect(row.position).toBe(5);
    expect(row.status).toBe('down');
    const publicPage = visibleText(await (await app.request('/tjanster/mina-sidor')).text());
    expect(publicPage).toContain('Ring 0123-45 67 00.');
    expect(publicPage).toContain('1 juli 2026 kl. 10.00');

    // Winter time: 10.00 is 09.00 UTC; the form shows it back in local time.
    const edit = formFrom(await (await browser.get(`/admin/services/${service.id}/edit`)).text());
    expect(edit.expectedDate).toBe('2026-07-01');
    expect(edit.expectedTime).toBe('10:00');
    await browser.post(`/admin/services/${service.id}`, { ...edit, expectedDate: '2026-02-20', expectedTime: '10:00' });
    row = (await db.query.services.findFirst({ where: (s, { eq }) => eq(s.id, service.id) }))!;
    expect(row.expectedRestorationAt!.toISOString()).toBe('2026-02-20T09:00:00.000Z');

    // A time skipped when the clocks go forward is refused, not silently moved.
    const gap = await browser.post(`/admin/services/${service.id}`, {
      ...formFrom(await (await browser.get(`/admin/services/${service.id}/edit`)).text()),
      expectedDate: '2026-03-29',
      expectedTime: '02:30',
    });
    expect(gap.status).toBe(422);
    expect(fieldError(await gap.text(), 'f-expectedTime')).toContain('Den tiden finns inte den dagen');

    // Emptying both fields clears the time.
    const cleared = await browser.post(`/admin/services/${service.id}`, {
      ...formFrom(await (await browser.get(`/admin/services/${service.id}/edit`)).text()),
      expectedDate: '',
      expectedTime: '',
    });
    expect(cleared.status).toBe(303);
    row = (await db.query.services.findFirst({ where: (s, { eq }) => eq(s.id, service.id) }))!;
    expect(row.expectedRestorationAt).toBeNull();

    const updates = await auditEntries(db, 'service.update');
    expect(updates).toHaveLength(3);
    expect(updates[0]!.before).toMatchObject({ groupId: first, position: 0, expectedRestorationAt: null });
    expect(updates[0]!.after).toMatchObject({ groupId: second, position: 5, expectedRestorationAt: '2026-07-01T08:00:00.000Z' });
  });

  it('saves in place with htmx and answers with the editor alone', async () => {
    const { browser, db, clock } = await signedIn();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'Mina sidor' } });
    const form = formFrom(await (await browser.get(`/admin/services/${service.id}/edit`)).text());
    const response = await browser.post(`/admin/services/${service.id}`, { ...form, 'texts.sv.name': 'Mina sidor (e-tjänster)' }, HTMX);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('<html');
    expect(html).toContain('id="service-editor"');
    expect(visibleText(html)).toContain('Ändringarna i ”Mina sidor (e-tjänster)” är sparade.');
    expect(Number(versionIn(html))).toBe(Number(form.version) + 1);

    const invalid = await browser.post(`/admin/services/${service.id}`, { ...form, version: versionIn(html), 'texts.sv.name': '' }, HTMX);
    expect(invalid.status).toBe(422);
    expect(fieldError(await invalid.text(), 'f-texts-sv-name')).toBe('Fältet måste fyllas i.');
  });

  it('never overwrites a newer edit: 409 with the newer state shown and the draft kept', async () => {
    const context = await signedIn();
    const { browser, db, clock } = context;
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'Mina sidor', workaround: 'Ring oss.' } });
    const other = await colleague(context);
    const mine = formFrom(await (await browser.get(`/admin/services/${service.id}/edit`)).text());
    const theirs = formFrom(await (await other.get(`/admin/services/${service.id}/edit`)).text());

    expect((await other.post(`/admin/services/${service.id}`, { ...theirs, 'texts.sv.workaround': 'Besök receptionen.' })).status).toBe(303);
    const lost = await browser.post(`/admin/services/${service.id}`, { ...mine, 'texts.sv.workaround': 'Använd pappersblankett.' });
    expect(lost.status).toBe(409);
    const html = await lost.text();
    const text = visibleText(html);
    expect(text).toContain('Någon annan hann ändra detta');
    expect(text).toContain('Senast ändrat av kollega');
    expect(text).toContain('Besök receptionen.');
    expect(textareaValue(html, 'f-texts-sv-workaround')).toBe('Använd pappersblankett.');
    // The form now carries the newer version: saving again is a deliberate choice.
    expect(Number(versionIn(html))).toBe(Number(mine.version) + 1);
    const stored = await db.select().from(serviceTexts).all();
    expect(stored.find((row) => row.locale === 'sv')!.workaround).toBe('Besök receptionen.');

    const retry = await browser.post(`/admin/services/${service.id}`, { ...mine, version: versionIn(html), 'texts.sv.workaround': 'Använd pappersblankett.' });
    expect(retry.status).toBe(303);
  });
});

describe('translations older than the Swedish text', () => {
  it('are marked on the public English page after a Swedish-only edit, and no longer once the English is updated', async () => {
    const { browser, db, clock, app } = await signedIn();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, {
      groupId: group,
      slug: 'skolskjuts',
      sv: { name: 'Skolskjuts', description: 'Ansök om skolskjuts.' },
      en: { name: 'School transport', description: 'Apply for school transport.' },
    });
    const marker = 'This translation is older than the Swedish text';
    expect(visibleText(await (await app.request('/en/services/skolskjuts')).text())).not.toContain(marker);

    clock.advance(3_600_000);
    const form = formFrom(await (await browser.get(`/admin/services/${service.id}/edit`)).text());
    expect((await browser.post(`/admin/services/${service.id}`, { ...form, 'texts.sv.description': 'Ansök om skolskjuts senast 1 mars.' })).status).toBe(303);
    const rows = await db.select().from(serviceTexts).all();
    expect(rows.find((row) => row.locale === 'sv')!.updatedAt.getTime()).toBe(clock.now().getTime());
    expect(rows.find((row) => row.locale === 'en')!.updatedAt.getTime()).toBe(clock.now().getTime() - 3_600_000);

    expect(visibleText(await (await app.request('/en/services/skolskjuts')).text())).toContain(marker);
    const editPage = await (await browser.get(`/admin/services/${service.id}/edit`)).text();
    expect(visibleText(editPage)).toContain('Äldre än den svenska texten');
    expect(editPage).toMatch(/id="f-texts-en-description"[^>]*aria-describedby="[^"]*f-texts-en-stale/);

    clock.advance(60_000);
    const again = formFrom(editPage);
    await browser.post(`/admin/services/${service.id}`, { ...again, 'texts.en.description': 'Apply for school transport by 1 March.' });
    expect(visibleText(await (await app.request('/en/services/skolskjuts')).text())).not.toContain(marker);
    expect(visibleText(await (await browser.get(`/admin/services/${service.id}/edit`)).text())).not.toContain('Äldre än den svenska texten');
  });

  it('leaves the English text untouched when only other fields change', async () => {
    const { browser, db, clock } = await signedIn();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'Vatten' }, en: { name: 'Water' } });
    clock.advance(60_000);
    const form = formFrom(await (await browser.get(`/admin/services/${service.id}/edit`)).text());
    await browser.post(`/admin/services/${service.id}`, { ...form, position: '3' });
    const rows = await db.select().from(serviceTexts).all();
    for (const row of rows) expect(row.updatedAt.getTime()).toBe(clock.now().getTime() - 60_000);
  });
});

describe('retiring a service', () => {
  it('takes it off the overview but keeps its page, feed and history; it can come back', async () => {
    const { browser, db, clock, app } = await signedIn();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, slug: 'fax', sv: { name: 'Faxnummer' } });
    await setStatus(db, clock, service.id, 'lost', 'Faxen kommer inte tillbaka.');
    const page = await (await browser.get(`/admin/services/${service.id}/edit`)).text();
    const version = /name="retired" value="1"/.test(page) ? /action="\/admin\/services\/\d+\/retire">[\s\S]*?name="version" value="(\d+)"/.exec(page)![1]! : '';
    const retired = await browser.post(`/admin/services/${service.id}/retire`, { retired: '1', version });
    expect(retired.status).toBe(303);
    expect(visibleText(await (await browser.get(retired.headers.get('location')!)).text())).toContain('”Faxnummer” är tagen ur bruk');

    expect(visibleText(await (await app.request('/')).text())).not.toContain('Faxnummer');
    const servicePage = await app.request('/tjanster/fax');
    expect(servicePage.status).toBe(200);
    expect(visibleText(await servicePage.text())).toContain('Faxen kommer inte tillbaka.');
    expect(await (await app.request('/tjanster/fax/feed.atom')).text()).toContain('Faxen kommer inte tillbaka.');
    expect(visibleText(await (await app.request('/historik')).text())).toContain('Faxen kommer inte tillbaka.');
    const list = visibleText(await (await browser.get('/admin/services')).text());
    expect(list).toMatch(/Tagna ur bruk .*Faxnummer/);

    const back = await (await browser.get(`/admin/services/${service.id}/edit`)).text();
    const backVersion = /action="\/admin\/services\/\d+\/retire">[\s\S]*?name="version" value="(\d+)"/.exec(back)![1]!;
    expect((await browser.post(`/admin/services/${service.id}/retire`, { retired: '0', version: backVersion })).status).toBe(303);
    expect(visibleText(await (await app.request('/')).text())).toContain('Faxnummer');

    expect((await auditEntries(db, 'service.retire'))[0]).toMatchObject({ before: { retiredAt: null }, after: { retiredAt: clock.now().toISOString() } });
    expect((await auditEntries(db, 'service.unretire'))[0]).toMatchObject({ before: { retiredAt: clock.now().toISOString() }, after: { retiredAt: null } });
  });
});

describe('ordering services', () => {
  it('moves a service up with a plain form post or with htmx, and the public order follows', async () => {
    const { browser, db, clock, app } = await signedIn();
    const group = await makeGroup(db, clock);
    await makeService(db, clock, { groupId: group, sv: { name: 'Alfa' } });
    await makeService(db, clock, { groupId: group, sv: { name: 'Beta' } });
    const gamma = await makeService(db, clock, { groupId: group, sv: { name: 'Gamma' } });
    const order = async () => visibleText(await (await app.request('/')).text()).match(/Alfa|Beta|Gamma/g)!.join(',');
    expect(await order()).toBe('Alfa,Beta,Gamma');

    const list = await (await browser.get('/admin/services')).text();
    const version = new RegExp(`action="/admin/services/${gamma.id}/move"[\\s\\S]*?name="version" value="(\\d+)"`).exec(list)![1]!;
    const plain = await browser.post(`/admin/services/${gamma.id}/move`, { direction: 'up', version });
    expect(plain.status).toBe(303);
    expect(await order()).toBe('Alfa,Gamma,Beta');

    const again = await (await browser.get('/admin/services')).text();
    const next = new RegExp(`action="/admin/services/${gamma.id}/move"[\\s\\S]*?name="version" value="(\\d+)"`).exec(again)![1]!;
    const viaHtmx = await browser.post(`/admin/services/${gamma.id}/move`, { direction: 'up', version: next }, HTMX);
    expect(viaHtmx.status).toBe(200);
    const fragment = await viaHtmx.text();
    expect(fragment).not.toContain('<html');
    expect(fragment).toContain('id="service-list"');
    expect(visibleText(fragment)).toContain('”Gamma” är flyttad.');
    expect(await order()).toBe('Gamma,Alfa,Beta');

    const stale = await browser.post(`/admin/services/${gamma.id}/move`, { direction: 'down', version }, HTMX);
    expect(stale.status).toBe(409);
    expect(await order()).toBe('Gamma,Alfa,Beta');
    expect(await auditEntries(db, 'service.move')).toHaveLength(2);
  });

  it("speaks the admin's language", async () => {
    const { browser, db, clock } = await signedIn({ locale: 'en' });
    const group = await makeGroup(db, clock, { sv: 'E-tjänster', en: 'E-services' });
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'Mina sidor' }, en: null });
    const list = visibleText(await (await browser.get('/admin/services')).text());
    expect(list).toContain('The services on the status page');
    expect(list).toContain('E-services');
    const edit = await (await browser.get(`/admin/services/${service.id}/edit`)).text();
    expect(visibleText(edit)).toContain('Swedish (required)');
    expect(visibleText(edit)).toContain('English (optional)');
    // The Swedish name stands in for the missing English one.
    expect(edit).toContain('<h1>Edit “Mina sidor”</h1>');
  });

  it('is for editors and admins only: the list needs a sign-in', async () => {
    const { app } = await signedIn();
    const response = await app.request('/admin/services');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toContain('/admin/login');
  });
});
