/**
 * The corpus of tests/helpers/hostile.ts through every text field of the admin console
 * (services, groups, contacts, settings, incidents, updates, corrections, resolving, dashboard
 * status notes, user display names), then out through the admin pages, the public pages, the
 * feeds and JSON Feed: never a 5xx, never the typed markup as markup, the text kept in full
 * (as cleaning leaves it), the editor told when cleaning took characters out, and text over a
 * limit refused with a message next to its field.
 */
import { describe, expect, it } from 'vitest';
import { incidents, serviceGroups, services, updates, users } from '../../src/db/schema';
import { LIMITS } from '../../src/domain/limits';
import { fieldError, signedIn, versionIn } from '../admin/catalog-helpers';
import { HTMX, newIncidentForm, updateFormVersions } from '../admin/incidents-support';
import { channelForm, serviceForm, settingsForm } from '../helpers/admin-forms';
import { visibleText } from '../helpers/app';
import { expectWellFormed, parseFeed, rssParser } from '../helpers/feeds';
import { asShown, HOSTILE_TEXTS, HUNDRED_KB, type HostileText } from '../helpers/hostile';

const PASSWORD = 'Blåbärssylt på söndagsmorgon 77';
const NOTICE_SV = 'Osynliga styrtecken togs bort ur texten när den sparades.';
const NOTICE_FIELDS = ['title', 'whatHappened', 'affectsMe', 'whatWeAreDoing', 'whatYouShouldDo', 'whoToContact'];

/** Markup from the corpus that must never reach a page or a feed as markup. */
function expectNoTypedMarkup(document: string, where: string) {
  for (const raw of ['<script>alert', '<img src=x', '<b>x</b>', '<![CDATA[ d']) expect(document, where).not.toContain(raw);
}

/** The text as a reader sees it contains `expected` as stored, whitespace aside. */
function expectShown(text: string, expected: string, where: string) {
  expect(asShown(text), where).toContain(asShown(expected));
}

/** What a page shows, form fields' values included (visibleText drops attributes). */
function readable(html: string): string {
  return visibleText(html.replace(/<input\b[^>]*\svalue="([^"]*)"[^>]*>/g, ' $1 '));
}

type Context = Awaited<ReturnType<typeof signedIn>>;

/** Posts a form that saves, and checks the answer: never 5xx, a redirect, the notice when due. */
async function save(context: Context, entry: HostileText, path: string, form: Record<string, string | string[]>): Promise<string> {
  const response = await context.browser.post(path, form);
  expect(response.status, `${path}: ${response.status === 303 ? '' : await response.clone().text()}`).toBe(303);
  const location = response.headers.get('location')!;
  expect(location.includes('cleaned'), `${path} → ${location}`).toBe(entry.announced);
  const html = await (await context.browser.get(location)).text();
  expect(visibleText(html).includes(NOTICE_SV), `notice after ${path}`).toBe(entry.announced);
  return location;
}

