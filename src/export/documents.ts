/**
 * Every file of the static export, each rendered by the same code as the live site: the pages
 * through the public routes' renderer with a page context whose links point at the export's
 * files, the feeds through buildFeedDocument with the export's addresses, the assets as the app
 * serves them. To add documents (the JSON API, say), add a source to SOURCES.
 */
import { iconSprite } from '../../views/assets/icons';
import { buildMaintenanceCalendar } from '../calendar/build';
import type { Database } from '../db/database';
import { FEED_CONTENT_TYPES, FEED_FORMATS } from '../domain/feed-formats';
import { publicLocalesOf } from '../domain/locales';
import { buildFeedDocument } from '../feeds/build-document';
import { serializeFeed } from '../feeds/serialize';
import type { AssetBundle } from '../http/assets';
import { pageContext, type PageContext } from '../present/chrome';
import { FEED_PAGE_SIZE, type FeedScope } from '../store/feed-items';
import type { PublicListing } from '../store/public-listing';
import type { Site } from '../store/site';
import { pathOf, type FeedScopeRef, type PageRef } from '../urls/paths';
import { exportPathsFor, fileOf, relativeLink } from './addresses';

/**
 * What the export needs from the public routes, which it may not import (it sits below them):
 * their page renderer (src/routes/public.ts renderPublicPage) and the history's page size.
 * Callers pass `PUBLIC_PAGES` from src/routes/public-export.ts.
 */
export interface PublicPageRenderer {
  render(db: Database, context: PageContext, site: Site, ref: PageRef, posterStylesheet: string): Promise<string | null>;
  historyPageSize: number;
}

/** Everything a source reads from: one revision of the site. */
export interface ExportInput {
  db: Database;
  site: Site;
  listing: PublicListing;
  /** The public URL of the export: absolute links (canonical, feeds, the poster's QR code) start with it. */
  baseUrl: string;
  /** When the data last changed ("Senast uppdaterad"). */
  changedAt: Date;
  now: Date;
  assets: AssetBundle;
  pages: PublicPageRenderer;
}

/** One file of the export, rendered when asked; null means it vanished (a concurrent change). */
export interface PlannedFile {
  /** Relative to the export's folder, with forward slashes ("tjanster/mina-sidor.html"). */
  path: string;
  contentType: string;
  render(): Promise<string | Uint8Array | null>;
}

type Source = (input: ExportInput) => PlannedFile[];

const HTML = 'text/html; charset=utf-8';
const PLAIN_TEXT = 'text/plain; charset=utf-8';

/** Every page of one language. A record over the kinds, so a new kind of page is a type error here. */
function pageRefs(input: ExportInput): { [K in PageRef['kind']]: Extract<PageRef, { kind: K }>[] } {
  const { listing, pages } = input;
  const historyPages = Math.max(1, Math.ceil(listing.updateCount / pages.historyPageSize));
  return {
    overview: [{ kind: 'overview' }],
    service: listing.serviceSlugs.map(({ slug }) => ({ kind: 'service', slug })),
    incident: listing.incidentSlugs.map(({ slug }) => ({ kind: 'incident', slug })),
    history: Array.from({ length: historyPages }, (_, index) => ({ kind: 'history', page: index + 1 })),
    accessibility: [{ kind: 'accessibility' }],
    subscribe: [{ kind: 'subscribe' }],
    poster: [{ kind: 'poster' }],
    statusText: [{ kind: 'statusText' }],
  };
}

