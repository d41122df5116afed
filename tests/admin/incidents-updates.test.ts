import { describe, expect, it } from 'vitest';
import { visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { decodeHtml, parseFeed } from '../helpers/feeds';
import { createThroughConsole, editorWithServices, HOSTILE, HTMX, revisionOf, updateFormVersions, updatesAfterTheFirst, type Setup } from './incidents-support';

async function incidentReady(options: { now?: string } = {}) {
  const setup = await editorWithServices(options);
  const id = await createThroughConsole(setup, {
    'en.title': 'IT attack on a supplier',
    serviceIds: [String(setup.minaSidor.id), String(setup.epost.id)],
  });
  return { ...setup, id };
}

/** An update form as the page holds it, with two services changed at once. */
async function twoChanges(setup: Setup & { id: number }, overrides: Record<string, string> = {}) {
  const versions = await updateFormVersions(setup, setup.id);
  return {
    ...versions,
    'update.sv': 'Mina sidor och e-post ligger nere.',
    'update.en': 'My pages and e-mail are down.',
    [`status.${setup.minaSidor.id}`]: 'down',
    [`status.${setup.epost.id}`]: 'rebuilding',
    phase: 'identified',
    nextUpdateDate: '2026-02-11',
    nextUpdateTime: '18:00',
    ...overrides,
  };
}

function auditOf(setup: Setup, action: string) {
  return setup.db.query.auditLog.findMany({ where: (log, { eq }) => eq(log.action, action) });
}

describe('posting an update', () => {
  it('changes two services in one update: public overview shows both, the feed entry lists both (no JavaScript)', async () => {
    const setup = await incidentReady();
    const { browser, app, db, id } = setup;
    const response = await browser.post(`/admin/incidents/${id}/updates`, await twoChanges(setup));
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    const update = (await updatesAfterTheFirst({ db }))[0]!;
    expect(location).toBe(`/admin/incidents/${id}?published#update-${update.id}`);
    expect(visibleText(await (await browser.get(location)).text())).toContain('Uppdateringen är publicerad.');

    const overview = visibleText(await (await app.request('/')).text());
    expect(overview).toMatch(/Mina sidor\s+Ur funktion/);
    expect(overview).toMatch(/E-post\s+Återuppbyggs/);
    const incidentPage = visibleText(await (await app.request('/handelser/it-angrepp')).text());
    expect(incidentPage).toContain('Orsaken är känd');
    expect(incidentPage).toContain('11 februari 2026 kl. 18.00');

    const feed = parseFeed(await (await app.request('/handelser/it-angrepp/feed.atom')).text());
    const content = decodeHtml(feed.items[0]!.content!);
    expect(content).toContain('Mina sidor och e-post ligger nere.');
    expect(content).toContain('Mina sidor: Fungerar → Ur funktion');
    expect(content).toContain('E-post: Fungerar → Återuppbyggs');
    const english = parseFeed(await (await app.request('/en/incidents/it-angrepp/feed.atom')).text());
    expect(decodeHtml(english.items[0]!.content!)).toContain('My pages and e-mail are down.');

    const incident = await db.query.incidents.findFirst();
    expect(incident!.phase).toBe('identified');
    expect(incident!.nextUpdateDueAt!.toISOString()).toBe('2026-02-11T17:00:00.000Z');
    // The second: the first is the incident's opening update.
    const entry = (await auditOf(setup, 'update.publish')).at(-1);
    expect(entry!.username).toBe('redaktor');
    expect(entry!.after).toMatchObject({
      incidentId: id,
      phase: 'identified',
      texts: { sv: 'Mina sidor och e-post ligger nere.' },
      services: [
        { serviceId: setup.minaSidor.id, before: 'operational', after: 'down' },
        { serviceId: setup.epost.id, before: 'operational', after: 'rebuilding' },
      ],
    });
  });

  it('publishes with htmx and answers with the refreshed incident content', async () => {
    const setup = await incidentReady();
    const response = await setup.browser.post(`/admin/incidents/${setup.id}/updates`, await twoChanges(setup), HTMX);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('<html');
    expect(html).toMatch(/^<div id="incident-content">/);
    const text = visibleText(html);
    expect(text).toContain('Uppdateringen är publicerad.');
    expect(text).toContain('Mina sidor och e-post ligger nere.');
    // The form is empty again and carries the new versions, so the next update publishes cleanly.
    expect(html).not.toContain('Mina sidor och e-post ligger nere.</textarea>');
    const again = await setup.browser.post(`/admin/incidents/${setup.id}/updates`, { ...(await twoChanges(setup)), [`status.${setup.minaSidor.id}`]: 'operational', [`status.${setup.epost.id}`]: '', 'update.sv': 'Mina sidor fungerar igen.' }, HTMX);
    expect(again.status).toBe(200);
    expect(visibleText(await (await setup.app.request('/')).text())).toMatch(/Mina sidor\s+Fungerar/);
  });

  it('keeps the form filled in and writes nothing when the Swedish text is missing', async () => {
    const setup = await incidentReady();
    const revision = await revisionOf(setup);
    for (const headers of [{}, HTMX]) {
      const response = await setup.browser.post(`/admin/incidents/${setup.id}/updates`, await twoChanges(setup, { 'update.sv': ' ', nextUpdateTime: '12:00' }), headers);
      expect(response.status).toBe(422);
      const html = await response.text();
      const text = visibleText(html);
      expect(text).toContain('Fältet måste fyllas i.');
      expect(text).toContain('Tiden har redan passerat.');
      expect(html).toContain('My pages and e-mail are down.</textarea>');
      expect(html).toMatch(new RegExp(`name="status\\.${setup.epost.id}"[^>]*>[\\s\\S]*?<option value="rebuilding" selected="">`));
    }
    expect(await updatesAfterTheFirst(setup)).toHaveLength(0);
    expect(await revisionOf(setup)).toBe(revision);
  });

  it('never overwrites a concurrent change: a stale service version gives 409, keeps the draft, publishes nothing', async () => {
    const setup = await incidentReady();
    const { app, browser, db, id } = setup;
    const { password } = await makeUser(setup, { username: 'kollega' });
    const colleague = new Browser(app, '192.0.2.50');
    await colleague.signIn('kollega', password);
    const mine = await twoChanges(setup);
    const page = await (await colleague.get('/admin')).text();
    const version = new RegExp(`action="/admin/services/${setup.epost.id}/status"[\\s\\S]*?name="version" value="(\\d+)"`).exec(page)![1]!;
    expect((await colleague.post(`/admin/services/${setup.epost.id}/status`, { status: 'degraded', note: 'Långsam.', version })).status).toBe(303);

    for (const headers of [{}, HTMX]) {
      const lost = await browser.post(`/admin/incidents/${id}/updates`, mine, headers);
      expect(lost.status).toBe(409);
      const html = await lost.text();
      const text = visibleText(html);
      expect(text).toContain('Någon annan hann ändra detta');
      expect(text).toContain('Nu: Begränsad funktion');
      expect(html).toContain('Mina sidor och e-post ligger nere.</textarea>');
    }
    expect(await updatesAfterTheFirst({ db })).toHaveLength(0);
    expect(visibleText(await (await app.request('/')).text())).toMatch(/Mina sidor\s+Fungerar/);
  });

  it('conflicts when the incident itself changed after the form was loaded', async () => {
    const setup = await incidentReady();
    const form = await twoChanges(setup);
    await setup.browser.post(`/admin/incidents/${setup.id}/updates`, { ...form, [`status.${setup.minaSidor.id}`]: '', [`status.${setup.epost.id}`]: '' });
    const response = await setup.browser.post(`/admin/incidents/${setup.id}/updates`, { ...form, [`status.${setup.minaSidor.id}`]: '', [`status.${setup.epost.id}`]: '', 'update.sv': 'Andra försöket.' });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('Andra försöket.</textarea>');
    expect(await updatesAfterTheFirst(setup)).toHaveLength(1);
  });
});

describe('previewing an update', () => {
  it('shows the update as the public page will, keeps the form filled in and writes nothing (no JavaScript)', async () => {
    const setup = await incidentReady();
    const { browser, db, id } = setup;
    const revision = await revisionOf(setup);
    const audits = (await db.query.auditLog.findMany()).length;
    const response = await browser.post(`/admin/incidents/${id}/updates/preview`, await twoChanges(setup, { 'update.sv': `Förhandsvisad ${HOSTILE}` }));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<!DOCTYPE html>');
    const text = visibleText(html);
    expect(text).toContain('Förhandsgranskning');
    expect(text).toContain('Inget är publicerat än.');
    expect(text).toContain('Läget blir: Orsaken är känd.');
    expect(text).toContain('Nästa uppdatering utlovas 11 februari 2026 kl. 18.00.');
    const preview = html.slice(html.indexOf('id="update-preview"'));
    expect(visibleText(preview)).toContain(`Förhandsvisad ${HOSTILE}`);
    expect(preview).not.toContain('<script>alert');
    expect(visibleText(preview)).toMatch(/Mina sidor\s*:\s*Fungerar → Ur funktion/);
    expect(visibleText(preview)).toMatch(/E-post\s*:\s*Fungerar → Återuppbyggs/);
    expect(visibleText(preview)).toContain('My pages and e-mail are down.');
    // The form is still filled in, ready to publish.
    expect(html).toContain(`Förhandsvisad ${HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}</textarea>`);
    expect(html).toMatch(new RegExp(`name="status\\.${setup.minaSidor.id}"[^>]*>[\\s\\S]*?<option value="down" selected="">`));

    expect(await revisionOf(setup)).toBe(revision);
    expect(await updatesAfterTheFirst({ db })).toHaveLength(0);
    expect(await db.query.auditLog.findMany()).toHaveLength(audits);
    expect(visibleText(await (await setup.app.request('/')).text())).toMatch(/Mina sidor\s+Fungerar/);
  });

  it('with htmx answers with the preview fragment alone, and the form sends the publish button to a real publication', async () => {
    const setup = await incidentReady();
    const { browser, db, id } = setup;
    const revision = await revisionOf(setup);
    const page = await (await browser.get(`/admin/incidents/${id}`)).text();
    expect(page).toContain(`formaction="/admin/incidents/${id}/updates/preview"`);
    expect(page).toContain(`data-hx-post="/admin/incidents/${id}/updates/preview" data-hx-target="#update-preview"`);

    const form = await twoChanges(setup);
    const response = await browser.post(`/admin/incidents/${id}/updates/preview`, form, HTMX);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('<html');
    expect(html).not.toContain('<form');
    expect(html).toMatch(/^<section class="preview"/);
    // Screen readers hear that the preview is there, through the page's status region.
    expect(html).toContain('<div id="announcer" role="status" class="visually-hidden" data-hx-swap-oob="true">Förhandsgranskningen visas under formuläret.');
    expect(visibleText(html)).toContain('Mina sidor och e-post ligger nere.');
    expect(await revisionOf(setup)).toBe(revision);
    expect(await updatesAfterTheFirst({ db })).toHaveLength(0);

    const published = await browser.post(`/admin/incidents/${id}/updates`, form, HTMX);
    expect(published.status).toBe(200);
    expect(await updatesAfterTheFirst({ db })).toHaveLength(1);
  });

  it('with htmx and bad input answers 422 with the whole form section, messages next to the fields', async () => {
    const setup = await incidentReady();
    const response = await setup.browser.post(`/admin/incidents/${setup.id}/updates/preview`, await twoChanges(setup, { 'update.sv': '' }), HTMX);
    expect(response.status).toBe(422);
    expect(response.headers.get('HX-Retarget')).toBe('#post-update');
    expect(response.headers.get('HX-Reswap')).toBe('outerHTML');
    const html = await response.text();
    expect(html).toMatch(/^<section id="post-update"/);
    expect(html).toContain('name="hadErrors"');
    expect(visibleText(html)).toContain('Fältet måste fyllas i.');
    // Once fixed, the preview replaces the section again so the old messages go away.
    const fixed = await setup.browser.post(`/admin/incidents/${setup.id}/updates/preview`, { ...(await twoChanges(setup)), hadErrors: '1' }, HTMX);
    expect(fixed.status).toBe(200);
    expect(fixed.headers.get('HX-Retarget')).toBe('#post-update');
    const section = await fixed.text();
    expect(section).not.toContain('Fältet måste fyllas i.');
    expect(visibleText(section)).toContain('Förhandsgranskning');
  });
});

describe('resolving an incident', () => {
  it('asks for a closing text, then resolves with it and can set affected services back to operational', async () => {
    const setup = await incidentReady();
    const { browser, app, db, id, minaSidor } = setup;
    await browser.post(`/admin/incidents/${id}/updates`, await twoChanges(setup));
    const page = await (await browser.get(`/admin/incidents/${id}`)).text();
    const resolve = page.slice(page.indexOf('id="resolve"'), page.indexOf('id="log"'));
    const incidentVersion = /name="incidentVersion" value="(\d+)"/.exec(resolve)![1]!;
    const version = new RegExp(`name="version\\.${minaSidor.id}" value="(\\d+)"`).exec(resolve)![1]!;

    const empty = await browser.post(`/admin/incidents/${id}/resolve`, { incidentVersion, 'closing.sv': ' ', 'closing.en': 'Fixed.' });
    expect(empty.status).toBe(422);
    const emptyHtml = await empty.text();
    expect(visibleText(emptyHtml)).toContain('Fältet måste fyllas i.');
    expect(emptyHtml).toContain('Fixed.</textarea>');

    const response = await browser.post(`/admin/incidents/${id}/resolve`, {
      incidentVersion,
      'closing.sv': 'Allt fungerar igen. Tack för ert tålamod.',
      'closing.en': 'Everything works again.',
      restore: String(minaSidor.id),
      [`version.${minaSidor.id}`]: version,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(new RegExp(`^/admin/incidents/${id}\\?resolved#update-\\d+$`));
    const incident = await db.query.incidents.findFirst();
    expect(incident!.phase).toBe('resolved');
    expect(incident!.resolvedAt).not.toBeNull();
    expect(incident!.nextUpdateDueAt).toBeNull();

    const publicPage = visibleText(await (await app.request('/handelser/it-angrepp')).text());
    expect(publicPage).toContain('Allt fungerar igen. Tack för ert tålamod.');
    expect(publicPage).toContain('Avslutad');
    expect(publicPage).toMatch(/Mina sidor\s*:\s*Ur funktion → Fungerar/);
    const overview = visibleText(await (await app.request('/')).text());
    expect(overview).toMatch(/E-post\s+Återuppbyggs/);
    expect(overview).not.toContain('IT-angrepp mot leverantör');

    const after = await (await browser.get(response.headers.get('location')!)).text();
    expect(visibleText(after)).toContain('Händelsen är avslutad.');
    expect(after).not.toContain('id="resolve"');
    const list = visibleText(await (await browser.get('/admin/incidents')).text());
    expect(list.indexOf('IT-angrepp mot leverantör')).toBeGreaterThan(list.indexOf('Avslutade'));
  });

  it('resolves through the update form with the phase "Avslutad" (htmx)', async () => {
    const setup = await incidentReady();
    const response = await setup.browser.post(`/admin/incidents/${setup.id}/updates`, await twoChanges(setup, { phase: 'resolved', 'update.sv': 'Klart.' }), HTMX);
    expect(response.status).toBe(200);
    expect(visibleText(await response.text())).toContain('Händelsen är avslutad.');
    expect((await setup.db.query.incidents.findFirst())!.resolvedAt).not.toBeNull();
  });
});

describe('correcting a published update', () => {
  async function published() {
    const setup = await incidentReady();
    await setup.browser.post(`/admin/incidents/${setup.id}/updates`, await twoChanges(setup));
    const update = (await updatesAfterTheFirst(setup))[0]!;
    return { ...setup, updateId: update.id };
  }

  it('opens a form with the current texts, requires a reason, and keeps the original on the public record', async () => {
    const setup = await published();
    const { browser, app, clock, db, id, updateId } = setup;
    const feedBefore = parseFeed(await (await app.request('/handelser/it-angrepp/feed.atom')).text());
    const original = feedBefore.items[0]!;

    const incidentPage = await (await browser.get(`/admin/incidents/${id}`)).text();
    const correctHref = `/admin/incidents/${id}/updates/${updateId}/correct`;
    expect(incidentPage).toContain(`href="${correctHref}"`);
    const form = await (await browser.get(correctHref)).text();
    expect(form).toContain('Mina sidor och e-post ligger nere.</textarea>');
    expect(form).toContain('My pages and e-mail are down.</textarea>');

    const missingReason = await browser.post(correctHref, { 'sv.body': 'Mina sidor ligger nere; e-posten fungerar.', 'sv.reason': '', 'en.body': 'My pages and e-mail are down.', 'en.reason': '' });
    expect(missingReason.status).toBe(422);
    const missingHtml = await missingReason.text();
    expect(visibleText(missingHtml)).toContain('Fältet måste fyllas i.');
    expect(missingHtml).toContain('Mina sidor ligger nere; e-posten fungerar.</textarea>');
    const unchanged = await browser.post(correctHref, { 'sv.body': 'Mina sidor och e-post ligger nere.', 'sv.reason': 'Inget.', 'en.body': 'My pages and e-mail are down.', 'en.reason': '' }, HTMX);
    expect(unchanged.status).toBe(422);
    expect(visibleText(await unchanged.text())).toContain('Texten är oförändrad.');

    clock.advance(30 * 60_000);
    const response = await browser.post(correctHref, {
      'sv.body': `Mina sidor ligger nere; e-posten fungerar. ${HOSTILE}`,
      'sv.reason': `Fel uppgift om e-post. ${HOSTILE}`,
      'en.body': 'My pages are down; e-mail works.',
      'en.reason': 'Wrong about e-mail.',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/admin/incidents/${id}?corrected#update-${updateId}`);

    const publicHtml = await (await app.request('/handelser/it-angrepp')).text();
    expect(publicHtml).not.toContain('<script>alert');
    const publicText = visibleText(publicHtml);
    expect(publicText).toContain('Rättad 11 februari 2026 kl. 14.30.');
    expect(publicText).toContain(`Fel uppgift om e-post. ${HOSTILE}`);
    expect(publicText).toContain(`Mina sidor ligger nere; e-posten fungerar. ${HOSTILE}`);
    expect(publicText).toContain('Ursprunglig text');
    expect(publicText).toContain('Mina sidor och e-post ligger nere.');
    expect(visibleText(await (await app.request('/en/incidents/it-angrepp')).text())).toContain('My pages are down; e-mail works.');

    const feedAfter = parseFeed(await (await app.request('/handelser/it-angrepp/feed.atom')).text());
    const corrected = feedAfter.items.filter((item) => item.id === original.id);
    expect(corrected).toHaveLength(1);
    expect(corrected[0]!.published?.toISOString()).toBe(original.published?.toISOString());
    expect(corrected[0]!.updated!.getTime()).toBeGreaterThan(original.updated!.getTime());
    expect(corrected[0]!.updated!.toISOString()).toBe('2026-02-11T13:30:00.000Z');
    expect(decodeHtml(corrected[0]!.content!)).toContain('Mina sidor och e-post ligger nere.');

    const adminText = visibleText(await (await browser.get(`/admin/incidents/${id}?corrected`)).text());
    expect(adminText).toContain('Rättelsen är publicerad.');
    expect(adminText).toContain('Rättad en gång, 11 februari 2026 kl. 14.30.');

    const [entry] = await auditOf(setup, 'update.correct');
    expect(entry!.username).toBe('redaktor');
    expect(entry!.before).toEqual({ sv: 'Mina sidor och e-post ligger nere.', en: 'My pages and e-mail are down.' });
    expect(entry!.after).toMatchObject({ sv: { body: `Mina sidor ligger nere; e-posten fungerar. ${HOSTILE}`, reason: `Fel uppgift om e-post. ${HOSTILE}` } });
    // The original stays in the append-only record.
    const texts = await db.query.updateTexts.findMany({ where: (row, { eq }) => eq(row.updateId, updateId) });
    expect(texts.find((row) => row.locale === 'sv')!.body).toBe('Mina sidor och e-post ligger nere.');
  });

  it('refuses to correct an update through another incident’s address', async () => {
    const setup = await published();
    const other = await createThroughConsole(setup, { slug: 'annan' });
    const response = await setup.browser.get(`/admin/incidents/${other}/updates/${setup.updateId}/correct`);
    expect(response.status).toBe(404);
  });
});
