/**
 * Feeds for every language: the whole site, each service and each incident, as RSS 2.0,
 * Atom 1.0 and JSON Feed 1.1, each with RFC 5005 archives (`?archive=N`, 1 = oldest).
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../env';
import { FEED_CONTENT_TYPES, FEED_FORMATS, type FeedFormat } from '../feeds/document';
import { serializeFeed } from '../feeds/serialize';
import { IMMUTABLE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, serveCached } from '../http/serve-page';
import type { PathWords } from '../i18n/messages';
import { buildFeedDocument } from '../feeds/build-document';
import { registerLocalized, type LocalizedRequest } from './localized';
import { optionalNumberOf, slugOf } from './params';
import { pathsFor, type FeedScopeRef } from '../urls/paths';

/**
 * Bumped whenever the way entries are written changes, so that archive documents, cached
 * "forever", are fetched again.
 */
const FEED_ARCHIVE_VERSION = 1;

type ScopeKind = FeedScopeRef['kind'];

const PATTERNS: Record<ScopeKind, (words: PathWords, format: FeedFormat) => string> = {
  site: (_words, format) => `/feed.${format}`,
  service: (words, format) => `/${words.services}/:slug/feed.${format}`,
  incident: (words, format) => `/${words.incidents}/:slug/feed.${format}`,
};

function scopeOf(c: Context<AppEnv>, kind: ScopeKind): FeedScopeRef {
  return kind === 'site' ? { kind } : { kind, slug: slugOf(c) };
}

function serveFeed({ c, locale, site, view }: LocalizedRequest, kind: ScopeKind, format: FeedFormat) {
  const scope = scopeOf(c, kind);
  const archive = optionalNumberOf(c, 'archive');
  const publicUrl = c.var.config.publicUrl ?? site.publicUrl;
  const path = pathsFor(locale, site.defaultLocale).feed(scope, format, archive ?? undefined);
  return serveCached(c, {
    cacheKey: `feed|${locale}|${path}`,
    // A full archive never changes; the subscription document changes with the revision.
    etag:
      archive === null
        ? `W/"${c.var.config.buildId}.${view.revision}"`
        : `W/"archive.${FEED_ARCHIVE_VERSION}.${archive}"`,
    lastModified: archive === null ? view.changedAt : null,
    cacheControl: archive === null ? PUBLIC_CACHE_CONTROL : IMMUTABLE_CACHE_CONTROL,
    contentType: FEED_CONTENT_TYPES[format],
    render: async () => {
      const document = await buildFeedDocument(c.var.db, {
        scope,
        locale,
        site,
        publicUrl,
        archive,
        emptyFeedUpdated: view.changedAt,
      });
      return document ? { body: serializeFeed(document, format), lastModified: document.updated } : null;
    },
  });
}

export function feedRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const kind of Object.keys(PATTERNS) as ScopeKind[]) {
    for (const format of FEED_FORMATS) {
      registerLocalized(app, {
        pattern: (words) => PATTERNS[kind](words, format),
        validate: (c) => {
          scopeOf(c, kind);
          optionalNumberOf(c, 'archive');
        },
        canonicalPath: (c, locale, site) =>
          pathsFor(locale, site.defaultLocale).feed(scopeOf(c, kind), format),
        handle: (request) => serveFeed(request, kind, format),
      });
    }
  }
  return app;
}
