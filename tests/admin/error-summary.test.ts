/**
 * One error presentation for every console form (views/admin/partials/Form.tsx ErrorSummary):
 * the answer to a form with mistakes starts with a summary that takes the focus (`autofocus`
 * on a `tabindex="-1"` region, read out through `role="alert"`) and links to each field at
 * fault, whose message stands next to it (`aria-invalid`, `aria-describedby`); the page title
 * starts "Fel:"; what was typed is still in the form. Checked here on every form, as HTML; in a
 * real browser (focus, 390 px, with and without JavaScript) in tests/browser/admin.test.ts.
 */
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { makeChannel, makeGroup, makeIncident, makeService, publish } from '../helpers/factories';
import { HTMX, signedIn } from './catalog-helpers';

interface Element {
  tag: string;
  attributes: Record<string, string>;
}

/** The elements of a page by id, and the summary's heading and links (href, text). */
function read(html: string) {
  const byId = new Map<string, Element>();
  const links: { href: string; text: string }[] = [];
  let summary: Element | null = null;
  let depth = 0;
  let inHeading = false;
  let heading = '';
  let link: { href: string; text: string } | null = null;
  let summaries = 0;
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (attributes.id) byId.set(attributes.id, { tag, attributes });
        if (attributes.id === 'error-summary') {
          summary = { tag, attributes };
          summaries++;
          depth = 1;
          return;
        }
        if (depth > 0) {
          depth++;
          if (/^h[1-6]$/.test(tag)) inHeading = true;
          if (tag === 'a') link = { href: attributes.href ?? '', text: '' };
        }
      },
      ontext(text) {
        if (inHeading) heading += text;
        if (link) link.text += text;
      },
      onclosetag(tag) {
        if (depth === 0) return;
        depth--;
        if (/^h[1-6]$/.test(tag)) inHeading = false;
        if (tag === 'a' && link) {
          links.push(link);
          link = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { byId, summary: summary as Element | null, summaries, heading: heading.trim(), links };
}

/** The summary is there, once, focusable and focused, and every link leads to an element of the page. */
function expectSummary(html: string, options: { page?: boolean; heading?: string | RegExp; links?: Record<string, string | RegExp> } = {}) {
  const { byId, summary, summaries, heading, links } = read(html);
  expect(summary, 'an error summary').not.toBeNull();
  expect(summaries).toBe(1);
  expect(summary!.attributes.tabindex).toBe('-1');
  expect('autofocus' in summary!.attributes).toBe(true);
  expect(html).toMatch(/id="error-summary"[^>]*>\s*<div role="alert">\s*<h2 id="error-summary-title">/);
  if (options.heading) expect(heading).toMatch(options.heading);
  if (options.page) expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toMatch(/^Fel: /);
  for (const { href } of links) {
    expect(href, 'a link to a field').toMatch(/^#/);
    const target = byId.get(href.slice(1));
    expect(target, `the target of ${href}`).toBeDefined();
    // A field's own message is next to it and named by it.
    if (target && ['input', 'textarea', 'select'].includes(target.tag) && byId.has(`${href.slice(1)}-error`)) {
      expect(target.attributes['aria-invalid'], href).toBe('true');
      expect(target.attributes['aria-describedby'] ?? '', href).toContain(`${href.slice(1)}-error`);
    }
  }
  for (const [href, text] of Object.entries(options.links ?? {})) {
    const found = links.find((entry) => entry.href === href);
    expect(found, `a link to ${href} in ${JSON.stringify(links)}`).toBeDefined();
    expect(found!.text).toMatch(text);
  }
  return links;
}

function expectNoSummary(html: string) {
  expect(read(html).summary).toBeNull();
  expect(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').not.toMatch(/^Fel: /);
}

describe('the error summary', () => {
  it('on the catalog forms: services, groups, contact channels and settings', async () => {
    const context = await signedIn({ role: 'admin' });
    const { browser, db, clock } = context;
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor' } });
    const channel = await makeChannel(db, clock);
    expectNoSummary(await (await browser.get('/admin/services/new')).text());

    const service422 = await browser.post('/admin/services', { slug: 'Fel Adress', groupId: String(group), 'texts.sv.name': '', 'texts.sv.description': 'Behåll mig.' });
    expect(service422.status).toBe(422);
    const serviceHtml = await service422.text();
    expectSummary(serviceHtml, {
      page: true,
      heading: '2 fält behöver rättas.',
      links: { '#f-slug': /^Adressnamn: Använd små bokstäver/, '#f-texts-sv-name': /^Namn \(svenska\): Fältet måste fyllas i\.$/ },
    });
    expect(serviceHtml).toContain('Behåll mig.</textarea>');

    // With htmx the edit form comes back alone, its summary inside it.
    const edit = await browser.get(`/admin/services/${service.id}/edit`);
    const version = /name="version" value="(\d+)"/.exec(await edit.text())![1]!;
    const fragment = await browser.post(`/admin/services/${service.id}`, { version, groupId: String(group), 'texts.sv.name': ' ', expectedDate: '2026-13-01', expectedTime: '10:00' }, HTMX);
    expect(fragment.status).toBe(422);
    const fragmentHtml = await fragment.text();
    expect(fragmentHtml).toMatch(/^<div id="service-editor"><div class="error-summary" id="error-summary"/);
    expectSummary(fragmentHtml, { links: { '#f-expectedDate': /Skriv datum som ÅÅÅÅ-MM-DD\./ } });

    const groupHtml = await (await browser.post('/admin/services/groups', { slug: 'skola', 'names.sv': '', 'names.en': 'School' })).text();
    expectSummary(groupHtml, { page: true, links: { '#f-names-sv': /^Namn \(svenska\): / } });
    expect(groupHtml).toContain('value="School"');

    const channelHtml = await (
      await browser.post(`/admin/contacts/${channel}`, {
        version: '1',
        kind: 'phone',
        openingHoursMode: 'scheduled',
        address: '',
        'texts.sv.name': 'Växeln',
        slots: '1',
        'hours.3.0.opens': '08:00',
        overrideRows: '1',
        'overrides.0.from': '2026-12-24',
        intent: 'save',
      })
    ).text();
    expectSummary(channelHtml, {
      page: true,
      links: {
        '#f-address': /^Adress/,
        // A period's message belongs to its pair of inputs: the link leads to the first.
        '#f-hours-3-0-opens': /^Onsdag, period 1: Fyll i både öppnar och stänger/,
        '#f-overrides-0-from': /^Tillfälliga öppettider, rad 1: Dagar: /,
      },
    });

    const settingsHtml = await (
      await browser.post('/admin/settings', { version: '1', 'texts.sv.organisationName': '', 'texts.sv.siteTitle': 'Driftstatus', publicUrl: 'status.example.org', timeZone: 'Europe/Stockholm', addLocale: 'xx' })
    ).text();
    expectSummary(settingsHtml, {
      page: true,
      links: { '#f-texts-sv-organisationName': /Fältet måste fyllas i/, '#f-publicUrl': /http:\/\//, '#f-addLocale': /^Lägg till ett språk: ”xx” är ingen språkkod/ },
    });
    expect(settingsHtml).toContain('value="xx"');

    // A conflict is a problem too: the summary's heading says what happened, the draft is kept.
    const stale = await browser.post(`/admin/services/${service.id}`, { version: '99', groupId: String(group), 'texts.sv.name': 'Mitt namn' });
    expect(stale.status).toBe(409);
    const staleHtml = await stale.text();
    expectSummary(staleHtml, { page: true, heading: /^Någon annan hann ändra detta/ });
    expect(staleHtml).toContain('value="Mitt namn"');
  });

  it('on the incident forms: a new incident, the notice, an update, resolving and a correction', async () => {
    const context = await signedIn();
    const { browser, db, clock } = context;
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'Mina sidor' } });
    const incident = await makeIncident(db, clock, { serviceIds: [service.id] });
    const update = await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Första texten.' } });

    const created = await browser.post('/admin/incidents', { slug: 'ny', impact: 'major', phase: 'investigating', 'sv.title': '', 'sv.whatHappened': 'Behåll mig.', 'update.en': 'Only English.', [`status.${service.id}`]: 'down', [`version.${service.id}`]: '1' });
    expect(created.status).toBe(422);
    const createdHtml = await created.text();
    expectSummary(createdHtml, { page: true, links: { '#f-sv-title': /^Rubrik \(svenska\): /, '#f-update-sv': /Fältet måste fyllas i/ } });
    expect(createdHtml).toContain('Behåll mig.</textarea>');
    const createdFragment = await (await browser.post('/admin/incidents', { slug: 'ingen adress', impact: 'major', phase: 'investigating', 'sv.title': 'Titel' }, HTMX)).text();
    expect(createdFragment).toMatch(/^<div id="new-incident"><div class="error-summary"/);

    const page = `/admin/incidents/${incident.id}`;
    const notice = await browser.post(`${page}/notice`, { version: '1', impact: 'major', 'sv.title': '', nextUpdateDate: '2026-02-12', nextUpdateTime: '' });
    expect(notice.status).toBe(422);
    // The notice form's next-update fields carry their own ids: the links lead to them.
    expectSummary(await notice.text(), { page: true, links: { '#f-sv-title': /Fältet måste fyllas i/, '#notice-nextUpdateTime': /^Nästa uppdatering väntas: / } });

    const posted = await browser.post(`${page}/updates`, { incidentVersion: '1', phase: 'identified', 'update.sv': ' ', [`status.${service.id}`]: 'nonsense' }, HTMX);
    expect(posted.status).toBe(422);
    expectSummary(await posted.text(), { links: { '#f-update-sv': /Fältet måste fyllas i/, [`#upd-f-status-${service.id}`]: /^Mina sidor: Välj ett av alternativen\./ } });

    const resolved = await browser.post(`${page}/resolve`, { incidentVersion: '1', 'closing.sv': '', 'closing.en': 'Fixed.' });
    expect(resolved.status).toBe(422);
    const resolvedHtml = await resolved.text();
    expectSummary(resolvedHtml, { page: true, links: { '#f-closing-sv': /Fältet måste fyllas i/ } });
    expect(resolvedHtml).toContain('Fixed.</textarea>');

    const correction = await browser.post(`${page}/updates/${update.updateId}/correct`, { 'sv.body': 'Rättad text.', 'sv.reason': '' });
    expect(correction.status).toBe(422);
    expectSummary(await correction.text(), { page: true, links: { '#f-sv-reason': /Fältet måste fyllas i/ } });
  });

  it('on the dashboard, with and without htmx, the row as the editor left it', async () => {
    const context = await signedIn();
    const { browser, db, clock } = context;
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'E-post' } });
    await browser.get('/admin');
    const plain = await browser.post(`/admin/services/${service.id}/status`, { status: 'down', note: '', version: '1' });
    expect(plain.status).toBe(422);
    const html = await plain.text();
    expectSummary(html, { page: true, links: { [`#service-${service.id}-note-sv`]: /^E-post: Meddelande på svenska: Fältet måste fyllas i\.$/ } });
    expect(html).toMatch(/<option value="down" selected="">/);
    const conflict = await browser.post(`/admin/services/${service.id}/status`, { status: 'down', note: 'Mitt utkast.', version: '99' });
    expect(conflict.status).toBe(409);
    const conflictHtml = await conflict.text();
    expectSummary(conflictHtml, { page: true, heading: /^Någon annan hann ändra detta.*Fungerar\.$/ });
    expect(conflictHtml).toContain('Mitt utkast.</textarea>');
    const fragment = await (await browser.post(`/admin/services/${service.id}/status`, { status: 'down', note: ' ', version: '1' }, HTMX)).text();
    expect(fragment).toMatch(new RegExp(`^<li class="status-row" id="service-${service.id}">`));
    expectSummary(fragment, {});
  });

  it('on the people and account forms', async () => {
    const context = await signedIn({ role: 'admin' });
    const { browser } = context;
    const newUser = await browser.post('/admin/users', { username: 'Fel Namn', displayName: '', role: 'editor', password: 'kort' });
    expect(newUser.status).toBe(422);
    expectSummary(await newUser.text(), { page: true, links: { '#f-username': /^Användarnamn: /, '#f-displayName': /./, '#f-password': /./ } });

    const { user } = await makeUser(context, { username: 'erik', displayName: 'Erik Eriksson' });
    await browser.get(`/admin/users/${user.id}`);
    const role = await browser.post(`/admin/users/${user.id}/role`, { version: '1', role: 'owner' });
    expect(role.status).toBe(422);
    expectSummary(await role.text(), { page: true, links: { '#f-role': /Välj ett av alternativen/ } });

    await browser.get('/admin/account');
    const profile = await browser.post('/admin/account/profile', { version: '1', displayName: ' ', locale: 'sv' });
    expect(profile.status).toBe(422);
    expectSummary(await profile.text(), { page: true, links: { '#f-displayName': /Fältet måste fyllas i/ } });
    const password = await browser.post('/admin/account/password', { currentPassword: '', newPassword: 'kort', repeatPassword: 'kort' });
    expect(password.status).toBe(422);
    expectSummary(await password.text(), { page: true, links: { '#f-currentPassword': /Fältet måste fyllas i/, '#f-newPassword': /./ } });
    const enrol = await (await browser.get('/admin/account/totp')).text();
    const secret = /name="secret" value="([A-Z2-7]{32})"/.exec(enrol)![1]!;
    const totp = await browser.post('/admin/account/totp', { secret, code: '', password: '' });
    expect(totp.status).toBe(422);
    expectSummary(await totp.text(), { page: true, links: { '#f-code': /./, '#enrol-totp-password': /./ } });
    const backup = await browser.post('/admin/settings/backup', { includeSecrets: 'on', password: '' });
    expect(backup.status).toBe(422);
    expectSummary(await backup.text(), { page: true, links: { '#f-password': /./ } });
  });

  it('on first-admin setup, once the token is right', async () => {
    const context = await createTestApp({ seed: 'site', setupToken: 'a-setup-token-that-is-long-enough' });
    const browser = new Browser(context.app);
    await browser.get('/admin/setup');
    const wrong = await browser.post('/admin/setup', { token: 'wrong', username: 'anna', displayName: 'Anna', password: 'x', password2: 'x' }, { csrf: false });
    expect(wrong.status).toBe(401);
    expectSummary(await wrong.text(), { page: true, links: { '#f-token': /./ } });
    const weak = await browser.post('/admin/setup', { token: 'a-setup-token-that-is-long-enough', username: 'anna', displayName: 'Anna', password: 'kort', password2: 'kort' }, { csrf: false });
    expect(weak.status).toBe(422);
    const html = await weak.text();
    expectSummary(html, { page: true, links: { '#f-password': /./ } });
    expect(visibleText(html)).toContain('Ett fält behöver rättas.');
  });
});
