/**
 * What the printable poster shows of the summary. A sheet of A4 has a fixed size and must stay
 * readable from a distance, so nothing is scaled down to fit. Instead the poster estimates the
 * height of what it prints and leaves out what does not fit: each text is cut to a sentence or
 * two, at most six contact channels are shown, and the worst services are taken first until
 * the page is full (at most nine); a line says how many more there are, and the QR code and
 * the address lead to everything.
 *
 * The estimate counts lines from text lengths, with the characters per line and line heights
 * of views/assets/poster-styles.ts measured in DejaVu Sans (the widest of the usual fallback
 * fonts, so narrower fonts only leave more room). Change the one with the other:
 * tests/browser/poster-print.test.ts prints the example and a site with every text at its
 * longest and checks that both stay on one page with nothing cut off.
 */
import type { LocalText } from '../../views/chrome';
import type { ServiceSummary } from '../../views/partials/ServiceItem';
import type { ContactToday } from '../../views/partials/TodayHours';
import type { Formatter } from '../i18n/format';
import { periodsText } from '../i18n/hours';
import type { Messages } from '../i18n/messages';
import { plainLine, shorten } from './shorten';
import type { StatusSummary } from './status-summary';

export const POSTER_MAX_SERVICES = 9;
export const POSTER_MAX_CONTACTS = 6;
const TITLE_MAX = 70;
const NAME_MAX = 70;
const WORKAROUND_MAX = 130;
const CONTACT_NAME_MAX = 60;
const ADDRESS_MAX = 50;

/** The A4 page box inside the 12 mm margins, in CSS px, less a safety margin of 4 mm. */
const PAGE_HEIGHT = 1_031 - 15;

/** A block of text: its characters per line and the height of one line, in CSS px. */
interface TextBlock {
  perLine: number;
  lineHeight: number;
}

const BLOCKS = {
  title: { perLine: 44, lineHeight: 29 },
  headline: { perLine: 32, lineHeight: 37 },
  detail: { perLine: 78, lineHeight: 21 },
  smallLine: { perLine: 95, lineHeight: 17 },
  organisation: { perLine: 75, lineHeight: 20 },
  serviceName: { perLine: 22, lineHeight: 18 },
  serviceStatus: { perLine: 17, lineHeight: 17 },
  serviceText: { perLine: 32, lineHeight: 16.5 },
  contactName: { perLine: 28, lineHeight: 16 },
  contactAddress: { perLine: 24, lineHeight: 19 },
  contactToday: { perLine: 32, lineHeight: 17 },
} satisfies Record<string, TextBlock>;

/** Fixed heights in CSS px: a section heading with its rule and margins; boxes' padding. */
const HEADING = 46;
const EXAMPLE_MARKER = 23;
/** The overall box's padding, borders and margin. */
const OVERALL_BOX_EXTRA = 32;
const SERVICE_GAP = 8;
const CONTACT_GAP = 10;
const MORE_LINE = 18;
/** The QR block beside the contacts: caption, code, address, frame. */
const QR_BLOCK = 270;

/**
 * Lines of `text` wrapped at `perLine` characters as a browser wraps it: between words and
 * after a hyphen ("e-" | "post"), and anywhere inside a word too long for a line.
 */
function linesOf(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const [index, part] of word.split(/(?<=-)/).entries()) {
      const gap = used > 0 && index === 0 ? 1 : 0;
      if (part.length > perLine) {
        lines += (used > 0 ? 1 : 0) + Math.ceil(part.length / perLine) - 1;
        used = part.length % perLine || perLine;
      } else if (used + gap + part.length <= perLine) used += gap + part.length;
      else {
        lines += 1;
        used = part.length;
      }
    }
  }
  return lines;
}

function heightOf(block: TextBlock, text: string): number {
  return linesOf(text, block.perLine) * block.lineHeight;
}

export interface PosterContent {
  title: string;
  /** Printed under the title unless the title already names the organisation. */
  organisation: string | null;
  affected: ServiceSummary[];
  moreAffected: number;
  contacts: ContactToday[];
  moreContacts: number;
}

function short(value: LocalText, max: number): LocalText {
  return { ...value, text: shorten(plainLine(value.text), max, value.lang) };
}

function serviceHeight(service: ServiceSummary, t: Messages, expectedBack: string | null): number {
  return (
    heightOf(BLOCKS.serviceName, service.name.text) +
    heightOf(BLOCKS.serviceStatus, t.status[service.status]) +
    (service.workaround ? heightOf(BLOCKS.serviceText, `${t.whatToDoInstead}: ${service.workaround.text}`) : 0) +
    (expectedBack ? heightOf(BLOCKS.serviceText, `${t.expectedBack}: ${expectedBack}`) : 0) +
    SERVICE_GAP
  );
}

