/**
 * The public site in every language (issue 17): Finnish under /fi, Meänkieli under /fit,
 * Arabic under /ar (right to left) and easy-to-read Swedish under /lattlast, each page with the
 * right lang and dir, hreflang alternates for every language and x-default, a language switch
 * naming each language in itself, dates without English, and honest content fallback.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { incidents } from '../../src/db/schema';
import { formatterFor } from '../../src/i18n/format';
import { updateIncidentNotice } from '../../src/store/incidents';
import { createTestApp, visibleText } from '../helpers/app';
import {
  ALL_LANGUAGES,
  NEW_LANGUAGES,
  PAGE_REFS,
  PUBLIC_URL,
  hreflangLinks,
  htmlLangAndDir,
  htmlPagesOf,
  multilingualSite,
  pathIn,
  wordsOf,
} from './helpers';

describe('every public page in every new language', () => {
  it('answers 200 with the language’s lang and dir on <html>, under its own prefix and path words', async () => {
    const { app } = await multilingualSite();
    for (const { lang, prefix, dir } of NEW_LANGUAGES) {
      for (const path of htmlPagesOf(lang)) {
        expect(path.startsWith(`${prefix}/`), path).toBe(true);
        const response = await app.request(path);
        expect(response.status, path).toBe(200);
        expect(htmlLangAndDir(await response.text()), path).toEqual({ lang, dir });
      }
      for (const path of [`${prefix}/status.txt`, pathIn(lang, { kind: 'overview' }).replace(/\/$/, '') + '/feed.atom']) {
        expect((await app.request(path)).status, path).toBe(200);
      }
    }
  });

  it('uses the decided prefixes and ASCII path words, and nothing under the tags themselves', async () => {
    const { app } = await multilingualSite();
    expect(pathIn('sv-x-easy', { kind: 'service', slug: 'mina-sidor' })).toBe('/lattlast/tjanster/mina-sidor');
    expect(pathIn('fi', { kind: 'incident', slug: 'it-angrepp' })).toBe('/fi/hairiot/it-angrepp');
    expect(pathIn('ar', { kind: 'history', page: 1 })).toBe('/ar/history');
    for (const { lang } of NEW_LANGUAGES) {
      for (const ref of PAGE_REFS) expect(pathIn(lang, ref), lang).toMatch(/^[\x21-\x7e]+$/);
    }
    expect((await app.request('/sv-x-easy/tjanster/mina-sidor')).status).toBe(404);
    const root = await app.request('/lattlast');
    expect(root.status).toBe(301);
    expect(root.headers.get('location')).toBe('/lattlast/');
    // The language root keeps its slash: trimming it would loop with the redirect above.
    expect((await app.request('/lattlast/')).status).toBe(200);
  });

  it('has no page in a language the site does not offer', async () => {
    const { app } = await multilingualSite();
    const twoLanguages = await createTestApp(); // offers sv and en
    for (const { prefix } of NEW_LANGUAGES) {
      expect((await twoLanguages.app.request(`${prefix}/`)).status, prefix).toBe(404);
      expect((await app.request(`${prefix}/`)).status, prefix).toBe(200);
    }
  });
});

describe('hreflang alternates', () => {
  it('lists every offered language and x-default on every page, and every alternate links back', async () => {
    const { app } = await multilingualSite();
    for (const ref of PAGE_REFS) {
      for (const lang of ALL_LANGUAGES) {
        const html = await (await app.request(pathIn(lang, ref))).text();
        const links = hreflangLinks(html);
        const expected = new Map<string, string>(ALL_LANGUAGES.map((other) => [other, PUBLIC_URL + pathIn(other, ref)]));
        expected.set('x-default', PUBLIC_URL + pathIn('sv', ref));
        expect(links, `${lang} ${pathIn(lang, ref)}`).toEqual(expected);
      }
    }
  });
});

describe('the language switch', () => {
  it('names every language in itself, with its lang, and dir where it runs the other way', async () => {
    const { app } = await multilingualSite();
    const html = await (await app.request('/fi/palvelut/mina-sidor')).text();
    const nav = /<nav class="languages"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect(nav).toContain('aria-label="Kieli"');
    expect(nav).toContain('<a href="/tjanster/mina-sidor" hreflang="sv" lang="sv">Svenska</a>');
    expect(nav).toContain('<a href="/en/services/mina-sidor" hreflang="en" lang="en">English</a>');
    expect(nav).toContain('<span aria-current="true" lang="fi">Suomi</span>');
    expect(nav).toContain('<a href="/fit/palvelukset/mina-sidor" hreflang="fit" lang="fit">Meänkieli</a>');
    expect(nav).toContain('<a href="/ar/services/mina-sidor" hreflang="ar" lang="ar" dir="rtl">العربية</a>');
    expect(nav).toContain('<a href="/lattlast/tjanster/mina-sidor" hreflang="sv-x-easy" lang="sv-x-easy">Lättläst svenska</a>');

    const arabic = await (await app.request('/ar/services/mina-sidor')).text();
    const arabicNav = /<nav class="languages"[\s\S]*?<\/nav>/.exec(arabic)?.[0] ?? '';
    expect(arabicNav).toContain('aria-label="اللغة"');
    expect(arabicNav).toContain('<a href="/tjanster/mina-sidor" hreflang="sv" lang="sv" dir="ltr">Svenska</a>');
    expect(arabicNav).toContain('<span aria-current="true" lang="ar">العربية</span>');
    for (const lang of ALL_LANGUAGES) expect(arabicNav).toContain(`>${wordsOf(lang).languageName}<`);
  });
});

describe('right to left', () => {
  it('marks Swedish fallback text and names in an Arabic page with lang and dir, isolates names, keeps phone numbers left to right', async () => {
    const { app } = await multilingualSite();
    const html = await (await app.request('/ar/')).text();
    // Translated: no lang of its own; the name is isolated, since names often run left to right.
    expect(html).toContain('<bdi>هجوم إلكتروني</bdi>');
    // Not translated: Swedish, marked and turned left to right, with a note in Arabic.
    expect(html).toContain('<span lang="sv" dir="ltr">Biblioteket</span>');
    expect(html).toContain('<bdi dir="ltr"><a href="tel:');
    const service = await (await app.request('/ar/services/mina-sidor')).text();
    expect(service).toContain('<p lang="sv" dir="ltr">Ring kontaktcenter.</p>');
    expect(service).toContain('<p class="stale">هذا النص متوفر باللغة السويدية فقط.</p>');
  });

  it('turns round the arrows that point in reading order on an Arabic page only', async () => {
    const { app } = await multilingualSite();
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(await (await app.request('/ar/')).text())![1]!;
    const css = await (await app.request(stylesheet)).text();
    expect(css).toContain('[dir=rtl] .forward{display:inline-block;transform:scaleX(-1)}');
    // Logical properties only: nothing in the site's sheet is pinned to a physical side.
    expect(css).not.toMatch(/(?:margin|padding|border)-(?:left|right)\b|text-align:(?:left|right)|[{;](?:left|right):/);
    const incident = await (await app.request('/ar/incidents/it-angrepp')).text();
    expect(incident).toContain('<span class="forward">→</span>');
  });
});

describe('dates and numbers', () => {
  it('writes dates in each language through Intl, with Latin digits in Arabic', async () => {
    const { app } = await multilingualSite(); // 2026-02-11 14:00 in Stockholm
    expect(visibleText(await (await app.request('/fi/')).text())).toContain('11. helmikuuta 2026 klo 14.00');
    const arabic = visibleText(await (await app.request('/ar/')).text());
    expect(arabic).toContain('11 فبراير 2026');
    expect(arabic).not.toMatch(/[٠-٩]/);
    expect(visibleText(await (await app.request('/lattlast/')).text())).toContain('11 februari 2026 kl. 14.00');
  });

  it('writes Meänkieli dates with Finnish patterns and Meänkieli names, never in English', async () => {
    const { app } = await multilingualSite({ now: '2026-02-12T13:00:00Z' }); // a Thursday
    const pages = await Promise.all(['/fit/', '/fit/hairiot/uppgradering', '/fit/historia', '/fit/palvelukset/mina-sidor'].map(async (path) => visibleText(await (await app.request(path)).text())));
    const text = pages.join(' ');
    expect(text).toContain('12. helmikuuta 2026');
    expect(text).toMatch(/\b5\. maaliskuuta 2026 klo 18\.00\s*–\s*20\.00/);
    const english = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|AM|PM)\b/;
    expect(text).not.toMatch(english);
    // Where Meänkieli's names differ from Finnish ones, the table's word is used.
    const fmt = formatterFor('fit', 'Europe/Stockholm');
    expect(fmt.weekdayTime(new Date('2026-02-12T13:00:00Z'))).toBe('tuorstai 12. helmikuuta klo 14.00');
    expect(fmt.languageName('sv')).toBe('ruotti');
    expect([1, 2, 3, 4, 5, 6, 7].map((day) => fmt.weekdayShort(day))).toEqual(['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su']);
  });
});

describe('content fallback', () => {
  it('shows a missing text in Swedish, marked lang="sv", with a note in the reader’s language', async () => {
    const { app } = await multilingualSite();
    const notes: Record<string, string> = {
      fi: 'Teksti on saatavilla vain kielellä ruotsi.',
      fit: 'Teksti oon saatavilla vain kielelä ruotti.',
      'sv-x-easy': 'Texten finns inte på lättläst svenska. Den finns bara på svenska.',
    };
    for (const [lang, note] of Object.entries(notes)) {
      const html = await (await app.request(pathIn(lang, { kind: 'service', slug: 'mina-sidor' }))).text();
      expect(html, lang).toContain('<p lang="sv">Ring kontaktcenter.</p>');
      expect(html, lang).toContain(`<p class="stale">${note}</p>`);
    }
    // Translated: no note, no foreign lang.
    const finnish = await (await app.request('/fi/hairiot/it-angrepp')).text();
    expect(finnish).toContain('<p>Selvitämme, mitä on tapahtunut.</p>');
  });

  it('says so when a translation is older than the Swedish original, in the new languages too', async () => {
    const { app, db, clock, incident, service } = await multilingualSite();
    clock.advance(60_000);
    const stored = await db.query.incidents.findFirst({ where: eq(incidents.id, incident.id), with: { texts: true } });
    const texts = Object.fromEntries(stored!.texts.map(({ locale, updatedAt: _updatedAt, incidentId: _incidentId, ...fields }) => [locale, fields]));
    // Only the Swedish original changes: every translation is now older than it.
    texts.sv = { ...texts.sv!, whatHappened: 'Kommunen har utsatts för ett IT-angrepp. Nu vet vi mer.' };
    await updateIncidentNotice(db, clock, {
      incidentId: incident.id,
      expectedVersion: stored!.version,
      impact: stored!.impact,
      texts,
      serviceIds: [service.id],
      nextUpdateDueAt: null,
    });
    for (const [lang, words] of [
      ['fi', 'Käännös on vanhempi kuin teksti kielellä ruotsi'],
      ['ar', 'هذه الترجمة أقدم من النص باللغة السويدية'],
      ['sv-x-easy', 'Den här texten är gammal. Texten på svenska ändrades'],
    ] as const) {
      const text = visibleText(await (await app.request(pathIn(lang, { kind: 'incident', slug: 'it-angrepp' }))).text());
      expect(text, lang).toContain(words);
    }
    // Beside the names too: the incident's title in the overview's list.
    expect(visibleText(await (await app.request('/fi/')).text())).toContain('Tietomurto (vanhempi käännös)');
    expect(await (await app.request('/ar/')).text()).toContain('<bdi>هجوم إلكتروني</bdi> <small class="stale">(ترجمة أقدم)</small>');
  });
});
