/** The built-in example: realistic, complete, and impossible to mistake for a real outage. */
import { describe, expect, it } from 'vitest';
import { SERVICE_STATUSES } from '../../src/domain/status';
import { listActiveServices } from '../../src/store/services';
import { countUpdates } from '../../src/store/updates';
import { isOlderTranslation } from '../../src/domain/translation-age';
import { NOTICE_TEXT_FIELDS } from '../../src/domain/incident';
import { EXAMPLE_TRANSLATION_LOCALES } from '../../src/seed/example-translations';
import { createTestApp, visibleText } from '../helpers/app';

describe('example municipality', () => {
  it('loads a weeks-long incident with every status, a resolved incident and a correction', async () => {
    const { db } = await createTestApp({ seed: 'example' });
    const services = await listActiveServices(db);
    const statuses = new Set(services.map((service) => service.status));
    expect([...statuses].sort()).toEqual([...SERVICE_STATUSES].sort());
    expect(await countUpdates(db)).toBeGreaterThanOrEqual(14);
    const incidents = await db.query.incidents.findMany();
    expect(incidents.some((incident) => incident.resolvedAt !== null)).toBe(true);
    expect(incidents.some((incident) => incident.resolvedAt === null && incident.impact === 'critical')).toBe(true);
    expect(await db.query.updateCorrections.findMany()).not.toHaveLength(0);
    const updates = await db.query.updates.findMany();
    const span = Math.max(...updates.map((u) => +u.publishedAt)) - Math.min(...updates.map((u) => +u.publishedAt));
    expect(span).toBeGreaterThan(14 * 86_400_000);
  });

  it('says on every page, in both languages, that it is example data', async () => {
    const { app } = await createTestApp({ seed: 'example' });
    for (const path of ['/', '/handelser/it-angrepp', '/historik'])
      expect(visibleText(await (await app.request(path)).text())).toContain('Exempeldata: kommunen och händelserna');
    expect(visibleText(await (await app.request('/en/')).text())).toContain('Example data: the municipality');
  });

  it('dates the example relative to today, so it always looks current', async () => {
    const { db, clock } = await createTestApp({ seed: 'example', now: '2027-06-01T10:00:00Z' });
    const updates = await db.query.updates.findMany();
    const newest = Math.max(...updates.map((update) => +update.publishedAt));
    expect(newest).toBeLessThan(+clock.now());
    expect(+clock.now() - newest).toBeLessThan(3 * 86_400_000);
  });

  describe('in Finnish, Meänkieli, Arabic and easy-to-read Swedish (issue 17)', () => {
    const LOCALES = [...EXAMPLE_TRANSLATION_LOCALES];

    it('offers all six languages, Swedish the default and first', async () => {
      const { db } = await createTestApp({ seed: 'example' });
      const [settings] = await db.query.siteSettings.findMany();
      expect(settings!.defaultLocale).toBe('sv');
      expect(settings!.offeredLocales).toEqual(['sv', 'en', 'fi', 'fit', 'ar', 'sv-x-easy']);
    });

    it('has the site notice, the main incident’s whole notice and its three newest updates in each of them', async () => {
      const { db } = await createTestApp({ seed: 'example' });
      const siteTexts = await db.query.siteTexts.findMany();
      const incident = await db.query.incidents.findFirst({ where: (incidents, { eq }) => eq(incidents.slug, 'it-angrepp'), with: { texts: true } });
      const updates = await db.query.updates.findMany({
        where: (updates, { eq }) => eq(updates.incidentId, incident!.id),
        with: { texts: true, corrections: true },
        orderBy: (updates, { desc }) => [desc(updates.publishedAt)],
      });
      const newest = updates.slice(0, 3);
      expect(newest.every((update) => update.corrections.length === 0)).toBe(true);
      const sv = incident!.texts.find((row) => row.locale === 'sv')!;
      for (const locale of LOCALES) {
        expect(siteTexts.find((row) => row.locale === locale)?.notice, locale).toMatch(/\S/);
        const notice = incident!.texts.find((row) => row.locale === locale);
        for (const field of NOTICE_TEXT_FIELDS) expect(notice?.[field], `${locale} ${field}`).toMatch(/\S/);
        expect(isOlderTranslation(notice!, sv), locale).toBe(false);
        for (const update of newest) expect(update.texts.find((row) => row.locale === locale)?.body, `${locale} update ${update.id}`).toMatch(/\S/);
      }
      // The older updates fall back to Swedish: only Swedish and English were written.
      expect(updates.at(-1)!.texts.map((row) => row.locale).sort()).toEqual(['en', 'sv']);
    });

    it('has the six e-services residents use most in each of them, none older than its Swedish original, and the rest in Swedish and English only', async () => {
      const { db } = await createTestApp({ seed: 'example' });
      const services = await db.query.services.findMany({ with: { texts: true } });
      const translated = services.filter((service) => LOCALES.every((locale) => service.texts.some((row) => row.locale === locale)));
      expect(translated.map((service) => service.slug).sort()).toEqual(['bygglov', 'ekonomiskt-bistand', 'felanmalan-vatten', 'forskoleplats', 'mina-sidor', 'webbplats']);
      for (const service of translated) {
        const sv = service.texts.find((row) => row.locale === 'sv')!;
        for (const locale of LOCALES) {
          const text = service.texts.find((row) => row.locale === locale)!;
          expect(text.name, `${service.slug} ${locale}`).toMatch(/\S/);
          expect(text.description, `${service.slug} ${locale}`).toMatch(/\S/);
          // A translation says what to do instead whenever Swedish does.
          if (sv.workaround !== '') expect(text.workaround, `${service.slug} ${locale}`).toMatch(/\S/);
          expect(isOlderTranslation(text, sv), `${service.slug} ${locale}`).toBe(false);
        }
      }
      const rest = services.filter((service) => !translated.includes(service));
      expect(rest.length).toBeGreaterThan(0);
      for (const service of rest) expect(service.texts.map((row) => row.locale).sort(), service.slug).toEqual(['en', 'sv']);
    });

    it('writes Meänkieli as its own language, Arabic phone numbers as one run of digits, and easy-to-read Swedish in short sentences', async () => {
      const { db } = await createTestApp({ seed: 'example' });
      const rows = [
        ...(await db.query.siteTexts.findMany()).map((row) => ({ locale: row.locale, key: 'site', parts: [row.notice] })),
        ...(await db.query.incidentTexts.findMany()).map((row) => ({ locale: row.locale, key: `incident ${row.incidentId}`, parts: NOTICE_TEXT_FIELDS.map((field) => row[field]) })),
        ...(await db.query.updateTexts.findMany()).map((row) => ({ locale: row.locale, key: `update ${row.updateId}`, parts: [row.body] })),
        ...(await db.query.serviceTexts.findMany()).map((row) => ({ locale: row.locale, key: `service ${row.serviceId}`, parts: [row.name, row.description, row.workaround, row.restorationNote] })),
      ].map((row) => ({ ...row, text: row.parts.join(' ') }));
      const textOf = (locale: string, key: string) => rows.find((row) => row.locale === locale && row.key === key)?.text;
      const meankieli = rows.filter((row) => row.locale === 'fit');
      expect(meankieli.length).toBeGreaterThanOrEqual(11);
      for (const row of meankieli) expect(row.text, row.key).not.toBe(textOf('fi', row.key));
      expect(meankieli.some((row) => /\bkommuuni/.test(row.text))).toBe(true);

      for (const row of rows.filter((row) => row.locale === 'ar')) {
        expect(row.text, row.key).toMatch(/[\u0600-\u06FF]/);
        // "0123-45 67 00" would show its groups in reverse order inside right-to-left text.
        expect(row.text, row.key).not.toMatch(/0123-\d\d \d/);
      }

      const sentences = rows
        .filter((row) => row.locale === 'sv-x-easy')
        .flatMap((row) => row.parts.flatMap((part) => part.split(/(?<=[.?!])\s+/)))
        .map((sentence) => sentence.split(/\s+/).filter(Boolean).length)
        .filter((words) => words > 0);
      expect(Math.max(...sentences)).toBeLessThanOrEqual(18);
      expect(sentences.reduce((sum, words) => sum + words, 0) / sentences.length).toBeLessThanOrEqual(10);
    });
  });
});
