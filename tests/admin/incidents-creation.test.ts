/**
 * Creating an incident in one step: the affected services and their status in one list, a first
 * update (and so a feed entry) from its first moment, a generated address, a start time in the
 * past in the site's zone.
 */
import { describe, expect, it } from 'vitest';
import { visibleText } from '../helpers/app';
import { decodeHtml, parseFeed } from '../helpers/feeds';
import { editorWithServices, HOSTILE, HTMX, newIncidentForm } from './incidents-support';

describe('one list of affected services, each with its status', () => {
  it('shows each service once, with "affected" and a status choice side by side', async () => {
    const setup = await editorWithServices();
    const html = await (await setup.browser.get('/admin/incidents/new')).text();
    const list = html.slice(html.indexOf('id="f-serviceIds"'), html.indexOf('</fieldset></fieldset>', html.indexOf('id="f-serviceIds"')));
    expect(list).toContain(`name="serviceIds" value="${setup.minaSidor.id}"`);
    expect(list).toContain(`name="status.${setup.minaSidor.id}"`);
    // The status choices are not a second list further down.
    expect(html.split(`name="status.${setup.minaSidor.id}"`)).toHaveLength(2);
    expect(visibleText(html)).toContain('Berörd: Mina sidor');
  });

  it('sets the chosen statuses with the first update: public pages show them at once, the service counts as affected', async () => {
    const setup = await editorWithServices();
    const form = await (await setup.browser.get('/admin/incidents/new')).text();
    const loaded = new RegExp(`name="version\\.${setup.minaSidor.id}" value="(\\d+)"`).exec(form)![1]!;
    const response = await setup.browser.post(
      '/admin/incidents',
      newIncidentForm({ serviceIds: [String(setup.epost.id)], [`status.${setup.minaSidor.id}`]: 'down', [`version.${setup.minaSidor.id}`]: loaded, [`status.${setup.epost.id}`]: '' }),
    );
    expect(response.status).toBe(303);
    const overview = visibleText(await (await setup.app.request('/')).text());
    expect(overview).toMatch(/Mina sidor\s+Ur funktion/);
    expect(overview).toMatch(/E-post\s+Fungerar/);
    const servicePage = await setup.app.request('/tjanster/mina-sidor');
    expect(servicePage.status).toBe(200);
    const serviceText = visibleText(await servicePage.text());
    expect(serviceText).toContain('Ur funktion');
    expect(serviceText).toContain('IT-angrepp mot leverantör');
    const incident = await setup.db.query.incidents.findFirst({ with: { services: true } });
    expect(incident!.services.map((row) => row.serviceId).sort()).toEqual([setup.minaSidor.id, setup.epost.id].sort());
  });
});

describe('every incident is in the feeds from its first moment', () => {
  it('gives an incident opened without an update text a first update from its notice, in the incident and site feeds', async () => {
    const setup = await editorWithServices();
    await setup.browser.get('/admin/incidents/new');
    const response = await setup.browser.post('/admin/incidents', newIncidentForm({ 'en.title': 'IT attack on a supplier', 'en.whatHappened': 'Our supplier was attacked.' }));
    expect(response.status).toBe(303);
    for (const [path, words] of [
      ['/handelser/it-angrepp/feed.atom', ['IT-angrepp mot leverantör', 'Vår leverantör har drabbats av ett IT-angrepp.']],
      ['/feed.atom', ['IT-angrepp mot leverantör']],
      ['/en/incidents/it-angrepp/feed.atom', ['IT attack on a supplier', 'Our supplier was attacked.']],
    ] as const) {
      const feed = parseFeed(await (await setup.app.request(path)).text());
      expect(feed.items, path).toHaveLength(1);
      const content = decodeHtml(feed.items[0]!.content ?? '') + (feed.items[0]!.title ?? '');
      for (const word of words) expect(content, path).toContain(word);
    }
  });
});

