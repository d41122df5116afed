/**
 * Times in the JSON APIs: RFC 3339 with the offset the moment has in the site's time zone and
 * milliseconds, as Statuspage writes them ("2026-02-11T14:00:00.000+01:00"), so a reader sees
 * the local time and no client has to guess the zone (DOMAIN.md: machine output has offsets).
 */
import { TZDate } from '@date-fns/tz';

export type TimeWriter = (date: Date) => string;

export function timeWriterFor(timeZone: string): TimeWriter {
  return (date) => new TZDate(date.getTime(), timeZone).toISOString();
}

/** The same, passing null through (a time that has not happened: resolved_at …). */
export function optionalTime(write: TimeWriter, date: Date | null | undefined): string | null {
  return date ? write(date) : null;
}