async function writeEverywhere(entry: HostileText) {
  const context = await signedIn({ role: 'admin' });
  const { browser, db } = context;
  const say = (field: string) => `${field} ${entry.text}`;

  await save(context, entry, '/admin/services/groups', { slug: 'grupp', 'names.sv': say('group.sv'), 'names.en': say('group.en') });
  const groupId = (await db.select().from(serviceGroups).all())[0]!.id;
  await save(context, entry, '/admin/services', serviceForm(groupId, say));
  const service = (await db.select().from(services).all())[0]!;
  await save(context, entry, '/admin/contacts', channelForm((field) => say(`contact.${field}`)));
  const settingsVersion = versionIn(await (await browser.get('/admin/settings')).text());
  await save(context, entry, '/admin/settings', settingsForm(settingsVersion, say));

  await browser.get('/admin/incidents/new');
  const notice = Object.fromEntries(['sv', 'en'].flatMap((locale) => NOTICE_FIELDS.map((field) => [`${locale}.${field}`, say(`${locale}.${field}`)])));
  await save(
    context,
    entry,
    '/admin/incidents',
    newIncidentForm({
      ...notice,
      slug: 'farlig',
      serviceIds: [String(service.id)],
      'update.sv': say('first.sv'),
      'update.en': say('first.en'),
      [`status.${service.id}`]: 'down',
      [`version.${service.id}`]: String(service.version),
    }),
  );
  const incident = (await db.select().from(incidents).all())[0]!;
  const first = (await db.select().from(updates).all())[0]!;
  const versions = await updateFormVersions(context, incident.id);
  await save(context, entry, `/admin/incidents/${incident.id}/updates`, {
    ...versions,
    'update.sv': say('second.sv'),
    'update.en': say('second.en'),
    phase: 'identified',
    nextUpdateDate: '',
    nextUpdateTime: '',
  });
  await save(context, entry, `/admin/incidents/${incident.id}/updates/${first.id}/correct`, {
    'sv.body': say('corrected.sv'),
    'sv.reason': say('reason.sv'),
    'en.body': '',
    'en.reason': '',
  });

  // The dashboard's status note, with htmx: the answer carries the notice out of band.
  const current = (await db.select().from(services).all())[0]!;
  const status = await browser.post(`/admin/services/${service.id}/status`, { status: 'degraded', note: say('note'), version: String(current.version) }, HTMX);
  expect(status.status).toBe(200);
  const fragment = await status.text();
  expect(fragment).toContain('<div id="text-cleaned" data-hx-swap-oob="true">');
  expect(visibleText(fragment).includes(NOTICE_SV), 'notice in the htmx answer').toBe(entry.announced);

  await save(context, entry, '/admin/users', { username: 'kollega', displayName: say('Namn'), role: 'editor', password: PASSWORD });
  const accountVersion = versionIn(await (await browser.get('/admin/account')).text());
  await save(context, entry, '/admin/account/profile', { displayName: say('Jag'), locale: 'sv', version: accountVersion });

  const page = await (await browser.get(`/admin/incidents/${incident.id}`)).text();
  const resolve = page.slice(page.indexOf('id="resolve"'), page.indexOf('id="log"'));
  const incidentVersion = /name="incidentVersion" value="(\d+)"/.exec(resolve)![1]!;
  await save(context, entry, `/admin/incidents/${incident.id}/resolve`, { incidentVersion, 'closing.sv': say('closing.sv'), 'closing.en': say('closing.en') });

  const colleague = (await db.select().from(users).all()).find((user) => user.username === 'kollega')!;
  return { ...context, serviceId: service.id, groupId, incidentId: incident.id, colleagueId: colleague.id };
}

