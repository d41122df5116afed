import type { LocalText, PageChrome } from '../../chrome';
import { Inline, Paragraphs } from '../../partials/Text';
import { UpdateEntry, type UpdateEntryProps } from '../../partials/UpdateEntry';
import type { AdminChrome } from '../AdminLayout';
import { Message } from '../partials/Form';

export interface PreviewVersion {
  /** Name of the public page's language, in the admin's language. */
  languageName: string;
  /** The public page's chrome in that language: the entry renders exactly as it will there. */
  publicChrome: PageChrome;
  entry: UpdateEntryProps;
}

export interface UpdatePreviewProps {
  chrome: AdminChrome;
  versions: PreviewVersion[];
  /** What else publishing will change (phase, next-update promise), in the admin's language. */
  effects: string[];
  /** 3 under the incident page's update form; 2 on the new-incident page, right under its h1. */
  headingLevel?: 2 | 3;
  /**
   * Texts in content languages the public pages are not served in yet (no interface catalog):
   * shown as written, so every language typed is seen before it is published.
   */
  contentOnly?: ContentOnlyText[];
  /** A new incident's notice as each public page will word it (title and the questions answered). */
  notices?: NoticePreview[];
}

export interface ContentOnlyText {
  languageName: string;
  lang: string;
  dir?: 'rtl';
  text: string;
}

export interface NoticePreview {
  languageName: string;
  publicChrome: PageChrome;
  title: LocalText;
  answers: { question: string; text: LocalText }[];
}

/**
 * The would-be update as the public incident page will show it, once per public language.
 * Nothing has been written: the editor still has to press Publish.
 */
export function UpdatePreview({ chrome, versions, effects, headingLevel = 3, contentOnly = [], notices = [] }: UpdatePreviewProps) {
  const { t } = chrome;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section class="preview" aria-labelledby="preview-heading">
      <Heading id="preview-heading">{t.incidents.previewHeading}</Heading>
      <Message kind="warning">{t.incidents.previewNotPublished}</Message>
      {effects.length > 0 && (
        <ul>
          {effects.map((effect) => (
            <li>{effect}</li>
          ))}
        </ul>
      )}
      {versions.map((version) => {
        const notice = notices.find((entry) => entry.publicChrome.t.lang === version.publicChrome.t.lang);
        return (
          <section class="preview-version" aria-label={t.incidents.previewOnPage(version.languageName)} lang={version.publicChrome.t.lang}>
            <p class="preview-label" lang={chrome.lang}>
              <strong>{t.incidents.previewOnPage(version.languageName)}</strong>
            </p>
            {notice && (
              <div class="preview-notice">
                <Sub>
                  <Inline chrome={notice.publicChrome} value={notice.title} />
                </Sub>
                {notice.answers.map((answer) => (
                  <>
                    <p>
                      <strong>{answer.question}</strong>
                    </p>
                    <Paragraphs chrome={notice.publicChrome} value={answer.text} />
                  </>
                ))}
              </div>
            )}
            <UpdateEntry chrome={version.publicChrome} update={version.entry} headingLevel={headingLevel === 2 ? 3 : 4} />
          </section>
        );
      })}
      {contentOnly.map((entry) => (
        <section class="preview-version" aria-label={t.incidents.previewContentOnly(entry.languageName)}>
          <p class="preview-label">
            <strong>{t.incidents.previewContentOnly(entry.languageName)}</strong>
          </p>
          <div lang={entry.lang} dir={entry.dir}>
            {entry.text.split(/\n{2,}/).map((paragraph) => (
              <p>{paragraph}</p>
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}
