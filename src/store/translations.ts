/**
 * What is not yet translated: for each text a resident reads (the site notice, incident and
 * maintenance notices, published updates, services), the offered languages it is missing in
 * or whose translation is older than the default language's original (the rule of
 * src/domain/translation-age.ts). Read for the console's translations view, newest first, so an
 * editor can ask the right translator for what matters now (docs/decisions/0036-translations-view.md).
 *
 * Bounded reads: the newest incidents and updates only (an old resolved incident is not
 * worth a translator's hour in a crisis), every service in use, the site's texts.
 */
import { desc, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { incidents, services, updates } from '../db/schema';
import { isOlderTranslation } from '../domain/translation-age';

export type TranslationItemKind = 'site-notice' | 'incident' | 'maintenance' | 'update' | 'service';

export type TranslationGap = { state: 'missing' } | { state: 'older'; translatedAt: Date };

export interface TranslationItem {
  kind: TranslationItemKind;
  /** The record: the incident, update or service id; null for the site notice. */
  id: number | null;
  /** For an update: the incident (or maintenance) it belongs to, null when it stands alone. */
  incidentId: number | null;
  /** The default language's text that names it: a title, a name, or the start of the text. */
  title: string;
  /** For an update: its incident's title in the default language, if it has one. */
  context: string | null;
  /** When the original last changed (published, edited, corrected): the order of the list. */
  originalAt: Date;
  /** Only the languages it is missing in or outdated in. */
  gaps: Record<string, TranslationGap>;
}

export const TRANSLATION_READ_LIMITS = { incidents: 50, updates: 100 } as const;

interface Text {
  locale: string;
  updatedAt?: Date;
}

/** A translation is missing when it has no row (or an empty text), older by the shared rule. */
function gapsOf<Row extends Text>(rows: readonly Row[], defaultLocale: string, locales: readonly string[], read: (row: Row) => string): Record<string, TranslationGap> | null {
  const original = rows.find((row) => row.locale === defaultLocale);
  if (!original || read(original).trim() === '') return null;
  const gaps: Record<string, TranslationGap> = {};
  for (const locale of locales) {
    if (locale === defaultLocale) continue;
    const translation = rows.find((row) => row.locale === locale);
    if (!translation || read(translation).trim() === '') gaps[locale] = { state: 'missing' };
    else if (translation.updatedAt && original.updatedAt && isOlderTranslation({ updatedAt: translation.updatedAt }, { updatedAt: original.updatedAt }))
      gaps[locale] = { state: 'older', translatedAt: translation.updatedAt };
  }
  return gaps;
}

/** Every text not yet (or no longer) translated into one of `locales`, newest original first. */
export async function listTranslationGaps(
  db: Queryable,
  site: { defaultLocale: string; locales: readonly string[] },
): Promise<TranslationItem[]> {
  const { defaultLocale, locales } = site;
  const items: TranslationItem[] = [];
  const add = (item: Omit<TranslationItem, 'gaps'>, gaps: Record<string, TranslationGap> | null) => {
    if (gaps && Object.keys(gaps).length > 0) items.push({ ...item, gaps });
  };
  const originalOf = <Row extends Text>(rows: readonly Row[]) => rows.find((row) => row.locale === defaultLocale);

  // The site notice: only when there is one in the default language.
  const siteRows = await db.query.siteTexts.findMany();
  const siteOriginal = originalOf(siteRows);
  if (siteOriginal)
    add(
      { kind: 'site-notice', id: null, incidentId: null, title: siteOriginal.notice, context: null, originalAt: siteOriginal.updatedAt },
      gapsOf(siteRows, defaultLocale, locales, (row) => row.notice),
    );

  const incidentRows = await db.query.incidents.findMany({
    columns: { id: true, startedAt: true },
    with: { texts: true, maintenance: { columns: { incidentId: true } } },
    orderBy: [desc(incidents.startedAt), desc(incidents.id)],
    limit: TRANSLATION_READ_LIMITS.incidents,
  });
  for (const incident of incidentRows) {
    const original = originalOf(incident.texts);
    if (!original) continue;
    // The notice is one text: a translation is as old as its oldest change, so the title decides
    // whether it exists and the row's time whether it is older.
    add(
      { kind: incident.maintenance ? 'maintenance' : 'incident', id: incident.id, incidentId: incident.id, title: original.title, context: null, originalAt: original.updatedAt },
      gapsOf(incident.texts, defaultLocale, locales, (row) => row.title),
    );
  }

  const updateRows = await db.query.updates.findMany({
    columns: { id: true, incidentId: true, publishedAt: true },
    with: {
      texts: { columns: { locale: true, body: true } },
      corrections: { columns: { id: true, correctedAt: true }, with: { texts: { columns: { locale: true, body: true } } } },
      incident: { columns: { id: true }, with: { texts: { columns: { locale: true, title: true } } } },
    },
    orderBy: [desc(updates.publishedAt), desc(updates.id)],
    limit: TRANSLATION_READ_LIMITS.updates,
  });
  for (const update of updateRows) {
    // An update shows its newest correction's texts, or the texts it was published with. Both
    // are written in one go, so a translation can only be missing there, never older.
    const newest = [...update.corrections].sort((a, b) => a.correctedAt.getTime() - b.correctedAt.getTime() || a.id - b.id).at(-1);
    const shown = newest ? newest.texts : update.texts;
    const original = originalOf(shown);
    // An automatic maintenance transition has no text of its own: it is worded in every language.
    if (!original) continue;
    add(
      {
        kind: 'update',
        id: update.id,
        incidentId: update.incidentId,
        title: original.body,
        context: update.incident ? (originalOf(update.incident.texts)?.title ?? null) : null,
        originalAt: newest?.correctedAt ?? update.publishedAt,
      },
      gapsOf(shown, defaultLocale, locales, (row) => row.body),
    );
  }

  const serviceRows = await db.query.services.findMany({ columns: { id: true }, with: { texts: true }, where: isNull(services.retiredAt) });
  for (const service of serviceRows) {
    const original = originalOf(service.texts);
    if (!original) continue;
    add(
      { kind: 'service', id: service.id, incidentId: null, title: original.name, context: null, originalAt: original.updatedAt },
      gapsOf(service.texts, defaultLocale, locales, (row) => row.name),
    );
  }

  return items.sort((a, b) => b.originalAt.getTime() - a.originalAt.getTime());
}
