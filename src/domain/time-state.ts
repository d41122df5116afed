/**
 * Public pages depend on time as well as on data: "open now" flips when a contact centre
 * opens or closes, an incident's next update becomes overdue, and a planned maintenance
 * starts or ends (the page says so at that moment, before the timer has recorded it). Between
 * two such moments a page is constant, so it can be rendered once and served until the next one.
 */
import { nextChangeOf, openStateAt, type Schedule } from './opening-hours';

/** The first moment after `now` at which any time-dependent text on the public pages changes. */
export function nextPublicChange(
  schedules: readonly Schedule[],
  deadlines: readonly Date[],
  now: Date,
  timeZone: string,
  /** Open maintenances: their start and end change what the pages say. */
  maintenanceWindows: readonly { startsAt: Date; endsAt: Date }[] = [],
): Date | null {
  let next: number | null = null;
  const consider = (instant: Date | null) => {
    if (instant && instant.getTime() > now.getTime() && (next === null || instant.getTime() < next))
      next = instant.getTime();
  };
  for (const schedule of schedules) consider(nextChangeOf(openStateAt(schedule, now, timeZone)));
  for (const deadline of deadlines) consider(deadline);
  for (const window of maintenanceWindows) {
    consider(window.startsAt);
    consider(window.endsAt);
  }
  return next === null ? null : new Date(next);
}
