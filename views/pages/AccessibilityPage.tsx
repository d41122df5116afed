import type { AccessibilitySection } from '../../src/i18n/messages';
import type { PageChrome } from '../chrome';
import { Layout } from '../layouts/Layout';

export function AccessibilityPage({ chrome, sections }: { chrome: PageChrome; sections: AccessibilitySection[] }) {
  return (
    <Layout chrome={chrome} title={chrome.t.accessibilityTitle}>
      <h1>{chrome.t.accessibilityTitle}</h1>
      {sections.map((section) => (
        <section>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p>{paragraph}</p>
          ))}
          {section.link && (
            <p>
              <a href={section.link.href}>{section.link.text}</a>
            </p>
          )}
        </section>
      ))}
    </Layout>
  );
}