describe('hostile text through every admin text field', () => {
  it.each(HOSTILE_TEXTS)('$name: no 5xx, escaped everywhere, kept in full, the editor told when characters were removed', async (entry) => {
    const context = await writeEverywhere(entry);
    const { browser, app, errors, serviceId, groupId, incidentId, colleagueId } = context;
    const shown = (field: string) => `${field} ${entry.stored}`;

    const adminPages: Record<string, string[]> = {
      '/admin': ['sv.name'],
      '/admin/services': ['sv.name', 'group.sv'],
      [`/admin/services/${serviceId}/edit`]: ['sv.description', 'sv.workaround', 'en.restorationNote'],
      '/admin/services/groups': ['group.sv'],
      [`/admin/services/groups/${groupId}/edit`]: ['group.en'],
      '/admin/contacts': ['contact.sv.name', 'contact.address'],
      '/admin/settings': ['sv.notice', 'en.siteTitle'],
      '/admin/incidents': ['sv.title'],
      [`/admin/incidents/${incidentId}`]: [...NOTICE_FIELDS.map((field) => `sv.${field}`), 'en.whoToContact', 'second.sv', 'corrected.sv', 'reason.sv', 'closing.sv'],
      '/admin/users': ['Namn', 'Jag'],
      [`/admin/users/${colleagueId}`]: ['Namn'],
      '/admin/account': ['Jag'],
    };
    for (const [path, fields] of Object.entries(adminPages)) {
      const response = await browser.get(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expectNoTypedMarkup(html, path);
      for (const field of fields) expectShown(readable(html), shown(field), `${path} ${field}`);
    }

    const publicPages: Record<string, string[]> = {
      '/': ['sv.name', 'sv.workaround', 'sv.restorationNote', 'sv.notice', 'contact.address', 'contact.sv.name', 'contact.sv.note'],
      '/en/': ['en.name', 'en.notice', 'contact.en.name'],
      '/tjanster/farlig': ['sv.name', 'sv.description', 'corrected.sv', 'note'],
      '/handelser/farlig': [...NOTICE_FIELDS.map((field) => `sv.${field}`), 'second.sv', 'corrected.sv', 'first.sv', 'reason.sv', 'closing.sv'],
      '/en/incidents/farlig': [...NOTICE_FIELDS.map((field) => `en.${field}`), 'second.en', 'closing.en'],
      '/historik': ['note', 'sv.title'],
    };
    for (const [path, fields] of Object.entries(publicPages)) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expectNoTypedMarkup(html, path);
      for (const field of fields) expectShown(visibleText(html), shown(field), `${path} ${field}`);
    }

    for (const path of ['/feed.atom', '/handelser/farlig/feed.atom', '/en/feed.atom']) {
      const xml = await (await app.request(path)).text();
      expectWellFormed(xml);
      expectNoTypedMarkup(xml, path);
      const feed = parseFeed(xml);
      expect(asShown(feed.title ?? ''), path).toContain(asShown(shown(path.startsWith('/en') ? 'en.siteTitle' : 'sv.siteTitle')));
      expect(asShown(feed.authors[0]!.name ?? ''), path).toBe(asShown(shown(path.startsWith('/en') ? 'en.organisationName' : 'sv.organisationName')));
      const locale = path.startsWith('/en') ? 'en' : 'sv';
      expectShown(feed.items.map((item) => item.title).join(' '), shown(`${locale}.title`), `${path} entry titles`);
      const read = await rssParser.parseString(xml);
      const contents = read.items.map((item) => visibleText(item.content ?? '')).join(' ');
      expectShown(contents, shown(`second.${locale}`), `${path} content`);
      expectShown(contents, shown(`closing.${locale}`), `${path} content`);
    }
    for (const [path, bodies] of [['/feed.rss', ['second.sv', 'note']], ['/tjanster/farlig/feed.rss', ['note', 'corrected.sv']]] as const) {
      const xml = await (await app.request(path)).text();
      expectWellFormed(xml);
      expectNoTypedMarkup(xml, path);
      const rss = await rssParser.parseString(xml);
      expect(asShown(rss.title!), path).toContain(asShown(shown('sv.siteTitle')));
      expectShown(visibleText(rss.description!), shown('sv.organisationName'), `${path} description`);
      const contents = rss.items.map((item) => visibleText((item as { contentEncoded?: string }).contentEncoded ?? '')).join(' ');
      for (const body of bodies) expectShown(contents, shown(body), `${path} content`);
      const feed = parseFeed(xml);
      expect(asShown(feed.title ?? '')).toContain(asShown(shown('sv.siteTitle')));
    }
    const json = JSON.parse(await (await app.request('/feed.json')).text());
    expect(asShown(json.title)).toBe(asShown(shown('sv.siteTitle')));
    expect(asShown(json.authors[0].name)).toBe(asShown(shown('sv.organisationName')));
    expectShown(json.items.map((item: { title: string }) => item.title).join(' '), shown('sv.title'), 'JSON Feed titles');
    expectShown(visibleText(json.items.map((item: { content_html: string }) => item.content_html).join(' ')), shown('corrected.sv'), 'JSON Feed content');
    expectNoTypedMarkup(JSON.stringify(json.items.map((item: { content_html: string }) => item.content_html)), 'JSON Feed content_html');

    expect(errors).toEqual([]);
  });
});

