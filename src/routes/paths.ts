/**
 * Public URLs. The default language lives at the root with its own words ("/tjanster/…");
 * every other language under its code ("/en/services/…").
 */
import type { FeedFormat } from '../feeds/document';
import { messagesFor } from '../i18n';

export type PageRef =
  | { kind: 'overview' }
  | { kind: 'service'; slug: string }
  | { kind: 'incident'; slug: string }
  | { kind: 'history'; page: number }
  | { kind: 'accessibility' }
  | { kind: 'subscribe' };

/** What a feed is about. */
export type FeedScopeRef = { kind: 'site' } | { kind: 'service'; slug: string } | { kind: 'incident'; slug: string };

export interface Paths {
  overview: string;
  service(slug: string): string;
  incident(slug: string): string;
  /** Anchor of an update on the incident page (or the service page for standalone updates). */
  updateAnchor(updateId: number): string;
  history(page?: number): string;
  accessibility: string;
  subscribe: string;
  /** A feed document; `archive` = page number of an archive document (1 = oldest). */
  feed(scope: FeedScopeRef, format: FeedFormat, archive?: number): string;
}

export function prefixFor(locale: string, defaultLocale: string): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

export function pathsFor(locale: string, defaultLocale: string): Paths {
  const prefix = prefixFor(locale, defaultLocale);
  const words = messagesFor(locale).paths;
  return {
    overview: `${prefix}/`,
    service: (slug) => `${prefix}/${words.services}/${encodeURIComponent(slug)}`,
    incident: (slug) => `${prefix}/${words.incidents}/${encodeURIComponent(slug)}`,
    updateAnchor: (updateId) => `update-${updateId}`,
    history: (page = 1) => (page > 1 ? `${prefix}/${words.history}?page=${page}` : `${prefix}/${words.history}`),
    accessibility: `${prefix}/${words.accessibility}`,
    subscribe: `${prefix}/${words.subscribe}`,
    feed(scope, format, archive) {
      const base =
        scope.kind === 'site'
          ? prefix
          : `${prefix}/${scope.kind === 'service' ? words.services : words.incidents}/${encodeURIComponent(scope.slug)}`;
      return `${base}/feed.${format}${archive ? `?archive=${archive}` : ''}`;
    },
  };
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
  }
}
