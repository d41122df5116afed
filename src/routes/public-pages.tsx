/**
 * The public pages: each gathers its data from the store, shapes it for the view and renders
 * the document. They run only when the page cache has no current copy.
 */
import { AccessibilityPage } from '../../views/pages/AccessibilityPage';
import { HistoryPage } from '../../views/pages/HistoryPage';
import { IncidentPage, type IncidentNotice } from '../../views/pages/IncidentPage';
import { OverviewPage } from '../../views/pages/OverviewPage';
import { ServicePage } from '../../views/pages/ServicePage';
import { SubscribePage, type FeedUrls } from '../../views/pages/SubscribePage';
import type { Database } from '../db/database';
import { renderDocument } from '../http/render';
import { NOTICE_QUESTIONS } from '../domain/incident';
import { summariseStatuses } from '../domain/overall';
import { addFeedLinks, type PageContext } from '../present/chrome';
import { presentChannel } from '../present/contacts';
import { presentIncidentSummary } from '../present/incidents';
import { presentMaintenanceFacts, presentOpenMaintenances } from '../present/maintenance';
import { localText, optionalText } from '../present/localize';
import { presentServiceSummary } from '../present/services';
import { presentUpdate } from '../present/update';
import { emailSectionFor, followByEmailFor, type SubscribeFormState } from '../present/subscriptions';
import { listContactChannels } from '../store/contacts';
import { findIncidentBySlug, listActiveIncidents, listIncidentsForService, listIncidents } from '../store/incidents';
import { listServiceGroups } from '../store/groups';
import { listOpenMaintenances } from '../store/maintenance';
import { findServiceBySlug, listActiveServices } from '../store/services';
import type { Site } from '../store/site';
import {
  countUpdates,
  latestUpdatesOfIncidents,
  listUpdatesOfIncident,
  listUpdatesOfService,
  listUpdatesPage,
} from '../store/updates';
import { CAP_INDEX_PATH, embeddingPathsFor } from '../urls/machine';
import { feedUrlsFor, type FeedScopeRef } from '../urls/paths';

export const HISTORY_PAGE_SIZE = 20;
/** The service page shows this many recent entries; the history pages hold the rest. */
const SERVICE_HISTORY_LIMIT = 50;
/** Related incidents on a service page: the newest ones (a page that lists every one grows for ever). */
const SERVICE_INCIDENT_LIMIT = 20;

export async function renderOverview(db: Database, context: PageContext, site: Site): Promise<string> {
  const [groups, services, open, channels, maintenances] = await Promise.all([
    listServiceGroups(db),
    listActiveServices(db),
    listActiveIncidents(db),
    listContactChannels(db),
    listOpenMaintenances(db),
  ]);
  // A planned maintenance is an incident too, but it has its own section (and is no "ongoing incident").
  const incidents = open.filter((incident) => incident.maintenance === null);
  const latest = await latestUpdatesOfIncidents(
    db,
    incidents.map((incident) => incident.id),
  );
  const { languages } = context;
  const siteTexts = Object.entries(site.texts).map(([locale, text]) => ({ locale, ...text }));
  return renderDocument(
    <OverviewPage
      chrome={context.chrome}
      overall={summariseStatuses(services.map((service) => service.status))}
      notice={optionalText(siteTexts, languages, (row) => row.notice)}
      incidents={incidents.map((incident) =>
        presentIncidentSummary(incident, latest.get(incident.id) ?? null, context),
      )}
      maintenances={presentOpenMaintenances(maintenances, context)}
      groups={groups
        .map((group) => ({
          name: localText(group.texts, languages, (row) => row.name),
          services: services
            .filter((service) => service.groupId === group.id)
            .map((service) => presentServiceSummary(service, context)),
        }))
        .filter((group) => group.services.length > 0)}
      channels={channels.map((channel) => presentChannel(channel, context, site.timeZone))}
      posterHref={context.paths.poster}
    />,
  );
}

export async function renderService(db: Database, context: PageContext, slug: string): Promise<string | null> {
  const service = await findServiceBySlug(db, slug);
  if (!service) return null;
  const [incidents, updates, maintenances] = await Promise.all([
    listIncidentsForService(db, service.id, SERVICE_INCIDENT_LIMIT),
    listUpdatesOfService(db, service.id, SERVICE_HISTORY_LIMIT),
    listOpenMaintenances(db),
  ]);
  const { languages, paths } = context;
  addFeedLinks(context, { kind: 'service', slug }, localText(service.texts, languages, (row) => row.name).text);
  return renderDocument(
    <ServicePage
      chrome={context.chrome}
      service={{
        ...presentServiceSummary(service, context),
        description: optionalText(service.texts, languages, (row) => row.description),
        statusChangedAt: service.statusChangedAt,
        group: localText(service.group.texts, languages, (row) => row.name),
      }}
      incidents={incidents.map((incident) => ({
        title: localText(incident.texts, languages, (row) => row.title),
        href: paths.incident(incident.slug),
        resolved: incident.resolvedAt !== null,
      }))}
      maintenances={presentOpenMaintenances(maintenances, context, service.id)}
      updates={updates.map((update) => presentUpdate(update, context, { withContext: true }))}
      followByEmail={followByEmailFor(context, { kind: 'service', id: service.id })}
    />,
  );
}

