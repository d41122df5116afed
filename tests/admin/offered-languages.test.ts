/**
 * Offered languages are a site setting (issue 17, docs/decisions/0036-translations-view.md): the
 * settings page lists the six a municipality offers by their own names and in the console's
 * language, Swedish always; what is ticked is saved in one audited write that bumps the
 * revision; and every console form then has fields for each offered language with its `lang`
 * (and `dir="rtl"` for Arabic), with no code change. These tests read only the console and the
 * store, never a public page in a new language (their interface is another part of the issue).
 */
import { describe, expect, it } from 'vitest';
import { auditLog, siteSettings } from '../../src/db/schema';
import { readRevision } from '../../src/store/revision';
import { scheduleMaintenance } from '../../src/store/maintenance';
import { visibleText } from '../helpers/app';
import { makeChannel, makeGroup, makeIncident, makeService, publish } from '../helpers/factories';
import { signedIn, versionIn } from './catalog-helpers';

/** Every visible text field of a page whose name has `locale` as one of its dotted segments. */
function languageFields(html: string, locale: string): string[] {
  const tags = html.match(/<(?:input|textarea)\b[^>]*>/g) ?? [];
  return tags.filter((tag) => {
    if (/type="(?:hidden|checkbox|radio)"/.test(tag)) return false;
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    return name !== undefined && name.split('.').includes(locale);
  });
}

/** The page has fields for `locale`, each marked with its language (and right to left for Arabic). */
function expectFieldsFor(html: string, locale: string, where: string) {
  const fields = languageFields(html, locale);
  expect(fields.length, `${where}: fields for ${locale}`).toBeGreaterThan(0);
  for (const tag of fields) {
    expect(tag, where).toContain(`lang="${locale}"`);
    if (locale === 'ar') expect(tag, where).toContain('dir="rtl"');
    else expect(tag, where).not.toContain('dir="rtl"');
  }
}

const SETTINGS = {
  'texts.sv.organisationName': 'Testby kommun',
  'texts.sv.siteTitle': 'Driftstatus Testby',
  publicUrl: 'https://status.example.org',
  timeZone: 'Europe/Stockholm',
};

async function siteOffering(offer: string[], options: { locale?: string; addLocale?: string } = {}) {
  const context = await signedIn({ role: 'admin', locale: options.locale });
  const settings = await (await context.browser.get('/admin/settings')).text();
  const saved = await context.browser.post('/admin/settings', {
    version: versionIn(settings),
    ...SETTINGS,
    ...Object.fromEntries(offer.map((locale) => [`offer.${locale}`, '1'])),
    ...(options.addLocale ? { addLocale: options.addLocale } : {}),
  });
  expect(saved.status).toBe(303);
  return context;
}

describe('the offered languages in the settings', () => {
  it('lists the six by their own names in the console language, Swedish always, and saves the ticked ones in one audited write that bumps the revision', async () => {
    const { browser, db } = await signedIn({ role: 'admin' });
    const html = await (await browser.get('/admin/settings')).text();
    const text = visibleText(html);
    expect(text).toContain('Svenska finns alltid.');
    expect(html).not.toContain('id="f-offer-sv"');
    expect(html).toMatch(/<label for="f-offer-en">Erbjud engelska \(<span lang="en">English<\/span>\)<\/label>/);
    expect(html).toMatch(/<label for="f-offer-fi">Erbjud finska \(<span lang="fi">suomi<\/span>\)<\/label>/);
    expect(html).toMatch(/<label for="f-offer-fit">Erbjud meänkieli<\/label>/);
    expect(html).toMatch(/<label for="f-offer-ar">Erbjud arabiska \(<span lang="ar" dir="rtl">العربية<\/span>\)<\/label>/);
    expect(html).toMatch(/<label for="f-offer-sv-x-easy">Erbjud lättläst svenska<\/label>/);
    // The Swedish texts are required; the site notice exists per language.
    expect(text).toContain('Svenska (obligatoriskt)');
    expect(html).toMatch(/<textarea[^>]*name="texts\.ar\.notice"[^>]*lang="ar"[^>]*dir="rtl"/);

    const before = await readRevision(db);
    const saved = await browser.post('/admin/settings', {
      version: versionIn(html),
      ...SETTINGS,
      'offer.en': '1',
      'offer.fi': '1',
      'offer.fit': '1',
      'offer.ar': '1',
      'offer.sv-x-easy': '1',
      'texts.sv-x-easy.organisationName': 'Testby kommun',
      'texts.sv-x-easy.siteTitle': 'Fungerar det?',
      'texts.sv-x-easy.notice': 'Vi har problem med datorerna. Ring oss om du behöver hjälp.',
    });
    expect(saved.status).toBe(303);
    const [settings] = await db.select().from(siteSettings).all();
    expect(settings!.offeredLocales).toEqual(['sv', 'en', 'fi', 'fit', 'ar', 'sv-x-easy']);
    expect(settings!.defaultLocale).toBe('sv');
    expect((await readRevision(db)).revision).toBe(before.revision + 1);
    const audits = (await db.select().from(auditLog).all()).filter((row) => row.action === 'site.update');
    expect(audits).toHaveLength(1);
    expect(audits[0]!.username).toBe('admin');
    expect((audits[0]!.after as { offeredLocales: string[] }).offeredLocales).toEqual(['sv', 'en', 'fi', 'fit', 'ar', 'sv-x-easy']);

    const again = await (await browser.get('/admin/settings')).text();
    for (const locale of ['en', 'fi', 'fit', 'ar', 'sv-x-easy']) expect(again).toMatch(new RegExp(`id="f-offer-${locale}"[^>]*checked`));
    expect(again).toContain('Vi har problem med datorerna. Ring oss om du behöver hjälp.</textarea>');
  });

  it('names them in English for an English-speaking admin', async () => {
    const { browser } = await signedIn({ role: 'admin', locale: 'en' });
    const html = await (await browser.get('/admin/settings')).text();
    expect(html).toMatch(/<label for="f-offer-fi">Offer Finnish \(<span lang="fi">suomi<\/span>\)<\/label>/);
    expect(html).toMatch(/<label for="f-offer-fit">Offer Meänkieli \(<span lang="fit">meänkieli<\/span>\)<\/label>/);
    expect(html).toMatch(/<label for="f-offer-sv-x-easy">Offer easy-to-read Swedish \(<span lang="sv-x-easy">lättläst svenska<\/span>\)<\/label>/);
  });

  it('keeps Swedish offered and the default when only Finnish is ticked', async () => {
    const { db } = await siteOffering(['fi']);
    expect((await db.select().from(siteSettings).all())[0]!.offeredLocales).toEqual(['sv', 'fi']);
  });
});

