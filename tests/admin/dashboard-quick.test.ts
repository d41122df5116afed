/**
 * The dashboard for a communicator in a hurry (issue 12): what does not work first, a note in
 * each offered language with a warning for a missing one, a quick change posted as an update
 * of an ongoing incident, and errors without JavaScript that keep the draft.
 */
import { describe, expect, it } from 'vitest';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { makeGroup, makeIncident, makeService, setStatus } from '../helpers/factories';
import { parseFeed } from '../helpers/feeds';

async function signedIn() {
  const context = await createTestApp();
  const group = await makeGroup(context.db, context.clock);
  const { password } = await makeUser(context, { username: 'redaktor', role: 'editor' });
  const browser = new Browser(context.app);
  await browser.signIn('redaktor', password);
  return { ...context, group, browser };
}

function versionOf(page: string, serviceId: number): string {
  const row = page.slice(page.indexOf(`id="service-${serviceId}"`));
  return /name="version" value="(\d+)"/.exec(row)![1]!;
}

describe('the dashboard lists what does not work first', () => {
  it('groups services: not working (worst first, then catalogue order), then working, each with what to do instead and when back', async () => {
    const { db, clock, group, browser } = await signedIn();
    const first = await makeService(db, clock, { groupId: group, sv: { name: 'Bygglov' } });
    const slow = await makeService(db, clock, { groupId: group, sv: { name: 'Skolportalen' } });
    const down = await makeService(db, clock, {
      groupId: group,
      sv: { name: 'E-post', workaround: 'Ring växeln på 010-123 45 67.' },
      expectedRestorationAt: new Date('2026-02-12T08:00:00Z'),
    });
    await makeService(db, clock, { groupId: group, sv: { name: 'Bibliotek' } });
    await setStatus(db, clock, slow.id, 'degraded');
    await setStatus(db, clock, down.id, 'down');
    const text = visibleText(await (await browser.get('/admin')).text());
    const order = ['Fungerar inte som vanligt (2)', 'E-post', 'Ur funktion', 'Väntas tillbaka: 12 februari 2026', 'Gör så här i stället', 'Ring växeln på 010-123 45 67.', 'Skolportalen', 'Begränsad funktion', 'Fungerar (2)', 'Bygglov', 'Bibliotek'];
    // Each part after the one before it (the selects also name every status, so search onwards).
    let at = 0;
    for (const part of order) {
      const found = text.indexOf(part, at);
      expect(found, `${part} after position ${at} in: ${text}`).toBeGreaterThanOrEqual(0);
      at = found + part.length;
    }
    expect(text.indexOf('Bygglov')).toBeGreaterThan(text.indexOf('Fungerar (2)'));
    expect(first.id).toBeLessThan(down.id);
  });

  it('folds each change form into a <details> that opens by itself when the form comes back to be fixed', async () => {
    const { db, clock, group, browser } = await signedIn();
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'E-post' } });
    const page = await (await browser.get('/admin')).text();
    expect(page).toContain('<summary>Ändra status<span class="visually-hidden"> för E-post</span></summary>');
    expect(page).not.toMatch(/<details open/);
    const refused = await (await browser.post(`/admin/services/${service.id}/status`, { status: 'down', 'note.sv': '', version: versionOf(page, service.id) })).text();
    expect(refused).toMatch(/<details open="" class="change">/);
  });
});

describe('a note in each offered language', () => {
  it('publishes the Swedish and the English note under their own languages, on both public pages', async () => {
    const { app, db, clock, group, browser } = await signedIn();
    const service = await makeService(db, clock, { groupId: group, slug: 'e-post', sv: { name: 'E-post' }, en: { name: 'E-mail' } });
    const page = await (await browser.get('/admin')).text();
    expect(page).toContain('Meddelande på svenska');
    expect(page).toContain('Meddelande på engelska');
    expect(page).toMatch(/name="note.en"[^>]*lang="en"/);
    const response = await browser.post(`/admin/services/${service.id}/status`, {
      status: 'down',
      'note.sv': 'E-posten fungerar inte. Ring växeln.',
      'note.en': 'E-mail is down. Call the switchboard.',
      version: versionOf(page, service.id),
    });
    expect(response.status).toBe(303);
    const after = visibleText(await (await browser.get(response.headers.get('location')!)).text());
    expect(after).toContain('Publicerat: E-post har nu status Ur funktion.');
    expect(after).not.toContain('Ingen text på engelska');

    const sv = visibleText(await (await app.request('/tjanster/e-post')).text());
    const en = visibleText(await (await app.request('/en/services/e-post')).text());
    expect(sv).toContain('E-posten fungerar inte. Ring växeln.');
    expect(sv).not.toContain('E-mail is down.');
    expect(en).toContain('E-mail is down. Call the switchboard.');
    expect(en).not.toContain('E-posten fungerar inte.');
    const texts = await db.query.updateTexts.findMany();
    expect(texts.map((row) => [row.locale, row.body]).sort()).toEqual([
      ['en', 'E-mail is down. Call the switchboard.'],
      ['sv', 'E-posten fungerar inte. Ring växeln.'],
    ]);
  });

  it('warns after saving, without blocking, when the English note is missing, and stores no English text', async () => {
    const { db, clock, group, browser } = await signedIn();
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'E-post' } });
    const page = await (await browser.get('/admin')).text();
    const withHtmx = await browser.post(`/admin/services/${service.id}/status`, { status: 'down', 'note.sv': 'Nere.', 'note.en': '  ', version: versionOf(page, service.id) }, { headers: { 'HX-Request': 'true' } });
    expect(withHtmx.status).toBe(200);
    const fragment = visibleText(await withHtmx.text());
    expect(fragment).toContain('Publicerat: E-post har nu status Ur funktion.');
    expect(fragment).toContain('Ingen text på engelska — sidan på engelska visar den på svenska.');
    const texts = await db.query.updateTexts.findMany();
    expect(texts.map((row) => row.locale)).toEqual(['sv']);

    const again = await (await browser.get('/admin')).text();
    const plain = await browser.post(`/admin/services/${service.id}/status`, { status: 'degraded', 'note.sv': 'Bättre.', version: versionOf(again, service.id) });
    expect(plain.status).toBe(303);
    const shown = visibleText(await (await browser.get(plain.headers.get('location')!)).text());
    expect(shown).toContain('Ingen text på engelska — sidan på engelska visar den på svenska.');
  });

  it('requires the default language: an English note alone is refused with the draft kept', async () => {
    const { db, clock, group, browser } = await signedIn();
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'E-post' } });
    const page = await (await browser.get('/admin')).text();
    const response = await browser.post(`/admin/services/${service.id}/status`, { status: 'down', 'note.en': 'Only English.', version: versionOf(page, service.id) });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('Only English.</textarea>');
    expect(visibleText(html)).toContain('E-post: Meddelande på svenska: Fältet måste fyllas i.');
    expect(await db.query.updates.findMany()).toHaveLength(0);
  });
});

