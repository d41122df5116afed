/**
 * Choosing the text to show in a language: the translation when there is one, otherwise the
 * original (marked with its own language), and a note when the translation is older.
 */
import type { LocalText } from '../../views/chrome';
import { isOlderTranslation } from '../domain/translation-age';

interface TextRow {
  locale: string;
  updatedAt?: Date;
}

export interface Languages {
  locale: string;
  defaultLocale: string;
}

export function localText<Row extends TextRow>(
  rows: readonly Row[],
  languages: Languages,
  read: (row: Row) => string,
): LocalText {
  const original = rows.find((row) => row.locale === languages.defaultLocale);
  const translation = rows.find((row) => row.locale === languages.locale);
  if (translation && read(translation) !== '') {
    const originalUpdatedAt = original?.updatedAt;
    const stale =
      translation !== original &&
      originalUpdatedAt !== undefined &&
      translation.updatedAt !== undefined &&
      isOlderTranslation({ updatedAt: translation.updatedAt }, { updatedAt: originalUpdatedAt });
    return {
      text: read(translation),
      lang: languages.locale,
      stale: stale ? { originalLang: languages.defaultLocale, originalUpdatedAt } : null,
    };
  }
  const fallback = original ?? rows[0];
  return { text: fallback ? read(fallback) : '', lang: fallback?.locale ?? languages.defaultLocale };
}

/** Like localText, but null when there is nothing to show. */
export function optionalText<Row extends TextRow>(
  rows: readonly Row[],
  languages: Languages,
  read: (row: Row) => string,
): LocalText | null {
  const value = localText(rows, languages, read);
  return value.text === '' ? null : value;
}
