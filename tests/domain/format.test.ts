import { describe, expect, it } from 'vitest';
import { formatterFor } from '../../src/i18n/format';

const sv = formatterFor('sv-SE', 'Europe/Stockholm');
const en = formatterFor('en-GB', 'Europe/Stockholm');

describe('dates for people and machines', () => {
  it('writes Swedish dates with lower-case month, the year and a dot in the time', () => {
    expect(sv.dateTime(new Date('2024-02-08T10:00:00Z'))).toBe('8 februari 2024 kl. 11.00');
    expect(en.dateTime(new Date('2024-02-08T10:00:00Z'))).toBe('8 February 2024 at 11:00');
  });

  it('shows Stockholm time on both sides of the DST change', () => {
    // 29 March 2026, 01:00Z: clocks jump from 02:00 CET to 03:00 CEST.
    expect(sv.dateTime(new Date('2026-03-29T00:30:00Z'))).toBe('29 mars 2026 kl. 01.30');
    expect(sv.dateTime(new Date('2026-03-29T01:30:00Z'))).toBe('29 mars 2026 kl. 03.30');
    expect(sv.machine(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29T01:30:00+01:00');
    expect(sv.machine(new Date('2026-03-29T01:30:00Z'))).toBe('2026-03-29T03:30:00+02:00');
    // 25 October 2026: 02:30 happens twice; the offsets tell them apart.
    expect(sv.machine(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30:00+02:00');
    expect(sv.machine(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30:00+01:00');
  });

  it('formats wall-clock hours and weekday names from Intl', () => {
    expect(sv.clock('08:00')).toBe('08.00');
    expect(en.clock('15:30')).toBe('15:30');
    expect([1, 7].map(sv.weekdayShort)).toEqual(['mån', 'sön']);
    expect(en.languageName('sv')).toBe('Swedish');
  });
});
