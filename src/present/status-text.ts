/**
 * The overview as plain text (`/status.txt`): short enough to read out on local radio or to
 * paste into a text message or a social-media post. Pure: a summary and words in, a string out.
 *
 * Always there: the site title, the overall sentence, "Senast uppdaterad" and the address.
 * Between them the services that do not work as usual and the contact channels open today,
 * each one line, each "what to do instead" cut to a sentence or two; when they do not all fit
 * `maxLength`, the worst services and the first channels stay, a line says how many more
 * there are and the address line says that the rest is there.
 */
import type { ServiceSummary } from '../../views/partials/ServiceItem';
import type { Formatter } from '../i18n/format';
import { periodsText } from '../i18n/hours';
import type { Messages } from '../i18n/messages';
import { plainLine, shorten } from './shorten';
import type { ContactToday, StatusSummary } from './status-summary';

/** Under 3 000 characters: a long text message, or about two minutes read aloud. */
export const STATUS_TEXT_MAX_LENGTH = 2_999;
/** A "what to do instead" longer than this is cut at a sentence: the page has the rest. */
const WORKAROUND_MAX = 200;
const NAME_MAX = 120;
const ADDRESS_MAX = 100;
/** Contacts may take at most this share of the room left by the fixed lines, services the rest. */
const CONTACT_SHARE = 0.4;

export interface StatusTextWords {
  t: Messages;
  fmt: Formatter;
  siteTitle: string;
  isExampleData: boolean;
}

function serviceLine(service: ServiceSummary, words: StatusTextWords): string {
  const { t, fmt } = words;
  const name = shorten(plainLine(service.name.text), NAME_MAX, t.intlLocale);
  let line = `- ${name}: ${t.status[service.status]}.`;
  const workaround = service.workaround ? plainLine(service.workaround.text) : '';
  if (workaround) {
    const instead = shorten(workaround, WORKAROUND_MAX, t.intlLocale);
    // The next sentence follows on the same line: end this one.
    line += ` ${t.whatToDoInstead}: ${/[.!?…]$/.test(instead) ? instead : `${instead}.`}`;
  }
  if (service.expectedRestorationAt) line += ` ${t.expectedBack}: ${fmt.dateTime(service.expectedRestorationAt)}.`;
  return line;
}

/** A channel that can be reached today, as one line; null when it is closed all day. */
function contactLine(contact: ContactToday, words: StatusTextWords): string | null {
  const { t, fmt } = words;
  const name = shorten(plainLine(contact.name.text), NAME_MAX, t.intlLocale);
  const where = `- ${name}, ${shorten(plainLine(contact.address), ADDRESS_MAX, t.intlLocale)}`;
  switch (contact.state.kind) {
    case 'always-open':
      return `${where}: ${t.openAroundTheClock}`;
    case 'not-applicable':
      return where;
    default:
      return contact.today.length > 0 ? `${where}: ${periodsText(fmt, contact.today)}` : null;
  }
}

const lengthOf = (lines: readonly string[]) => lines.reduce((sum, line) => sum + line.length + 1, 0);

/**
 * As many of `lines` as fit `budget` (counting a newline after each), followed by the line
 * `more(n)` for the n left out; nothing when not even that fits.
 */
function fitLines(
  lines: readonly string[],
  budget: number,
  more: (count: number) => string,
): { lines: string[]; complete: boolean } {
  if (lengthOf(lines) <= budget) return { lines: [...lines], complete: true };
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const left = lines.length - index - 1;
    if (used + line.length + 1 + (more(left).length + 1) > budget) break;
    kept.push(line);
    used += line.length + 1;
  }
  const moreLine = more(lines.length - kept.length);
  return { lines: used + moreLine.length + 1 <= budget ? [...kept, moreLine] : [], complete: false };
}

/** A titled block: the heading line, its lines, and a blank line after. */
function block(heading: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [heading, ...lines, ''];
}

export function renderStatusText(
  summary: StatusSummary,
  words: StatusTextWords,
  maxLength = STATUS_TEXT_MAX_LENGTH,
): string {
  const { t, fmt } = words;
  const head = [
    shorten(plainLine(words.siteTitle), NAME_MAX, t.intlLocale),
    ...(words.isExampleData ? [t.poster.exampleMarker] : []),
    `${t.overallHeadline(summary.overall)} ${t.overallDetail(summary.overall)}`.trim(),
    '',
  ];
  const updated = `${t.lastUpdated}: ${fmt.dateTime(summary.lastUpdated)}`;
  const affectedHeading = `${t.poster.affectedHeading}:`;
  const contactsHeading = `${t.poster.contactsToday(fmt.date(summary.today))}:`;
  const services = summary.affected.map((service) => serviceLine(service, words));
  const contacts = summary.contacts.flatMap((contact) => contactLine(contact, words) ?? []);

  // The fixed lines, with the longer of the two address lines and both headings reserved.
  const fixed = lengthOf([...head, affectedHeading, '', contactsHeading, '', updated, t.poster.moreAt(summary.url)]);
  const room = Math.max(0, maxLength - fixed);
  const fittedContacts = fitLines(contacts, Math.min(lengthOf(contacts), Math.floor(room * CONTACT_SHARE)), t.poster.moreContacts);
  const fittedServices = fitLines(services, room - lengthOf(fittedContacts.lines), t.poster.moreAffected);

  return [
    ...head,
    ...block(affectedHeading, fittedServices.lines),
    ...block(contactsHeading, fittedContacts.lines),
    updated,
    fittedServices.complete && fittedContacts.complete ? summary.url : t.poster.moreAt(summary.url),
  ].join('\n') + '\n';
}
