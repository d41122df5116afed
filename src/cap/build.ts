/**
 * Assembles CAP messages and their index from the store, the way src/feeds/build-document.ts
 * assembles a feed: the route only validates and serves. Every update is presented exactly as
 * the pages and feeds present it (src/present/update.ts), once per language.
 */
import type { Database } from '../db/database';
import { contentLocalesOf, isInterfaceLocale } from '../domain/locales';
import { isRestoration, type ServiceStatus } from '../domain/status';
import { messagesFor } from '../i18n';
import { formatterFor } from '../i18n/format';
import { localText, optionalText, type Languages } from '../present/localize';
import { presentUpdate, type PresentedUpdate } from '../present/update';
import {
  findIncidentForCap,
  findServicesWithTexts,
  findUpdateByUid,
  listIncidentMessages,
  listServiceMessages,
  maintenanceAfterUpdate,
  statusesAfterUpdate,
  type IncidentForCap,
} from '../store/cap-reads';
import { listContactChannels, type ChannelWithDetails } from '../store/contacts';
import { FEED_PAGE_SIZE, newestFeedItems } from '../store/feed-items';
import type { Site } from '../store/site';
import { findUpdatesByIds, type UpdateWithDetails } from '../store/updates';
import { capAlertPath, CAP_INDEX_PATH } from '../urls/machine';
import { pathsFor } from '../urls/paths';
import { serializeCapAlert, type CapAlert, type CapInfo } from './alert';
import { capIdentifier, capReference, capSender, capTime, type MessageRef } from './identity';
import { serializeCapIndex, type CapIndexEntry } from './index-feed';
import { earlierInIncident, earlierInServiceEpisodes, type ScopeItem } from './thread';
import { classifyMessage, type CapClassification, type CapKind } from './vocabulary';
import { capDescription, capHeadline } from './words';

export interface CapRequest {
  site: Site;
  /** The address readers use: links, and the sender (its host). */
  publicUrl: string;
}

const SUMMARY_LENGTH = 280;

function organisationIn(site: Site, locale: string): string {
  return (site.texts[locale] ?? site.texts[site.defaultLocale])?.organisationName ?? '';
}

/** An update presented in a language, linking to the page in that language when the interface has it. */
function presentIn(update: UpdateWithDetails, site: Site, locale: string, version: number | null): PresentedUpdate {
  const pageLocale = isInterfaceLocale(locale) ? locale : site.defaultLocale;
  const languages: Languages = { locale, defaultLocale: site.defaultLocale };
  return presentUpdate(update, { paths: pathsFor(pageLocale, site.defaultLocale), languages }, { version });
}

interface Gathered {
  update: UpdateWithDetails;
  ref: MessageRef;
  kind: CapKind;
  incident: IncidentForCap | null;
  earlier: ScopeItem[];
  statuses: Map<number, ServiceStatus>;
  classification: CapClassification;
  window: { startsAt: Date; endsAt: Date } | null;
  services: Awaited<ReturnType<typeof findServicesWithTexts>>;
  channels: ChannelWithDetails[];
}

async function gather(db: Database, ref: MessageRef): Promise<Gathered | null> {
  const update = await findUpdateByUid(db, ref.updateUid);
  if (!update) return null;
  if (ref.correctionId !== null && !update.corrections.some((correction) => correction.id === ref.correctionId)) return null;
  const incident = update.incidentId === null ? null : ((await findIncidentForCap(db, update.incidentId)) ?? null);
  const updateServiceIds = update.services.map((entry) => entry.service.id);
  // An incident's message speaks for all its services, a standalone one for those it names.
  const concerned = [...new Set([...updateServiceIds, ...(incident?.services.map((link) => link.serviceId) ?? [])])];
  const [earlier, statuses, services, channels, maintenance] = await Promise.all([
    incident
      ? listIncidentMessages(db, incident.id).then((items) => earlierInIncident(items, ref))
      : listServiceMessages(db, updateServiceIds).then((items) => earlierInServiceEpisodes(items, { ...ref, updateId: update.id })),
    statusesAfterUpdate(db, update.id, concerned),
    findServicesWithTexts(db, incident ? [] : updateServiceIds),
    listContactChannels(db),
    incident?.maintenance ? maintenanceAfterUpdate(db, incident.id, update.id) : Promise.resolve(undefined),
  ]);
  const kind: CapKind = !incident ? 'service' : incident.maintenance ? 'maintenance' : 'incident';
  const classification = classifyMessage({
    kind,
    statuses: concerned.flatMap((id) => statuses.get(id) ?? []),
    impact: incident?.impact ?? null,
    phase: update.incidentPhase,
    maintenance: maintenance?.status ?? null,
    restores: update.services.some((entry) => isRestoration(entry.statusBefore, entry.statusAfter)),
    hasEarlier: earlier.length > 0,
  });
  const window = maintenance ? { startsAt: maintenance.scheduledStartAt, endsAt: maintenance.scheduledEndAt } : null;
  return { update, ref, kind, incident, earlier, statuses, classification, window, services, channels };
}

