import type { LocalText, PageChrome } from '../chrome';

/**
 * Admin-entered text as paragraphs: blank lines separate paragraphs, single newlines are line
 * breaks. JSX escapes every character, so hostile input stays text. `lang` is set when the
 * text is in another language than the page (a missing translation), and a translation
 * older than its original says so.
 */
export function Paragraphs({ chrome, value }: { chrome: PageChrome; value: LocalText }) {
  const { t, fmt } = chrome;
  const paragraphs = value.text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  const lang = value.lang === t.lang ? undefined : value.lang;
  return (
    <>
      {paragraphs.map((paragraph) => (
        <p lang={lang}>
          {paragraph.split('\n').map((line, index) => (
            <>
              {index > 0 && <br />}
              {line}
            </>
          ))}
        </p>
      ))}
      {value.stale && (
        <p class="stale">
          {t.olderTranslation(fmt.languageName(value.stale.originalLang), fmt.date(value.stale.originalUpdatedAt))}
        </p>
      )}
    </>
  );
}

/** Inline text, marked with its language when it differs from the page. */
export function Inline({ chrome, value }: { chrome: PageChrome; value: LocalText }) {
  return value.lang === chrome.t.lang ? <>{value.text}</> : <span lang={value.lang}>{value.text}</span>;
}
