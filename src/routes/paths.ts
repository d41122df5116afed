/**
 * Public URLs. The default language lives at the root with its own words ("/tjanster/…");
 * every other language under its code ("/en/services/…").
 */
import { messagesFor } from '../i18n';

export type PageRef =
  | { kind: 'overview' }
  | { kind: 'service'; slug: string }
  | { kind: 'incident'; slug: string }
  | { kind: 'history'; page: number }
  | { kind: 'accessibility' };

export interface Paths {
  overview: string;
  service(slug: string): string;
  incident(slug: string): string;
  /** Anchor of an update on the incident page (or the service page for standalone updates). */
  updateAnchor(updateId: number): string;
  history(page?: number): string;
  accessibility: string;
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
  }
}
