import { en } from './en';
import type { Messages } from './messages';
import { sv } from './sv';

/**
 * Languages the interface exists in. Content may be offered in a language only when the
 * interface exists in it; adding one means adding a catalog here.
 */
export const CATALOGS: Readonly<Record<string, Messages>> = { sv, en };

export type UiLocale = keyof typeof CATALOGS;

export function messagesFor(locale: string): Messages {
  return CATALOGS[locale] ?? sv;
}

export function hasCatalog(locale: string): boolean {
  return Object.hasOwn(CATALOGS, locale);
}

export type { Messages } from './messages';
