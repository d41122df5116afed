/**
 * The admin context: what every console page reads, set once per request (after sign-in) so no
 * handler loads it again. The site (its languages and time zone), the content languages the
 * forms have fields for (the site's offered languages, default first), a formatter for dates
 * in the site's zone in the admin's words, the user, the CSRF token and the admin catalog.
 * Views get what they need of it as props (`chrome`, `languages`, formatted strings).
 */
import type { MiddlewareHandler } from 'hono';
import type { AdminChrome } from '../../../views/admin/AdminLayout';
import type { ShownTime } from '../../../views/admin/pages/UsersPages';
import type { ContentLanguage } from '../../../views/admin/partials/languages';
import { contentLocalesOf, directionOf } from '../../domain/locales';
import type { AdminMessages } from '../../i18n/admin';
import { formatterFor, type Formatter } from '../../i18n/format';
import { messagesFor, type Messages } from '../../i18n';
import type { Languages } from '../../present/localize';
import { DEFAULT_SITE, loadSite, type Site } from '../../store/site';
import type { UserRow } from '../../store/users';
import type { AdminEnv } from './env';
import { cleanedNoticeOnPage } from './form-text';

export interface AdminContextValue {
  site: Site;
  /** The languages content forms have fields for: the site's offered languages, the default first. */
  languages: ContentLanguage[];
  /** For choosing a record's text: the admin's language, falling back to the site's default. */
  textLanguages: Languages;
  /** Dates in the site's time zone, in the admin's words. */
  fmt: Formatter;
  /** Public words (statuses, phases, the notice questions) in the admin's language. */
  publicWords: Messages;
  now: Date;
  user: UserRow;
  csrfToken: string;
  t: AdminMessages;
  /** The admin's language. */
  locale: string;
  /** The layout's props for this request. */
  chrome: AdminChrome;
}

/** The content languages of a site, named in the admin's language. */
export function contentLanguagesOf(site: Pick<Site, 'defaultLocale' | 'offeredLocales'>, t: AdminMessages): ContentLanguage[] {
  return contentLocalesOf(site).map((locale) => ({
    locale,
    name: t.languageName(locale),
    required: locale === site.defaultLocale,
    dir: directionOf(locale),
  }));
}

/** Mounted on the console right after requireUser (src/routes/admin/index.ts). */
export const loadAdminContext: MiddlewareHandler<AdminEnv> = async (c, next) => {
  const auth = c.var.auth!;
  const site = (await loadSite(c.var.db)) ?? DEFAULT_SITE;
  const t = c.var.t;
  const locale = c.var.adminLocale;
  const publicWords = messagesFor(locale);
  c.set('admin', {
    site,
    languages: contentLanguagesOf(site, t),
    textLanguages: { locale, defaultLocale: site.defaultLocale },
    fmt: formatterFor(publicWords.intlLocale, site.timeZone),
    publicWords,
    now: c.var.clock.now(),
    user: auth.user,
    csrfToken: auth.session.csrfToken,
    t,
    locale,
    chrome: {
      t,
      lang: locale,
      assets: c.var.adminAssets,
      user: { displayName: auth.user.displayName, role: auth.user.role },
      csrfToken: auth.session.csrfToken,
      textCleaned: cleanedNoticeOnPage(c),
    },
  });
  await next();
};

/** A moment for people (the site's zone, with the year) and for `<time datetime>`. */
export function shownTime(c: { var: { admin: AdminContextValue } }, date: Date): ShownTime {
  const { fmt } = c.var.admin;
  return { text: fmt.dateTime(date), machine: fmt.machine(date) };
}
