/**
 * What other sites show of us (docs/decisions/0027-cap-badges-embed.md): status badges
 * (`/badge.svg`, `/tjanster/<slug>/badge.svg`, `/en/…`) and the overall state as a small
 * document for their frames (`/embed`, `/en/embed`). Both are served per data revision like
 * the pages (304 from the revision, last good copy while the database is down), carry no
 * script and set no cookie.
 *
 * The app's headers keep every page out of other sites' frames and images
 * (`frame-ancestors 'none'`, X-Frame-Options, Cross-Origin-Resource-Policy: same-origin);
 * `openToOtherSites` (mounted in src/app.ts around those headers) lifts exactly that, for
 * exactly these addresses.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { Badge } from '../../views/badges/Badge';
import { EmbedPage } from '../../views/pages/EmbedPage';
import { overallBadge, serviceBadge } from '../badge/badge';
import { summariseStatuses } from '../domain/overall';
import type { AppEnv } from '../env';
import type { AssetBundle } from '../http/assets';
import { renderDocument, renderDocumentFragment } from '../http/render';
import { PUBLIC_CACHE_CONTROL, serveCached } from '../http/serve-page';
import { CATALOGS, messagesFor } from '../i18n';
import { formatterFor } from '../i18n/format';
import { localText } from '../present/localize';
import { findServiceBySlug, listActiveServices } from '../store/services';
import { embeddingPathsFor } from '../urls/machine';
import { urlPrefixOf } from '../urls/locale-prefixes';
import { pathsFor } from '../urls/paths';
import { registerLocalized, type LocalizedRequest } from './localized';
import { slugOf } from './params';

export const BADGE_CONTENT_TYPE = 'image/svg+xml';

const LOCALES = Object.keys(CATALOGS);
const EMBED_PATHS = new Set(['/embed', ...LOCALES.map((locale) => `/${urlPrefixOf(locale)}/embed`)]);
const SERVICE_WORDS = [...new Set(Object.values(CATALOGS).map((t) => t.paths.services))];
const BADGE_PATH = new RegExp(
  `^(?:/(?:${LOCALES.map(urlPrefixOf).join('|')}))?(?:/(?:${SERVICE_WORDS.join('|')})/[^/]+)?/badge\\.svg$`,
);

/**
 * Around the app's security headers (registered before them, so it runs after them): the
 * embeddable state may be framed by any site, and badges may be shown as images by any site.
 * Everything else keeps the app's policy.
 */
export const openToOtherSites: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const path = c.req.path;
  if (EMBED_PATHS.has(path)) {
    const policy = c.res.headers.get('Content-Security-Policy');
    if (policy) c.res.headers.set('Content-Security-Policy', policy.replace(/frame-ancestors [^;]*/, 'frame-ancestors *'));
    c.res.headers.delete('X-Frame-Options');
  } else if (BADGE_PATH.test(path)) {
    c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
  }
};

/** A badge's words without the full stop of the sentence they come from. */
function withoutFullStop(sentence: string): string {
  return sentence.replace(/\.$/, '');
}

function serveBadge({ c, locale, site, view }: LocalizedRequest, slug: string | null) {
  return serveCached(c, {
    cacheKey: `badge|${locale}|${slug ?? ''}`,
    etag: `W/"${c.var.config.buildId}.${view.revision}"`,
    lastModified: view.changedAt,
    cacheControl: PUBLIC_CACHE_CONTROL,
    contentType: BADGE_CONTENT_TYPE,
    render: async () => {
      const t = messagesFor(locale);
      const languages = { locale, defaultLocale: site.defaultLocale };
      if (slug === null) {
        const services = await listActiveServices(c.var.db);
        const overall = summariseStatuses(services.map((service) => service.status));
        const organisation = (site.texts[locale] ?? site.texts[site.defaultLocale])?.organisationName ?? '';
        const props = overallBadge(organisation, withoutFullStop(t.overallHeadline(overall)), overall.indicator);
        return { body: await renderDocumentFragment(<Badge {...props} />) };
      }
      const service = await findServiceBySlug(c.var.db, slug);
      if (!service) return null;
      const name = localText(service.texts, languages, (row) => row.name).text;
      return { body: await renderDocumentFragment(<Badge {...serviceBadge(name, t.status[service.status], service.status)} />) };
    },
  });
}

export function embeddingRoutes(assets: AssetBundle): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const badgeCors = cors({ origin: '*', allowMethods: ['GET', 'HEAD'], exposeHeaders: ['ETag', 'Last-Modified'] });
  for (const prefix of ['', ...LOCALES.map((locale) => `/${urlPrefixOf(locale)}`)]) {
    app.use(`${prefix}/badge.svg`, badgeCors);
    for (const words of SERVICE_WORDS) app.use(`${prefix}/${words}/:slug/badge.svg`, badgeCors);
  }

  registerLocalized(app, {
    pattern: () => '/badge.svg',
    canonicalPath: (_c, locale, site) => embeddingPathsFor(locale, site.defaultLocale).badge,
    handle: (request) => serveBadge(request, null),
  });
  registerLocalized(app, {
    pattern: (words) => `/${words.services}/:slug/badge.svg`,
    validate: (c) => void slugOf(c),
    canonicalPath: (c, locale, site) => embeddingPathsFor(locale, site.defaultLocale).serviceBadge(slugOf(c)),
    handle: (request) => serveBadge(request, slugOf(request.c)),
  });

  registerLocalized(app, {
    pattern: () => '/embed',
    canonicalPath: (_c, locale, site) => embeddingPathsFor(locale, site.defaultLocale).embed,
    handle: ({ c, locale, site, view }) =>
      serveCached(c, {
        cacheKey: `embed|${locale}`,
        etag: `W/"${c.var.config.buildId}.${view.revision}"`,
        lastModified: view.changedAt,
        cacheControl: PUBLIC_CACHE_CONTROL,
        contentType: 'text/html; charset=utf-8',
        render: async () => {
          const t = messagesFor(locale);
          const services = await listActiveServices(c.var.db);
          const texts = site.texts[locale] ?? site.texts[site.defaultLocale];
          const publicUrl = c.var.config.publicUrl ?? site.publicUrl;
          const body = await renderDocument(
            <EmbedPage
              t={t}
              fmt={formatterFor(t.intlLocale, site.timeZone)}
              organisationName={texts?.organisationName ?? ''}
              siteTitle={texts?.siteTitle ?? ''}
              overall={summariseStatuses(services.map((service) => service.status))}
              lastUpdated={view.changedAt}
              statusPageUrl={publicUrl + pathsFor(locale, site.defaultLocale).overview}
              isExampleData={site.isExampleData}
              stylesheet={assets.embedStylesheet.path}
              icons={assets.icons.path}
            />,
          );
          return { body };
        },
      }),
  });
  return app;
}
