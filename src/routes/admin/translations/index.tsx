/**
 * The translations view (editors and admins): per offered language other than the default,
 * what is missing or older than the original, newest first, each linked to the form where it
 * is written (docs/decisions/0036-translations-view.md). Read-only: one store query
 * (src/store/translations.ts), shaped here into the view's strings.
 */
import { Hono } from 'hono';
import { TranslationsPage, type TranslationRow, type TranslationsLanguage } from '../../../../views/admin/pages/TranslationsPage';
import { fieldId } from '../../../../views/admin/partials/Form';
import { isInterfaceLocale } from '../../../domain/locales';
import { capitalise } from '../../../i18n/admin/capitalise';
import { ownLanguageName } from '../../../i18n/admin/language-names';
import { listTranslationGaps, TRANSLATION_READ_LIMITS, type TranslationItem } from '../../../store/translations';
import { shownTime } from '../context';
import type { AdminContext, AdminEnv } from '../env';
import { requireRole } from '../middleware';
import { page } from '../render';

/** Long enough to recognise an update by, short enough for a list on a phone. */
const EXCERPT_MAX = 160;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_MAX ? flat : `${flat.slice(0, EXCERPT_MAX - 1).trimEnd()}…`;
}

/** Where the text in `locale` is written: the field itself, so the browser lands on it. */
function fixHref(item: TranslationItem, locale: string): string | null {
  const field = fieldId;
  switch (item.kind) {
    case 'site-notice':
      return `/admin/settings#${field(`texts.${locale}.notice`)}`;
    case 'incident':
      return `/admin/incidents/${item.id}#${field(`${locale}.title`)}`;
    case 'maintenance':
      return `/admin/maintenance/${item.id}#${field(`texts.${locale}.title`)}`;
    case 'update':
      // A translation added to a published update is a correction of it (the record stays).
      return item.incidentId === null ? null : `/admin/incidents/${item.incidentId}/updates/${item.id}/correct#${field(`${locale}.body`)}`;
    case 'service':
      return `/admin/services/${item.id}/edit#${field(`texts.${locale}.name`)}`;
  }
}

function rowOf(c: AdminContext, item: TranslationItem, locale: string, languageName: string): TranslationRow {
  const { t, fmt, site, user } = c.var.admin;
  const w = t.translations;
  const gap = item.gaps[locale]!;
  const href = fixHref(item, locale);
  const adminOnly = item.kind === 'site-notice' && user.role !== 'admin';
  return {
    kind: w.kind[item.kind],
    title: excerpt(item.title),
    titleLang: site.defaultLocale,
    context: item.kind === 'update' ? (item.context !== null ? w.inIncident(excerpt(item.context)) : `(${w.standalone})`) : null,
    changed: shownTime(c, item.originalAt),
    state: gap.state === 'missing' ? w.missing : w.older(t.languageName(site.defaultLocale), fmt.dateTime(item.originalAt), fmt.dateTime(gap.translatedAt)),
    older: gap.state === 'older',
    fix: href && !adminOnly ? { href, text: w.fix(languageName) } : null,
    note: adminOnly ? w.adminOnly : href === null ? w.noPlace(languageName) : null,
  };
}

export function translationsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/translations', requireRole('editor'), async (c) => {
    const { t, site, languages, user } = c.var.admin;
    const w = t.translations;
    const others = languages.filter((language) => !language.required);
    const items = await listTranslationGaps(c.var.db, { defaultLocale: site.defaultLocale, locales: others.map((language) => language.locale) });
    const shown: TranslationsLanguage[] = others.map((language) => {
      const mine = items.filter((item) => item.gaps[language.locale]);
      const missing = mine.filter((item) => item.gaps[language.locale]!.state === 'missing').length;
      const ownName = ownLanguageName(language.locale);
      return {
        locale: language.locale,
        name: capitalise(language.name),
        ownName: ownName !== language.name && ownName !== language.locale ? ownName : null,
        dir: language.dir,
        summary: mine.length === 0 ? w.allTranslated : w.summary(missing, mine.length - missing),
        contentOnly: isInterfaceLocale(language.locale) ? null : w.contentOnly(language.name),
        rows: mine.map((item) => rowOf(c, item, language.locale, language.name)),
      };
    });
    const defaultName = t.languageName(site.defaultLocale);
    return page(
      c,
      <TranslationsPage
        chrome={c.var.admin.chrome}
        intro={others.length === 0 ? w.onlyDefault(defaultName) : w.intro(defaultName)}
        languages={shown}
        limits={w.limits(TRANSLATION_READ_LIMITS.incidents, TRANSLATION_READ_LIMITS.updates)}
        offerMore={user.role === 'admin' ? { href: '/admin/settings', text: w.offerMore } : null}
      />,
    );
  });

  return app;
}
