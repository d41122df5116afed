/**
 * Assembles one feed document: which scope, which window of its numbered items (the newest,
 * or one full archive page), the updates behind them, and the links between documents. It
 * reads the store, so the feed route only validates the request and serves the result; the
 * updates are presented exactly as the pages present them (src/present/update.ts).
 */
import type { Database } from '../db/database';
import { formatterFor } from '../i18n/format';
import { messagesFor } from '../i18n';
import { localText, type Languages } from '../present/localize';
import { presentUpdate } from '../present/update';
import {
  archivedFeedItems,
  countFeedItems,
  FEED_PAGE_SIZE,
  newestFeedItems,
  type FeedScope,
} from '../store/feed-items';
import { findIncidentBySlug } from '../store/incidents';
import { findServiceBySlug } from '../store/services';
import type { Site } from '../store/site';
import { findUpdatesByIds } from '../store/updates';
import { feedUrlsFor, pathsFor, type FeedScopeRef, type Paths } from '../urls/paths';
import type { FeedDocument, FeedEntry, FeedLinks } from './document';
import { feedEntryFor } from './entries';

export interface FeedRequest {
  scope: FeedScopeRef;
  locale: string;
  site: Site;
  publicUrl: string;
  /** Archive page (1 = oldest), or null for the subscription document. */
  archive: number | null;
  /** Used as the feed's updated time when it has no entries yet. */
  emptyFeedUpdated: Date;
  /**
   * The addresses links are built from (publicUrl + …): the app's own unless given. The static
   * export gives its file names, so its feeds link its own files.
   */
  paths?: Paths;
}

interface ResolvedScope {
  key: FeedScope;
  subject: string;
  homePath: string;
}

async function resolveScope(db: Database, scope: FeedScopeRef, languages: Languages, paths: Paths): Promise<ResolvedScope | null> {
  switch (scope.kind) {
    case 'site':
      return { key: 'site', subject: '', homePath: paths.overview };
    case 'service': {
      const service = await findServiceBySlug(db, scope.slug);
      if (!service) return null;
      return {
        key: `service:${service.id}`,
        subject: localText(service.texts, languages, (row) => row.name).text,
        homePath: paths.service(service.slug),
      };
    }
    case 'incident': {
      const incident = await findIncidentBySlug(db, scope.slug);
      if (!incident) return null;
      return {
        key: `incident:${incident.id}`,
        subject: localText(incident.texts, languages, (row) => row.title).text,
        homePath: paths.incident(incident.slug),
      };
    }
  }
}

/** The document, or null when the scope or the archive page does not exist. */
export async function buildFeedDocument(db: Database, request: FeedRequest): Promise<FeedDocument | null> {
  const { locale, site, archive } = request;
  const languages = { locale, defaultLocale: site.defaultLocale };
  const paths = request.paths ?? pathsFor(locale, site.defaultLocale);
  const scope = await resolveScope(db, request.scope, languages, paths);
  if (!scope) return null;

  const total = await countFeedItems(db, scope.key);
  const fullArchives = Math.floor(total / FEED_PAGE_SIZE);
  if (archive !== null && archive > fullArchives) return null;
  const items = archive === null ? await newestFeedItems(db, scope.key) : await archivedFeedItems(db, scope.key, archive);

  // Items come newest first; a correction is a newer version of the same entry, and one
  // document shows each entry once, in its newest version within the document.
  const seen = new Set<number>();
  const versions = items.filter((item) => !seen.has(item.updateId) && seen.add(item.updateId));
  const updates = new Map((await findUpdatesByIds(db, [...seen])).map((update) => [update.id, update]));

  const t = messagesFor(locale);
  const context = { t, fmt: formatterFor(t.intlLocale, site.timeZone), paths, publicUrl: request.publicUrl };
  const entries: FeedEntry[] = [];
  for (const version of versions) {
    const update = updates.get(version.updateId);
    if (!update) continue;
    const presented = presentUpdate(update, { paths, languages }, { version: version.correctionId });
    entries.push(await feedEntryFor(presented, context));
  }

  const texts = site.texts[locale] ?? site.texts[site.defaultLocale];
  const siteTitle = texts?.siteTitle ?? '';
  const urlsFor = (page?: number) => feedUrlsFor(request.publicUrl, paths, request.scope, page);
  const links: FeedLinks = {
    self: urlsFor(archive ?? undefined),
    current: urlsFor(),
    prevArchive:
      archive === null ? (fullArchives > 0 ? urlsFor(fullArchives) : null) : archive > 1 ? urlsFor(archive - 1) : null,
    nextArchive: archive !== null && archive < fullArchives ? urlsFor(archive + 1) : null,
  };
  const newest = entries.reduce<Date | null>(
    (latest, entry) => (latest === null || entry.updated > latest ? entry.updated : latest),
    null,
  );
  return {
    id: links.current.atom,
    title: scope.subject ? t.feedTitleFor(scope.subject, siteTitle) : siteTitle,
    description: t.feedDescription(texts?.organisationName ?? ''),
    lang: locale,
    homeUrl: request.publicUrl + scope.homePath,
    authorName: texts?.organisationName ?? siteTitle,
    updated: newest ?? request.emptyFeedUpdated,
    isArchive: archive !== null,
    links,
    entries,
  };
}