describe('text over a limit, and long text within one', () => {
  it('refuses text over a limit with a message next to its field, and keeps a 100 KB update in full', async () => {
    const context = await signedIn({ role: 'admin' });
    const { browser, app, db, errors } = context;
    expect((await browser.post('/admin/services/groups', { slug: 'grupp', 'names.sv': 'Grupp', 'names.en': '' })).status).toBe(303);
    const groupId = (await db.select().from(serviceGroups).all())[0]!.id;
    expect((await browser.post('/admin/services', serviceForm(groupId, (field) => (field.endsWith('name') ? `Tjänst ${field}` : '')))).status).toBe(303);
    const service = (await db.select().from(services).all())[0]!;

    await browser.get('/admin/incidents/new');
    const tooLong: [string, string, string][] = [
      ['sv.title', 'f-sv-title', `Högst ${LIMITS.name} tecken.`],
      ['sv.whatHappened', 'f-sv-whatHappened', `Högst ${LIMITS.longText} tecken.`],
      ['en.whoToContact', 'f-en-whoToContact', `Högst ${LIMITS.longText} tecken.`],
    ];
    for (const [name, id, message] of tooLong) {
      const response = await browser.post('/admin/incidents', newIncidentForm({ [name]: HUNDRED_KB }));
      expect(response.status, name).toBe(422);
      expect(fieldError(await response.text(), id), name).toBe(message);
    }
    expect(await db.select().from(incidents).all()).toHaveLength(0);

    // An update's body may be long: a crisis notice is never cut.
    const created = await browser.post(
      '/admin/incidents',
      newIncidentForm({ slug: 'lang', 'update.sv': HUNDRED_KB, serviceIds: [String(service.id)], [`status.${service.id}`]: 'down', [`version.${service.id}`]: String(service.version) }),
    );
    expect(created.status).toBe(303);
    const incident = (await db.select().from(incidents).all())[0]!;
    const first = (await db.select().from(updates).all())[0]!;
    expect(visibleText(await (await app.request('/handelser/lang')).text())).toContain(HUNDRED_KB);
    const atom = await rssParser.parseString(await (await app.request('/handelser/lang/feed.atom')).text());
    expect(visibleText(atom.items[0]!.content!)).toContain(HUNDRED_KB);
    const json = JSON.parse(await (await app.request('/handelser/lang/feed.json')).text());
    expect(visibleText(json.items[0].content_html)).toContain(HUNDRED_KB);

    const correctHref = `/admin/incidents/${incident.id}/updates/${first.id}/correct`;
    const reason = await browser.post(correctHref, { 'sv.body': `${HUNDRED_KB} rättad`, 'sv.reason': HUNDRED_KB, 'en.body': '', 'en.reason': '' });
    expect(reason.status).toBe(422);
    expect(fieldError(await reason.text(), 'f-sv-reason')).toBe(`Högst ${LIMITS.shortText} tecken.`);
    const corrected = await browser.post(correctHref, { 'sv.body': `${HUNDRED_KB} rättad`, 'sv.reason': 'Stavfel.', 'en.body': '', 'en.reason': '' });
    expect(corrected.status).toBe(303);
    expect(visibleText(await (await app.request('/handelser/lang')).text())).toContain(`${HUNDRED_KB} rättad`);

    const current = (await db.select().from(services).all())[0]!;
    const note = await browser.post(`/admin/services/${service.id}/status`, { status: 'degraded', note: HUNDRED_KB, version: String(current.version) });
    expect(note.status).toBe(422);
    expect(fieldError(await note.text(), `service-${service.id}-note-sv`)).toBe(`Högst ${LIMITS.shortText} tecken.`);

    const user = await browser.post('/admin/users', { username: 'kollega', displayName: HUNDRED_KB, role: 'editor', password: PASSWORD });
    expect(user.status).toBe(422);
    expect(fieldError(await user.text(), 'f-displayName')).toBe('Skriv ett namn (högst 100 tecken).');
    const accountVersion = versionIn(await (await browser.get('/admin/account')).text());
    const profile = await browser.post('/admin/account/profile', { displayName: 'Ä'.repeat(101), locale: 'sv', version: accountVersion });
    expect(profile.status).toBe(422);
    expect(await profile.text()).toContain('Skriv ett namn (högst 100 tecken).');
    // Only control characters is no name at all.
    const empty = await browser.post('/admin/account/profile', { displayName: '\u0000\u001b\u0007', locale: 'sv', version: accountVersion });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Fältet måste fyllas i.');

    const page = await (await browser.get(`/admin/incidents/${incident.id}`)).text();
    const resolve = page.slice(page.indexOf('id="resolve"'), page.indexOf('id="log"'));
    const incidentVersion = /name="incidentVersion" value="(\d+)"/.exec(resolve)![1]!;
    const closed = await browser.post(`/admin/incidents/${incident.id}/resolve`, { incidentVersion, 'closing.sv': `${HUNDRED_KB} slutligen`, 'closing.en': '' });
    expect(closed.status).toBe(303);
    expect(visibleText(await (await app.request('/handelser/lang')).text())).toContain(`${HUNDRED_KB} slutligen`);
    expect(errors).toEqual([]);
  });
});

