/**
 * The first URL segment of each interface language when it is not the site's default
 * ("/en/…", "/lattlast/…"). A map, not the language tag: easy-to-read Swedish is tagged
 * `sv-x-easy` but lives under the word Swedish authorities use for it
 * (docs/decisions/0041-languages-and-tags.md). ASCII only, like every path word.
 */
import { INTERFACE_LOCALES, type InterfaceLocale } from '../domain/locales';

export const URL_PREFIXES: Readonly<Record<InterfaceLocale, string>> = {
  sv: 'sv',
  en: 'en',
  fi: 'fi',
  fit: 'fit',
  ar: 'ar',
  'sv-x-easy': 'lattlast',
};

/** The prefix segment of a language; a content-only language (no pages) keeps its tag. */
export function urlPrefixOf(locale: string): string {
  return Object.hasOwn(URL_PREFIXES, locale) ? URL_PREFIXES[locale as InterfaceLocale] : locale;
}

/** The interface language whose prefix `segment` is ("lattlast" → "sv-x-easy"); null for any other segment. */
export function localeOfUrlPrefix(segment: string): InterfaceLocale | null {
  return INTERFACE_LOCALES.find((locale) => URL_PREFIXES[locale] === segment) ?? null;
}
