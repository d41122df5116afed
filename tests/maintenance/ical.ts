/**
 * Reading an .ics document the way a calendar app does, with ical.js (Mozilla's parser, used
 * by Thunderbird): the document's own VTIMEZONE is registered and used to turn local times
 * into instants, so a wrong VTIMEZONE gives wrong instants here.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  description: string;
  url: string;
  start: Date;
  end: Date;
  /** The TZID the start names, or null for a UTC time. */
  startZone: string | null;
  stamp: Date;
  lastModified: Date;
  transparency: string;
}

export interface ParsedCalendar {
  name: string;
  timeZones: string[];
  events: ParsedEvent[];
}

export function parseCalendar(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component): ParsedEvent => {
    const event = new ICAL.Event(component);
    const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
    const time = (name: string) => (component.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time>).toJSDate();
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: String(component.getFirstPropertyValue('status')),
      summary: event.summary,
      description: event.description,
      url: String(component.getFirstPropertyValue('url')),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      startZone: typeof tzid === 'string' ? tzid : null,
      stamp: time('dtstamp'),
      lastModified: time('last-modified'),
      transparency: String(component.getFirstPropertyValue('transp')),
    };
  });
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname')),
    timeZones: zones.map((zone) => String(zone.getFirstPropertyValue('tzid'))),
    events,
  };
}
