/** Words of the translations view (what is missing or older per offered language). */
import type { TranslationItemKind } from '../../store/translations';

/** Namespaced under `t.translations`, so no other area's words can collide with these. */
export interface TranslationsWords {
  title: string;
  intro: (defaultLanguage: string) => string;
  onlyDefault: (defaultLanguage: string) => string;
  offerMore: string;
  languagesNav: string;
  summary: (missing: number, older: number) => string;
  allTranslated: string;
  contentOnly: (language: string) => string;
  kind: Record<TranslationItemKind, string>;
  inIncident: (title: string) => string;
  standalone: string;
  missing: string;
  older: (original: string, originalChanged: string, translated: string) => string;
  changed: string;
  fix: (language: string) => string;
  /** A standalone update (a quick status note): the console has no place to correct it. */
  noPlace: (language: string) => string;
  /** The site notice, for an editor: only an admin changes the settings. */
  adminOnly: string;
  limits: (incidents: number, updates: number) => string;
}

export interface AdminTranslationsMessages {
  translations: TranslationsWords;
}

export { svTranslations } from './translations.sv';
export { enTranslations } from './translations.en';
