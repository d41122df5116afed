/**
 * Opening hours: "is it open now, and when does that change?", in the site's time zone.
 *
 * Wall-clock periods are turned into UTC intervals day by day with @date-fns/tz, so a period
 * keeps its local hours across daylight-saving changes (a 23- or 25-hour day) and a period
 * that closes after midnight belongs to the day it opened.
 */
import { TZDate } from '@date-fns/tz';
import type { OpeningHoursMode } from './contact';

export interface WeeklyPeriod {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  dayOfWeek: number;
  opens: string;
  closes: string;
}

export interface DatedOverride {
  /** Local dates YYYY-MM-DD, inclusive. */
  validFrom: string;
  validThrough: string;
  /** Both null: closed on these days. */
  opens: string | null;
  closes: string | null;
}

export interface Schedule {
  mode: OpeningHoursMode;
  weekly: WeeklyPeriod[];
  overrides: DatedOverride[];
}

export type OpenState =
  | { kind: 'always-open' }
  | { kind: 'not-applicable' }
  /** `closesAt` null: no closing within the look-ahead. */
  | { kind: 'open'; closesAt: Date | null }
  /** `opensAt` null: no opening within the look-ahead. */
  | { kind: 'closed'; opensAt: Date | null };

interface Interval {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
/** Days ahead searched for the next change: covers a week plus a long holiday override. */
const LOOK_AHEAD_DAYS = 14;

const CLOCK = /^([01]\d|2[0-4]):([0-5]\d)$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "HH:MM" (00:00–24:00) into minutes after midnight, or null when malformed. */
export function parseClock(value: string): number | null {
  const match = CLOCK.exec(value);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes > 24 * 60 ? null : minutes;
}

export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** A calendar day, independent of time zone: days since 1970-01-01. */
type DayNumber = number;

function dayNumberOf(year: number, monthIndex: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, monthIndex, day) / DAY_MS);
}