describe('a generated address', () => {
  it('makes the address from the title when left empty (å/ä/ö → a/a/o) and numbers a repeat -2, -3', async () => {
    const setup = await editorWithServices();
    const slugs: string[] = [];
    for (let round = 0; round < 3; round += 1) {
      await setup.browser.get('/admin/incidents/new');
      const response = await setup.browser.post('/admin/incidents', newIncidentForm({ slug: '', 'sv.title': 'IT-angrepp hos leverantör: Växjö & Åre' }));
      expect(response.status).toBe(303);
    }
    for (const incident of await setup.db.query.incidents.findMany({ orderBy: (row, { asc }) => asc(row.id) })) slugs.push(incident.slug);
    expect(slugs).toEqual(['it-angrepp-hos-leverantor-vaxjo-are', 'it-angrepp-hos-leverantor-vaxjo-are-2', 'it-angrepp-hos-leverantor-vaxjo-are-3']);
    const page = await setup.app.request('/handelser/it-angrepp-hos-leverantor-vaxjo-are-2');
    expect(page.status).toBe(200);
    expect(visibleText(await page.text())).toContain('IT-angrepp hos leverantör: Växjö & Åre');
  });

  it('keeps an address the editor wrote, and refuses it when taken, next to the field with the draft kept', async () => {
    const setup = await editorWithServices();
    await setup.browser.get('/admin/incidents/new');
    expect((await setup.browser.post('/admin/incidents', newIncidentForm({ slug: 'eget-namn' }))).status).toBe(303);
    const again = await setup.browser.post('/admin/incidents', newIncidentForm({ slug: 'eget-namn', 'sv.title': 'Andra gången' }));
    expect(again.status).toBe(422);
    const html = await again.text();
    expect(html).toMatch(/id="f-slug"[^>]*aria-invalid="true"/);
    expect(html).toContain('value="Andra gången"');
    expect(await setup.db.query.incidents.findMany()).toHaveLength(1);
  });
});

describe('a start time in the past', () => {
  it('fills in now in the site’s zone and stores a time typed for earlier that night, across the spring clock change', async () => {
    // 29 March 2026: Swedish clocks go from 02:00 CET to 03:00 CEST. 10:00 CEST = 08:00 UTC.
    const setup = await editorWithServices({ now: '2026-03-29T08:00:00Z' });
    const form = await (await setup.browser.get('/admin/incidents/new')).text();
    expect(form).toMatch(/name="startedDate"[^>]*value="2026-03-29"|value="2026-03-29"[^>]*name="startedDate"/);
    expect(form).toMatch(/name="startedTime"[^>]*value="10:00"|value="10:00"[^>]*name="startedTime"/);

    // "Started 03.10 this night": after the change, so CEST (UTC+2).
    expect((await setup.browser.post('/admin/incidents', newIncidentForm({ slug: 'efter', startedDate: '2026-03-29', startedTime: '03.10' }))).status).toBe(303);
    // 01.30 that night: before the change, so CET (UTC+1).
    expect((await setup.browser.post('/admin/incidents', newIncidentForm({ slug: 'fore', startedDate: '2026-03-29', startedTime: '01:30' }))).status).toBe(303);
    const started = Object.fromEntries((await setup.db.query.incidents.findMany()).map((row) => [row.slug, row.startedAt.toISOString()]));
    expect(started).toEqual({ efter: '2026-03-29T01:10:00.000Z', fore: '2026-03-29T00:30:00.000Z' });
    const list = visibleText(await (await setup.browser.get('/admin/incidents')).text());
    expect(list).toContain('03.10');

    // 02.30 does not exist that night.
    const skipped = await setup.browser.post('/admin/incidents', newIncidentForm({ slug: 'finns-inte', startedDate: '2026-03-29', startedTime: '02:30' }));
    expect(skipped.status).toBe(422);
    expect(visibleText(await skipped.text())).toContain('Den tiden finns inte den dagen');
  });

  it('uses now when both start fields are left empty', async () => {
    const setup = await editorWithServices();
    await setup.browser.get('/admin/incidents/new');
    expect((await setup.browser.post('/admin/incidents', newIncidentForm({ startedDate: '', startedTime: '' }))).status).toBe(303);
    expect((await setup.db.query.incidents.findFirst())!.startedAt.toISOString()).toBe('2026-02-11T13:00:00.000Z');
  });

  it('refuses a start time in the future (422 with a message, the draft kept, nothing created), allows a few minutes’ drift', async () => {
    const setup = await editorWithServices(); // 2026-02-11 14:00 in Stockholm
    await setup.browser.get('/admin/incidents/new');
    for (const headers of [{}, HTMX]) {
      const response = await setup.browser.post('/admin/incidents', newIncidentForm({ startedDate: '2026-02-11', startedTime: '15:00', 'sv.whatHappened': 'Utkastet finns kvar.' }), headers);
      expect(response.status).toBe(422);
      const html = await response.text();
      expect(visibleText(html)).toContain('Starttiden ligger i framtiden');
      expect(html).toMatch(/id="f-startedTime"[^>]*aria-invalid="true"/);
      expect(html).toContain('Utkastet finns kvar.</textarea>');
      expect(html).toContain('value="15:00"');
    }
    expect(await setup.db.query.incidents.findMany()).toHaveLength(0);
    expect(await setup.db.query.updates.findMany()).toHaveLength(0);
    expect((await setup.browser.post('/admin/incidents', newIncidentForm({ startedDate: '2026-02-11', startedTime: '14:03' }))).status).toBe(303);
  });
});

