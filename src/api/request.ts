/**
 * What every API document is built from: the database, the site, the language asked for and
 * the moment. The language is the site's default unless `?lang=` names another language the
 * site offers (docs/decisions/0029-statuspage-v2-exactly.md); anything else is refused with a
 * 400 before a document is built.
 */
import type { Database } from '../db/database';
import { publicLocalesOf } from '../domain/locales';
import { hasCatalog, messagesFor, type Messages } from '../i18n';
import type { Languages } from '../present/localize';
import type { Site } from '../store/site';
import { pathsFor, type Paths } from '../urls/paths';
import { timeWriterFor, type TimeWriter } from './time';

export interface ApiRequest {
  db: Database;
  site: Site;
  /** An offered language (checked by `languageOf`). */
  lang: string;
  /** The public address, without a trailing slash. */
  publicUrl: string;
  /** When the public data last changed (the revision's time). */
  changedAt: Date;
  now: Date;
}

/** A syntactically possible BCP 47 tag: checked before the database is asked anything. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;

export class UnknownLanguageError extends Error {
  constructor(
    readonly asked: string,
    readonly offered: readonly string[],
  ) {
    super(`Unknown language "${asked}": this site offers ${offered.join(', ')}.`);
  }
}

/** The language of a request: `?lang=` when the site offers it, the default when absent. */
export function languageOf(site: Site, asked: string | undefined): string {
  if (asked === undefined) return site.defaultLocale;
  if (!site.offeredLocales.includes(asked)) throw new UnknownLanguageError(asked, site.offeredLocales);
  return asked;
}

/** Where links point, how texts are chosen and times written, for one request. */
export interface ApiSurroundings {
  languages: Languages;
  /** The language of the pages linked: the request's when the site has pages in it, else the default. */
  pageLocale: string;
  /** Page addresses: in the language when the site has pages in it, else the default's. */
  paths: Paths;
  /** The interface's words (status descriptions) in the language, or the default's. */
  t: Messages;
  time: TimeWriter;
}

export function surroundingsOf(request: ApiRequest): ApiSurroundings {
  const { site, lang } = request;
  const pageLocale = (publicLocalesOf(site.offeredLocales) as string[]).includes(lang) ? lang : site.defaultLocale;
  return {
    languages: { locale: lang, defaultLocale: site.defaultLocale },
    pageLocale,
    paths: pathsFor(pageLocale, site.defaultLocale),
    t: messagesFor(hasCatalog(lang) ? lang : site.defaultLocale),
    time: timeWriterFor(site.timeZone),
  };
}
