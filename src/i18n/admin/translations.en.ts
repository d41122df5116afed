/** The translations view in English. The shape, and what each word is for, is in ./translations. */
import type { AdminTranslationsMessages, TranslationsWords } from './translations';

const enWords: TranslationsWords = {
  title: 'Translations',
  intro: (defaultLanguage) =>
    `What is missing, or older than the ${defaultLanguage} original, in each language, newest first. Send a language's list to the person who translates into it.`,
  onlyDefault: (defaultLanguage) => `The status page is offered in ${defaultLanguage} only. There is nothing to translate.`,
  offerMore: 'More languages are offered under Settings.',
  languagesNav: 'Languages',
  summary: (missing, older) =>
    [missing > 0 ? (missing === 1 ? '1 text is missing.' : `${missing} texts are missing.`) : '', older > 0 ? (older === 1 ? '1 text is older than the original.' : `${older} texts are older than the original.`) : '']
      .filter(Boolean)
      .join(' '),
  allTranslated: 'Everything is translated.',
  contentOnly: (language) => `The status page is not shown in ${language} yet; its texts are kept and shown once its interface exists.`,
  kind: {
    'site-notice': 'Notice on the status page',
    incident: 'Incident',
    maintenance: 'Planned maintenance',
    update: 'Update',
    service: 'Service',
  },
  inIncident: (title) => `in “${title}”`,
  standalone: 'standalone update',
  missing: 'Missing.',
  older: (original, originalChanged, translated) => `Older than the original: the ${original} text changed ${originalChanged}, the translation is from ${translated}.`,
  changed: 'Changed',
  fix: (language) => `Write the ${language} text`,
  noPlace: (language) => `A standalone update cannot be corrected in the console. Include the ${language} text in the service's next update.`,
  adminOnly: 'Changed by an admin under Settings.',
  limits: (incidents, updates) => `The list covers the ${incidents} newest incidents and the ${updates} newest updates.`,
};

export const enTranslations: AdminTranslationsMessages = { translations: enWords };
