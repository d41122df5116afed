/**
 * The translations view (docs/decisions/0036-translations-view.md): per offered language, what
 * is missing or older than the Swedish original, newest first, each linked to the field where
 * it is written, so an editor can ask the right translator. Built from the store and the
 * console only.
 */
import { describe, expect, it } from 'vitest';
import { saveSite } from '../../src/store/site';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { MARKUP, ESCAPED_SCRIPT } from '../helpers/hostile';
import { makeGroup, makeIncident, makeService, publish } from '../helpers/factories';
import { signedIn, versionIn } from './catalog-helpers';

const HOUR = 3_600_000;

/** The visible text of one language's section of the page. */
function sectionOf(html: string, locale: string): string {
  const start = html.indexOf(`<section aria-labelledby="lang-${locale}"`);
  if (start < 0) throw new Error(`no section for ${locale}`);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

/** The links of a section that say where to write the text. */
function fixLinks(section: string): string[] {
  return [...section.matchAll(/<a href="([^"]+)">Skriv texten på/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
}

/**
 * A site offering English, Finnish and Arabic with, oldest first: a service (Swedish and
 * English), an incident (Swedish and English), an update of it (Swedish, English, Finnish), a
 * Swedish-only change of the site notice (English now older), a standalone Swedish-only update.
 */
async function siteWithGaps(role: 'admin' | 'editor' = 'admin') {
  const context = await createTestApp();
  const { db, clock } = context;
  await saveSite(db, clock, {
    publicUrl: 'https://status.example.org',
    offeredLocales: ['sv', 'en', 'fi', 'ar'],
    timeZone: 'Europe/Stockholm',
    texts: {
      sv: { organisationName: 'Testby kommun', siteTitle: 'Driftstatus Testby', notice: 'Telefonerna fungerar inte.' },
      en: { organisationName: 'Testby Municipality', siteTitle: 'Testby service status', notice: 'The phones are down.' },
    },
  });
  const group = await makeGroup(db, clock);
  const service = await makeService(db, clock, { groupId: group, sv: { name: 'Mina sidor' }, en: { name: 'My pages' } });
  clock.advance(HOUR);
  const incident = await makeIncident(db, clock, { slug: 'it-angrepp', texts: { sv: { title: `IT-angrepp ${MARKUP}` }, en: { title: 'Cyber attack' } } });
  clock.advance(HOUR);
  await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Vi utreder angreppet.', en: 'We are investigating.', fi: 'Selvitämme hyökkäystä.' } });
  clock.advance(HOUR);
  await saveSite(db, clock, {
    publicUrl: 'https://status.example.org',
    offeredLocales: ['sv', 'en', 'fi', 'ar'],
    timeZone: 'Europe/Stockholm',
    texts: { sv: { organisationName: 'Testby kommun', siteTitle: 'Driftstatus Testby', notice: 'Telefonerna och e-posten fungerar inte.' } },
  });
  clock.advance(HOUR);
  await publish(db, clock, { texts: { sv: 'Bygglov går att söka igen.' }, changes: [{ serviceId: service.id, to: 'degraded' }] });
  const [update] = await db.query.updates.findMany({ where: (updates, { eq }) => eq(updates.incidentId, incident.id) });
  // Signed in last, so the hours the data took do not end the session.
  const { password } = await makeUser(context, { username: role, role });
  const browser = new Browser(context.app);
  await browser.signIn(role, password);
  return { ...context, browser, incident, service, update: update! };
}

describe('the translations view', () => {
  it('lists per language what is missing or older than the Swedish original, newest first', async () => {
    const { browser } = await siteWithGaps();
    const response = await browser.get('/admin/translations');
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = visibleText(html);
    expect(text).toContain('Här ser du per språk vad som saknas eller är äldre än originalet på svenska, nyast först.');
    // The summary per language, linking to its section.
    expect(text).toContain('Engelska: 1 text saknas. 1 text är äldre än originalet.');
    expect(text).toContain('Finska: 4 texter saknas.');
    expect(text).toContain('Arabiska: 5 texter saknas.');
    expect(html).toMatch(/<h2 id="lang-ar" tabindex="-1">Arabiska \(<span lang="ar" dir="rtl">العربية<\/span>\)<\/h2>/);

    const order = (locale: string) => [...visibleText(sectionOf(html, locale)).matchAll(/(Meddelande på statussidan|Händelse|Uppdatering|Tjänst)\b/g)].map((match) => match[1]);
    expect(order('en')).toEqual(['Uppdatering', 'Meddelande på statussidan']);
    expect(order('fi')).toEqual(['Uppdatering', 'Meddelande på statussidan', 'Händelse', 'Tjänst']);
    expect(order('ar')).toEqual(['Uppdatering', 'Meddelande på statussidan', 'Uppdatering', 'Händelse', 'Tjänst']);

    const english = visibleText(sectionOf(html, 'en'));
    expect(english).toContain('Telefonerna och e-posten fungerar inte.');
    expect(english).toContain(
      'Äldre än originalet: texten på svenska ändrades 11 februari 2026 kl. 17.00, översättningen är från 11 februari 2026 kl. 14.00.',
    );
    // The standalone note has no form to correct it in: the view says what to do instead.
    expect(english).toContain('Uppdatering (fristående uppdatering)');
    expect(english).toContain('En fristående uppdatering kan inte rättas i konsolen. Skriv texten på engelska med i nästa uppdatering av tjänsten.');
    const arabic = visibleText(sectionOf(html, 'ar'));
    expect(arabic).toContain('Vi utreder angreppet.');
    expect(arabic).toContain('i ”IT-angrepp');
    // The Swedish originals are marked as Swedish, and hostile text stays text.
    expect(sectionOf(html, 'ar')).toContain('<p lang="sv">Vi utreder angreppet.</p>');
    expect(html).toContain(ESCAPED_SCRIPT);
    expect(html).not.toContain('<script>alert(1)');
  });

  it('links each gap to the very field where it is written', async () => {
    const { browser, incident, service, update } = await siteWithGaps();
    const html = await (await browser.get('/admin/translations')).text();
    expect(fixLinks(sectionOf(html, 'ar'))).toEqual([
      '/admin/settings#f-texts-ar-notice',
      `/admin/incidents/${incident.id}/updates/${update.id}/correct#f-ar-body`,
      `/admin/incidents/${incident.id}#f-ar-title`,
      `/admin/services/${service.id}/edit#f-texts-ar-name`,
    ]);
    for (const link of fixLinks(sectionOf(html, 'ar'))) {
      const [path, id] = link.split('#');
      const target = await browser.get(path!);
      expect(target.status, link).toBe(200);
      expect(await target.text(), link).toMatch(new RegExp(`<(?:input|textarea)[^>]*id="${id}"[^>]*lang="ar"[^>]*dir="rtl"`));
    }
  });

  it('drops a text from the list once it is translated, and says so when a language has nothing left', async () => {
    const { browser } = await siteWithGaps();
    const settings = await (await browser.get('/admin/settings')).text();
    const saved = await browser.post('/admin/settings', {
      version: versionIn(settings),
      'texts.sv.organisationName': 'Testby kommun',
      'texts.sv.siteTitle': 'Driftstatus Testby',
      'texts.sv.notice': 'Telefonerna och e-posten fungerar inte.',
      'texts.en.organisationName': 'Testby Municipality',
      'texts.en.siteTitle': 'Testby service status',
      'texts.en.notice': 'The phones and e-mail are down.',
      'texts.fi.organisationName': 'Testbyn kunta',
      'texts.fi.siteTitle': 'Testbyn palvelujen tila',
      'texts.fi.notice': 'Puhelimet ja sähköposti eivät toimi.',
      'offer.en': '1',
      'offer.fi': '1',
      'offer.ar': '1',
      publicUrl: 'https://status.example.org',
      timeZone: 'Europe/Stockholm',
    });
    expect(saved.status).toBe(303);
    const html = await (await browser.get('/admin/translations')).text();
    expect(visibleText(html)).toContain('Engelska: 1 text saknas.');
    expect(visibleText(sectionOf(html, 'en'))).not.toContain('Meddelande på statussidan');
    expect(visibleText(html)).toContain('Finska: 3 texter saknas.');
  });

  it('is open to editors, who are told that the site notice is an admin’s to change', async () => {
    const { browser } = await siteWithGaps('editor');
    const response = await browser.get('/admin/translations');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<a href="\/admin\/translations" aria-current="page">Översättningar<\/a>/);
    expect(html).not.toContain('href="/admin/settings');
    expect(visibleText(sectionOf(html, 'fi'))).toContain('Ändras av en administratör under Inställningar.');
  });

  it('says there is nothing to translate on a Swedish-only site, and that a content-only language is not shown publicly', async () => {
    const { browser, db, clock } = await signedIn({ role: 'admin' });
    await saveSite(db, clock, {
      publicUrl: 'https://status.example.org',
      offeredLocales: ['sv'],
      timeZone: 'Europe/Stockholm',
      texts: { sv: { organisationName: 'Testby kommun', siteTitle: 'Driftstatus Testby' } },
    });
    // The English row saved by the test setup is left, but English is no longer offered.
    expect(visibleText(await (await browser.get('/admin/translations')).text())).toContain('Statussidan finns bara på svenska. Det finns inget att översätta.');
    await saveSite(db, clock, {
      publicUrl: 'https://status.example.org',
      offeredLocales: ['sv', 'de'],
      timeZone: 'Europe/Stockholm',
      texts: { sv: { organisationName: 'Testby kommun', siteTitle: 'Driftstatus Testby' } },
    });
    const germanPage = await (await browser.get('/admin/translations')).text();
    const german = visibleText(germanPage);
    expect(germanPage).toMatch(/<h2 id="lang-de" tabindex="-1">Tyska \(<span lang="de">Deutsch<\/span>\)<\/h2>/);
    expect(german).toContain('Allt är översatt.');
    expect(german).toContain('Statussidan visas inte på tyska ännu; texterna sparas och visas när gränssnittet finns.');
  });

  it('over the example data: lists what the example left untranslated, and not what it translated', async () => {
    const context = await createTestApp({ seed: 'example' });
    const { password } = await makeUser(context, { username: 'chef', role: 'admin' });
    const browser = new Browser(context.app);
    await browser.signIn('chef', password);
    const html = await (await browser.get('/admin/translations')).text();
    for (const locale of ['fi', 'fit', 'ar', 'sv-x-easy']) {
      const section = sectionOf(html, locale);
      // Translated in every language: the six most used e-services, the notice, the newest updates.
      expect(section, locale).not.toContain('<p lang="sv">Mina sidor</p>');
      expect(section, locale).not.toContain('<p lang="sv">Ansökan om förskoleplats</p>');
      expect(visibleText(section), locale).not.toContain('Meddelande på statussidan');
      expect(visibleText(section), locale).not.toContain('Återuppbyggnaden av e-posten och av systemet för vatten och avfall fortsätter');
      // Left in Swedish and English: listed as missing.
      expect(section, locale).toContain('<p lang="sv">Lön och lönebesked</p>');
      expect(visibleText(section), locale).toContain('Störning i kommunens telefoni');
    }
    expect(sectionOf(html, 'sv-x-easy')).toMatch(/<h2 id="lang-sv-x-easy" tabindex="-1">Lättläst svenska<\/h2>/);
    // The example's older English text of the website is listed as older, not missing.
    const english = visibleText(sectionOf(html, 'en'));
    expect(english).toMatch(/Tjänst · Ändrad [^·]+ Kommunens webbplats Äldre än originalet: texten på svenska ändrades/);
  });
});
