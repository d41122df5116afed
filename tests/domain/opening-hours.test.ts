import { describe, expect, it } from 'vitest';
import {
  openStateAt,
  summariseWeek,
  type Schedule,
} from '../../src/domain/opening-hours';

const TZ = 'Europe/Stockholm';

/** The contact centre of the seeds: mån, ons, tors 08–16; tis 08–18; fre 08–15.30. */
const contactCentre: Schedule = {
  mode: 'scheduled',
  weekly: [
    { dayOfWeek: 1, opens: '08:00', closes: '16:00' },
    { dayOfWeek: 2, opens: '08:00', closes: '18:00' },
    { dayOfWeek: 3, opens: '08:00', closes: '16:00' },
    { dayOfWeek: 4, opens: '08:00', closes: '16:00' },
    { dayOfWeek: 5, opens: '08:00', closes: '15:30' },
  ],
  overrides: [],
};

/** Social services on call: weekday evenings past midnight. */
const nightLine: Schedule = {
  mode: 'scheduled',
  weekly: [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, opens: '16:30', closes: '08:00' })),
  overrides: [],
};

const iso = (date: Date | null | undefined) => date?.toISOString();

describe('open now', () => {
  it('is open inside the hours and names the closing time', () => {
    // Tuesday 10 Feb 2026, 17:00 CET: Tuesday is open until 18:00.
    const state = openStateAt(contactCentre, new Date('2026-02-10T16:00:00Z'), TZ);
    expect(state).toEqual({ kind: 'open', closesAt: new Date('2026-02-10T17:00:00Z') });
  });

  it('is closed after hours and names the next opening, skipping the weekend', () => {
    // Friday 13 Feb 2026, 15:45 CET: closed since 15:30; opens Monday 08:00.
    const state = openStateAt(contactCentre, new Date('2026-02-13T14:45:00Z'), TZ);
    expect(state.kind).toBe('closed');
    expect(iso(state.kind === 'closed' ? state.opensAt : null)).toBe('2026-02-16T07:00:00.000Z');
  });

  it('treats the closing minute as closed and the opening minute as open', () => {
    expect(openStateAt(contactCentre, new Date('2026-02-11T15:00:00Z'), TZ).kind).toBe('closed'); // 16:00 CET
    expect(openStateAt(contactCentre, new Date('2026-02-11T07:00:00Z'), TZ).kind).toBe('open'); // 08:00 CET
  });

  it('keeps a period that runs past midnight open into the next day', () => {
    // Wednesday 02:00 CET belongs to Tuesday's 16:30–08:00 shift.
    const state = openStateAt(nightLine, new Date('2026-02-11T01:00:00Z'), TZ);
    expect(state).toEqual({ kind: 'open', closesAt: new Date('2026-02-11T07:00:00Z') });
  });

  it('merges back-to-back periods into one opening (24:00 then 00:00)', () => {
    const allWeekend: Schedule = {
      mode: 'scheduled',
      weekly: [6, 7].map((dayOfWeek) => ({ dayOfWeek, opens: '00:00', closes: '24:00' })),
      overrides: [],
    };
    // Saturday 14 Feb 2026 12:00 CET: open until Monday 00:00 CET.
    const state = openStateAt(allWeekend, new Date('2026-02-14T11:00:00Z'), TZ);
    expect(state).toEqual({ kind: 'open', closesAt: new Date('2026-02-15T23:00:00Z') });
  });

  it('lets a dated override replace the weekly hours, including closing a whole day', () => {
    const crisis: Schedule = {
      ...contactCentre,
      overrides: [
        { validFrom: '2026-02-11', validThrough: '2026-02-11', opens: '07:00', closes: '20:00' },
        { validFrom: '2026-02-12', validThrough: '2026-02-12', opens: null, closes: null },
      ],
    };
    // Wednesday 19:00 CET: normally closed, open by override until 20:00.
    expect(openStateAt(crisis, new Date('2026-02-11T18:00:00Z'), TZ)).toEqual({
      kind: 'open',
      closesAt: new Date('2026-02-11T19:00:00Z'),
    });
    // Wednesday 21:00 CET: Thursday is closed by override, so it opens Friday 08:00.
    const state = openStateAt(crisis, new Date('2026-02-11T20:00:00Z'), TZ);
    expect(state.kind === 'closed' && iso(state.opensAt)).toBe('2026-02-13T07:00:00.000Z');
  });

  it('supports several periods a day (a lunch break)', () => {
    const reception: Schedule = {
      mode: 'scheduled',
      weekly: [
        { dayOfWeek: 3, opens: '08:00', closes: '12:00' },
        { dayOfWeek: 3, opens: '13:00', closes: '16:00' },
      ],
      overrides: [],
    };
    const lunch = openStateAt(reception, new Date('2026-02-11T11:30:00Z'), TZ); // 12:30 CET
    expect(lunch.kind === 'closed' && iso(lunch.opensAt)).toBe('2026-02-11T12:00:00.000Z');
  });

  it('keeps local hours across the spring DST change (CET → CEST)', () => {
    // Sunday 29 March 2026 clocks go 02:00 → 03:00. Monday 30 March opens 08:00 CEST = 06:00Z.
    const state = openStateAt(contactCentre, new Date('2026-03-29T12:00:00Z'), TZ);
    expect(state.kind === 'closed' && iso(state.opensAt)).toBe('2026-03-30T06:00:00.000Z');
    // Friday 27 March (still CET) closes 15:30 CET = 14:30Z.
    const friday = openStateAt(contactCentre, new Date('2026-03-27T10:00:00Z'), TZ);
    expect(friday.kind === 'open' && iso(friday.closesAt)).toBe('2026-03-27T14:30:00.000Z');
  });

  it('keeps a night shift correct across the autumn DST change (a 25-hour night)', () => {
    const daily: Schedule = {
      mode: 'scheduled',
      weekly: [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, opens: '22:00', closes: '06:00' })),
      overrides: [],
    };
    // Sat 24 Oct 2026 23:00 CEST (21:00Z): the shift ends Sunday 06:00 CET = 05:00Z, which is
    // nine real hours later because 03:00 CEST falls back to 02:00 CET.
    const state = openStateAt(daily, new Date('2026-10-24T21:00:00Z'), TZ);
    expect(state.kind === 'open' && iso(state.closesAt)).toBe('2026-10-25T05:00:00.000Z');
  });

  it('has no open/closed state for channels without hours, and is always open around the clock', () => {
    expect(openStateAt({ mode: 'none', weekly: [], overrides: [] }, new Date(), TZ).kind).toBe('not-applicable');
    expect(openStateAt({ mode: 'always', weekly: [], overrides: [] }, new Date(), TZ).kind).toBe('always-open');
  });
});

describe('week summary', () => {
  it('groups days that share the same hours, as the seed page writes them', () => {
    expect(summariseWeek(contactCentre.weekly)).toEqual([
      { days: [1, 3, 4], periods: [{ opens: '08:00', closes: '16:00' }] },
      { days: [2], periods: [{ opens: '08:00', closes: '18:00' }] },
      { days: [5], periods: [{ opens: '08:00', closes: '15:30' }] },
    ]);
  });
});
