/** Routes of the residents' pages, in every language (see ./localized.ts for which answer). */
import { Hono, type Context } from 'hono';

import type { AppEnv } from '../env';
import type { AssetBundle } from '../http/assets';
import { servePage } from '../http/serve-page';
import { CATALOGS } from '../i18n';
import type { PathWords } from '../i18n/messages';
import { pageContext } from '../present/chrome';
import { registerLocalized, type LocalizedRequest } from './localized';
import { pathOf, pathsFor, type PageRef } from './paths';
import {
  renderAccessibility,
  renderHistory,
  renderIncident,
  renderOverview,
  renderService,
  renderSubscribe,
} from './public-pages';
import { pageNumberOf, slugOf } from './params';

type PageKind = PageRef['kind'];

const PATTERNS: Record<PageKind, (words: PathWords) => string> = {
  overview: () => '/',
  service: (words) => `/${words.services}/:slug`,
  incident: (words) => `/${words.incidents}/:slug`,
  history: (words) => `/${words.history}`,
  accessibility: (words) => `/${words.accessibility}`,
  subscribe: (words) => `/${words.subscribe}`,
};

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

async function render({ c, locale, site, view }: LocalizedRequest, ref: PageRef) {
  const { db, config, clock } = c.var;
  const context = pageContext({
    site,
    locale,
    ref,
    publicUrl: config.publicUrl ?? site.publicUrl,
    lastUpdated: view.changedAt,
    assets: c.var.assetUrls,
    now: clock.now(),
  });
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
  }
}

export function publicRoutes(assets: AssetBundle): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const assetUrls = { stylesheet: assets.stylesheet.path, icons: assets.icons.path };

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
        return servePage(request.c, request.view, key, () => render(request, ref));
      },
    });
  }
  for (const locale of Object.keys(CATALOGS)) app.get(`/${locale}`, (c) => c.redirect(`/${locale}/`, 301));
  return app;
}

