/**
 * The translations view: per offered language, what is missing or older than the original,
 * newest first, each with a link to where it is written. Plain links and lists (no table), so it
 * needs no JavaScript and reads at phone width.
 */
import { AdminLayout, type AdminChrome } from '../AdminLayout';
import type { ShownTime } from './UsersPages';
import { Time } from './UsersPages';

export interface TranslationRow {
  kind: string;
  /** The original's words that name it, in the default language. */
  title: string;
  titleLang: string;
  /** "in “IT-angrepp”", for an update. */
  context: string | null;
  changed: ShownTime;
  /** "Saknas." or "Äldre än originalet: …". */
  state: string;
  older: boolean;
  /** Where to write it, with the link's words; null when the console has no such place. */
  fix: { href: string; text: string } | null;
  /** Said instead of the link when there is none. */
  note: string | null;
}

export interface TranslationsLanguage {
  locale: string;
  /** Capitalised, in the admin's language ("Finska"). */
  name: string;
  /** Its own name when it differs ("suomi"). */
  ownName: string | null;
  dir: 'ltr' | 'rtl';
  summary: string;
  /** Set when the public pages are not shown in this language yet. */
  contentOnly: string | null;
  rows: TranslationRow[];
}

export function TranslationsPage({
  chrome,
  intro,
  languages,
  limits,
  offerMore,
}: {
  chrome: AdminChrome;
  intro: string;
  languages: TranslationsLanguage[];
  limits: string;
  /** A link to the settings, for an admin. */
  offerMore: { href: string; text: string } | null;
}) {
  const { t } = chrome;
  const w = t.translations;
  return (
    <AdminLayout chrome={chrome} title={w.title} section="translations">
      <h1>{w.title}</h1>
      <p>{intro}</p>
      {offerMore && (
        <p>
          <a href={offerMore.href}>{offerMore.text}</a>
        </p>
      )}
      {languages.length > 1 && (
        <nav aria-label={w.languagesNav}>
          <ul>
            {languages.map((language) => (
              <li>
                <a href={`#lang-${language.locale}`}>
                  {language.name}: {language.summary}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {languages.map((language) => (
        <section aria-labelledby={`lang-${language.locale}`}>
          <h2 id={`lang-${language.locale}`} tabindex={-1}>
            {language.name}
            {language.ownName && (
              <>
                {' ('}
                <span lang={language.locale} dir={language.dir === 'rtl' ? 'rtl' : undefined}>
                  {language.ownName}
                </span>
                {')'}
              </>
            )}
          </h2>
          <p>{language.summary}</p>
          {language.contentOnly && <p class="hint">{language.contentOnly}</p>}
          {language.rows.length > 0 && (
            <ol class="incident-list translation-list">
              {language.rows.map((row) => (
                <li>
                  <p>
                    <strong>{row.kind}</strong>
                    {row.context && <> {row.context}</>} · {w.changed} <Time time={row.changed} />
                  </p>
                  <p lang={row.titleLang}>{row.title}</p>
                  <p class={row.older ? 'stale-translation' : undefined}>{row.state}</p>
                  {row.fix ? (
                    <p>
                      <a href={row.fix.href}>{row.fix.text}</a>
                    </p>
                  ) : (
                    row.note && <p class="hint">{row.note}</p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
      <p class="hint">{limits}</p>
    </AdminLayout>
  );
}