/** What to do: the notice's answer for an incident; for a service, what to do instead while it does not work. */
function instructionFor(gathered: Gathered, languages: Languages, t: ReturnType<typeof messagesFor>): string | null {
  if (gathered.classification.closed) return null;
  if (gathered.incident) return optionalText(gathered.incident.texts, languages, (row) => row.whatYouShouldDo)?.text ?? null;
  const instead = gathered.services.flatMap((service) => {
    if (gathered.statuses.get(service.id) === 'operational') return [];
    const workaround = optionalText(service.texts, languages, (row) => row.workaround);
    return workaround ? [{ name: localText(service.texts, languages, (row) => row.name).text, text: workaround.text }] : [];
  });
  if (instead.length === 0) return null;
  if (instead.length === 1) return instead[0]!.text;
  return instead.map((entry) => t.machine.cap.serviceInstruction(entry.name, entry.text)).join('\n\n');
}

function contactFor(gathered: Gathered, languages: Languages): string | null {
  const notice = gathered.incident ? optionalText(gathered.incident.texts, languages, (row) => row.whoToContact) : null;
  if (notice) return notice.text;
  const channels = gathered.channels.map((channel) => `${localText(channel.texts, languages, (row) => row.name).text}: ${channel.address}`);
  return channels.length > 0 ? channels.join('; ') : null;
}

function infoFor(gathered: Gathered, request: CapRequest, locale: string, presented: PresentedUpdate): CapInfo {
  const { site } = request;
  const t = messagesFor(locale);
  const fmt = formatterFor(t.intlLocale, site.timeZone);
  const languages: Languages = { locale, defaultLocale: site.defaultLocale };
  const { classification, window } = gathered;
  const organisation = organisationIn(site, locale);
  return {
    language: locale,
    event: t.machine.cap.event[gathered.kind],
    responseType: classification.responseType,
    urgency: classification.urgency,
    severity: classification.severity,
    certainty: classification.certainty,
    onset: window && !classification.closed ? capTime(window.startsAt, site.timeZone) : null,
    expires: window && !classification.closed ? capTime(window.endsAt, site.timeZone) : null,
    senderName: organisation,
    headline: capHeadline(presented, t, fmt),
    description: capDescription(presented, t),
    instruction: instructionFor(gathered, languages, t),
    web: request.publicUrl + presented.permalink,
    contact: contactFor(gathered, languages),
    areaDesc: organisation || capSender(request.publicUrl),
  };
}

/** One CAP message as XML, or null when there is no such message. */
export async function buildCapAlert(db: Database, request: CapRequest, ref: MessageRef): Promise<string | null> {
  const gathered = await gather(db, ref);
  if (!gathered) return null;
  const { site } = request;
  const { update } = gathered;
  const sender = capSender(request.publicUrl);
  const sentAt = update.corrections.find((correction) => correction.id === ref.correctionId)?.correctedAt ?? update.publishedAt;
  const infos: CapInfo[] = [];
  for (const locale of contentLocalesOf(site)) {
    const presented = presentIn(update, site, locale, ref.correctionId);
    // A language the update was not written in would only repeat the original under a wrong tag.
    if (locale !== site.defaultLocale && presented.body.lang !== locale) continue;
    infos.push(infoFor(gathered, request, locale, presented));
  }
  const alert: CapAlert = {
    identifier: await capIdentifier(ref),
    sender,
    sent: capTime(sentAt, site.timeZone),
    msgType: gathered.classification.msgType,
    references: await Promise.all(
      gathered.earlier.map(async (item) => capReference(sender, await capIdentifier(item), capTime(item.sentAt, site.timeZone))),
    ),
    incidents: gathered.incident ? [gathered.incident.slug] : [],
    infos,
  };
  return serializeCapAlert(alert);
}

function summarise(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SUMMARY_LENGTH ? flat : `${flat.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…`;
}

/** The Atom index: the newest messages (publications and corrections), newest first, in the default language. */
export async function buildCapIndex(db: Database, request: CapRequest, emptyUpdated: Date): Promise<string> {
  const { site } = request;
  const locale = site.defaultLocale;
  const t = messagesFor(locale);
  const fmt = formatterFor(t.intlLocale, site.timeZone);
  const items = await newestFeedItems(db, 'site', FEED_PAGE_SIZE);
  const updates = new Map((await findUpdatesByIds(db, [...new Set(items.map((item) => item.updateId))])).map((update) => [update.id, update]));
  const entries: CapIndexEntry[] = [];
  let newest: Date | null = null;
  for (const item of items) {
    const update = updates.get(item.updateId);
    if (!update) continue;
    const presented = presentIn(update, site, locale, item.correctionId);
    const ref = { updateUid: update.uid, correctionId: item.correctionId };
    if (newest === null || presented.updatedAt > newest) newest = presented.updatedAt;
    entries.push({
      id: await capIdentifier(ref),
      title: capHeadline(presented, t, fmt),
      summary: summarise(capDescription(presented, t)),
      updated: capTime(presented.updatedAt, site.timeZone),
      href: request.publicUrl + capAlertPath(ref.updateUid, ref.correctionId),
    });
  }
  const texts = site.texts[locale];
  return serializeCapIndex({
    self: request.publicUrl + CAP_INDEX_PATH,
    home: request.publicUrl + pathsFor(locale, site.defaultLocale).overview,
    lang: locale,
    title: t.machine.cap.indexTitle(texts?.siteTitle ?? ''),
    subtitle: t.machine.cap.indexSubtitle(texts?.organisationName ?? ''),
    author: texts?.organisationName ?? capSender(request.publicUrl),
    updated: capTime(newest ?? emptyUpdated, site.timeZone),
    entries,
  });
}
