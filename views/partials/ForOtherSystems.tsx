import type { PageChrome } from '../chrome';

export interface ForOtherSystemsProps {
  chrome: PageChrome;
  /** Absolute addresses: the code shown is for other sites and systems, which need them whole. */
  capIndex: string;
  badge: string;
  embed: string;
}

/**
 * The subscribe page's section for authorities, newsrooms and other sites: the CAP index,
 * the status badge and the embeddable state, with the code to use them. The code is shown as
 * text (JSX escapes it), never inserted.
 */
/** A value inside the HTML shown for copying, so a quote in a name cannot break the copied code. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function ForOtherSystems({ chrome, capIndex, badge, embed }: ForOtherSystemsProps) {
  const { t, organisationName } = chrome;
  const words = t.machine.subscribe;
  const badgeCode = `<img src="${attribute(badge)}" alt="${attribute(words.badgeAlt(organisationName))}">`;
  const embedCode = `<iframe src="${attribute(embed)}" title="${attribute(words.embedTitle(organisationName))}" width="360" height="240" loading="lazy"></iframe>`;
  return (
    <section aria-labelledby="for-other-systems">
      <h2 id="for-other-systems">{words.heading}</h2>
      <p>{words.intro}</p>
      <h3>{words.capHeading}</h3>
      {words.capParagraphs.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <dl class="feed-urls">
        <dt>{words.capIndexLabel}</dt>
        <dd>
          <a href={capIndex} type="application/atom+xml">
            <code>{capIndex}</code>
          </a>
        </dd>
      </dl>
      <h3>{words.badgeHeading}</h3>
      {words.badgeParagraphs.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <p>
        <code>{badgeCode}</code>
      </p>
      <h3>{words.embedHeading}</h3>
      {words.embedParagraphs.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <p>
        <code>{embedCode}</code>
      </p>
    </section>
  );
}
