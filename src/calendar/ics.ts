/**
 * A calendar document (RFC 5545) from plain data, written by ical-generator, which escapes
 * text values (backslash, comma, semicolon, newlines) and folds long lines. Times are written
 * as local times with TZID in the site's zone, with the VTIMEZONE from ./vtimezone.
 */
import { TZDate } from '@date-fns/tz';
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { isSecondOccurrence, vtimezoneFor } from './vtimezone';

export interface CalendarEvent {
  /** Stable for ever (RFC 5545 UID). */
  uid: string;
  /** Bumped on every reschedule and status change. */
  sequence: number;
  cancelled: boolean;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  url: string;
  /** DTSTAMP and LAST-MODIFIED: when the event's information last changed. */
  lastModified: Date;
}

export interface CalendarDocument {
  /** PRODID's language (ISO 639: "SV", "EN"). */
  language: string;
  name: string;
  description: string;
  url: string;
  timeZone: string;
  events: CalendarEvent[];
}

/**
 * RFC 5545 TEXT escaping. ical-generator escapes the events' texts but writes the calendar's
 * NAME and X-WR-CALDESC as given, so an organisation name with a comma, or a line break that
 * would start a property of its own, is escaped here.
 */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** How often subscribers are asked to fetch the calendar again (REFRESH-INTERVAL). */
const REFRESH_SECONDS = 60 * 60;

export function serializeCalendar(document: CalendarDocument): string {
  const { timeZone, events } = document;
  const years = events.flatMap((event) => [event.startsAt.getUTCFullYear(), event.endsAt.getUTCFullYear()]);
  const calendar = ical({
    prodId: { company: 'worst-day-status', product: 'maintenance', language: document.language.toUpperCase() },
    name: escapeText(document.name),
    description: escapeText(document.description),
    url: document.url,
    ttl: REFRESH_SECONDS,
    // No calendar-wide zone name: each event names its own (or none, see below), and the
    // generator writes the VTIMEZONE of every zone the events use.
    timezone: {
      name: null,
      // Covering the events' years and one either side (an event near New Year in another zone).
      generator: (zone) => (years.length ? vtimezoneFor(zone, Math.min(...years) - 1, Math.max(...years) + 1) : null),
    },
  });
  for (const event of events) {
    // A time in the second pass through a repeated hour cannot be said with TZID (it would be
    // read as the first): such an event is written in UTC.
    const inUtc = isSecondOccurrence(event.startsAt, timeZone) || isSecondOccurrence(event.endsAt, timeZone);
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // Residents' own time stays free: a maintenance of our systems is not their appointment.
      transparency: ICalEventTransparency.TRANSPARENT,
      start: inUtc ? event.startsAt : new TZDate(event.startsAt.getTime(), timeZone),
      end: inUtc ? event.endsAt : new TZDate(event.endsAt.getTime(), timeZone),
      timezone: inUtc ? null : timeZone,
      stamp: event.lastModified,
      lastModified: event.lastModified,
      summary: event.summary,
      description: event.description,
      url: event.url,
    });
  }
  return calendar.toString();
}
