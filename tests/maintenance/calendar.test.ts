/**
 * The iCalendar feed (RFC 5545) as a calendar app reads it, parsed with ical.js: one event per
 * maintenance with a stable UID, SEQUENCE moving on with every reschedule and status change,
 * CANCELLED when cancelled, times in Europe/Stockholm with a VTIMEZONE that gives back the
 * stored instants (across both daylight-saving changes), per language, hostile text escaped,
 * cached per revision with ETag and 304, and announced on every page.
 */
import { describe, expect, it } from 'vitest';
import { serializeCalendar } from '../../src/calendar/ics';
import { isSecondOccurrence } from '../../src/calendar/vtimezone';
import { readRevision } from '../../src/store/revision';
import {
  applyDueMaintenanceTransitions,
  cancelMaintenance,
  rescheduleMaintenance,
} from '../../src/store/maintenance';
import { createTestApp } from '../helpers/app';
import { makeSite, publish } from '../helpers/factories';
import { HOUR, makeMaintenance, makeServices } from './helpers';
import { parseCalendar } from './ical';

const START = new Date('2026-12-03T17:00:00Z');
const END = new Date('2026-12-03T19:00:00Z');

async function setup() {
  const context = await createTestApp({ now: '2026-12-01T09:00:00Z' });
  const services = await makeServices(context.db, context.clock);
  return { ...context, ...services };
}

async function calendar(app: Awaited<ReturnType<typeof setup>>['app'], path = '/underhall.ics') {
  const response = await app.request(path);
  expect(response.status).toBe(200);
  const text = await response.text();
  return { response, text, parsed: parseCalendar(text) };
}

