import type { Child } from 'hono/jsx';
import type { AdminMessages } from '../../src/i18n/admin';
import { TextCleanedNotice } from './partials/Form';

export type AdminSection =
  | 'dashboard'
  | 'incidents'
  | 'maintenance'
  | 'services'
  | 'contacts'
  | 'translations'
  | 'settings'
  | 'users'
  | 'audit'
  | 'backup'
  | 'tokens'
  | 'siteExport'
  | 'webhooks'
  | 'account'
  | 'none';

export interface AdminChrome {
  t: AdminMessages;
  lang: string;
  assets: { stylesheet: string; adminStylesheet: string; htmx: string; icons: string; webauthn: string; passkeys: string };
  /** Null on the sign-in pages. */
  user: { displayName: string; role: 'admin' | 'editor' } | null;
  csrfToken: string | null;
  /** Set after a save whose text lost control characters to cleaning (TextCleanedNotice). */
  textCleaned?: string | null;
}

const SECTIONS: { key: Exclude<AdminSection, 'none'>; href: string; adminOnly?: boolean }[] = [
  { key: 'dashboard', href: '/admin' },
  { key: 'incidents', href: '/admin/incidents' },
  { key: 'maintenance', href: '/admin/maintenance' },
  { key: 'services', href: '/admin/services' },
  { key: 'contacts', href: '/admin/contacts' },
  { key: 'settings', href: '/admin/settings', adminOnly: true },
  { key: 'users', href: '/admin/users', adminOnly: true },
  { key: 'audit', href: '/admin/audit', adminOnly: true },
  { key: 'backup', href: '/admin/settings/backup', adminOnly: true },
  { key: 'tokens', href: '/admin/settings/tokens', adminOnly: true },
  { key: 'siteExport', href: '/admin/backup-website' },
  { key: 'webhooks', href: '/admin/settings/webhooks', adminOnly: true },
  { key: 'account', href: '/admin/account' },
  // After the account: there an editor's menu keeps its three lines at 390 px (tests/browser/dashboard.test.ts).
  { key: 'translations', href: '/admin/translations' },
];

/** Hidden field carrying the session's CSRF token, for forms posted without JavaScript. */
export function CsrfField({ chrome }: { chrome: AdminChrome }) {
  return chrome.csrfToken ? <input type="hidden" name="_csrf" value={chrome.csrfToken} /> : null;
}

export function AdminLayout({
  chrome,
  title,
  section,
  failed = false,
  children,
}: {
  chrome: AdminChrome;
  title: string;
  section: AdminSection;
  /** The page shows a form that needs fixing: the title says so first ("Fel: …"), as screen readers announce it on load. */
  failed?: boolean;
  children: Child;
}) {
  const { t, user } = chrome;
  const sections = SECTIONS.filter((entry) => !entry.adminOnly || user?.role === 'admin');
  return (
    <html lang={chrome.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        {/* Our CSP forbids inline styles: keep htmx from injecting its indicator stylesheet.
            Attributes are written data-hx-* with "_" for modifiers (data-hx-headers_inherited)
            so that the markup is valid HTML. */}
        <meta name="htmx-config" content='{"includeIndicatorCSS":false,"metaCharacter":"_"}' />
        <title>{`${failed ? `${t.errorTitlePrefix}: ` : ''}${title} – ${t.consoleTitle}`}</title>
        <link rel="stylesheet" href={chrome.assets.stylesheet} />
        <link rel="stylesheet" href={chrome.assets.adminStylesheet} />
        {user && <script src={chrome.assets.htmx} defer></script>}
      </head>
      <body data-hx-headers_inherited={chrome.csrfToken ? JSON.stringify({ 'X-CSRF-Token': chrome.csrfToken }) : undefined}>
        <a class="skip" href="#main">
          {t.skipToContent}
        </a>
        <header class="site-header admin-header">
          <div class="wrap admin-main">
            <span class="site-name">{t.consoleTitle}</span>
            {user && (
              <form method="post" action="/admin/logout" class="inline-form">
                <CsrfField chrome={chrome} />
                <span>
                  {t.signedInAs(user.displayName)} ({t.roleName[user.role]}){' '}
                </span>
                <button type="submit" class="secondary">
                  {t.signOut}
                </button>
              </form>
            )}
          </div>
          {user && (
            <nav class="wrap admin-main admin-nav" aria-label={t.navLabel}>
              <ul>
                {sections.map((entry) => (
                  <li>
                    <a href={entry.href} aria-current={entry.key === section ? 'page' : undefined}>
                      {t.nav[entry.key]}
                    </a>
                  </li>
                ))}
                <li>
                  <a href="/">{t.nav.publicSite}</a>
                </li>
              </ul>
            </nav>
          )}
        </header>
        <main id="main" class="wrap admin-main">
          <div id="announcer" role="status" class="visually-hidden"></div>
          {user && <TextCleanedNotice text={chrome.textCleaned ?? null} />}
          {children}
        </main>
      </body>
    </html>
  );
}