describe('a site offering Finnish and Arabic', () => {
  it('has their fields, with lang and dir, in every console form, and no id twice', async () => {
    const { browser, db, clock } = await siteOffering(['en', 'fi', 'ar']);
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'Mina sidor' } });
    const channel = await makeChannel(db, clock);
    const incident = await makeIncident(db, clock, { serviceIds: [service.id] });
    await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Vi utreder.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    const [update] = await db.query.updates.findMany();
    const maintenance = await scheduleMaintenance(db, clock, {
      slug: 'uppgradering',
      texts: { sv: { title: 'Uppgradering' } },
      serviceIds: [service.id],
      startsAt: new Date('2026-03-01T18:00:00Z'),
      endsAt: new Date('2026-03-01T20:00:00Z'),
    });

    const pages: Record<string, string> = {
      'dashboard (quick status note)': '/admin',
      'new incident': '/admin/incidents/new',
      'incident (notice, update, closing)': `/admin/incidents/${incident.id}`,
      'correction of an update': `/admin/incidents/${incident.id}/updates/${update!.id}/correct`,
      'new service': '/admin/services/new',
      'service': `/admin/services/${service.id}/edit`,
      'groups': '/admin/services/groups',
      'new contact channel': '/admin/contacts/new',
      'contact channel': `/admin/contacts/${channel}/edit`,
      'new maintenance': '/admin/maintenance/new',
      'maintenance (notice, update)': `/admin/maintenance/${maintenance.incidentId}`,
      'settings (names, site notice)': '/admin/settings',
    };
    for (const [where, path] of Object.entries(pages)) {
      const response = await browser.get(path);
      expect(response.status, where).toBe(200);
      const html = await response.text();
      for (const locale of ['fi', 'ar']) expectFieldsFor(html, locale, where);
      // With several optional languages, each fieldset's hint and marker keep ids of their own.
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index), where).toEqual([]);
    }
  });

  it('saves a quick status note in Finnish and Arabic from the dashboard, and names the language left empty', async () => {
    const { browser, db, clock } = await siteOffering(['en', 'fi', 'ar']);
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'Mina sidor' } });
    const dashboard = await (await browser.get('/admin')).text();
    const version = new RegExp(`name="version" value="(\\d+)"`).exec(dashboard)![1]!;
    const response = await browser.post(`/admin/services/${service.id}/status`, {
      version,
      status: 'down',
      'note.sv': 'Mina sidor fungerar inte.',
      'note.fi': 'Omat sivut eivät toimi.',
      'note.ar': 'صفحاتي لا تعمل.',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toContain('missing=en');
    expect(response.headers.get('location')).not.toMatch(/missing=(fi|ar)/);
    const texts = await db.query.updateTexts.findMany();
    expect(texts.map((row) => [row.locale, row.body]).sort()).toEqual([
      ['ar', 'صفحاتي لا تعمل.'],
      ['fi', 'Omat sivut eivät toimi.'],
      ['sv', 'Mina sidor fungerar inte.'],
    ]);
  });
});

describe('a site offering a language the interface does not exist in (German)', () => {
  it('gets German fields in the console, the settings say the status page is not shown in German, and /de is not served', async () => {
    const { app, browser, db, clock } = await siteOffering(['en'], { addLocale: 'de' });
    const group = await makeGroup(db, clock);
    await makeService(db, clock, { groupId: group, sv: { name: 'Mina sidor' } });
    for (const path of ['/admin', '/admin/incidents/new', '/admin/services/new', '/admin/maintenance/new', '/admin/contacts/new']) expectFieldsFor(await (await browser.get(path)).text(), 'de', path);
    const settings = await (await browser.get('/admin/settings')).text();
    expect(settings).toMatch(/<label for="f-offer-de">Erbjud tyska \(<span lang="de">Deutsch<\/span>\)<\/label>/);
    expect(visibleText(settings)).toContain('Texter på tyska kan skrivas och sparas, men statussidan visas inte på tyska förrän dess gränssnitt finns.');
    expect((await app.request('/de')).status).toBe(404);
    expect(await (await app.request('/')).text()).not.toContain('hreflang="de"');
  });
});
