/**
 * Language names for the console: a language named in the admin's language ("finska",
 * "Finnish"), and by its own name ("suomi"), for the settings page's list of languages to
 * offer. Intl.DisplayNames gives most; it has no name for easy-to-read Swedish (`sv-x-easy`
 * is a private-use tag, Intl says "svenska") and no locale data for Meänkieli, so those few
 * are written here (docs/decisions/0036-translations-view.md).
 */

/**
 * The languages the settings page always lists, so a municipality offers each with a tick:
 * Swedish (required, the default), English, the national minority languages of the Finnish
 * administrative area (Finnish, Meänkieli), Arabic, and easy-to-read Swedish. Any other
 * language is added by its code.
 */
export const SUGGESTED_LOCALES = ['sv', 'en', 'fi', 'fit', 'ar', 'sv-x-easy'] as const;

/** Names Intl lacks or gets wrong, per console language, as used mid-sentence. */
const CONSOLE_NAMES: Record<string, Record<string, string>> = {
  sv: { 'sv-x-easy': 'lättläst svenska', fit: 'meänkieli' },
  en: { 'sv-x-easy': 'easy-to-read Swedish', fit: 'Meänkieli' },
};

/** Each language's name for itself, where Intl has none or a wrong one. */
const OWN_NAMES: Record<string, string> = {
  fit: 'meänkieli',
  'sv-x-easy': 'lättläst svenska',
};

const namers = new Map<string, Intl.DisplayNames>();

function displayName(inLocale: string, locale: string): string | undefined {
  let namer = namers.get(inLocale);
  if (!namer) {
    try {
      namer = new Intl.DisplayNames([inLocale], { type: 'language', fallback: 'none' });
    } catch {
      return undefined;
    }
    namers.set(inLocale, namer);
  }
  try {
    return namer.of(locale);
  } catch {
    return undefined;
  }
}

/** `locale` named in the console language `consoleLocale` ("fi" in "sv" → "finska"). */
export function consoleLanguageName(consoleLocale: string, locale: string): string {
  return CONSOLE_NAMES[consoleLocale]?.[locale] ?? displayName(consoleLocale, locale) ?? locale;
}

/** `locale` by its own name ("fi" → "suomi", "ar" → "العربية"); the code when no name is known. */
export function ownLanguageName(locale: string): string {
  return OWN_NAMES[locale] ?? displayName(locale, locale) ?? locale;
}