describe('telling the editor what cleaning changed', () => {
  it('says so after a save that lost control characters, with and without JavaScript, and clears it after the next save', async () => {
    const context = await signedIn({ role: 'admin' });
    const { browser, db } = context;
    const saved = await browser.post('/admin/services/groups', { slug: 'grupp', 'names.sv': 'Grupp\u0000 ett\u001b[2J', 'names.en': '' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toMatch(/^\/admin\/services\/groups\?created=\d+&cleaned#group-\d+$/);
    const page = await (await browser.get(saved.headers.get('location')!)).text();
    expect(page).toMatch(/<div id="text-cleaned"><div class="message warning" role="status">Osynliga styrtecken togs bort ur texten när den sparades\./);
    const group = (await db.query.serviceGroups.findFirst({ with: { texts: true } }))!;
    expect(group.texts.map((text) => text.name)).toEqual(['Grupp ett[2J']);

    // Line endings and surrounding spaces change silently: nothing to see, nothing to say.
    const plain = await browser.post('/admin/services', serviceForm(group.id, (field) => (field === 'sv.name' ? '  Mina sidor  ' : field === 'sv.description' ? 'Rad ett\r\nRad två' : '')));
    expect(plain.status).toBe(303);
    expect(plain.headers.get('location')).not.toContain('cleaned');
    const service = (await db.query.services.findFirst({ with: { texts: true } }))!;
    expect(service.texts[0]).toMatchObject({ name: 'Mina sidor', description: 'Rad ett\nRad två' });
    const list = await (await browser.get(plain.headers.get('location')!)).text();
    expect(list).toContain('<div id="text-cleaned"></div>');

    // With htmx the answer replaces the notice out of band: said when due, emptied otherwise.
    const edit = (name: string) => serviceForm(group.id, (field) => (field === 'sv.name' ? name : ''), { version: String(service.version) });
    const dirty = await browser.post(`/admin/services/${service.id}`, edit('Mina sidor\u0007'), HTMX);
    expect(dirty.status).toBe(200);
    expect(await dirty.text()).toContain('<div id="text-cleaned" data-hx-swap-oob="true"><div class="message warning" role="status">Osynliga styrtecken');
    const fresh = (await db.query.services.findFirst())!;
    const clean = await browser.post(`/admin/services/${service.id}`, { ...edit('Mina sidor igen'), version: String(fresh.version) }, HTMX);
    expect(clean.status).toBe(200);
    expect(await clean.text()).toContain('<div id="text-cleaned" data-hx-swap-oob="true"></div>');

    // A form sent back with a mistake has saved nothing: no notice, and the text as typed.
    const refused = await browser.post('/admin/services/groups', { slug: 'Fel Adress', 'names.sv': 'Grupp\u0000 två', 'names.en': '' });
    expect(refused.status).toBe(422);
    expect(visibleText(await refused.text())).not.toContain('Osynliga styrtecken');
  });
});
