/**
 * Words of the API page (/api, /en/api) and its footer link: one file per language beside this
 * one, so a missing string is a type error in that language's catalog. Kept out of the main
 * catalog: only the API page and the footer read them.
 */
import type { EndpointId } from '../api/endpoints';
import type { InterfaceLocale } from '../domain/locales';
import { apiAr } from './api.ar';
import { apiEn } from './api.en';
import { apiFi } from './api.fi';
import { apiFit } from './api.fit';
import { apiSvEasy } from './api.sv-x-easy';
import { apiSv } from './api.sv';

export interface ApiWords {
  /** The footer link on every page. */
  footerLink: string;
  title: string;
  intro: string[];
  statuspageHeading: string;
  statuspageIntro: string;
  nativeHeading: string;
  nativeIntro: string;
  /** What each address returns. */
  endpoints: Record<EndpointId, string>;
  /** "{slug}" in an address: what to put there. */
  slugHint: string;
  openapiHeading: string;
  openapiText: string;
  openapiLink: string;
  languagesHeading: string;
  languagesText: (defaultLanguage: string, offered: string) => string[];
  cachingHeading: string;
  cachingText: string[];
  vocabularyHeading: string;
  vocabularyIntro: string;
  ourStatus: string;
  statuspageStatus: string;
  exampleHeading: string;
  /** Before the command line. */
  exampleIntro: string;
  /** Before the live answer. */
  exampleAnswer: string;
  feedsText: string;
  feedsLink: string;
}

const WORDS: Readonly<Record<InterfaceLocale, ApiWords>> = { sv: apiSv, en: apiEn, fi: apiFi, fit: apiFit, ar: apiAr, 'sv-x-easy': apiSvEasy };

export function apiWordsFor(locale: string): ApiWords {
  return Object.hasOwn(WORDS, locale) ? WORDS[locale as InterfaceLocale] : apiSv;
}