describe('previewing a new incident', () => {
  it('shows it as the public will see it at its generated address, keeps the draft, publishes nothing until "Publicera"', async () => {
    const setup = await editorWithServices();
    const form = await (await setup.browser.get('/admin/incidents/new')).text();
    expect(form).toContain('formaction="/admin/incidents/new/preview"');
    const loaded = new RegExp(`name="version\\.${setup.minaSidor.id}" value="(\\d+)"`).exec(form)![1]!;
    const draft = newIncidentForm({
      slug: '',
      'sv.title': `E-post ur funktion ${HOSTILE}`,
      'sv.whatHappened': 'E-posten tar inte emot brev.',
      'en.title': 'E-mail down',
      [`status.${setup.epost.id}`]: 'down',
      [`version.${setup.epost.id}`]: loaded,
    });
    const before = await setup.app.request('/');
    const beforeText = visibleText(await before.text());

    for (const headers of [{}, HTMX]) {
      const response = await setup.browser.post('/admin/incidents/new/preview', draft, headers);
      expect(response.status).toBe(200);
      const html = await response.text();
      const text = visibleText(html);
      expect(text).toContain('Inget är publicerat än');
      expect(text).toContain('/handelser/e-post-ur-funktion-script-alert-1-script-quotes-apos-img-src-x-onerror-alert');
      // The public entry, in each public language, with the status change.
      expect(text).toContain('E-posten tar inte emot brev.');
      expect(text).toMatch(/E-post\s*:\s*Fungerar → Ur funktion/);
      expect(text).toContain('E-mail down');
      expect(html).not.toContain('<script>alert(1)');
      // The draft is kept, ready to publish.
      expect(html).toContain('E-posten tar inte emot brev.</textarea>');
      // The generated address is in the address field, to keep or change.
      expect(html).toMatch(/id="f-slug"[^>]*value="e-post-ur-funktion-script-alert-1-script-quotes-apos-img-src-x-onerror-alert"/);
      expect(text).toContain('Publicera');
    }
    expect(await setup.db.query.incidents.findMany()).toHaveLength(0);
    expect(await setup.db.query.updates.findMany()).toHaveLength(0);
    expect(visibleText(await (await setup.app.request('/')).text())).toBe(beforeText);

    const published = await setup.browser.post('/admin/incidents', { ...draft, slug: 'e-post-ur-funktion' });
    expect(published.status).toBe(303);
    expect((await setup.db.query.incidents.findFirst())!.slug).toBe('e-post-ur-funktion');
    expect(visibleText(await (await setup.app.request('/')).text())).toMatch(/E-post\s+Ur funktion/);
  });

  it('keeps the draft with a message next to the field when the preview cannot be made', async () => {
    const setup = await editorWithServices();
    await setup.browser.get('/admin/incidents/new');
    const response = await setup.browser.post('/admin/incidents/new/preview', newIncidentForm({ 'sv.title': '', 'sv.whatHappened': 'Sparas i utkastet.' }));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toMatch(/id="f-sv-title"[^>]*aria-invalid="true"/);
    expect(html).toContain('Sparas i utkastet.</textarea>');
    expect(html).not.toContain('id="new-incident-preview"');
    expect(await setup.db.query.incidents.findMany()).toHaveLength(0);
  });
});
