/** Error pages (400, 403, 404, 500, 503) in the language of the request, without touching the database. */
import type { Context } from 'hono';
import { ErrorPage } from '../../views/pages/ErrorPage';
import type { AppEnv } from '../env';
import { CATALOGS, messagesFor } from '../i18n';
import { localeOfUrlPrefix } from '../urls/locale-prefixes';
import { prefixFor } from '../urls/paths';
import { renderDocument } from './render';
import type { AssetBundle } from './assets';

/** Seconds before trying again after a 503: a lock held by another writer is normally gone by then. */
export const RETRY_AFTER_SECONDS = 5;

/** The language of a path: `/en/…` is English, `/lattlast/…` easy-to-read Swedish; anything else is the default language. */
function localeOfPath(path: string): string {
  return localeOfUrlPrefix(path.split('/')[1] ?? '') ?? 'sv';
}

export async function errorResponse(c: Context<AppEnv>, status: 400 | 403 | 404 | 500 | 503, assets: AssetBundle, reason?: string) {
  const locale = c.var.locale ?? localeOfPath(c.req.path);
  // The default language is assumed to be Swedish here: error pages must not need the database.
  const defaultLocale = 'sv';
  const html = await renderDocument(
    <ErrorPage
      t={messagesFor(locale)}
      status={status}
      reason={reason}
      requestId={c.var.requestId ?? ''}
      overviewHref={`${prefixFor(locale, defaultLocale)}/`}
      stylesheet={assets.stylesheet.path}
      otherLanguages={Object.entries(CATALOGS)
        .filter(([lang]) => lang !== locale)
        .map(([lang, words]) => ({ lang, name: words.languageName, dir: words.dir, href: `${prefixFor(lang, defaultLocale)}/` }))}
    />,
  );
  // Failures of the moment, and answers to a form post, are never kept by a cache.
  const passing = status === 500 || status === 503 || (c.req.method !== 'GET' && c.req.method !== 'HEAD');
  c.header('Cache-Control', passing ? 'no-store' : 'public, max-age=60');
  if (status === 503) c.header('Retry-After', String(RETRY_AFTER_SECONDS));
  return c.html(html, status);
}