/** The words views/partials/TodayHours.tsx prints for a channel, to measure them. */
function todayText(contact: ContactToday, t: Messages, fmt: Formatter): string | null {
  const { state } = contact;
  if (state.kind === 'not-applicable') return null;
  if (state.kind === 'always-open') return t.openAroundTheClock;
  if (contact.today.length > 0) return t.poster.openToday(periodsText(fmt, contact.today));
  return state.kind === 'closed' && state.opensAt
    ? `${t.poster.closedToday} – ${t.opensAt(fmt.weekdayTime(state.opensAt))}`
    : t.poster.closedToday;
}

function contactHeight(contact: ContactToday, t: Messages, fmt: Formatter): number {
  const today = todayText(contact, t, fmt);
  return (
    heightOf(BLOCKS.contactName, contact.name.text) +
    heightOf(BLOCKS.contactAddress, contact.address) +
    (today === null ? 0 : heightOf(BLOCKS.contactToday, today))
  );
}

const COLUMNS = 3;

/** Whether whole items, in order, fill at most three columns of `height`. */
function fitsColumns(heights: readonly number[], height: number): boolean {
  let columns = 1;
  let used = 0;
  for (const item of heights) {
    if (item > height) return false;
    if (used + item > height) {
      columns += 1;
      used = item;
    } else used += item;
  }
  return columns <= COLUMNS;
}

/**
 * The height of the services' three balanced columns: the browser makes them as short as
 * possible with every item whole (break-inside: avoid), found here by bisection to a pixel.
 */
function columnsHeight(heights: readonly number[]): number {
  let low = 0;
  let high = heights.reduce((sum, height) => sum + height, 0);
  while (high - low > 1) {
    const middle = (low + high) / 2;
    if (fitsColumns(heights, middle)) high = middle;
    else low = middle;
  }
  return high;
}

export function presentPoster(
  summary: StatusSummary,
  words: { t: Messages; fmt: Formatter; siteTitle: string; organisationName: string; isExampleData: boolean },
): PosterContent {
  const { t, fmt } = words;
  const title = shorten(plainLine(words.siteTitle), TITLE_MAX, t.intlLocale);
  const organisation = words.siteTitle.includes(words.organisationName)
    ? null
    : shorten(plainLine(words.organisationName), TITLE_MAX, t.intlLocale);
  const contacts = summary.contacts.slice(0, POSTER_MAX_CONTACTS).map((contact) => ({
    ...contact,
    name: short(contact.name, CONTACT_NAME_MAX),
    address: shorten(plainLine(contact.address), ADDRESS_MAX, contact.name.lang),
  }));
  const moreContacts = summary.contacts.length - contacts.length;

  // Everything but the services, as views/pages/PosterPage.tsx lays it out.
  const head =
    heightOf(BLOCKS.title, title) +
    (organisation === null ? 0 : heightOf(BLOCKS.organisation, organisation)) +
    BLOCKS.smallLine.lineHeight + // printed, last updated
    (words.isExampleData ? EXAMPLE_MARKER : 0) +
    heightOf(BLOCKS.headline, t.overallHeadline(summary.overall)) +
    heightOf(BLOCKS.detail, t.overallDetail(summary.overall)) +
    OVERALL_BOX_EXTRA;
  let contactRows = 0;
  for (let index = 0; index < contacts.length; index += 2) {
    contactRows += Math.max(...contacts.slice(index, index + 2).map((contact) => contactHeight(contact, t, fmt))) + CONTACT_GAP;
  }
  const bottom = Math.max(HEADING + contactRows + (moreContacts > 0 ? MORE_LINE : 0), QR_BLOCK);
  const room = PAGE_HEIGHT - head - bottom - HEADING;

  const affected: ServiceSummary[] = [];
  const heights: number[] = [];
  for (const [index, service] of summary.affected.slice(0, POSTER_MAX_SERVICES).entries()) {
    const shortened = {
      ...service,
      name: short(service.name, NAME_MAX),
      workaround: service.workaround ? short(service.workaround, WORKAROUND_MAX) : null,
    };
    const expected = service.expectedRestorationAt ? fmt.date(service.expectedRestorationAt) : null;
    const height = serviceHeight(shortened, t, expected);
    // "… and 3 more" needs its line unless this is the last service.
    const moreLine = index + 1 < summary.affected.length ? MORE_LINE : 0;
    if (columnsHeight([...heights, height]) + moreLine > room) break;
    affected.push(shortened);
    heights.push(height);
  }
  return { title, organisation, affected, moreAffected: summary.affected.length - affected.length, contacts, moreContacts };
}
