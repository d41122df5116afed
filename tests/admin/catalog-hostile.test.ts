/**
 * Hostile text in every catalog field comes out as text, escaped, on the admin pages, the
 * public pages and the feeds; oversized input is a 422 "too long", never a 500. The whole
 * corpus of tests/helpers/hostile.ts, through every admin text field, is in
 * tests/security/hostile-input.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { serviceGroups, services } from '../../src/db/schema';
import { visibleText } from '../helpers/app';
import { expectWellFormed, parseFeed } from '../helpers/feeds';
import { setStatus } from '../helpers/factories';
import { channelForm, serviceForm, settingsForm } from '../helpers/admin-forms';
import { ESCAPED_SCRIPT, MARKUP } from '../helpers/hostile';
import { colleague, fieldError, signedIn, versionIn } from './catalog-helpers';

const HOSTILE = MARKUP;
const HUGE = 'x'.repeat(1_000_000);

function expectEscaped(html: string, where: string) {
  expect(html, where).not.toContain('<script>alert(1)</script>');
  expect(html, where).not.toContain('<img src=x');
  expect(html, where).toContain(ESCAPED_SCRIPT);
}

describe('hostile text in the catalog', () => {
  it('is escaped on the admin pages, the public pages and the feeds', async () => {
    const context = await signedIn({ role: 'admin' });
    const { browser, db, clock, app, errors } = context;

    expect((await browser.post('/admin/services/groups', { slug: 'grupp', 'names.sv': `Grupp ${HOSTILE}`, 'names.en': `Group ${HOSTILE}` })).status).toBe(303);
    const groupId = (await db.select().from(serviceGroups).all())[0]!.id;
    expect((await browser.post('/admin/services', serviceForm(groupId, (field) => `${field} ${HOSTILE}`))).status).toBe(303);
    const serviceId = (await db.select().from(services).all())[0]!.id;
    await setStatus(db, clock, serviceId, 'down');
    expect((await browser.post('/admin/contacts', channelForm((field) => `${field} ${HOSTILE}`))).status).toBe(303);
    const settingsVersion = versionIn(await (await browser.get('/admin/settings')).text());
    expect((await browser.post('/admin/settings', settingsForm(settingsVersion, (field) => `${field} ${HOSTILE}`))).status).toBe(303);

    const adminPages = [
      '/admin',
      '/admin/services',
      `/admin/services/${serviceId}/edit`,
      '/admin/services/groups',
      `/admin/services/groups/${groupId}/edit`,
      '/admin/contacts',
      '/admin/contacts/1/edit',
      '/admin/contacts/1/delete',
      '/admin/settings',
    ];
    for (const path of adminPages) {
      const response = await browser.get(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expectEscaped(html, path);
      expect(visibleText(html), path).toContain(HOSTILE);
    }
    const edit = visibleText(await (await browser.get(`/admin/services/${serviceId}/edit`)).text());
    for (const field of ['sv.name', 'sv.workaround', 'en.restorationNote']) expect(edit).toContain(`${field} ${HOSTILE}`);

    for (const path of ['/', '/en/', '/tjanster/farlig', '/en/services/farlig', '/historik', '/tillganglighet']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expectEscaped(html, path);
      expect(visibleText(html), path).toContain(HOSTILE);
    }
    const overview = visibleText(await (await app.request('/')).text());
    for (const field of ['sv.workaround', 'sv.restorationNote', 'address', 'sv.name', 'sv.note', 'sv.notice']) expect(overview).toContain(`${field} ${HOSTILE}`);

    for (const path of ['/feed.atom', '/feed.rss', '/en/feed.atom', '/tjanster/farlig/feed.atom', '/tjanster/farlig/feed.rss']) {
      const xml = await (await app.request(path)).text();
      expectWellFormed(xml);
      expect(xml, path).not.toContain('<script>alert');
      const feed = parseFeed(xml);
      expect(`${feed.title} ${feed.items.map((item) => item.title).join(' ')}`, path).toContain(HOSTILE);
    }
    const json = await (await app.request('/tjanster/farlig/feed.json')).json();
    expect(JSON.stringify(json)).toContain(JSON.stringify(HOSTILE).slice(1, -1));
    expect(errors).toEqual([]);

    // The conflict summary shows the stored hostile text, escaped, too.
    const other = await colleague(context, 'editor');
    const stale = await other.post(`/admin/services/${serviceId}`, serviceForm(groupId, () => 'Ny text', { version: '1' }));
    expect(stale.status).toBe(409);
    const conflict = await stale.text();
    expectEscaped(conflict, 'conflict');
    expect(visibleText(conflict)).toContain(`sv.description ${HOSTILE}`);
  });

  it('a 1 MB string in any field is 422 with a message next to that field, never a 500', async () => {
    const context = await signedIn({ role: 'admin' });
    const { browser, db, clock, errors } = context;
    expect((await browser.post('/admin/services/groups', { slug: 'grupp', 'names.sv': 'Grupp', 'names.en': '' })).status).toBe(303);
    const groupId = (await db.select().from(serviceGroups).all())[0]!.id;
    const plain = (field: string) => (field.endsWith('name') || field.endsWith('Name') || field.endsWith('siteTitle') ? `Text ${field}` : '');

    const serviceFields: [string, string][] = [
      ['texts.sv.name', 'Högst 200 tecken.'],
      ['texts.sv.description', 'Högst 20000 tecken.'],
      ['texts.sv.workaround', 'Högst 20000 tecken.'],
      ['texts.sv.restorationNote', 'Högst 2000 tecken.'],
      ['texts.en.name', 'Högst 200 tecken.'],
      ['texts.en.description', 'Högst 20000 tecken.'],
      ['slug', 'högst 80 tecken'],
      ['position', 'Skriv ett heltal'],
      ['expectedDate', 'Skriv datum som ÅÅÅÅ-MM-DD.'],
      ['expectedTime', 'Skriv tiden som TT:MM'],
      ['groupId', 'Välj ett av alternativen.'],
    ];
    for (const [name, message] of serviceFields) {
      const response = await browser.post('/admin/services', serviceForm(groupId, plain, { [name]: HUGE }));
      expect(response.status, name).toBe(422);
      expect(fieldError(await response.text(), `f-${name.replace(/\./g, '-')}`), name).toContain(message);
    }

    await browser.post('/admin/services', serviceForm(groupId, plain));
    const serviceId = (await db.select().from(services).all())[0]!.id;
    const editVersion = versionIn(await (await browser.get(`/admin/services/${serviceId}/edit`)).text());
    const edit = await browser.post(`/admin/services/${serviceId}`, serviceForm(groupId, plain, { version: editVersion, 'texts.sv.workaround': HUGE }));
    expect(edit.status).toBe(422);
    expect(fieldError(await edit.text(), 'f-texts-sv-workaround')).toBe('Högst 20000 tecken.');

    for (const name of ['names.sv', 'names.en', 'slug']) {
      const response = await browser.post('/admin/services/groups', { slug: 'annan', 'names.sv': 'Annan', 'names.en': '', [name]: HUGE });
      expect(response.status, name).toBe(422);
      expect(fieldError(await response.text(), `f-${name.replace(/\./g, '-')}`), name).toMatch(/Högst 200 tecken\.|högst 80 tecken/);
    }

    const channelFields: [string, string, string][] = [
      ['address', 'f-address', 'Högst 500 tecken.'],
      ['texts.sv.name', 'f-texts-sv-name', 'Högst 200 tecken.'],
      ['texts.sv.note', 'f-texts-sv-note', 'Högst 2000 tecken.'],
      ['texts.en.name', 'f-texts-en-name', 'Högst 200 tecken.'],
      ['texts.en.note', 'f-texts-en-note', 'Högst 2000 tecken.'],
      ['hours.3.0.opens', 'f-hours-3-0', 'Fyll i både öppnar och stänger'],
      ['kind', 'f-kind', 'Välj ett av alternativen.'],
    ];
    for (const [name, id, message] of channelFields) {
      const response = await browser.post('/admin/contacts', channelForm((field) => (field.endsWith('name') ? 'Växel' : field === 'address' ? '0123' : ''), { [name]: HUGE }));
      expect(response.status, name).toBe(422);
      expect(fieldError(await response.text(), id), name).toContain(message);
    }

    const settingsVersion = versionIn(await (await browser.get('/admin/settings')).text());
    const settingsFields: [string, string][] = [
      ['texts.sv.organisationName', 'Högst 200 tecken.'],
      ['texts.sv.siteTitle', 'Högst 200 tecken.'],
      ['texts.sv.notice', 'Högst 2000 tecken.'],
      ['texts.en.notice', 'Högst 2000 tecken.'],
      ['publicUrl', 'Högst 500 tecken.'],
      ['timeZone', 'Högst 64 tecken.'],
      ['accessibilityReviewedOn', 'Skriv datum som ÅÅÅÅ-MM-DD.'],
    ];
    for (const [name, message] of settingsFields) {
      const response = await browser.post('/admin/settings', settingsForm(settingsVersion, plain, { [name]: HUGE }));
      expect(response.status, name).toBe(422);
      expect(fieldError(await response.text(), `f-${name.replace(/\./g, '-')}`), name).toContain(message);
    }
    expect(errors).toEqual([]);
    void clock;
  });
});
