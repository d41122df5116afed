/**
 * The words of a CAP message that come from a presented update (src/present/update.ts): its
 * headline and its description. Shared by the messages and their Atom index, so the index
 * entry and the message it links cannot disagree.
 */
import type { Formatter } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import type { PresentedUpdate } from '../present/update';

/** The incident's title; for a standalone update its services and their new status. */
export function capHeadline(update: PresentedUpdate, t: Messages, fmt: Formatter): string {
  const about = update.incident
    ? update.incident.title.text
    : update.changes.length > 0
      ? update.changes.map((change) => `${change.name.text}: ${t.status[change.to!]}`).join('; ')
      : update.services.length > 0
        ? update.services.map((service) => service.name.text).join(', ')
        : t.standaloneUpdate;
  return update.correction ? `${about} (${t.corrected(fmt.dateTime(update.correction.correctedAt))})` : about;
}

/** The text as published (or corrected, with why), then each status change on a line of its own. */
export function capDescription(update: PresentedUpdate, t: Messages): string {
  const changes = update.changes.map((change) =>
    change.from === null
      ? `${change.name.text}: ${t.status[change.to!]}`
      : t.statusChange(change.name.text, t.status[change.from], t.status[change.to!]),
  );
  const parts = [
    update.correction ? t.machine.cap.correctionNote(update.correction.reason.text) : '',
    update.body.text,
    changes.join('\n'),
  ];
  return parts.filter((part) => part !== '').join('\n\n');
}
