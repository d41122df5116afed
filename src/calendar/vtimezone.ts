/**
 * The VTIMEZONE of the site's time zone, built from the offsets the runtime's Intl knows
 * (through @date-fns/tz), for the years the calendar's events fall in.
 *
 * ical-generator has no time-zone database and asks for a generator; the one it suggests,
 * @touch4it/ical-timezones, reads files with node:fs (not on Workers) and ships 2018 data.
 * Intl has the current rules on both runtimes, so each offset change in the range becomes one
 * observance (DTSTART in the local time before the change, TZOFFSETFROM, TZOFFSETTO) rather
 * than a yearly RRULE we would have to infer: valid RFC 5545, exact for every year it covers,
 * and a few hundred bytes (docs/decisions/0024).
 */
import { tzOffset, tzScan } from '@date-fns/tz';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "+0100", "-0330": RFC 5545's UTC offset. */
function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

/** A local date-time "20260329T020000" of `instant` shown at `offsetMinutes`. */
function localDateTime(instant: number, offsetMinutes: number): string {
  return new Date(instant + offsetMinutes * MINUTE).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/**
 * tzScan finds changes to the hour; a few zones change on the half hour, so the minute is
 * found within that hour.
 */
function exactChange(timeZone: string, foundAt: number, offsetAfter: number): number {
  let low = foundAt - HOUR;
  let high = foundAt;
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / (2 * MINUTE)) * MINUTE;
    if (tzOffset(timeZone, new Date(middle)) === offsetAfter) high = middle;
    else low = middle;
  }
  return high;
}

interface Observance {
  /** Local time before the change, in the offset it changes from. */
  start: string;
  from: number;
  to: number;
}

/** Daylight when the offset is above the year's lower one (either hemisphere). */
function isDaylight(timeZone: string, instant: number, offset: number): boolean {
  const year = new Date(instant).getUTCFullYear();
  const standard = Math.min(tzOffset(timeZone, new Date(Date.UTC(year, 0, 1))), tzOffset(timeZone, new Date(Date.UTC(year, 6, 1))));
  return offset > standard;
}

/** The VTIMEZONE component (no VCALENDAR around it) covering `fromYear` through `throughYear`. */
export function vtimezoneFor(timeZone: string, fromYear: number, throughYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(throughYear + 1, 0, 1);
  const initial = tzOffset(timeZone, new Date(start));
  // The offset in force when the range begins, then every change within it.
  const observances: (Observance & { daylight: boolean })[] = [
    { start: localDateTime(start, initial), from: initial, to: initial, daylight: isDaylight(timeZone, start, initial) },
  ];
  let previous = initial;
  for (const change of tzScan(timeZone, { start: new Date(start), end: new Date(end) })) {
    const at = exactChange(timeZone, change.date.getTime(), change.offset);
    observances.push({ start: localDateTime(at, previous), from: previous, to: change.offset, daylight: isDaylight(timeZone, at, change.offset) });
    previous = change.offset;
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  for (const observance of observances) {
    const kind = observance.daylight ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${observance.start}`,
      `TZOFFSETFROM:${utcOffset(observance.from)}`,
      `TZOFFSETTO:${utcOffset(observance.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

/**
 * Whether `instant` falls in the second pass through a repeated local hour (when the clocks go
 * back). RFC 5545 reads such a local time as its first occurrence, so a time with TZID would
 * name the wrong instant; the calendar writes those events in UTC instead.
 */
export function isSecondOccurrence(instant: Date, timeZone: string): boolean {
  const at = instant.getTime();
  const wall = at + tzOffset(timeZone, instant) * MINUTE;
  const nearby = new Set([-26, -3, 0, 3, 26].map((hours) => tzOffset(timeZone, new Date(at + hours * HOUR))));
  for (const offset of nearby) {
    const candidate = wall - offset * MINUTE;
    if (candidate < at && candidate + tzOffset(timeZone, new Date(candidate)) * MINUTE === wall) return true;
  }
  return false;
}