const publicPages: Source = (input) => {
  const { db, site, assets } = input;
  const addressesIn = (lang: string) => exportPathsFor(lang, site.defaultLocale);
  return publicLocalesOf(site.offeredLocales).flatMap((locale) =>
    Object.values(pageRefs(input))
      .flat()
      .map((ref): PlannedFile => {
        const path = fileOf(pathOf(ref, addressesIn(locale)));
        const link = (address: string) => relativeLink(path, address);
        return {
          path,
          contentType: ref.kind === 'statusText' ? PLAIN_TEXT : HTML,
          render: () => {
            const context = pageContext({
              site,
              locale,
              ref,
              publicUrl: input.baseUrl,
              lastUpdated: input.changedAt,
              // The sprite goes into each page: opened from file://, browsers refuse one in another file.
              assets: { stylesheet: link(assets.stylesheet.path), icons: '', inlineIcons: iconSprite },
              now: input.now,
              targets: { pathsFor: addressesIn, link },
            });
            return input.pages.render(db, context, site, ref, link(assets.posterStylesheet.path));
          },
        };
      }),
  );
};

function feedScopes(listing: PublicListing): { ref: FeedScopeRef; key: FeedScope }[] {
  return [
    { ref: { kind: 'site' }, key: 'site' },
    ...listing.serviceSlugs.map(({ id, slug }) => ({ ref: { kind: 'service', slug } as const, key: `service:${id}` as const })),
    ...listing.incidentSlugs.map(({ id, slug }) => ({ ref: { kind: 'incident', slug } as const, key: `incident:${id}` as const })),
  ];
}

/** Every feed in every format and language, with its RFC 5005 archive pages (full pages only, 1 = oldest). */
const feeds: Source = (input) => {
  const { db, site, listing } = input;
  return publicLocalesOf(site.offeredLocales).flatMap((locale) => {
    const paths = exportPathsFor(locale, site.defaultLocale);
    return feedScopes(listing).flatMap(({ ref, key }) => {
      // The same rule as buildFeedDocument: only full pages are archived.
      const archives = Math.floor((listing.feedItemCounts.get(key) ?? 0) / FEED_PAGE_SIZE);
      return [null, ...Array.from({ length: archives }, (_, index) => index + 1)].flatMap((archive) => {
        // One document, written in every format: built once, when the first format asks.
        let built: ReturnType<typeof buildFeedDocument> | null = null;
        const document = () =>
          (built ??= buildFeedDocument(db, {
            scope: ref,
            locale,
            site,
            publicUrl: input.baseUrl,
            archive,
            emptyFeedUpdated: input.changedAt,
            paths,
          }));
        return FEED_FORMATS.map(
          (format): PlannedFile => ({
            path: fileOf(paths.feed(ref, format, archive ?? undefined)),
            contentType: FEED_CONTENT_TYPES[format],
            render: async () => {
              const feed = await document();
              return feed ? serializeFeed(feed, format) : null;
            },
          }),
        );
      });
    });
  });
};

/**
 * The stylesheets the public pages use (not the console's scripts and styles). The icon sprite
 * is in every page instead of beside them (see publicPages).
 */
const publicAssets: Source = ({ assets }) =>
  [assets.stylesheet, assets.posterStylesheet].map((asset) => ({
    path: fileOf(asset.path),
    contentType: asset.contentType,
    render: async () => asset.body,
  }));

/** The maintenance calendar in every language, which every page announces (src/calendar/). */
const calendars: Source = ({ db, site, baseUrl }) =>
  publicLocalesOf(site.offeredLocales).map((locale) => {
    const paths = exportPathsFor(locale, site.defaultLocale);
    return {
      path: fileOf(paths.calendar),
      contentType: 'text/calendar; charset=utf-8',
      render: () => buildMaintenanceCalendar(db, { locale, site, publicUrl: baseUrl, paths }),
    };
  });

export const SOURCES: readonly Source[] = [publicPages, feeds, calendars, publicAssets];

export function planExport(input: ExportInput): PlannedFile[] {
  const files = SOURCES.flatMap((source) => source(input));
  const seen = new Set<string>();
  for (const file of files) {
    // Two addresses on one file name would silently lose a page: a bug in the naming rules.
    if (seen.has(file.path)) throw new Error(`Two documents would be written to ${file.path}`);
    seen.add(file.path);
  }
  return files;
}
