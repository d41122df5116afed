/** The pure rules of monitor hooks: status words, people before machines, heartbeat deadlines. */
import { describe, expect, it } from 'vitest';
import { decideMonitorReport, heartbeatMissed, reportedStatusOf, setByMonitor } from '../../src/domain/monitoring';
import { formFieldsAsObject } from '../../src/api/statuspage/manage-body';
import { impactOfComponents, unsupportedIn } from '../../src/api/statuspage/manage-payloads';

const NOW = new Date('2026-02-11T13:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const options = { now: NOW, precedenceMinutes: 30, restoreOnResolve: true };

describe('reportedStatusOf', () => {
  it('defaults to down and maps Statuspage words to ours', () => {
    expect(reportedStatusOf(undefined)).toBe('down');
    expect(reportedStatusOf('major_outage')).toBe('down');
    expect(reportedStatusOf('partial_outage')).toBe('investigating');
    expect(reportedStatusOf('degraded_performance')).toBe('degraded');
    expect(reportedStatusOf('degraded')).toBe('degraded');
  });

  it('refuses what only people decide, and words that are not statuses', () => {
    for (const word of ['operational', 'maintenance', 'rebuilding', 'lost', 'DOWN', '__proto__', 'toString', '']) {
      expect(reportedStatusOf(word), word).toBeNull();
    }
  });
});

describe('decideMonitorReport', () => {
  const failing = { kind: 'failing', status: 'down' } as const;
  const recovered = { kind: 'recovered' } as const;

  it('applies a failure to a service a person set long ago', () => {
    expect(decideMonitorReport(failing, { status: 'operational', statusChangedAt: minutesAgo(31) }, null, options)).toEqual({ action: 'apply', to: 'down' });
  });

  it('never overwrites a status a person set within the window; flags it instead', () => {
    expect(decideMonitorReport(failing, { status: 'degraded', statusChangedAt: minutesAgo(29) }, null, options)).toEqual({
      action: 'flag',
      reason: 'editor_precedence',
    });
    // The window is a setting.
    expect(decideMonitorReport(failing, { status: 'degraded', statusChangedAt: minutesAgo(29) }, null, { ...options, precedenceMinutes: 10 })).toEqual({
      action: 'apply',
      to: 'down',
    });
  });

  it("lets a monitor change its own recent status", () => {
    const changedAt = minutesAgo(2);
    const mark = { status: 'degraded', statusChangedAt: changedAt } as const;
    expect(decideMonitorReport(failing, { status: 'degraded', statusChangedAt: changedAt }, mark, options)).toEqual({ action: 'apply', to: 'down' });
  });

  it('leaves a repeated report alone', () => {
    expect(decideMonitorReport(failing, { status: 'down', statusChangedAt: minutesAgo(1) }, null, options)).toEqual({ action: 'unchanged' });
    expect(decideMonitorReport(recovered, { status: 'operational', statusChangedAt: minutesAgo(1) }, null, options)).toEqual({ action: 'unchanged' });
  });

  it('restores only what the monitor set, and only when the token may restore', () => {
    const changedAt = minutesAgo(5);
    const mark = { status: 'down', statusChangedAt: changedAt } as const;
    const service = { status: 'down', statusChangedAt: changedAt } as const;
    expect(decideMonitorReport(recovered, service, mark, options)).toEqual({ action: 'apply', to: 'operational' });
    expect(decideMonitorReport(recovered, service, mark, { ...options, restoreOnResolve: false })).toEqual({ action: 'flag', reason: 'resolved_review' });
    // A person changed it after the monitor (same status word, later time): theirs now.
    expect(decideMonitorReport(recovered, { status: 'down', statusChangedAt: minutesAgo(1) }, mark, options)).toEqual({
      action: 'flag',
      reason: 'editor_changed',
    });
    expect(setByMonitor({ status: 'down', statusChangedAt: minutesAgo(1) }, mark)).toBe(false);
  });

  it('does not touch planned maintenance, being rebuilt or will not be restored', () => {
    expect(decideMonitorReport(failing, { status: 'maintenance', statusChangedAt: minutesAgo(300) }, null, options)).toEqual({ action: 'flag', reason: 'maintenance' });
    expect(decideMonitorReport(recovered, { status: 'maintenance', statusChangedAt: minutesAgo(300) }, null, options)).toEqual({ action: 'flag', reason: 'maintenance' });
    expect(decideMonitorReport(failing, { status: 'rebuilding', statusChangedAt: minutesAgo(300) }, null, options)).toEqual({ action: 'unchanged' });
    expect(decideMonitorReport(failing, { status: 'lost', statusChangedAt: minutesAgo(300) }, null, options)).toEqual({ action: 'unchanged' });
  });
});

describe('heartbeatMissed', () => {
  it('allows an interval plus a grace of a tenth (at least 30 s)', () => {
    const lastBeatAt = NOW;
    const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
    expect(heartbeatMissed({ lastBeatAt, intervalSeconds: 60 }, at(90))).toBe(false);
    expect(heartbeatMissed({ lastBeatAt, intervalSeconds: 60 }, at(91))).toBe(true);
    expect(heartbeatMissed({ lastBeatAt, intervalSeconds: 3600 }, at(3600 + 360))).toBe(false);
    expect(heartbeatMissed({ lastBeatAt, intervalSeconds: 3600 }, at(3600 + 361))).toBe(true);
  });
});

describe('Statuspage manage bodies', () => {
  it('reads bracketed form fields as the JSON body would be, ignoring prototype keys', () => {
    expect(
      formFieldsAsObject([
        ['incident[name]', 'Mina sidor'],
        ['incident[component_ids][]', 'service-a'],
        ['incident[component_ids][]', 'service-b'],
        ['incident[components][service-a]', 'major_outage'],
        ['incident[backfilled]', 'false'],
        ['incident[__proto__][x]', 'y'],
        ['__proto__[polluted]', 'yes'],
      ]),
    ).toEqual({
      incident: {
        name: 'Mina sidor',
        component_ids: ['service-a', 'service-b'],
        components: { 'service-a': 'major_outage' },
        backfilled: false,
      },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses what the shape cannot do here, naming the field', () => {
    expect(unsupportedIn({ status: 'scheduled' })?.field).toBe('incident.status');
    expect(unsupportedIn({ status: 'postmortem' })?.field).toBe('incident.status');
    expect(unsupportedIn({ scheduled_for: '2026-03-01T00:00:00Z' })?.field).toBe('incident.scheduled_for');
    expect(unsupportedIn({ backfilled: true })?.field).toBe('incident.backfilled');
    expect(unsupportedIn({ status: 'identified', body: 'x' })).toBeNull();
  });

  it('derives the impact from the worst component status', () => {
    expect(impactOfComponents(['operational', 'major_outage'])).toBe('major');
    expect(impactOfComponents(['degraded_performance'])).toBe('minor');
    expect(impactOfComponents([])).toBe('none');
  });
});