describe('the maintenance calendar', () => {
  it('is text/calendar with one event per maintenance: stable UID, SEQUENCE from the data, confirmed, transparent', async () => {
    const { app, db, clock, library, portal } = await setup();
    const first = await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: START, endsAt: END });
    const second = await makeMaintenance(db, clock, {
      serviceIds: [portal.id],
      startsAt: new Date(START.getTime() + 48 * HOUR),
      endsAt: new Date(END.getTime() + 48 * HOUR),
    });
    const { response, text, parsed } = await calendar(app);
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(parsed.events.map((event) => event.summary)).toEqual([`Uppgradering ${first.slug}`, `Uppgradering ${second.slug}`]);
    for (const event of parsed.events) {
      expect(event.uid).toMatch(/^maintenance-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@status\.example\.org$/);
      expect([event.sequence, event.status, event.transparency, event.startZone]).toEqual([0, 'CONFIRMED', 'TRANSPARENT', 'Europe/Stockholm']);
      expect(event.stamp).toEqual(clock.now());
      expect(event.lastModified).toEqual(clock.now());
    }
    expect(parsed.events[0]!.start).toEqual(START);
    expect(parsed.events[0]!.end).toEqual(END);
    expect(parsed.events[0]!.url).toBe(`https://status.example.org/handelser/${first.slug}`);
    expect(parsed.events[0]!.description).toContain('Vad ska göras?\nVi byter server.');
    expect(parsed.events[0]!.description).toContain('Berörda tjänster: Bibliotekets lån');
    expect(parsed.events[0]!.description).toContain(`Mer information: https://status.example.org/handelser/${first.slug}`);
    expect(parsed.timeZones).toEqual(['Europe/Stockholm']);
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20261203T180000');
    expect(text).toContain('DTEND;TZID=Europe/Stockholm:20261203T200000');
    expect(parsed.name).toBe('Planerat underhåll – Driftstatus Testby');
  });

  it('keeps each UID across revisions and moves SEQUENCE on with every reschedule and status change', async () => {
    const { app, db, clock, library } = await setup();
    const { incidentId } = await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: START, endsAt: END });
    const eventNow = async () => (await calendar(app)).parsed.events[0]!;
    const original = await eventNow();

    // An unrelated publication: a new revision, the same event.
    clock.advance(60_000);
    await publish(db, clock, { texts: { sv: 'Annat.' }, changes: [{ serviceId: library.id, to: 'degraded' }] });
    expect(await eventNow()).toMatchObject({ uid: original.uid, sequence: 0 });

    clock.advance(60_000);
    await rescheduleMaintenance(db, clock, { incidentId, startsAt: new Date(START.getTime() + HOUR), endsAt: new Date(END.getTime() + HOUR) });
    const moved = await eventNow();
    expect(moved).toMatchObject({ uid: original.uid, sequence: 1, start: new Date(START.getTime() + HOUR), end: new Date(END.getTime() + HOUR) });
    expect(moved.lastModified).toEqual(clock.now());

    clock.set(new Date(START.getTime() + HOUR));
    await applyDueMaintenanceTransitions(db, clock);
    expect(await eventNow()).toMatchObject({ uid: original.uid, sequence: 2, status: 'CONFIRMED' });

    clock.set(new Date(END.getTime() + HOUR));
    await applyDueMaintenanceTransitions(db, clock);
    // A completed maintenance stays in the calendar, as it happened.
    expect(await eventNow()).toMatchObject({ uid: original.uid, sequence: 3, status: 'CONFIRMED' });
  });

  it('says CANCELLED (and "Inställt" in the title) for a cancelled maintenance, keeping it in the calendar', async () => {
    const { app, db, clock, library } = await setup();
    const { incidentId, slug } = await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: START, endsAt: END });
    clock.advance(60_000);
    await cancelMaintenance(db, clock, { incidentId });
    const [event] = (await calendar(app)).parsed.events;
    expect(event).toMatchObject({ status: 'CANCELLED', sequence: 1, summary: `Inställt: Uppgradering ${slug}` });
    const [english] = (await calendar(app, '/en/maintenance.ics')).parsed.events;
    expect(english).toMatchObject({ status: 'CANCELLED', summary: `Cancelled: Upgrade ${slug}`, uid: event!.uid });
  });

  it('is written per language, with the other language’s text where a translation is missing', async () => {
    const { app, db, clock, library } = await setup();
    const { slug } = await makeMaintenance(db, clock, {
      serviceIds: [library.id],
      startsAt: START,
      endsAt: END,
      texts: { sv: { title: 'Bara på svenska', whatHappened: 'Vi byter server.' } },
    });
    await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: END, endsAt: new Date(END.getTime() + HOUR) });
    const english = await calendar(app, '/en/maintenance.ics');
    expect(english.parsed.name).toBe('Planned maintenance – Testby service status');
    expect(english.parsed.events[0]!.summary).toBe('Bara på svenska');
    expect(english.parsed.events[0]!.url).toBe(`https://status.example.org/en/incidents/${slug}`);
    expect(english.parsed.events[1]!.description).toContain('What will be done?\nWe are replacing a server.');
    expect(english.parsed.events[1]!.description).toContain('Affected services: Library loans');
    expect(english.text).toContain('PRODID:-//worst-day-status//maintenance//EN');
    // The default language under its code goes to the root; an unknown language is not there.
    const prefixed = await app.request('/sv/underhall.ics');
    expect([prefixed.status, prefixed.headers.get('Location')]).toEqual([301, '/underhall.ics']);
    expect((await app.request('/fi/underhall.ics')).status).toBe(404);
  });

  it('gives back the stored instants across the spring and autumn changes of Europe/Stockholm', async () => {
    const { app, db, clock, library } = await setup();
    const windows = [
      // After the clocks went forward at 01:00 UTC on 29 March 2026 (03.30–05.30 CEST).
      ['2026-03-29T01:30:00Z', '2026-03-29T03:30:00Z'],
      // Across it: 01.30 CET to 03.30 CEST, an hour of local time that does not exist in between.
      ['2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z'],
      // Across the autumn change: 02.30 CEST to 02.30 CET, the same local time twice.
      ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'],
      // Winter and summer.
      ['2026-01-15T07:00:00Z', '2026-01-15T09:00:00Z'],
      ['2026-07-15T07:00:00Z', '2026-07-15T09:00:00Z'],
    ].map(([start, end]) => ({ startsAt: new Date(start!), endsAt: new Date(end!) }));
    for (const window of windows) await makeMaintenance(db, clock, { serviceIds: [library.id], ...window });
    const { text, parsed } = await calendar(app);
    const byStart = [...parsed.events].sort((a, b) => a.start.getTime() - b.start.getTime());
    expect(byStart.map((event) => [event.start.toISOString(), event.end.toISOString()])).toEqual(
      [...windows]
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
        .map((window) => [window.startsAt.toISOString(), window.endsAt.toISOString()]),
    );
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20260329T033000');
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20260329T013000');
    expect(text).toContain('DTEND;TZID=Europe/Stockholm:20260329T033000');
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20260715T090000');
    // 01:30 UTC on 25 October is the second 02.30 of that night: a TZID time would be read as
    // the first, so that event is in UTC.
    expect(text).toContain('DTSTART:20261025T003000Z');
    expect(text).toContain('DTEND:20261025T013000Z');
    expect(isSecondOccurrence(new Date('2026-10-25T00:30:00Z'), 'Europe/Stockholm')).toBe(false);
    expect(isSecondOccurrence(new Date('2026-10-25T01:30:00Z'), 'Europe/Stockholm')).toBe(true);
    // The VTIMEZONE has the changes of those years, at the local times Europe/Stockholm changes.
    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT');
    expect(text).toContain('BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD');
  });

  it('escapes hostile text in titles and descriptions, and in the calendar’s own name', async () => {
    const { db, clock, library } = await setup();
    const hostile = 'Byte, av; server \\ del 1\nBEGIN:VEVENT\r\nUID:evil\nEND:VEVENT "citat" <script>';
    // The stored title is cleaned like all admin text (CRLF becomes LF).
    const stored = hostile.replace(/\r\n/g, '\n');
    await makeSite(db, clock, {
      texts: {
        sv: { organisationName: 'Kommun, med; tecken', siteTitle: 'Status\nX-INJECTED:1', notice: '' },
        en: { organisationName: 'Org', siteTitle: 'Status', notice: '' },
      },
    });
    await makeMaintenance(db, clock, {
      serviceIds: [library.id],
      startsAt: START,
      endsAt: END,
      texts: { sv: { title: hostile, whatHappened: hostile } },
    });
    const app = (await createTestApp({ database: db, seed: 'none', now: clock.now().toISOString() })).app;
    const { text, parsed } = await calendar(app);
    expect(parsed.events).toHaveLength(1);
    expect(parsed.events[0]!.summary).toBe(stored);
    expect(parsed.events[0]!.description).toContain(`Vad ska göras?\n${stored}`);
    expect(parsed.events[0]!.uid).toMatch(/^maintenance-/);
    // X-WR-CALNAME is an extension property: ical.js hands it over unparsed, so check the line.
    expect(text).toContain('\r\nX-WR-CALNAME:Planerat underhåll – Status\\nX-INJECTED:1\r\n');
    expect(text).toContain('\r\nNAME:Planerat underhåll – Status\\nX-INJECTED:1\r\n');
    // Nothing the editor typed starts a line of its own.
    const lines = text.split('\r\n');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.some((line) => /^(UID:evil|X-INJECTED)/.test(line))).toBe(false);
    expect(text).toContain('SUMMARY:Byte\\, av\\; server \\\\ del 1\\nBEGIN:VEVENT\\nUID:evil');
    expect(text).toContain('X-WR-CALDESC:Planerat underhåll av tjänster hos Kommun\\, med\\; tecken.');
  });

  it('is cached per revision: ETag and 304, a new ETag after a write, and Last-Modified', async () => {
    const { app, db, clock, library } = await setup();
    await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: START, endsAt: END });
    const first = await app.request('/underhall.ics');
    const etag = first.headers.get('ETag')!;
    expect(etag).toBe(`W/"test.${(await readRevision(db)).revision}"`);
    expect(first.headers.get('Last-Modified')).toBe(clock.now().toUTCString());
    const again = await app.request('/underhall.ics', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    clock.advance(60_000);
    await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: END, endsAt: new Date(END.getTime() + HOUR) });
    const changed = await app.request('/underhall.ics', { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(parseCalendar(await changed.text()).events).toHaveLength(2);
    const gzipped = await app.request('/underhall.ics', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers.get('Content-Encoding')).toBe('gzip');
  });

  it('is an empty but valid calendar when nothing is planned', async () => {
    const { app } = await setup();
    const { parsed, text } = await calendar(app);
    expect(parsed.events).toEqual([]);
    expect(text).toContain('END:VCALENDAR');
  });

  it('is announced on every public page and listed on the subscribe page', async () => {
    const { app, db, clock, library } = await setup();
    const { slug } = await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: START, endsAt: END });
    const pages: [string, string][] = [
      ['/', 'https://status.example.org/underhall.ics'],
      [`/tjanster/${library.slug}`, 'https://status.example.org/underhall.ics'],
      [`/handelser/${slug}`, 'https://status.example.org/underhall.ics'],
      ['/historik', 'https://status.example.org/underhall.ics'],
      ['/prenumerera', 'https://status.example.org/underhall.ics'],
      ['/tillganglighet', 'https://status.example.org/underhall.ics'],
      ['/en/', 'https://status.example.org/en/maintenance.ics'],
      ['/en/subscribe', 'https://status.example.org/en/maintenance.ics'],
    ];
    for (const [path, href] of pages) {
      const html = await (await app.request(path)).text();
      expect(html, path).toContain(`<link rel="alternate" type="text/calendar" title="${path.startsWith('/en') ? 'Planned maintenance (calendar)' : 'Planerat underhåll (kalender)'}" href="${href}"/>`);
    }
    const subscribe = await (await app.request('/prenumerera')).text();
    expect(subscribe).toContain('Kalender med planerat underhåll');
    expect(subscribe).toContain('<a href="https://status.example.org/underhall.ics" type="text/calendar"><code>https://status.example.org/underhall.ics</code></a>');
  });
});

describe('serializeCalendar', () => {
  it('writes an event in UTC, not TZID, when its end is the second pass through the autumn hour', () => {
    const text = serializeCalendar({
      language: 'sv',
      name: 'n',
      description: 'd',
      url: 'https://x.example/',
      timeZone: 'Europe/Stockholm',
      events: [
        {
          uid: 'maintenance-1@x.example',
          sequence: 4,
          cancelled: false,
          startsAt: new Date('2026-10-24T22:00:00Z'),
          endsAt: new Date('2026-10-25T01:15:00Z'),
          summary: 's',
          description: '',
          url: 'https://x.example/handelser/a',
          lastModified: new Date('2026-10-01T00:00:00Z'),
        },
      ],
    });
    const [event] = parseCalendar(text).events;
    expect(event).toMatchObject({ startZone: null, sequence: 4, start: new Date('2026-10-24T22:00:00Z'), end: new Date('2026-10-25T01:15:00Z') });
  });
});
