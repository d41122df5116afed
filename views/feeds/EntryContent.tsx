import { isRestoration, type ServiceStatus } from '../../src/domain/status';
import type { Messages } from '../../src/i18n/messages';

export interface EntryContentProps {
  t: Messages;
  paragraphs: string[];
  changes: { name: string; from: ServiceStatus | null; to: ServiceStatus }[];
  mentions: string[];
  correction: { when: string; reason: string; original: string[] } | null;
}

function Lines({ paragraphs }: { paragraphs: string[] }) {
  return (
    <>
      {paragraphs.map((paragraph) => (
        <p>
          {paragraph.split('\n').map((line, index) => (
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
 * The HTML body of a feed entry. JSX escapes every admin-entered character; feed readers get
 * plain structure (paragraphs, a list of status changes) and no styling.
 */
export function EntryContent({ t, paragraphs, changes, mentions, correction }: EntryContentProps) {
  return (
    <div>
      {correction && (
        <p>
          <strong>{t.corrected(correction.when)}.</strong>
          {correction.reason && ` ${t.correctionReason}: ${correction.reason}`}
        </p>
      )}
      <Lines paragraphs={paragraphs} />
      {changes.length > 0 && (
        <ul>
          {changes.map((change) => (
            <li>
              {change.from
                ? t.statusChange(change.name, t.status[change.from], t.status[change.to])
                : `${change.name}: ${t.status[change.to]}`}
              {isRestoration(change.from, change.to) && ` (${t.restored})`}
            </li>
          ))}
        </ul>
      )}
      {mentions.length > 0 && (
        <p>
          {t.mentioned}: {mentions.join(', ')}
        </p>
      )}
      {correction && (
        <>
          <p>{t.originalText}:</p>
          <blockquote>
            <Lines paragraphs={correction.original} />
          </blockquote>
        </>
      )}
    </div>
  );
}
