import type { PageChrome } from '../../chrome';
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
}

/**
 * The would-be update as the public incident page will show it, once per public language.
 * Nothing has been written: the editor still has to press Publish.
 */
export function UpdatePreview({ chrome, versions, effects, headingLevel = 3 }: UpdatePreviewProps) {
  const { t } = chrome;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
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
      {versions.map((version) => (
        <section class="preview-version" aria-label={t.incidents.previewOnPage(version.languageName)} lang={version.publicChrome.t.lang}>
          <p class="preview-label" lang={chrome.lang}>
            <strong>{t.incidents.previewOnPage(version.languageName)}</strong>
          </p>
          <UpdateEntry chrome={version.publicChrome} update={version.entry} headingLevel={headingLevel === 2 ? 3 : 4} />
        </section>
      ))}
    </section>
  );
}
