/**
 * The readable API page (/api in the default language, /en/api …): every address with what it
 * returns, the languages, caching, the status vocabulary and a live example. Served and cached
 * like every public page (per revision), and linked from every page's footer.
 */
import { Hono } from 'hono';
import { ApiPage } from '../../views/pages/ApiPage';
import { NATIVE_ENDPOINTS, OPENAPI_DOCUMENT_PATH, STATUSPAGE_ENDPOINTS } from '../api/endpoints';
import { statusDocumentOf } from '../api/statuspage/assemble';
import { componentStatusOf } from '../api/statuspage/vocabulary';
import { SERVICE_STATUSES } from '../domain/status';
import type { AppEnv } from '../env';
import type { AssetBundle } from '../http/assets';
import { renderDocument } from '../http/render';
import { servePage } from '../http/serve-page';
import { apiWordsFor } from '../i18n/api';
import { formatterFor } from '../i18n/format';
import { pageContext } from '../present/chrome';
import { apiPagePath } from '../urls/paths';
import { registerLocalized, type LocalizedRequest } from './localized';

async function renderApiPage({ c, locale, site, view }: LocalizedRequest, assetUrls: { stylesheet: string; icons: string }) {
  const publicUrl = c.var.config.publicUrl ?? site.publicUrl;
  const now = c.var.clock.now();
  const context = pageContext({ site, locale, ref: { kind: 'overview' }, publicUrl, lastUpdated: view.changedAt, assets: assetUrls, now });
  // The page is not the overview: its own address is canonical, in every language.
  context.chrome.canonicalUrl = publicUrl + apiPagePath(locale, site.defaultLocale);
  context.chrome.alternates = context.chrome.alternates.map((alternate) => {
    const path = apiPagePath(alternate.lang, site.defaultLocale);
    return { ...alternate, href: publicUrl + path, path };
  });
  const words = apiWordsFor(locale);
  // Links open the documents in the page's language.
  const inLanguage = (path: string) => (locale === site.defaultLocale ? path : `${path}?lang=${locale}`);
  const endpoint = ({ id, path }: { id: keyof typeof words.endpoints; path: string }) => ({
    path,
    href: path.includes('{') ? null : inLanguage(path),
    description: words.endpoints[id],
  });
  const status = await statusDocumentOf({ db: c.var.db, site, lang: locale, publicUrl, changedAt: view.changedAt, now });
  const languageName = (code: string) => formatterFor(context.chrome.t.intlLocale, site.timeZone).languageName(code);
  return renderDocument(
    <ApiPage
      chrome={context.chrome}
      words={words}
      statuspage={STATUSPAGE_ENDPOINTS.map(endpoint)}
      native={NATIVE_ENDPOINTS.map(endpoint)}
      openapiHref={OPENAPI_DOCUMENT_PATH}
      subscribeHref={context.paths.subscribe}
      defaultLanguage={languageName(site.defaultLocale)}
      offeredLanguages={site.offeredLocales.map((code) => `${languageName(code)} (${code})`).join(', ')}
      vocabulary={SERVICE_STATUSES.map((key) => ({ status: key, statuspage: componentStatusOf(key) }))}
      example={{
        command: `curl ${publicUrl}${inLanguage('/api/v2/status.json')}`,
        answer: JSON.stringify(status, null, 2),
      }}
    />,
  );
}

export function apiPageRoutes(assets: AssetBundle): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const assetUrls = { stylesheet: assets.stylesheet.path, icons: assets.icons.path, favicon: assets.favicon.path };
  registerLocalized(app, {
    pattern: () => '/api',
    validate: (c) => c.set('assetUrls', assetUrls),
    canonicalPath: (_c, locale, site) => apiPagePath(locale, site.defaultLocale),
    handle: (request) =>
      servePage(request.c, request.view, `${request.locale}|${apiPagePath(request.locale, request.site.defaultLocale)}`, () =>
        renderApiPage(request, assetUrls),
      ),
  });
  return app;
}
