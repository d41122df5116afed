/** Builds the page chrome (words, formatting, site identity, languages) for one request. */
import type { PageChrome } from '../../views/chrome';
import { formatterFor } from '../i18n/format';
import { messagesFor } from '../i18n';
import { FEED_CONTENT_TYPES, FEED_FORMATS } from '../domain/feed-formats';
import { publicLocalesOf } from '../domain/locales';
import { apiPagePath, feedUrlsFor, mapPaths, pathOf, pathsFor, type FeedScopeRef, type PageRef, type Paths } from '../urls/paths';
import type { Site } from '../store/site';
import type { Languages } from './localize';

export interface AssetUrls {
  stylesheet: string;
  icons: string;
  /** The sprite itself, in the page (the static export; see PageChrome). */
  inlineIcons?: string;
  /** The site's icon; left out, no icon is linked (the static export has none). */
  favicon?: string;
}

/**
 * Which addresses a page's links point at. Left out, the app's own URLs, linked as they are
 * (root-relative). The static export (src/export/) gives its file names for each language and
 * links them relative to the file being written, so the same renderers serve both.
 */
export interface LinkTargets {
  /** The site's root-relative addresses in a language: absolute URLs are the public URL + these. */
  pathsFor(locale: string): Paths;
  /** How this page writes a link to one of those addresses. */
  link(path: string): string;
}

export interface PageContext {
  chrome: PageChrome;
  /** For links in the page. */
  paths: Paths;
  /** For absolute URLs (publicUrl + …): canonical, feeds, the poster's address. On the live site the same as `paths`. */
  urlPaths: Paths;
  languages: Languages;
  now: Date;
  publicUrl: string;
  /**
   * Set by the live app: whether e-mail subscriptions are offered (mail configured: the form
   * on the subscribe, service and incident pages), or not (a sentence saying so). Left out
   * (the static export): the pages say nothing about e-mail.
   */
  emailSubscriptions?: boolean;
}

export function pageContext(args: {
  site: Site;
  locale: string;
  ref: PageRef;
  publicUrl: string;
  lastUpdated: Date;
  assets: AssetUrls;
  now: Date;
  targets?: LinkTargets;
}): PageContext {
  const { site, locale, ref, publicUrl, targets } = args;
  const t = messagesFor(locale);
  const addressesIn = (lang: string) => (targets ? targets.pathsFor(lang) : pathsFor(lang, site.defaultLocale));
  const link = targets ? (path: string) => targets.link(path) : (path: string) => path;
  const urlPaths = addressesIn(locale);
  const paths = targets ? mapPaths(urlPaths, link) : urlPaths;
  const texts = site.texts[locale] ?? site.texts[site.defaultLocale];
  const chrome: PageChrome = {
    t,
    fmt: formatterFor(t.intlLocale, site.timeZone),
    organisationName: texts?.organisationName ?? '',
    siteTitle: texts?.siteTitle ?? '',
    description: t.pageDescription(texts?.organisationName ?? ''),
    isExampleData: site.isExampleData,
    lastUpdated: args.lastUpdated,
    canonicalUrl: publicUrl + pathOf(ref, urlPaths),
    // A content-only language (no interface catalog yet) has no pages to link to.
    alternates: publicLocalesOf(site.offeredLocales).map((lang) => {
      const path = pathOf(ref, addressesIn(lang));
      const words = messagesFor(lang);
      return { lang, name: words.languageName, dir: words.dir, isDefault: lang === site.defaultLocale, href: publicUrl + path, path: link(path) };
    }),
    nav: {
      overview: paths.overview,
      history: paths.history(),
      accessibility: paths.accessibility,
      subscribe: paths.subscribe,
      // The static export (targets) serves files only: there is no API to link to.
      ...(targets ? {} : { api: apiPagePath(locale, site.defaultLocale) }),
    },
    feeds: [],
    assets: args.assets,
  };
  const context = { chrome, paths, urlPaths, languages: { locale, defaultLocale: site.defaultLocale }, now: args.now, publicUrl };
  addFeedLinks(context, { kind: 'site' }, texts?.siteTitle ?? '');
  // Every page announces the calendar of planned maintenance, as it does the site's feeds.
  chrome.feeds.push({ title: t.calendarLinkTitle, type: 'text/calendar', href: publicUrl + urlPaths.calendar });
  return context;
}

/** Announces the feeds of a scope (whole site, a service, an incident) for autodiscovery. */
export function addFeedLinks(context: PageContext, scope: FeedScopeRef, subject: string): void {
  const { chrome, urlPaths, publicUrl } = context;
  const urls = feedUrlsFor(publicUrl, urlPaths, scope);
  for (const format of FEED_FORMATS) {
    chrome.feeds.push({
      title: chrome.t.feedLinkTitle(subject, chrome.t.feedFormatName[format]),
      type: FEED_CONTENT_TYPES[format].split(';')[0]!,
      href: urls[format],
    });
  }
}

