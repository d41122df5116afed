/**
 * Registers a route in every language the interface exists in: at the root in the words of
 * each catalog (answering only when that language is the site's default), and under each
 * language's URL prefix (answering only for an offered, non-default language; the default language
 * under its code redirects to the root). When the site's state cannot be read (the database
 * is down, hung or broken), the request is answered from its last good copy, if there is one.
 */
import type { Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../env';
import type { PublicView } from '../http/public-state';
import { snapshotKeyOf } from '../snapshot/store';
import { CATALOGS } from '../i18n';
import type { PathWords } from '../i18n/messages';
import { DEFAULT_SITE, type Site } from '../store/site';
import { urlPrefixOf } from '../urls/locale-prefixes';

export interface LocalizedRequest {
  c: Context<AppEnv>;
  locale: string;
  site: Site;
  view: PublicView;
}

export interface LocalizedRoute {
  pattern: (words: PathWords) => string;
  /** Validates the request before the database is asked anything (throws 400/404). */
  validate?: (c: Context<AppEnv>) => void;
  /** Where the default language's prefixed URL redirects to. */
  canonicalPath: (c: Context<AppEnv>, locale: string, site: Site) => string;
  handle: (request: LocalizedRequest) => Promise<Response>;
}

export function registerLocalized(app: Hono<AppEnv>, route: LocalizedRoute): void {
  const handler = (locales: string[], prefixed: boolean) => async (c: Context<AppEnv>) => {
    route.validate?.(c);
    let view: PublicView;
    try {
      view = await c.var.publicState.current();
    } catch (error) {
      return c.get('lastKnownGood').respond(c, snapshotKeyOf(c.req.url), error);
    }
    const site = view.site ?? DEFAULT_SITE;
    const locale = prefixed ? locales[0]! : site.defaultLocale;
    c.set('locale', locale);
    if (!locales.includes(locale) || !site.offeredLocales.includes(locale)) throw new HTTPException(404);
    if (prefixed && locale === site.defaultLocale) {
      const query = new URL(c.req.url).search;
      return c.redirect(route.canonicalPath(c, locale, site) + query, 301);
    }
    return route.handle({ c, locale, site, view });
  };

  const roots = new Map<string, string[]>();
  for (const [locale, t] of Object.entries(CATALOGS)) {
    const pattern = route.pattern(t.paths);
    roots.set(pattern, [...(roots.get(pattern) ?? []), locale]);
    app.get(`/${urlPrefixOf(locale)}${pattern}`, handler([locale], true));
  }
  for (const [pattern, locales] of roots) app.get(pattern, handler(locales, false));
}
