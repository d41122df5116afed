/**
 * Opening hours in words ("mån, ons, tors 08.00–16.00; tis 08.00–18.00"), for the pages, the
 * poster and the plain-text summary alike, so the three cannot drift apart.
 */
import type { WeekSummaryLine } from '../domain/opening-hours';
import type { Formatter } from './format';
import type { Messages } from './messages';

export interface Period {
  opens: string;
  closes: string;
}

/** "08.00–12.00, 13.00–16.00" */
export function periodsText(fmt: Formatter, periods: readonly Period[]): string {
  return periods.map((period) => `${fmt.clock(period.opens)}–${fmt.clock(period.closes)}`).join(', ');
}

/** "mån, ons, tors", or a range "mån–fre" for three or more consecutive days. */
export function daysText(t: Messages, fmt: Formatter, days: readonly number[]): string {
  const consecutive = days.length >= 3 && days.every((day, index) => index === 0 || day === days[index - 1]! + 1);
  if (consecutive) return t.dayRange(fmt.weekdayShort(days[0]!), fmt.weekdayShort(days[days.length - 1]!));
  return days.map((day) => fmt.weekdayShort(day)).join(', ');
}

/** "mån, ons, tors 08.00–16.00; tis 08.00–18.00" */
export function weekText(t: Messages, fmt: Formatter, week: readonly WeekSummaryLine[]): string {
  return week.map((line) => `${daysText(t, fmt, line.days)} ${periodsText(fmt, line.periods)}`).join('; ');
}

/** Whether the weekly hours leave some day of the week without any opening. */
export function hasClosedDays(week: readonly WeekSummaryLine[]): boolean {
  return week.reduce((sum, line) => sum + line.days.length, 0) < 7;
}
