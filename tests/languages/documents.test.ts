/**
 * What other programs read, in every new language: the feeds (parsed by real parsers,
 * with xml:lang / language), CAP 1.2 with one <info> per language (valid against the OASIS
 * schema), the maintenance calendar, status.txt and the poster.
 */
import { describe, expect, it } from 'vitest';
import { capAlertPath } from '../../src/urls/machine';
import { fetchCap } from '../cap/helpers';
import { visibleText } from '../helpers/app';
import { expectWellFormed, parseFeed, rssParser } from '../helpers/feeds';
import { parseCalendar } from '../maintenance/ical';
import { NEW_LANGUAGES, PUBLIC_URL, SITE_TEXTS, multilingualSite, pathIn, wordsOf } from './helpers';

async function text(app: Awaited<ReturnType<typeof multilingualSite>>['app'], path: string) {
  const response = await app.request(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

describe('feeds per language', () => {
  it('serves Atom, RSS and JSON Feed in each language, well-formed, with the required elements and the language', async () => {
    const { app } = await multilingualSite();
    for (const { lang, prefix } of NEW_LANGUAGES) {
      const t = wordsOf(lang);
      const atom = await text(app, `${prefix}/feed.atom`);
      expectWellFormed(atom);
      expect(atom).toMatch(new RegExp(`<feed xmlns="http://www.w3.org/2005/Atom"[^>]* xml:lang="${lang}">`));
      const parsedAtom = parseFeed(atom);
      expect(parsedAtom.title, lang).toBeTruthy();
      expect(parsedAtom.items.length, lang).toBeGreaterThan(0);
      for (const item of parsedAtom.items) {
        expect(item.id, lang).toBeTruthy();
        expect(item.updated, lang).toBeInstanceOf(Date);
        expect(item.url, lang).toMatch(new RegExp(`^${PUBLIC_URL}${prefix}/`));
      }

      const rss = await text(app, `${prefix}/feed.rss`);
      expectWellFormed(rss);
      const parsedRss = await rssParser.parseString(rss);
      expect(parsedRss.title, lang).toBeTruthy();
      expect(parsedRss.link, lang).toBe(`${PUBLIC_URL}${prefix}/`);
      expect(parsedRss.description, lang).toBeTruthy();
      expect(parsedRss.language, lang).toBe(lang);
      expect(parsedRss.items.length, lang).toBeGreaterThan(0);

      const json = JSON.parse(await text(app, `${prefix}/feed.json`)) as { version: string; title: string; language: string; items: { id: string }[] };
      expect(json.version).toBe('https://jsonfeed.org/version/1.1');
      expect(json.language).toBe(lang);
      expect(json.title).toBeTruthy();
      expect(json.items.length).toBeGreaterThan(0);

      // The incident's own feed, in its path words, in the language where it is translated.
      const incidentFeed = await text(app, pathIn(lang, { kind: 'incident', slug: 'it-angrepp' }) + '/feed.atom');
      expectWellFormed(incidentFeed);
      expect(incidentFeed).toContain(`xml:lang="${lang}"`);
      expect(parseFeed(incidentFeed).description ?? parseFeed(incidentFeed).title).toBeTruthy();
      expect(t.lang).toBe(lang);
    }
  });

  it('writes the Arabic feed in Arabic, and an untranslated entry in Swedish marked as such', async () => {
    const { app } = await multilingualSite();
    const atom = await text(app, '/ar/incidents/it-angrepp/feed.atom');
    expect(atom).toContain('هجوم إلكتروني');
    expect(atom).toContain('نحن نتحقق مما حدث.');
  });
});

describe('CAP per language', () => {
  it('has an <info> in every language the update was written in, valid against the CAP 1.2 schema', async () => {
    const { app, db } = await multilingualSite();
    const update = (await db.query.updates.findMany()).find((row) => row.incidentId !== null);
    const { alert } = await fetchCap(app, capAlertPath(update!.uid, null));
    // Written in sv, fi and ar (see ./helpers.ts); Meänkieli and easy-to-read Swedish are not.
    expect(alert.info.map((info) => info.language)).toEqual(['sv', 'fi', 'ar']);
    const arabic = alert.info.find((info) => info.language === 'ar')!;
    expect(arabic.event).toBe(wordsOf('ar').machine.cap.event.incident);
    expect(arabic.headline).toBe('هجوم إلكتروني');
    expect(arabic.web).toBe(`${PUBLIC_URL}${pathIn('ar', { kind: 'incident', slug: 'it-angrepp' })}#${arabic.web!.split('#')[1]}`);
    expect(alert.info.find((info) => info.language === 'fi')!.event).toBe('Käyttöhäiriö');
  });

  it('tags easy-to-read Swedish sv-x-easy in CAP, which the schema accepts', async () => {
    const { app, db, clock, incident } = await multilingualSite();
    const { publish } = await import('../helpers/factories');
    await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Vi vet mer nu.', 'sv-x-easy': 'Nu vet vi mer.', fit: 'Met tiämmä nyt enämpi.' } });
    const latest = (await db.query.updates.findMany()).at(-1)!;
    const { alert } = await fetchCap(app, capAlertPath(latest.uid, null));
    expect(alert.info.map((info) => info.language)).toEqual(['sv', 'fit', 'sv-x-easy']);
    expect(alert.info.find((info) => info.language === 'sv-x-easy')!.description).toContain('Nu vet vi mer.');
    expect(alert.info.find((info) => info.language === 'fit')!.event).toBe(wordsOf('fit').machine.cap.event.incident);
  });
});

describe('the maintenance calendar per language', () => {
  it('parses in every language, named and worded in it, linking to the page in it', async () => {
    const { app } = await multilingualSite();
    for (const { lang, prefix } of NEW_LANGUAGES) {
      const t = wordsOf(lang);
      const path = `${prefix}/${t.paths.maintenance}.ics`;
      const calendar = parseCalendar(await text(app, path));
      expect(calendar.name, lang).toBe(t.calendarName(SITE_TEXTS[lang]!.siteTitle));
      expect(calendar.events).toHaveLength(1);
      expect(calendar.events[0]!.url).toBe(PUBLIC_URL + pathIn(lang, { kind: 'incident', slug: 'uppgradering' }));
    }
    const finnish = parseCalendar(await text(app, '/fi/huoltotyot.ics'));
    expect(finnish.events[0]!.summary).toBe('Sähköisten palvelujen päivitys');
  });
});

describe('status.txt and the poster per language', () => {
  it('writes the plain-text summary in each language', async () => {
    const { app } = await multilingualSite();
    const expected: Record<string, string> = {
      fi: 'Nämä eivät toimi normaalisti',
      fit: 'Tämä ei toimi niinku tavalisesti',
      ar: 'ما لا يعمل كالمعتاد',
      'sv-x-easy': 'Det här fungerar inte som vanligt',
    };
    for (const { lang, prefix } of NEW_LANGUAGES) {
      const response = await app.request(`${prefix}/status.txt`);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      const body = await response.text();
      expect(body, lang).toContain(expected[lang]!);
      expect(body, lang).toContain('0123-45 67 00');
    }
  });

  it('prints the poster in each language, with lang and dir, and the address of that language’s page', async () => {
    const { app } = await multilingualSite();
    for (const { lang, prefix, dir } of NEW_LANGUAGES) {
      const html = await text(app, pathIn(lang, { kind: 'poster' }));
      expect(html).toContain(`<html lang="${lang}" dir="${dir}">`);
      expect(visibleText(html), lang).toContain(wordsOf(lang).poster.qrCaption);
      expect(html).toContain(`${PUBLIC_URL.replace('https://', '').split('.')[0]}.`);
      expect(html).toContain(`href="${PUBLIC_URL}${prefix}/"`);
    }
  });
});
