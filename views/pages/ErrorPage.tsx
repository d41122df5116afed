import type { Messages } from '../../src/i18n/messages';

export interface ErrorPageProps {
  t: Messages;
  status: 400 | 403 | 404 | 500 | 503;
  /** For 403: 'csrf' when a form could not be verified; for 400: 'malformed-body' for an unreadable form. */
  reason?: string;
  requestId: string;
  overviewHref: string;
  stylesheet: string;
  /** The start page in the other languages, so a reader of either language finds the way. */
  otherLanguages: { lang: string; name: string; dir: 'ltr' | 'rtl'; href: string }[];
}

/**
 * Error pages depend on nothing but the words and the request: they must render when the
 * database or the settings cannot be read.
 */
export function ErrorPage({ t, status, reason, requestId, overviewHref, stylesheet, otherLanguages }: ErrorPageProps) {
  const badBody = status === 400 && reason === 'malformed-body';
  const title =
    status === 404
      ? t.notFoundTitle
      : badBody
        ? t.badBodyTitle
        : status === 400
          ? t.badRequestTitle
          : status === 403
            ? t.forbiddenTitle
            : status === 503
              ? t.unavailableTitle
              : t.serverErrorTitle;
  const text =
    status === 404
      ? t.notFoundText
      : badBody
        ? t.badBodyText
        : status === 400
          ? t.badRequestText
          : status === 403
            ? reason === 'csrf' || reason === 'Forbidden' || reason === ''
              ? t.forbiddenCsrfText
              : t.forbiddenText
            : status === 503
              ? t.unavailableText
              : t.serverErrorText(requestId);
  return (
    <html lang={t.lang} dir={t.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <link rel="stylesheet" href={stylesheet} />
      </head>
      <body>
        <main id="main" class="wrap">
          <h1>{title}</h1>
          <p>{text}</p>
          <p>
            <a href={overviewHref}>{t.backToOverview}</a>
          </p>
          {otherLanguages.length > 0 && (
            <ul class="inline-list">
              {otherLanguages.map((other) => (
                <li>
                  <a href={other.href} hreflang={other.lang} lang={other.lang} dir={other.dir === t.dir ? undefined : other.dir}>
                    {other.name}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </main>
      </body>
    </html>
  );
}
