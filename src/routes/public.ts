/** Routes of the residents' pages, in every language (see ./localized.ts for which answer). */
import { Hono, type Context } from 'hono';

import type { AppEnv } from '../env';
import type { AssetBundle } from '../http/assets';
import type { PublicView } from '../http/public-state';
import { PUBLIC_CACHE_CONTROL, serveCached, servePage } from '../http/serve-page';
import { localDateFrom, localInstantFrom } from '../domain/opening-hours';
import type { PathWords } from '../i18n/messages';
import { pageContext, type PageContext } from '../present/chrome';
import type { Database } from '../db/database';
import type { Site } from '../store/site';
import { registerLocalized, type LocalizedRequest } from './localized';
import { URL_PREFIXES } from '../urls/locale-prefixes';
import { pathOf, pathsFor, type PageRef } from '../urls/paths';
import {
  renderAccessibility,
  renderHistory,
  renderIncident,
  renderOverview,
  renderService,
  renderSubscribe,
} from './public-pages';
import { pageNumberOf, slugOf } from './params';
import { renderPoster, renderStatusTextDocument } from './public-poster';

/** The HTML pages; `status.txt` is served on its own below. */
type PageKind = Exclude<PageRef['kind'], 'statusText'>;

const PATTERNS: Record<PageKind, (words: PathWords) => string> = {
  overview: () => '/',
  service: (words) => `/${words.services}/:slug`,
  incident: (words) => `/${words.incidents}/:slug`,
  history: (words) => `/${words.history}`,
  accessibility: (words) => `/${words.accessibility}`,
  subscribe: (words) => `/${words.subscribe}`,
  poster: (words) => `/${words.poster}`,
};

const later = (a: Date, b: Date) => (a > b ? a : b);

/**
 * The poster says when it was printed, to the minute, so a rendering of it is good for that
 * minute only: it is cached per minute on top of the revision and time state.
 */
function perMinute(view: PublicView, now: Date): PublicView {
  const minute = Math.floor(now.getTime() / 60_000);
  return {
    ...view,
    stateKey: `${view.stateKey}.m${minute.toString(36)}`,
    lastModified: later(view.lastModified, new Date(minute * 60_000)),
  };
}

/** The plain text lists today's hours, so it changes at midnight in the site's time zone too. */
function perLocalDay(view: PublicView, now: Date, timeZone: string): PublicView {
  return {
    ...view,
    stateKey: `${view.stateKey}.${localDateFrom(now, timeZone, 0)}`,
    lastModified: later(view.lastModified, localInstantFrom(now, timeZone, 0, '00:00')),
  };
}

function refFor(c: Context<AppEnv>, kind: PageKind): PageRef {
  switch (kind) {
    case 'service':
    case 'incident':
      return { kind, slug: slugOf(c) };
    case 'history':
      return { kind, page: pageNumberOf(c, 'page') };
    default:
      return { kind };
  }
}

function contextFor({ c, locale, site, view }: LocalizedRequest, ref: PageRef, now: Date) {
  const { config } = c.var;
  const context = pageContext({
    site,
    locale,
    ref,
    publicUrl: config.publicUrl ?? site.publicUrl,
    lastUpdated: view.changedAt,
    assets: c.var.assetUrls,
    now,
  });
  // The e-mail subscription forms (src/routes/subscriptions.tsx answers them).
  return { ...context, emailSubscriptions: Boolean(config.mail) };
}

async function render(request: LocalizedRequest, ref: PageRef, assets: AssetBundle, now: Date) {
  return renderPublicPage(request.c.var.db, contextFor(request, ref, now), request.site, ref, assets.posterStylesheet.path);
}

/**
 * One public page (or `status.txt`) for a page context; null when there is no such page. The
 * static export renders through this too, with its own context (src/export/), so the two
 * cannot drift apart.
 */
export async function renderPublicPage(
  db: Database,
  context: PageContext,
  site: Site,
  ref: PageRef,
  posterStylesheet: string,
): Promise<string | null> {
  switch (ref.kind) {
    case 'overview':
      return renderOverview(db, context, site);
    case 'service':
      return renderService(db, context, ref.slug);
    case 'incident':
      return renderIncident(db, context, ref.slug);
    case 'history':
      return renderHistory(db, context, ref.page);
    case 'accessibility':
      return renderAccessibility(context, site);
    case 'subscribe':
      return renderSubscribe(db, context);
    case 'poster':
      return renderPoster(db, context, site, posterStylesheet);
    case 'statusText':
      return renderStatusTextDocument(db, context, site);
  }
}

export function publicRoutes(assets: AssetBundle): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const assetUrls = { stylesheet: assets.stylesheet.path, icons: assets.icons.path, favicon: assets.favicon.path };

  for (const kind of Object.keys(PATTERNS) as PageKind[]) {
    registerLocalized(app, {
      pattern: PATTERNS[kind],
      validate: (c) => {
        c.set('assetUrls', assetUrls);
        refFor(c, kind);
      },
      canonicalPath: (c, locale, site) => pathOf(refFor(c, kind), pathsFor(locale, site.defaultLocale)),
      handle: (request) => {
        const ref = refFor(request.c, kind);
        const key = `${request.locale}|${pathOf(ref, pathsFor(request.locale, request.site.defaultLocale))}`;
        const now = request.c.var.clock.now();
        const view = kind === 'poster' ? perMinute(request.view, now) : request.view;
        return servePage(request.c, view, key, () => render(request, ref, assets, now));
      },
    });
  }

  // The overview as plain text, for radio, text messages and social media: same cache, same
  // ETag rule as the pages (build, revision, time state), answered 304 before rendering.
  registerLocalized(app, {
    pattern: () => '/status.txt',
    validate: (c) => c.set('assetUrls', assetUrls),
    canonicalPath: (_c, locale, site) => pathsFor(locale, site.defaultLocale).statusText,
    handle: (request) => {
      const { c, locale, site } = request;
      const now = c.var.clock.now();
      const view = perLocalDay(request.view, now, site.timeZone);
      const ref: PageRef = { kind: 'statusText' };
      return serveCached(c, {
        cacheKey: `${locale}|${pathOf(ref, pathsFor(locale, site.defaultLocale))}`,
        etag: `W/"${c.var.config.buildId}.${view.stateKey}"`,
        lastModified: view.lastModified,
        cacheControl: PUBLIC_CACHE_CONTROL,
        contentType: 'text/plain; charset=utf-8',
        render: async () => {
          const body = await render(request, ref, assets, now);
          return body === null ? null : { body };
        },
      });
    },
  });
  for (const prefix of Object.values(URL_PREFIXES)) app.get(`/${prefix}`, (c) => c.redirect(`/${prefix}/`, 301));
  return app;
}

