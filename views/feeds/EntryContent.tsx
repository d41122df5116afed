import { isRestoration } from '../../src/domain/status';
import type { Formatter } from '../../src/i18n/format';
import type { Messages } from '../../src/i18n/messages';
import { ParagraphBlocks } from '../partials/Text';
import type { UpdateEntryProps } from '../partials/UpdateEntry';

export interface EntryContentProps {
  t: Messages;
  fmt: Formatter;
  /** The same presented update the page shows (src/present/update.ts). */
  update: UpdateEntryProps;
}

/**
 * The HTML body of a feed entry. JSX escapes every admin-entered character; feed readers get
 * plain structure (paragraphs, a list of status changes) and no styling, and of a corrected
 * entry the text as first published (not every intermediate version, as the page has).
 */
export function EntryContent({ t, fmt, update }: EntryContentProps) {
  const { correction } = update;
  return (
    <div>
      {update.maintenance && (
        <p>
          {t.maintenanceStatus[update.maintenance.status]} · {t.plannedMaintenance} {fmt.window(update.maintenance.startsAt, update.maintenance.endsAt)}
        </p>
      )}
      {correction && (
        <p>
          <strong>{t.corrected(fmt.dateTime(correction.correctedAt))}.</strong>
          {correction.reason.text && ` ${t.correctionReason}: ${correction.reason.text}`}
        </p>
      )}
      <ParagraphBlocks text={update.body.text} />
      {update.changes.length > 0 && (
        <ul>
          {update.changes.map(({ name, from, to }) =>
            to === null ? null : (
              <li>
                {from ? t.statusChange(name.text, t.status[from], t.status[to]) : `${name.text}: ${t.status[to]}`}
                {isRestoration(from, to) && ` (${t.restored})`}
              </li>
            ),
          )}
        </ul>
      )}
      {update.mentions.length > 0 && (
        <p>
          {t.mentioned}: {update.mentions.map((mention) => mention.name.text).join(', ')}
        </p>
      )}
      {correction && (
        <>
          <p>{t.originalText}:</p>
          <blockquote>
            <ParagraphBlocks text={correction.earlier[0]?.body.text ?? ''} />
          </blockquote>
        </>
      )}
    </div>
  );
}
