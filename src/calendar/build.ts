/**
 * The maintenance calendar of one language: every maintenance (cancelled ones too, so that
 * subscribed calendars learn of the cancellation) as one event, in the words the public pages
 * use, with the texts in the reader's language or the original. It reads the store, so the
 * route only serves the result.
 */
import type { Database } from '../db/database';
import { NOTICE_QUESTIONS } from '../domain/incident';
import { messagesFor } from '../i18n';
import { localText, optionalText, type Languages } from '../present/localize';
import { listMaintenancesForCalendar, type MaintenanceWithDetails } from '../store/maintenance';
import type { Site } from '../store/site';
import { pathsFor, type Paths } from '../urls/paths';
import { serializeCalendar, type CalendarEvent } from './ics';

export interface CalendarRequest {
  locale: string;
  site: Site;
  publicUrl: string;
  /** The addresses links are built from (publicUrl + …): the app's own unless given (the export). */
  paths?: Paths;
}

/** RFC 5545 UIDs must be globally unique: ours are scoped by the site's host. */
export function maintenanceUid(uid: string, publicUrl: string): string {
  return `maintenance-${uid}@${new URL(publicUrl).host}`;
}

const latest = (dates: Date[]) => new Date(Math.max(...dates.map((date) => date.getTime())));

function eventOf(maintenance: MaintenanceWithDetails, request: CalendarRequest, paths: Paths, languages: Languages): CalendarEvent {
  const t = messagesFor(request.locale);
  const { incident } = maintenance;
  const title = localText(incident.texts, languages, (row) => row.title).text;
  const cancelled = maintenance.status === 'cancelled';
  const url = request.publicUrl + paths.incident(incident.slug);
  const answers = NOTICE_QUESTIONS.flatMap((question) => {
    const answer = optionalText(incident.texts, languages, (row) => row[question]);
    const heading = question === 'whatHappened' ? t.maintenanceWhatWillBeDone : t.noticeQuestions[question];
    return answer ? [`${heading}\n${answer.text}`] : [];
  });
  const serviceNames = incident.services
    .filter((link) => link.service.retiredAt === null)
    .map((link) => localText(link.service.texts, languages, (row) => row.name).text);
  const description = [
    ...answers,
    ...(serviceNames.length ? [`${t.affectedServices}: ${serviceNames.join(', ')}`] : []),
    `${t.calendarMoreInformation}: ${url}`,
  ].join('\n\n');
  return {
    uid: maintenanceUid(maintenance.uid, request.publicUrl),
    sequence: maintenance.sequence,
    cancelled,
    startsAt: maintenance.scheduledStartAt,
    endsAt: maintenance.scheduledEndAt,
    summary: cancelled ? t.calendarCancelled(title) : title,
    description,
    url,
    // The maintenance, its notice and any of its texts: whichever changed last.
    lastModified: latest([maintenance.updatedAt, incident.updatedAt, ...incident.texts.map((row) => row.updatedAt)]),
  };
}

export async function buildMaintenanceCalendar(db: Database, request: CalendarRequest): Promise<string> {
  const { locale, site } = request;
  const languages = { locale, defaultLocale: site.defaultLocale };
  const paths = request.paths ?? pathsFor(locale, site.defaultLocale);
  const t = messagesFor(locale);
  const texts = site.texts[locale] ?? site.texts[site.defaultLocale];
  const maintenances = await listMaintenancesForCalendar(db);
  // Read newest first (the limit keeps the newest); listed in time order.
  const events = maintenances.map((maintenance) => eventOf(maintenance, request, paths, languages)).reverse();
  return serializeCalendar({
    language: locale,
    name: t.calendarName(texts?.siteTitle ?? ''),
    description: t.calendarDescription(texts?.organisationName ?? ''),
    url: request.publicUrl + paths.overview,
    timeZone: site.timeZone,
    events,
  });
}
