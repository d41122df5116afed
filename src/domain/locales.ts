/**
 * Languages. Two lists with different rules, kept below the store and the message catalogs so
 * the store can check a site's languages without importing the catalogs:
 * - interface languages: the public pages' words exist in them (src/i18n is typed against
 *   INTERFACE_LOCALES: a language listed here without a catalog, or a catalog for a language
 *   not listed, fails the type check);
 * - content languages: any language a site may offer texts in. It needs only a name, which
 *   the runtime's Intl gives, so the console's forms grow a fieldset for it with no code
 *   change. It is shown on the public pages once its interface catalog exists
 *   (docs/decisions/0028-one-form-layer.md).
 */

/** Languages the public interface exists in. */
/** Easy-to-read Swedish is `sv-x-easy` (docs/decisions/0041-languages-and-tags.md). */
export const INTERFACE_LOCALES = ['sv', 'en', 'fi', 'fit', 'ar', 'sv-x-easy'] as const;
export type InterfaceLocale = (typeof INTERFACE_LOCALES)[number];

export function isInterfaceLocale(value: string): value is InterfaceLocale {
  return (INTERFACE_LOCALES as readonly string[]).includes(value);
}

/** Long enough for "sv-Latn-FI", short enough for a column and a URL segment. */
const CONTENT_LOCALE_MAX = 35;

const namer = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * The canonical BCP 47 tag for `value` ("FI" → "fi") when it names a language the runtime
 * knows by name; null otherwise ("xx", "not a tag").
 */
export function contentLocaleOf(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > CONTENT_LOCALE_MAX) return null;
  let tag: string;
  try {
    [tag = ''] = Intl.getCanonicalLocales(trimmed);
  } catch {
    return null;
  }
  return tag !== '' && namer.of(tag) !== undefined ? tag : null;
}

/** A language a site may offer content in: a canonical tag the runtime can name. */
export function isContentLocale(value: string): boolean {
  return contentLocaleOf(value) === value;
}

/** The languages a content form has fields for: the default first, then every other one offered. */
export function contentLocalesOf(site: { defaultLocale: string; offeredLocales: readonly string[] }): string[] {
  return [site.defaultLocale, ...site.offeredLocales.filter((locale) => locale !== site.defaultLocale)];
}

/** The offered languages the public pages are served in: those with an interface catalog. */
export function publicLocalesOf(offered: readonly string[]): InterfaceLocale[] {
  return offered.filter(isInterfaceLocale);
}

/**
 * The writing direction of a language, for `dir` on its fields and texts (Arabic is written
 * right to left). Read from Intl.Locale: `getTextInfo()` in newer runtimes, `textInfo` before.
 */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    return (info.getTextInfo?.() ?? info.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
