/**
 * Public URLs. The default language lives at the root with its own words ("/tjanster/…");
 * every other language under its prefix ("/en/services/…", "/lattlast/…": ./locale-prefixes.ts).
 *
 * Below the routes on purpose: the pages, the feeds, the error pages and (later) the static
 * export build links here without importing a route module. Every path is root-relative
 * ("/en/services/x"); a caller that needs absolute URLs prefixes the public URL, and one that
 * needs relative links (the export) can map a `Paths` through a relative-path function, since
 * nobody else concatenates path words.
 */
import { FEED_FORMATS, type FeedFormat } from '../domain/feed-formats';
import { messagesFor } from '../i18n';
import { urlPrefixOf } from './locale-prefixes';

export type PageRef =
  | { kind: 'overview' }
  | { kind: 'service'; slug: string }
  | { kind: 'incident'; slug: string }
  | { kind: 'history'; page: number }
  | { kind: 'accessibility' }
  | { kind: 'subscribe' }
  | { kind: 'poster' }
  /** The overview as plain text (`status.txt`, the same name in every language). */
  | { kind: 'statusText' };

/** What a feed is about. */
export type FeedScopeRef = { kind: 'site' } | { kind: 'service'; slug: string } | { kind: 'incident'; slug: string };

export interface Paths {
  overview: string;
  service(slug: string): string;
  incident(slug: string): string;
  history(page?: number): string;
  accessibility: string;
  subscribe: string;
  poster: string;
  statusText: string;
  /** The iCalendar feed of planned maintenance (`/underhall.ics`, `/en/maintenance.ics`). */
  calendar: string;
  /** A feed document; `archive` = page number of an archive document (1 = oldest). */
  feed(scope: FeedScopeRef, format: FeedFormat, archive?: number): string;
}

export function prefixFor(locale: string, defaultLocale: string): string {
  return locale === defaultLocale ? '' : `/${urlPrefixOf(locale)}`;
}

/**
 * The readable API page (`/api`, `/en/api`). Not one of `Paths`: the static export has no API,
 * so its pages must not link there (src/present/chrome.ts leaves the footer link out).
 */
export function apiPagePath(locale: string, defaultLocale: string): string {
  return `${prefixFor(locale, defaultLocale)}/api`;
}

export function pathsFor(locale: string, defaultLocale: string): Paths {
  const prefix = prefixFor(locale, defaultLocale);
  const words = messagesFor(locale).paths;
  return {
    overview: `${prefix}/`,
    service: (slug) => `${prefix}/${words.services}/${encodeURIComponent(slug)}`,
    incident: (slug) => `${prefix}/${words.incidents}/${encodeURIComponent(slug)}`,
    history: (page = 1) => (page > 1 ? `${prefix}/${words.history}?page=${page}` : `${prefix}/${words.history}`),
    accessibility: `${prefix}/${words.accessibility}`,
    subscribe: `${prefix}/${words.subscribe}`,
    poster: `${prefix}/${words.poster}`,
    statusText: `${prefix}/status.txt`,
    calendar: `${prefix}/${words.maintenance}.ics`,
    feed(scope, format, archive) {
      const base =
        scope.kind === 'site'
          ? prefix
          : `${prefix}/${scope.kind === 'service' ? words.services : words.incidents}/${encodeURIComponent(scope.slug)}`;
      return `${base}/feed.${format}${archive ? `?archive=${archive}` : ''}`;
    },
  };
}

/**
 * The same addresses, each passed through `map`. The static export (src/export/) maps the app's
 * paths to its file names, then those to links relative to the file being written; the
 * callers of a `Paths` never notice.
 */
export function mapPaths(paths: Paths, map: (path: string) => string): Paths {
  return {
    overview: map(paths.overview),
    service: (slug) => map(paths.service(slug)),
    incident: (slug) => map(paths.incident(slug)),
    history: (page) => map(paths.history(page)),
    accessibility: map(paths.accessibility),
    subscribe: map(paths.subscribe),
    poster: map(paths.poster),
    statusText: map(paths.statusText),
    calendar: map(paths.calendar),
    feed: (scope, format, archive) => map(paths.feed(scope, format, archive)),
  };
}

/** A feed document's absolute address in every format (for links, autodiscovery, RFC 5005). */
export function feedUrlsFor(publicUrl: string, paths: Paths, scope: FeedScopeRef, archive?: number): Record<FeedFormat, string> {
  const urls = {} as Record<FeedFormat, string>;
  for (const format of FEED_FORMATS) urls[format] = publicUrl + paths.feed(scope, format, archive);
  return urls;
}

export function pathOf(ref: PageRef, paths: Paths): string {
  switch (ref.kind) {
    case 'overview':
      return paths.overview;
    case 'service':
      return paths.service(ref.slug);
    case 'incident':
      return paths.incident(ref.slug);
    case 'history':
      return paths.history(ref.page);
    case 'accessibility':
      return paths.accessibility;
    case 'subscribe':
      return paths.subscribe;
    case 'poster':
      return paths.poster;
    case 'statusText':
      return paths.statusText;
  }
}
