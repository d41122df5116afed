/**
 * The overview in brief, for the printable poster and the plain-text summary: the overall
 * state, the services that do not work as usual (worst first) with what to do instead, and
 * the contact channels with today's hours. Built from the same presenters as the overview, so
 * the status words, the "what to do instead" and the hours cannot differ from the page.
 */
import type { ServiceSummary } from '../../views/partials/ServiceItem';
import type { ContactToday } from '../../views/partials/TodayHours';
import { periodsToday } from '../domain/opening-hours';
import { summariseStatuses, type OverallState } from '../domain/overall';
import { needsWorkaround, severity } from '../domain/status';
import { scheduleOf, type ChannelWithDetails } from '../store/contacts';
import type { ServiceWithTexts } from '../store/services';
import type { PageContext } from './chrome';
import { presentChannel } from './contacts';
import { presentServiceSummary } from './services';

export type { ContactToday };

export interface StatusSummary {
  overall: OverallState;
  /** Every service that does not work as usual, worst first, in page order within a status. */
  affected: ServiceSummary[];
  contacts: ContactToday[];
  /** When the data last changed ("Senast uppdaterad"). */
  lastUpdated: Date;
  /** "Today", as the date the hours are for. */
  today: Date;
  /** The overview's absolute address in this language. */
  url: string;
}

export function presentStatusSummary(args: {
  /** Group ids in display order: services are listed as the overview lists them. */
  groupIds: readonly number[];
  services: readonly ServiceWithTexts[];
  channels: readonly ChannelWithDetails[];
  context: PageContext;
  timeZone: string;
}): StatusSummary {
  const { groupIds, services, channels, context, timeZone } = args;
  const inPageOrder = groupIds.flatMap((groupId) => services.filter((service) => service.groupId === groupId));
  const affected = inPageOrder
    .filter((service) => needsWorkaround(service.status))
    // Array.prototype.sort is stable: equally severe services keep the page's order.
    .sort((a, b) => severity(b.status) - severity(a.status))
    .map((service) => presentServiceSummary(service, context));
  return {
    overall: summariseStatuses(services.map((service) => service.status)),
    affected,
    contacts: channels.map((channel) => ({
      ...presentChannel(channel, context, timeZone),
      today: periodsToday(scheduleOf(channel), context.now, timeZone),
    })),
    lastUpdated: context.chrome.lastUpdated,
    today: context.now,
    url: context.publicUrl + context.urlPaths.overview,
  };
}
