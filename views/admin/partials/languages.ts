/** The content languages a form has fields for, as the route derives them from the site's offered languages. */
export interface ContentLanguage {
  locale: string;
  /** Its name in the admin's language as used mid-sentence ("finska", "Finnish"), from Intl: no catalog is needed. */
  name: string;
  /** The default language: its texts are required, the others optional. */
  required: boolean;
  /** `dir` for its fields: Arabic is written right to left. */
  dir: 'ltr' | 'rtl';
}

/** `dir` for an element in this language, left out for the usual left-to-right. */
export function dirOf(language: Pick<ContentLanguage, 'dir'>): 'rtl' | undefined {
  return language.dir === 'rtl' ? 'rtl' : undefined;
}
