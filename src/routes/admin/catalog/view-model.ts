/**
 * What the catalog's pages (services, groups, contact channels, settings) show alike: one
 * block of fields per content language with its "older translation" marker, the summary of
 * the newer state after a conflict, and a record's text in the admin's language. The forms'
 * schemas are beside each form (./services-form.ts …); this is only the shaping of props.
 */
import type { LanguageBlock } from '../../../../views/admin/pages/ServicesParts';
import type { ContentLanguage } from '../../../../views/admin/partials/languages';
import { isOlderTranslation } from '../../../domain/translation-age';
import { localText } from '../../../present/localize';
import { lastChangeOf } from '../../../store/catalog-history';
import type { AdminContext } from '../env';

export type LanguageBlockProps = Omit<LanguageBlock, 'values' | 'prefix'>;

/**
 * One block per content language (the site's offered languages, default first), each saying
 * whether it is required and, for a translation older than the default language's text, that
 * it is older and since when.
 */
export function languageBlocks(
  c: AdminContext,
  rows: readonly { locale: string; updatedAt: Date }[],
  options: { languages?: readonly ContentLanguage[]; optionalHint?: string } = {},
): LanguageBlockProps[] {
  const { t, fmt, site } = c.var.admin;
  const languages = options.languages ?? c.var.admin.languages;
  const optionalHint = options.optionalHint;
  const original = rows.find((row) => row.locale === site.defaultLocale);
  const defaultName = languages[0]?.name ?? t.languageName(site.defaultLocale);
  return languages.map((language) => {
    const translation = rows.find((row) => row.locale === language.locale);
    const older = !language.required && original && translation && isOlderTranslation(translation, original);
    return {
      locale: language.locale,
      name: language.name,
      dir: language.dir,
      legend: t.catalog.languageLegend(language.name, language.required),
      hint: language.required ? undefined : (optionalHint ?? t.catalog.optionalLanguageHint),
      stale: older ? t.catalog.staleExplanation(defaultName, fmt.dateTime(original.updatedAt), fmt.dateTime(translation.updatedAt)) : null,
    };
  });
}

/** "Last changed by … at …. This is how it looks now:" for a conflict summary. */
export async function conflictIntro(c: AdminContext, target: { type: string; id: number | string; changedAt: Date }): Promise<string> {
  const { t, fmt } = c.var.admin;
  const last = await lastChangeOf(c.var.db, target.type, target.id);
  return last ? t.conflictNewer(last.username, fmt.dateTime(last.at)) : t.catalog.conflictNewerUnknown(fmt.dateTime(target.changedAt));
}

/** The admin's language's text of a record, and its language when that differs (a missing translation). */
export function adminText<Row extends { locale: string; updatedAt?: Date }>(
  c: AdminContext,
  rows: readonly Row[],
  read: (row: Row) => string,
): { text: string; lang?: string } {
  const value = localText(rows, c.var.admin.textLanguages, read);
  return { text: value.text, lang: value.lang === c.var.adminLocale ? undefined : value.lang };
}

/** Texts in reading order for summaries: the default language first. */
export function defaultFirst<Row extends { locale: string }>(rows: readonly Row[], defaultLocale: string): Row[] {
  return [...rows].sort((a, b) => (a.locale === defaultLocale ? -1 : b.locale === defaultLocale ? 1 : a.locale.localeCompare(b.locale)));
}
