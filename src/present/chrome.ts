/** Builds the page chrome (words, formatting, site identity, languages) for one request. */
import type { PageChrome } from '../../views/chrome';
import { formatterFor } from '../i18n/format';
import { messagesFor } from '../i18n';
import { FEED_CONTENT_TYPES, FEED_FORMATS } from '../feeds/document';
import { pathOf, pathsFor, type FeedScopeRef, type PageRef, type Paths } from '../routes/paths';
import type { Site } from '../store/site';
import type { Languages } from './localize';

export interface AssetUrls {
  stylesheet: string;
  icons: string;
}

export interface PageContext {
  chrome: PageChrome;
  paths: Paths;
  languages: Languages;
  now: Date;
  publicUrl: string;
}

export function pageContext(args: {
  site: Site;
  locale: string;
  ref: PageRef;
  publicUrl: string;
  lastUpdated: Date;
  assets: AssetUrls;
  now: Date;
}): PageContext {
  const { site, locale, ref, publicUrl } = args;
  const t = messagesFor(locale);
  const paths = pathsFor(locale, site.defaultLocale);
  const texts = site.texts[locale] ?? site.texts[site.defaultLocale];
  const chrome: PageChrome = {
    t,
    fmt: formatterFor(t.intlLocale, site.timeZone),
    organisationName: texts?.organisationName ?? '',
    siteTitle: texts?.siteTitle ?? '',
    isExampleData: site.isExampleData,
    lastUpdated: args.lastUpdated,
    canonicalUrl: publicUrl + pathOf(ref, paths),
    alternates: site.offeredLocales.map((lang) => {
      const path = pathOf(ref, pathsFor(lang, site.defaultLocale));
      return { lang, name: messagesFor(lang).languageName, href: publicUrl + path, path };
    }),
    nav: {
      overview: paths.overview,
      history: paths.history(),
      accessibility: paths.accessibility,
      subscribe: paths.subscribe,
    },
    feeds: [],
    assets: args.assets,
  };
  const context = { chrome, paths, languages: { locale, defaultLocale: site.defaultLocale }, now: args.now, publicUrl };
  addFeedLinks(context, { kind: 'site' }, texts?.siteTitle ?? '');
  return context;
}

/** Announces the feeds of a scope (whole site, a service, an incident) for autodiscovery. */
export function addFeedLinks(context: PageContext, scope: FeedScopeRef, subject: string): void {
  const { chrome, paths, publicUrl } = context;
  for (const format of FEED_FORMATS) {
    chrome.feeds.push({
      title: chrome.t.feedLinkTitle(subject, chrome.t.feedFormatName[format]),
      type: FEED_CONTENT_TYPES[format].split(';')[0]!,
      href: publicUrl + paths.feed(scope, format),
    });
  }
}