function localDateOf(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function isoWeekdayOf(day: DayNumber): number {
  const weekday = new Date(day * DAY_MS).getUTCDay(); // 0 = Sunday
  return weekday === 0 ? 7 : weekday;
}

function instantAt(day: DayNumber, minutes: number, timeZone: string): number {
  const date = new Date(day * DAY_MS);
  return new TZDate(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    Math.floor(minutes / 60),
    minutes % 60,
    timeZone,
  ).getTime();
}

/** The local calendar day that `instant` falls on in `timeZone`. */
export function localDayOf(instant: Date, timeZone: string): DayNumber {
  const local = new TZDate(instant.getTime(), timeZone);
  return dayNumberOf(local.getFullYear(), local.getMonth(), local.getDate());
}

/** The periods that apply on one local day: overrides replace the weekly hours. */
function periodsOn(schedule: Schedule, day: DayNumber): { opens: string; closes: string }[] {
  const date = localDateOf(day);
  const overrides = schedule.overrides.filter(
    (override) => override.validFrom <= date && date <= override.validThrough,
  );
  if (overrides.length > 0) {
    return overrides.flatMap((override) =>
      override.opens !== null && override.closes !== null
        ? [{ opens: override.opens, closes: override.closes }]
        : [],
    );
  }
  const weekday = isoWeekdayOf(day);
  return schedule.weekly.filter((period) => period.dayOfWeek === weekday);
}

function intervalsBetween(
  schedule: Schedule,
  firstDay: DayNumber,
  lastDay: DayNumber,
  timeZone: string,
): Interval[] {
  const intervals: Interval[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    for (const period of periodsOn(schedule, day)) {
      const opens = parseClock(period.opens);
      const closes = parseClock(period.closes);
      if (opens === null || closes === null) continue;
      const start = instantAt(day, opens, timeZone);
      const end = closes > opens ? instantAt(day, closes, timeZone) : instantAt(day + 1, closes, timeZone);
      if (end > start) intervals.push({ start, end });
    }
  }
  intervals.sort((a, b) => a.start - b.start);
  // Touching or overlapping periods (open until 24:00, open again at 00:00) are one opening.
  const merged: Interval[] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** Whether the channel is open at `now`, and when that next changes. */
export function openStateAt(schedule: Schedule, now: Date, timeZone: string): OpenState {
  if (schedule.mode === 'always') return { kind: 'always-open' };
  if (schedule.mode === 'none') return { kind: 'not-applicable' };
  const today = localDayOf(now, timeZone);
  // Start yesterday: a period that opened yesterday evening may still be running.
  const intervals = intervalsBetween(schedule, today - 1, today + LOOK_AHEAD_DAYS, timeZone);
  const at = now.getTime();
  const current = intervals.find((interval) => interval.start <= at && at < interval.end);
  if (current) {
    const reachesHorizon = current.end >= instantAt(today + LOOK_AHEAD_DAYS, 0, timeZone);
    return { kind: 'open', closesAt: reachesHorizon ? null : new Date(current.end) };
  }
  const next = intervals.find((interval) => interval.start > at);
  return { kind: 'closed', opensAt: next ? new Date(next.start) : null };
}

/**
 * The periods of the local day `now` falls on, in opening order (a dated override replaces
 * the weekly hours; none for channels without opening hours). A period past midnight is
 * listed on the day it opens, as in the weekly hours.
 */
export function periodsToday(schedule: Schedule, now: Date, timeZone: string): { opens: string; closes: string }[] {
  if (schedule.mode !== 'scheduled') return [];
  return periodsOn(schedule, localDayOf(now, timeZone)).sort((a, b) => a.opens.localeCompare(b.opens));
}

/** The instant at which `state` stops being true, if known. */
export function nextChangeOf(state: OpenState): Date | null {
  if (state.kind === 'open') return state.closesAt;
  if (state.kind === 'closed') return state.opensAt;
  return null;
}

export interface WeekSummaryLine {
  /** ISO weekdays sharing exactly the same periods, in order. */
  days: number[];
  periods: { opens: string; closes: string }[];
}

/**
 * Groups the weekly hours for display: "mån, ons, tors 08.00–16.00; tis 08.00–18.00".
 * Days without hours are left out (the view says "closed other days").
 */
export function summariseWeek(weekly: WeeklyPeriod[]): WeekSummaryLine[] {
  const lines: WeekSummaryLine[] = [];
  for (let day = 1; day <= 7; day++) {
    const periods = weekly
      .filter((period) => period.dayOfWeek === day)
      .map(({ opens, closes }) => ({ opens, closes }))
      .sort((a, b) => a.opens.localeCompare(b.opens));
    if (periods.length === 0) continue;
    const key = JSON.stringify(periods);
    const same = lines.find((line) => JSON.stringify(line.periods) === key);
    if (same) same.days.push(day);
    else lines.push({ days: [day], periods });
  }
  return lines;
}

/** Overrides that are in force today or start within `days`, for "temporary hours" notes. */
export function currentAndUpcomingOverrides(
  schedule: Schedule,
  now: Date,
  timeZone: string,
  days = LOOK_AHEAD_DAYS,
): DatedOverride[] {
  const today = localDateOf(localDayOf(now, timeZone));
  const horizon = localDateOf(localDayOf(now, timeZone) + days);
  return schedule.overrides
    .filter((override) => override.validThrough >= today && override.validFrom <= horizon)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom) || (a.opens ?? '').localeCompare(b.opens ?? ''));
}

/** The local date `daysFromToday` days from `now`'s local day, as YYYY-MM-DD. */
export function localDateFrom(now: Date, timeZone: string, daysFromToday: number): string {
  return localDateOf(localDayOf(now, timeZone) + daysFromToday);
}

/** The instant of a local wall-clock time `daysFromToday` days from `now`'s local day. */
export function localInstantFrom(
  now: Date,
  timeZone: string,
  daysFromToday: number,
  clock: string,
): Date {
  const minutes = parseClock(clock);
  if (minutes === null) throw new Error(`Not a clock time: ${clock}`);
  return new Date(instantAt(localDayOf(now, timeZone) + daysFromToday, minutes, timeZone));
}
