import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { apiWordsFor } from '../../src/i18n/api';
import type { PageChrome } from '../chrome';
import { SnapshotBannerSlot } from './SnapshotBanner';

export interface LayoutProps {
  chrome: PageChrome;
  /** The page's own title; the site title is appended. */
  title: string;
  /** Stylesheets after the site's own, for a page with a layout of its own (the poster). */
  stylesheets?: string[];
  children: Child;
}

/** The one document shell every public page is rendered through. */
export function Layout({ chrome, title, stylesheets = [], children }: LayoutProps) {
  const { t, fmt } = chrome;
  const others = chrome.alternates.filter((alternate) => alternate.lang !== t.lang);
  const xDefault = chrome.alternates.find((alternate) => alternate.isDefault);
  const documentTitle = title === chrome.siteTitle ? title : `${title} – ${chrome.siteTitle}`;
  return (
    <html lang={t.lang} dir={t.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{documentTitle}</title>
        <meta name="description" content={chrome.description} />
        {chrome.assets.favicon && <link rel="icon" type="image/svg+xml" href={chrome.assets.favicon} />}
        <link rel="stylesheet" href={chrome.assets.stylesheet} />
        {stylesheets.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        <link rel="canonical" href={chrome.canonicalUrl} />
        {chrome.alternates.length > 1 &&
          chrome.alternates.map((alternate) => (
            <link rel="alternate" hreflang={alternate.lang} href={alternate.href} />
          ))}
        {chrome.alternates.length > 1 && xDefault && <link rel="alternate" hreflang="x-default" href={xDefault.href} />}
        {chrome.feeds.map((feed) => (
          <link rel="alternate" type={feed.type} title={feed.title} href={feed.href} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          {t.skipToContent}
        </a>
        {/* Filled only when this page is served from its last good copy (./SnapshotBanner). */}
        <SnapshotBannerSlot />
        {chrome.isExampleData && (
          <p class="example-banner">
            <strong>{t.exampleBanner}</strong>
          </p>
        )}
        <header class="site-header">
          <div class="wrap">
            <a class="site-name" href={chrome.nav.overview}>
              {chrome.organisationName}
            </a>
            {others.length > 0 && (
              <nav class="languages" aria-label={t.languageSwitchLabel}>
                <ul>
                  {/* Every language by its own name, this one too (not a link), each with its
                      lang, and its dir where it is written the other way than this page. */}
                  {chrome.alternates.map((alternate) => (
                    <li>
                      {alternate.lang === t.lang ? (
                        <span aria-current="true" lang={alternate.lang}>
                          {alternate.name}
                        </span>
                      ) : (
                        <a
                          href={alternate.path}
                          hreflang={alternate.lang}
                          lang={alternate.lang}
                          dir={alternate.dir === t.dir ? undefined : alternate.dir}
                        >
                          {alternate.name}
                        </a>
                      )}
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
        </header>
        <main id="main" class="wrap">
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p class="last-updated">
              {t.lastUpdated}:{' '}
              <time datetime={fmt.machine(chrome.lastUpdated)}>{fmt.dateTime(chrome.lastUpdated)}</time>
            </p>
            <nav aria-label={t.mainNavigationLabel}>
              <ul>
                <li>
                  <a href={chrome.nav.overview}>{t.overviewLink}</a>
                </li>
                <li>
                  <a href={chrome.nav.history}>{t.historyLink}</a>
                </li>
                <li>
                  <a href={chrome.nav.subscribe}>{t.subscribeLink}</a>
                </li>
                <li>
                  <a href={chrome.nav.accessibility}>{t.accessibilityLink}</a>
                </li>
                {chrome.nav.api && (
                  <li>
                    <a href={chrome.nav.api}>{apiWordsFor(t.lang).footerLink}</a>
                  </li>
                )}
              </ul>
            </nav>
            <p>{t.footerNote(chrome.organisationName)}</p>
          </div>
        </footer>
        {chrome.assets.inlineIcons && (
          // Our own constant (views/assets/icons.ts), never anyone's text: safe to insert as it is.
          <div hidden>{raw(chrome.assets.inlineIcons)}</div>
        )}
      </body>
    </html>
  );
}
