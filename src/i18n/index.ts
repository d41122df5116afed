import type { InterfaceLocale } from '../domain/locales';
import { ar } from './ar';
import { en } from './en';
import { fi } from './fi';
import { fit } from './fit';
import type { Messages } from './messages';
import { sv } from './sv';
import { svEasy } from './sv-x-easy';

/**
 * A catalog for each interface language (src/domain/locales.ts). Content may be offered in a
 * language only when the interface exists in it; adding one means listing it there and adding
 * its catalog here.
 */
export const CATALOGS: Readonly<Record<InterfaceLocale, Messages>> = { sv, en, fi, fit, ar, 'sv-x-easy': svEasy };

export type UiLocale = keyof typeof CATALOGS;

export function messagesFor(locale: string): Messages {
  return hasCatalog(locale) ? CATALOGS[locale] : sv;
}

export function hasCatalog(locale: string): locale is InterfaceLocale {
  return Object.hasOwn(CATALOGS, locale);
}

export type { Messages } from './messages';
