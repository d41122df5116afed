/** The rules of planned maintenance, pure and table-driven (src/domain/maintenance.ts). */
import { describe, expect, it } from 'vitest';
import {
  canChangeMaintenanceStatus,
  displayedMaintenanceStatus,
  dueMaintenanceTransitions,
  MAINTENANCE_STATUSES,
  serviceChangesAtEnd,
  serviceChangesAtStart,
  type MaintenanceStatus,
} from '../../src/domain/maintenance';
import { nextPublicChange } from '../../src/domain/time-state';
import type { ServiceStatus } from '../../src/domain/status';

const START = new Date('2026-12-03T17:00:00Z');
const END = new Date('2026-12-03T19:00:00Z');
const BEFORE = new Date(START.getTime() - 1);
const DURING = new Date(START.getTime() + 60_000);
const AFTER = new Date(END.getTime() + 60_000);

describe('dueMaintenanceTransitions', () => {
  const cases: [MaintenanceStatus, Date, string | null][] = [
    ['scheduled', BEFORE, null],
    ['scheduled', START, 'scheduled → in_progress at start'],
    ['scheduled', DURING, 'scheduled → in_progress at start'],
    // The whole window passed while nothing ran: straight to completed.
    ['scheduled', END, 'scheduled → completed at end'],
    ['scheduled', AFTER, 'scheduled → completed at end'],
    ['in_progress', DURING, null],
    ['in_progress', END, 'in_progress → completed at end'],
    ['verifying', DURING, null],
    ['verifying', AFTER, 'verifying → completed at end'],
    ['completed', AFTER, null],
    ['cancelled', DURING, null],
    ['cancelled', AFTER, null],
  ];
  for (const [status, now, expected] of cases) {
    it(`${status} at ${now.toISOString()}: ${expected ?? 'nothing'}`, () => {
      const due = dueMaintenanceTransitions([{ id: 'm', status, startsAt: START, endsAt: END }], now);
      expect(due.map((t) => `${t.from} → ${t.to} at ${t.dueAt === START ? 'start' : 'end'}`)).toEqual(expected ? [expected] : []);
    });
  }

  it('lists several due transitions earliest first', () => {
    const later = { id: 'later', status: 'scheduled' as const, startsAt: new Date(START.getTime() + 1000), endsAt: AFTER };
    const ending = { id: 'ending', status: 'in_progress' as const, startsAt: new Date(0), endsAt: START };
    const due = dueMaintenanceTransitions([later, ending], DURING);
    expect(due.map((t) => t.id)).toEqual(['ending', 'later']);
  });
});

describe('displayedMaintenanceStatus', () => {
  const cases: [MaintenanceStatus, Date, MaintenanceStatus][] = [
    ['scheduled', BEFORE, 'scheduled'],
    // Before the timer has recorded it, the page already says it has started …
    ['scheduled', START, 'in_progress'],
    ['scheduled', DURING, 'in_progress'],
    // … and that it is over.
    ['scheduled', END, 'completed'],
    ['in_progress', DURING, 'in_progress'],
    ['in_progress', END, 'completed'],
    ['verifying', DURING, 'verifying'],
    ['verifying', AFTER, 'completed'],
    ['cancelled', DURING, 'cancelled'],
    ['completed', DURING, 'completed'],
  ];
  for (const [status, now, expected] of cases) {
    it(`${status} at ${now.toISOString()} reads ${expected}`, () => {
      expect(displayedMaintenanceStatus({ status, startsAt: START, endsAt: END }, now)).toBe(expected);
    });
  }
});

describe('canChangeMaintenanceStatus', () => {
  const allowed = new Set([
    'scheduled→in_progress',
    'scheduled→cancelled',
    'in_progress→verifying',
    'in_progress→completed',
    'in_progress→cancelled',
    'verifying→in_progress',
    'verifying→completed',
    'verifying→cancelled',
  ]);
  for (const from of MAINTENANCE_STATUSES) {
    for (const to of MAINTENANCE_STATUSES) {
      it(`${from} → ${to}: ${allowed.has(`${from}→${to}`) ? 'allowed' : 'refused'}`, () => {
        expect(canChangeMaintenanceStatus(from, to)).toBe(allowed.has(`${from}→${to}`));
      });
    }
  }
});

describe('service changes', () => {
  const atStart: [ServiceStatus, ServiceStatus | null][] = [
    ['operational', 'maintenance'],
    // Never hide an outage behind "Planerat underhåll".
    ['degraded', null],
    ['investigating', null],
    ['down', null],
    ['rebuilding', null],
    ['lost', null],
    ['maintenance', null],
  ];
  for (const [status, expected] of atStart) {
    it(`at the start, a service that is ${status} ${expected ? `goes to ${expected}` : 'keeps its status'}`, () => {
      expect(serviceChangesAtStart([{ id: 1, status }])).toEqual(expected ? [{ id: 1, to: expected }] : []);
    });
  }

  const atEnd: [ServiceStatus, ServiceStatus | null, boolean, ServiceStatus | null][] = [
    ['maintenance', 'operational', false, 'operational'],
    ['maintenance', 'degraded', false, 'degraded'],
    // Not known (it was set to maintenance before there was a record): back to operational.
    ['maintenance', null, false, 'operational'],
    ['maintenance', 'maintenance', false, 'operational'],
    // Another maintenance under way still covers it.
    ['maintenance', 'operational', true, null],
    // Someone changed it during the work: theirs stands.
    ['down', 'operational', false, null],
    ['operational', 'operational', false, null],
  ];
  for (const [status, before, covered, expected] of atEnd) {
    it(`at the end, a service in ${status} (before: ${before}, covered elsewhere: ${covered}) → ${expected ?? 'unchanged'}`, () => {
      const changes = serviceChangesAtEnd([{ id: 1, status, statusBeforeMaintenance: before, coveredByAnother: covered }]);
      expect(changes).toEqual(expected ? [{ id: 1, to: expected }] : []);
    });
  }
});

describe('nextPublicChange with maintenance windows', () => {
  it('changes the time state at the start and at the end of an open maintenance', () => {
    const windows = [{ startsAt: START, endsAt: END }];
    expect(nextPublicChange([], [], BEFORE, 'Europe/Stockholm', windows)).toEqual(START);
    expect(nextPublicChange([], [], DURING, 'Europe/Stockholm', windows)).toEqual(END);
    expect(nextPublicChange([], [], AFTER, 'Europe/Stockholm', windows)).toBeNull();
    // The earliest of deadlines and windows wins.
    const earlier = new Date(START.getTime() - 5_000);
    expect(nextPublicChange([], [earlier], new Date(START.getTime() - 10_000), 'Europe/Stockholm', windows)).toEqual(earlier);
    expect(nextPublicChange([], [new Date(END.getTime() + 1000)], DURING, 'Europe/Stockholm', windows)).toEqual(END);
  });
});
