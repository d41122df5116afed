/**
 * Routes of the residents' pages, in every language the interface exists in. Which of them
 * answer depends on the site settings: the default language at the root, other offered
 * languages under their code, everything else 404.
 */
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../env';
import type { AssetBundle } from '../http/assets';
import { servePage } from '../http/serve-page';
import type { PublicView } from '../http/public-state';
import { CATALOGS } from '../i18n';
import type { PathWords } from '../i18n/messages';
import { pageContext } from '../present/chrome';
import { DEFAULT_SITE, type Site } from '../store/site';
import { pathOf, pathsFor, type PageRef } from './paths';
import {
  renderAccessibility,
  renderHistory,
  renderIncident,
  renderOverview,
  renderService,
} from './public-pages';

type PageKind = PageRef['kind'];

const PATTERNS: Record<PageKind, (words: PathWords) => string> = {
  overview: () => '/',
  service: (words) => `/${words.services}/:slug`,
  incident: (words) => `/${words.incidents}/:slug`,
  history: (words) => `/${words.history}`,
  accessibility: (words) => `/${words.accessibility}`,
};

/** `?page=` must be a plain positive integer; anything else is a bad request, not a 500. */
export function parsePageNumber(value: string | undefined): number {
  if (value === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(value)) throw new HTTPException(400, { message: 'Invalid page number' });
  return Number(value);
}

function safeQuery(c: Context<AppEnv>, name: string): string | undefined {
  try {
    return c.req.query(name);
  } catch {
    // A malformed percent-encoding in the query string.
    throw new HTTPException(400, { message: 'Malformed query string' });
  }
}

function refFor(c: Context<AppEnv>, kind: PageKind): PageRef {
  switch (kind) {
    case 'service':
    case 'incident': {
      const slug = c.req.param('slug') ?? '';
      // Slugs are lowercase ASCII; anything else cannot exist, so skip the database.
      if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new HTTPException(404);
      return { kind, slug };
    }
    case 'history':
      return { kind, page: parsePageNumber(safeQuery(c, 'page')) };
    default:
      return { kind };
  }
}

async function render(c: Context<AppEnv>, ref: PageRef, locale: string, site: Site, view: PublicView) {
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
  }
}

export function publicRoutes(assets: AssetBundle): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const assetUrls = { stylesheet: assets.stylesheet.path, icons: assets.icons.path };

  /**
   * `locales` are the languages whose words spell this path. At the root, the page exists only
   * in the default language; under a prefix, only in that (non-default) language.
   */
  const handler = (kind: PageKind, locales: string[], prefixed: boolean) => async (c: Context<AppEnv>) => {
    c.set('assetUrls', assetUrls);
    const ref = refFor(c, kind);
    const view = await c.var.publicState.current();
    const site = view.site ?? DEFAULT_SITE;
    const locale = prefixed ? locales[0]! : site.defaultLocale;
    c.set('locale', locale);
    if (!locales.includes(locale) || !site.offeredLocales.includes(locale)) throw new HTTPException(404);
    if (prefixed && locale === site.defaultLocale) {
      return c.redirect(pathOf(ref, pathsFor(locale, site.defaultLocale)), 301);
    }
    const key = `${locale}|${pathOf(ref, pathsFor(locale, site.defaultLocale))}`;
    return servePage(c, key, () => render(c, ref, locale, site, view));
  };

  const rootPatterns = new Map<string, { kind: PageKind; locales: string[] }>();
  for (const [locale, t] of Object.entries(CATALOGS)) {
    for (const kind of Object.keys(PATTERNS) as PageKind[]) {
      const pattern = PATTERNS[kind](t.paths);
      const root = rootPatterns.get(pattern) ?? { kind, locales: [] };
      root.locales.push(locale);
      rootPatterns.set(pattern, root);
      app.get(`/${locale}${pattern}`, handler(kind, [locale], true));
    }
    app.get(`/${locale}`, (c) => c.redirect(`/${locale}/`, 301));
  }
  for (const [pattern, { kind, locales }] of rootPatterns) app.get(pattern, handler(kind, locales, false));
  return app;
}
