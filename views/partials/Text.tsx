import { directionOf } from '../../src/domain/locales';
import { paragraphsOf } from '../../src/domain/paragraphs';
import type { LocalText, PageChrome } from '../chrome';

/**
 * Text as `<p>` elements with `<br>` between lines (src/domain/paragraphs.ts decides where
 * they break), for pages and feed entries alike. JSX escapes every character, so hostile
 * input stays text. `lang` marks text in another language than the document.
 */
export function ParagraphBlocks({ text, lang, dir }: { text: string; lang?: string; dir?: 'ltr' | 'rtl' }) {
  return (
    <>
      {paragraphsOf(text).map((lines) => (
        <p lang={lang} dir={dir}>
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

/** `dir` for text in `lang` on a page written in `pageDir`: only where the two differ (Swedish in an Arabic page). */
export function dirAgainst(lang: string, pageDir: 'ltr' | 'rtl'): 'ltr' | 'rtl' | undefined {
  const dir = directionOf(lang);
  return dir === pageDir ? undefined : dir;
}

/**
 * Admin-entered text as paragraphs. A text in another language than the page (a missing
 * translation) is marked with its `lang` (and `dir`, where it runs the other way) and
 * followed by a note in the page's language; a translation older than its original says so.
 */
export function Paragraphs({ chrome, value }: { chrome: PageChrome; value: LocalText }) {
  const { t, fmt } = chrome;
  const foreign = value.lang !== t.lang && value.text !== '';
  return (
    <>
      <ParagraphBlocks
        text={value.text}
        lang={foreign ? value.lang : undefined}
        dir={foreign ? dirAgainst(value.lang, t.dir) : undefined}
      />
      {foreign && <p class="stale">{t.missingTranslation(fmt.languageName(value.lang))}</p>}
      {value.stale && (
        <p class="stale">
          {t.olderTranslation(fmt.languageName(value.stale.originalLang), fmt.date(value.stale.originalUpdatedAt))}
        </p>
      )}
    </>
  );
}

/**
 * Inline text (a name, a note), marked with its language when it differs from the page. On a
 * right-to-left page a name in the page's language is still isolated (`<bdi>`): names such as
 * "IT-avdelningen" or "Outlook" often run left to right inside Arabic text. A translation
 * older than its original is marked beside the name, as a paragraph is marked below it.
 */
export function Inline({ chrome, value }: { chrome: PageChrome; value: LocalText }) {
  const { t } = chrome;
  if (value.stale) {
    return (
      <>
        <InlineText chrome={chrome} value={value} /> <small class="stale">({t.olderTranslationMark})</small>
      </>
    );
  }
  return <InlineText chrome={chrome} value={value} />;
}

function InlineText({ chrome, value }: { chrome: PageChrome; value: LocalText }) {
  const { t } = chrome;
  if (value.lang !== t.lang) {
    return (
      <span lang={value.lang} dir={dirAgainst(value.lang, t.dir)}>
        {value.text}
      </span>
    );
  }
  return t.dir === 'rtl' ? <bdi>{value.text}</bdi> : <>{value.text}</>;
}
