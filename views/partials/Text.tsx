import { paragraphsOf } from '../../src/domain/paragraphs';
import type { LocalText, PageChrome } from '../chrome';

/**
 * Text as `<p>` elements with `<br>` between lines (src/domain/paragraphs.ts decides where
 * they break), for pages and feed entries alike. JSX escapes every character, so hostile
 * input stays text. `lang` marks text in another language than the document.
 */
export function ParagraphBlocks({ text, lang }: { text: string; lang?: string }) {
  return (
    <>
      {paragraphsOf(text).map((lines) => (
        <p lang={lang}>
          {lines.map((line, index) => (
            <>
              {index > 0 && <br />}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}

/**
 * Admin-entered text as paragraphs. `lang` is set when the text is in another language than
 * the page (a missing translation), and a translation older than its original says so.
 */
export function Paragraphs({ chrome, value }: { chrome: PageChrome; value: LocalText }) {
  const { t, fmt } = chrome;
  return (
    <>
      <ParagraphBlocks text={value.text} lang={value.lang === t.lang ? undefined : value.lang} />
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