describe('a quick change as an update of an ongoing incident', () => {
  it('offers the open incidents concerning the service (standalone by default) and publishes into the chosen one', async () => {
    const { app, db, clock, group, browser } = await signedIn();
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'E-post' }, en: { name: 'E-mail' } });
    const other = await makeService(db, clock, { groupId: group, sv: { name: 'Telefoni' } });
    const incident = await makeIncident(db, clock, {
      slug: 'it-angrepp',
      serviceIds: [service.id],
      texts: { sv: { title: 'IT-angrepp mot leverantör' }, en: { title: 'IT attack on a supplier' } },
    });
    const page = await (await browser.get('/admin')).text();
    const row = page.slice(page.indexOf(`id="service-${service.id}"`), page.indexOf(`id="service-${other.id}"`));
    expect(row).toMatch(/<option value="" selected="">Fristående uppdatering \(ingen händelse\)<\/option>/);
    expect(row).toContain(`<option value="${incident.id}">IT-angrepp mot leverantör</option>`);
    // Telefoni is not concerned by the incident: it cannot be posted there.
    const otherRow = page.slice(page.indexOf(`id="service-${other.id}"`));
    expect(otherRow.slice(0, otherRow.indexOf('</li>'))).not.toContain('IT-angrepp');
    const refused = await browser.post(`/admin/services/${other.id}/status`, { status: 'down', 'note.sv': 'Nere.', incident: String(incident.id), version: versionOf(page, other.id) });
    expect(refused.status).toBe(422);

    const response = await browser.post(`/admin/services/${service.id}/status`, {
      status: 'down',
      'note.sv': 'E-posten är avstängd under utredningen.',
      'note.en': 'E-mail is switched off during the investigation.',
      incident: String(incident.id),
      version: versionOf(page, service.id),
    });
    expect(response.status).toBe(303);
    expect(visibleText(await (await app.request('/handelser/it-angrepp')).text())).toContain('E-posten är avstängd under utredningen.');
    expect(visibleText(await (await app.request('/en/incidents/it-angrepp')).text())).toContain('E-mail is switched off during the investigation.');
    const feed = parseFeed(await (await app.request('/feed.atom')).text());
    const item = feed.items.find((entry) => entry.content?.includes('E-posten är avstängd under utredningen.'));
    expect(item?.title).toContain('IT-angrepp mot leverantör');
    const updates = await db.query.updates.findMany();
    expect(updates.map((update) => update.incidentId)).toContain(incident.id);
  });
});

describe('without JavaScript, a conflict keeps the draft and says so', () => {
  it('answers 409 with the whole dashboard, the summary focused, both notes and the choice kept', async () => {
    const context = await signedIn();
    const { db, clock, group, browser } = context;
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'E-post' } });
    const page = await (await browser.get('/admin')).text();
    const seen = versionOf(page, service.id);
    await setStatus(db, clock, service.id, 'down');
    const lost = await browser.post(`/admin/services/${service.id}/status`, { status: 'degraded', 'note.sv': 'Mitt svenska utkast.', 'note.en': 'My English draft.', version: seen });
    expect(lost.status).toBe(409);
    const html = await lost.text();
    expect(html).toContain('<html');
    expect(html).toMatch(/<title>Fel: /);
    expect(html).toMatch(/id="error-summary" tabindex="-1" autofocus/);
    expect(visibleText(html)).toContain('Någon annan hann ändra detta');
    expect(html).toContain('Mitt svenska utkast.</textarea>');
    expect(html).toContain('My English draft.</textarea>');
    expect(html).toMatch(/<option value="degraded" selected="">/);
    expect(html).toMatch(/<details open="" class="change">/);
    expect((await db.query.updates.findMany()).length).toBe(1);
  });
});
