/**
 * Dates for people and machines. People read the site's time zone, always with the year
 * ("8 februari 2024 kl. 11.00"); machines get RFC 3339 with the offset of that moment.
 * Formatters are built once per (locale, zone): constructing Intl objects is the costly part.
 */
import { TZDate } from '@date-fns/tz';

export interface Formatter {
  /** "8 februari 2024 kl. 11.00" */
  dateTime(date: Date): string;
  /** "8 februari 2024" */
  date(date: Date): string;
  /** "11.00" */
  time(date: Date): string;
  /** "torsdag 8 februari kl. 11.00": for near-future moments such as "opens …". */
  weekdayTime(date: Date): string;
  /** A local calendar date "2024-02-08" as "8 februari 2024". */
  localDate(isoDate: string): string;
  /** Wall-clock "08:00" in the locale's style ("08.00" in Swedish). */
  clock(hhmm: string): string;
  /** Short weekday name for an ISO weekday (1 = Monday). */
  weekdayShort(isoWeekday: number): string;
  /**
   * A maintenance window, "3 december 2026 kl. 18.00–20.00"; with both dates when it ends on
   * another day, "3 december 2026 kl. 18.00 – 4 december 2026 kl. 02.00".
   */
  window(start: Date, end: Date): string;
  /** The same in parts, for two `<time>` elements. */
  windowParts(start: Date, end: Date): { start: string; separator: string; end: string };
  /** RFC 3339 with offset, e.g. "2024-02-08T11:00:00+01:00", for `<time datetime>`. */
  machine(date: Date): string;
  /** A language's name in this locale: "sv" → "Swedish" in English. */
  languageName(code: string): string;
}

/** Swedish writes "11.00" (Språkrådet); CLDR now gives "11:00". */
function usesDotInTime(intlLocale: string): boolean {
  return intlLocale.startsWith('sv');
}

/**
 * Languages the runtime has no date data for: Intl resolves `fit` (Meänkieli) to en-US, so
 * it would print "February" on a Meänkieli page. They are formatted with a neighbour's
 * patterns (Finnish: "8. helmikuuta 2024 klo 11.00") and their own words where they differ
 * from the neighbour's (docs/decisions/0041-languages-and-tags.md). The table holds only what
 * we know to differ; a native speaker's review may grow it.
 */
interface BorrowedLocale {
  patterns: string;
  /** The neighbour's month and weekday names (any form Intl prints) → this language's. */
  names: Readonly<Record<string, string>>;
  /** Language names Intl would give in the neighbour's words ("ruotsi") → this language's ("ruotti"). */
  languageNames: Readonly<Record<string, string>>;
}

const BORROWED_LOCALES: Readonly<Record<string, BorrowedLocale>> = {
  fit: {
    patterns: 'fi-FI',
    names: { torstai: 'tuorstai', torstaina: 'tuorstaina' },
    languageNames: { sv: 'ruotti', fit: 'meänkieli' },
  },
};

const NO_NAMES: Readonly<Record<string, string>> = {};

/**
 * Names Intl does not know: it drops the private-use part of `sv-x-easy` ("svenska", which
 * would list Swedish twice) and has no Arabic name for Meänkieli. Keyed by the language
 * named, then by the first subtag of the language naming it.
 */
const EXTRA_LANGUAGE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'sv-x-easy': { sv: 'lättläst svenska', en: 'easy-to-read Swedish', fi: 'selkoruotsi', fit: 'helppolukuinen ruotti', ar: 'السويدية المبسطة' },
  fit: { ar: 'الميانكيلية' },
};

function joinParts(parts: Intl.DateTimeFormatPart[], dotTime: boolean, names: Readonly<Record<string, string>> = NO_NAMES): string {
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const betweenHourAndMinute =
      part.type === 'literal' && parts[i - 1]?.type === 'hour' && parts[i + 1]?.type === 'minute';
    const named = part.type === 'weekday' || part.type === 'month' ? (names[part.value] ?? part.value) : part.value;
    text += dotTime && betweenHourAndMinute ? '.' : named;
  }
  return text;
}

const cache = new Map<string, Formatter>();

export function formatterFor(locale: string, timeZone: string): Formatter {
  const key = `${locale}|${timeZone}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const borrowed = BORROWED_LOCALES[locale];
  const intlLocale = borrowed?.patterns ?? locale;
  const names = borrowed?.names ?? NO_NAMES;
  const dot = usesDotInTime(intlLocale);
  const dateTimeFormat = new Intl.DateTimeFormat(intlLocale, {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const dateFormat = new Intl.DateTimeFormat(intlLocale, {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const timeFormat = new Intl.DateTimeFormat(intlLocale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const weekdayTimeFormat = new Intl.DateTimeFormat(intlLocale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const utcTime = new Intl.DateTimeFormat(intlLocale, {
    timeZone: 'UTC',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const utcDate = new Intl.DateTimeFormat(intlLocale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const languageNames = new Intl.DisplayNames([intlLocale], { type: 'language' });
  const utcWeekdayShort = new Intl.DateTimeFormat(intlLocale, { timeZone: 'UTC', weekday: 'short' });

  const formatter: Formatter = {
    dateTime: (date) => joinParts(dateTimeFormat.formatToParts(date), dot, names),
    date: (date) => joinParts(dateFormat.formatToParts(date), false, names),
    time: (date) => joinParts(timeFormat.formatToParts(date), dot),
    weekdayTime: (date) => joinParts(weekdayTimeFormat.formatToParts(date), dot, names),
    localDate: (isoDate) => joinParts(utcDate.formatToParts(new Date(`${isoDate}T00:00:00Z`)), false, names),
    clock(hhmm) {
      if (hhmm === '24:00') return dot ? '24.00' : '24:00';
      const [hours, minutes] = hhmm.split(':').map(Number);
      return joinParts(utcTime.formatToParts(Date.UTC(1970, 0, 1, hours, minutes)), dot);
    },
    // 1970-01-05 was a Monday.
    weekdayShort: (isoWeekday) =>
      joinParts(utcWeekdayShort.formatToParts(Date.UTC(1970, 0, 4 + isoWeekday)), false, names).replace(/\.$/, ''),
    languageName: (code) =>
      borrowed?.languageNames[code] ?? EXTRA_LANGUAGE_NAMES[code]?.[locale.split('-')[0]!] ?? languageNames.of(code) ?? code,
    windowParts(start, end) {
      // Intl's formatRange drops "kl." and the dotted time on the same day; this keeps the
      // site's own date style and only leaves out the end's date when it is the start's.
      const sameDay = dateFormat.format(start) === dateFormat.format(end);
      return sameDay
        ? { start: formatter.dateTime(start), separator: '–', end: formatter.time(end) }
        : { start: formatter.dateTime(start), separator: ' – ', end: formatter.dateTime(end) };
    },
    window(start, end) {
      const parts = formatter.windowParts(start, end);
      return `${parts.start}${parts.separator}${parts.end}`;
    },
    machine: (date) => new TZDate(date.getTime(), timeZone).toISOString().replace('.000', ''),
  };
  cache.set(key, formatter);
  return formatter;
}