export async function renderIncident(db: Database, context: PageContext, slug: string): Promise<string | null> {
  const found = await findIncidentBySlug(db, slug);
  if (!found) return null;
  const incident = found;
  const updates = await listUpdatesOfIncident(db, incident.id);
  const { languages, paths } = context;
  addFeedLinks(context, { kind: 'incident', slug }, localText(incident.texts, languages, (row) => row.title).text);
  const notice = (read: (row: (typeof incident.texts)[number]) => string) =>
    localText(incident.texts, languages, read);
  return renderDocument(
    <IncidentPage
      chrome={context.chrome}
      incident={{
        ...presentIncidentSummary(incident, updates[0] ?? null, context),
        phase: incident.phase,
        impact: incident.impact,
        resolvedAt: incident.resolvedAt,
        notice: Object.fromEntries(NOTICE_QUESTIONS.map((question) => [question, notice((row) => row[question])])) as IncidentNotice,
        maintenance: incident.maintenance ? presentMaintenanceFacts(incident.maintenance, context.now) : null,
      }}
      services={incident.services
        .filter((link) => link.service.retiredAt === null)
        .map((link) => ({
          name: localText(link.service.texts, languages, (row) => row.name),
          href: paths.service(link.service.slug),
          status: link.service.status,
        }))}
      updates={updates.map((update) => presentUpdate(update, context))}
      followByEmail={incident.resolvedAt === null ? followByEmailFor(context, { kind: 'incident', id: incident.id }) : null}
    />,
  );
}

export async function renderHistory(db: Database, context: PageContext, page: number): Promise<string | null> {
  const total = await countUpdates(db);
  const pages = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  if (page > pages) return null;
  const updates = await listUpdatesPage(db, page, HISTORY_PAGE_SIZE);
  const { paths } = context;
  return renderDocument(
    <HistoryPage
      chrome={context.chrome}
      page={page}
      pages={pages}
      newerHref={page > 1 ? paths.history(page - 1) : null}
      olderHref={page < pages ? paths.history(page + 1) : null}
      updates={updates.map((update) => presentUpdate(update, context, { withContext: true }))}
    />,
  );
}

export function renderAccessibility(context: PageContext, site: Site): Promise<string> {
  const { chrome } = context;
  return renderDocument(
    <AccessibilityPage
      chrome={chrome}
      sections={chrome.t.accessibilityStatement({
        organisationName: chrome.organisationName,
        reviewedOn: site.accessibilityReviewedOn ? chrome.fmt.localDate(site.accessibilityReviewedOn) : null,
      })}
    />,
  );
}

function feedUrls(context: PageContext, scope: FeedScopeRef): FeedUrls {
  return feedUrlsFor(context.publicUrl, context.urlPaths, scope);
}

/**
 * The CAP index, the badge and the embeddable state, absolute: the code shown is for other
 * sites. Only the live app serves them, so the static export (whose links point at its own
 * files: `paths` is then not `urlPaths`) leaves the section out.
 */
function forOtherSystems(context: PageContext) {
  if (context.paths !== context.urlPaths) return null;
  const { locale, defaultLocale } = context.languages;
  const embedding = embeddingPathsFor(locale, defaultLocale);
  return {
    capIndex: context.publicUrl + CAP_INDEX_PATH,
    badge: context.publicUrl + embedding.badge,
    embed: context.publicUrl + embedding.embed,
  };
}

/** How many incidents the subscribe page lists (newest first); older ones are in the history. */
const SUBSCRIBE_INCIDENT_LIMIT = 20;

export async function renderSubscribe(db: Database, context: PageContext, emailState?: SubscribeFormState): Promise<string> {
  const [groups, services, incidents] = await Promise.all([
    listServiceGroups(db),
    listActiveServices(db),
    listIncidents(db, SUBSCRIBE_INCIDENT_LIMIT),
  ]);
  const { languages } = context;
  const choosable = groups
    .map((group) => ({
      name: localText(group.texts, languages, (row) => row.name),
      services: services
        .filter((service) => service.groupId === group.id)
        .map((service) => ({ id: service.id, name: localText(service.texts, languages, (row) => row.name) })),
    }))
    .filter((group) => group.services.length > 0);
  return renderDocument(
    <SubscribePage
      chrome={context.chrome}
      email={emailSectionFor(context, choosable, emailState)}
      site={feedUrls(context, { kind: 'site' })}
      calendar={context.publicUrl + context.urlPaths.calendar}
      forOtherSystems={forOtherSystems(context)}
      incidents={incidents.map((incident) => ({
        title: localText(incident.texts, languages, (row) => row.title),
        resolved: incident.resolvedAt !== null,
        feeds: feedUrls(context, { kind: 'incident', slug: incident.slug }),
      }))}
      groups={groups
        .map((group) => ({
          name: localText(group.texts, languages, (row) => row.name),
          services: services
            .filter((service) => service.groupId === group.id)
            .map((service) => ({
              name: localText(service.texts, languages, (row) => row.name),
              feeds: feedUrls(context, { kind: 'service', slug: service.slug }),
            })),
        }))
        .filter((group) => group.services.length > 0)}
    />,
  );
}
