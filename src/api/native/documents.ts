/**
 * The native API's objects from our rows. Texts, "what to do instead", the update bodies and
 * the contact channels' open state come through the pages' presenters (src/present/), so the
 * API says what the page says; this module only adds what a machine needs besides: every
 * translation with its age, every version of a corrected update, statuses as keys.
 */
import type { LocalText } from '../../../views/chrome';
import { isNextUpdateOverdue, NOTICE_QUESTIONS, type IncidentImpact, type IncidentPhase, type NoticeQuestion } from '../../domain/incident';
import type { MaintenanceStatus } from '../../domain/maintenance';
import { isRestoration, type ServiceStatus } from '../../domain/status';
import { isOlderTranslation } from '../../domain/translation-age';
import type { PageContext } from '../../present/chrome';
import { presentChannel } from '../../present/contacts';
import { localText, optionalText } from '../../present/localize';
import { presentServiceSummary } from '../../present/services';
import { presentUpdate } from '../../present/update';
import { scheduleOf, type ChannelWithDetails } from '../../store/contacts';
import type { ServiceWithTexts } from '../../store/services';
import type { UpdateWithDetails } from '../../store/updates';
import { feedUrlsFor } from '../../urls/paths';
import type { ApiSurroundings } from '../request';
import { componentStatusOf } from '../statuspage/vocabulary';
import type { LocalizedText, NativeContact, NativeIncident, NativeService, NativeUpdate } from './schemas';

export interface NativeContext extends ApiSurroundings {
  publicUrl: string;
  /** For the presenters that take a page's context (services, contact channels). */
  page: PageContext;
  now: Date;
}

export function localized(value: LocalText, context: NativeContext): LocalizedText {
  const stale = value.stale ? { original_lang: value.stale.originalLang, original_updated_at: context.time(value.stale.originalUpdatedAt) } : null;
  return { text: value.text, lang: value.lang, stale };
}

const optionalLocalized = (value: LocalText | null, context: NativeContext) => (value ? localized(value, context) : null);

interface TextRow {
  locale: string;
  updatedAt: Date;
}

/** Whether a language's text is older than the original's (the rule the pages use). */
function olderThanOriginal(row: TextRow, rows: readonly TextRow[], defaultLocale: string): boolean {
  const original = rows.find((candidate) => candidate.locale === defaultLocale);
  return row.locale !== defaultLocale && original !== undefined && isOlderTranslation(row, original);
}

/** Translations in a stable order: the original first, then by language tag. */
function originalFirst<Row extends TextRow>(rows: readonly Row[], defaultLocale: string): Row[] {
  return [...rows].sort((a, b) => Number(b.locale === defaultLocale) - Number(a.locale === defaultLocale) || a.locale.localeCompare(b.locale));
}

function statusFields(status: ServiceStatus, context: NativeContext) {
  return { status, status_label: context.t.status[status], statuspage_status: componentStatusOf(status) };
}

export function buildService(
  service: ServiceWithTexts,
  group: { slug: string; texts: (TextRow & { name: string })[] },
  context: NativeContext,
): NativeService {
  const { languages, publicUrl, paths, time } = context;
  const summary = presentServiceSummary(service, context.page);
  return {
    slug: service.slug,
    url: publicUrl + paths.service(service.slug),
    group: { slug: group.slug, name: localized(localText(group.texts, languages, (row) => row.name), context) },
    name: localized(summary.name, context),
    description: optionalLocalized(optionalText(service.texts, languages, (row) => row.description), context),
    ...statusFields(service.status, context),
    status_changed_at: time(service.statusChangedAt),
    what_to_do_instead: optionalLocalized(summary.workaround, context),
    expected_restoration_at: summary.expectedRestorationAt ? time(summary.expectedRestorationAt) : null,
    restoration_note: optionalLocalized(summary.restorationNote, context),
    retired_at: service.retiredAt ? time(service.retiredAt) : null,
    translations: originalFirst(service.texts, languages.defaultLocale).map((row) => ({
      lang: row.locale,
      name: row.name,
      description: row.description,
      what_to_do_instead: row.workaround,
      restoration_note: row.restorationNote,
      updated_at: time(row.updatedAt),
      older_than_original: olderThanOriginal(row, service.texts, languages.defaultLocale),
    })),
    feeds: feedUrlsFor(publicUrl, paths, { kind: 'service', slug: service.slug }),
  };
}

interface ServiceLink {
  service: { slug: string; texts: (TextRow & { name: string })[] };
}

function serviceRef(link: ServiceLink, context: NativeContext) {
  const { slug, texts } = link.service;
  return { slug, name: localized(localText(texts, context.languages, (row) => row.name), context), url: context.publicUrl + context.paths.service(slug) };
}

export function buildUpdate(update: UpdateWithDetails, maintenanceStatus: MaintenanceStatus | null, context: NativeContext): NativeUpdate {
  const { time, publicUrl } = context;
  const presentation = { paths: context.paths, languages: context.languages };
  const presented = presentUpdate(update, presentation);
  const versions = [null, ...update.corrections.map((correction) => correction.id)].map((version, index) => {
    const shown = presentUpdate(update, presentation, { version });
    return {
      number: index + 1,
      at: time(shown.updatedAt),
      body: localized(shown.body, context),
      reason: shown.correction ? optionalLocalized(shown.correction.reason.text ? shown.correction.reason : null, context) : null,
    };
  });
  return {
    id: update.uid,
    url: publicUrl + presented.permalink,
    published_at: time(update.publishedAt),
    updated_at: time(presented.updatedAt),
    phase: update.incidentPhase,
    maintenance_status: maintenanceStatus,
    body: localized(presented.body, context),
    changes: update.services.flatMap((entry, index) =>
      entry.statusBefore && entry.statusAfter
        ? [
            {
              service: entry.service.slug,
              name: localized(presented.services[index]!.name, context),
              from: entry.statusBefore,
              to: entry.statusAfter,
              restored: isRestoration(entry.statusBefore, entry.statusAfter),
            },
          ]
        : [],
    ),
    mentions: update.services.filter((entry) => entry.statusAfter === null).map((entry) => serviceRef(entry, context)),
    corrected: update.corrections.length > 0,
    versions,
  };
}

const NOTICE_FIELD: Record<NoticeQuestion, keyof NativeIncident['notice']> = {
  whatHappened: 'what_happened',
  affectsMe: 'affects_me',
  whatWeAreDoing: 'what_we_are_doing',
  whatYouShouldDo: 'what_you_should_do',
  whoToContact: 'who_to_contact',
};

export interface NativeIncidentRow {
  slug: string;
  phase: IncidentPhase;
  impact: IncidentImpact;
  startedAt: Date;
  resolvedAt: Date | null;
  nextUpdateDueAt: Date | null;
  texts: (TextRow & { title: string } & Record<NoticeQuestion, string>)[];
  services: ServiceLink[];
}

export interface MaintenanceSchedule {
  /** As a reader should be told it now (src/domain/maintenance.ts displayedMaintenanceStatus). */
  status: MaintenanceStatus;
  scheduledStartAt: Date;
  scheduledEndAt: Date;
}

export function buildIncident(
  incident: NativeIncidentRow,
  maintenance: MaintenanceSchedule | null,
  updates: readonly UpdateWithDetails[],
  maintenanceStatuses: ReadonlyMap<number, MaintenanceStatus>,
  context: NativeContext,
): NativeIncident {
  const { languages, publicUrl, paths, time, t } = context;
  const notice = Object.fromEntries(
    NOTICE_QUESTIONS.map((question) => [NOTICE_FIELD[question], optionalLocalized(optionalText(incident.texts, languages, (row) => row[question]), context)]),
  ) as NativeIncident['notice'];
  return {
    slug: incident.slug,
    url: publicUrl + paths.incident(incident.slug),
    kind: maintenance ? 'maintenance' : 'incident',
    title: localized(localText(incident.texts, languages, (row) => row.title), context),
    phase: incident.phase,
    phase_label: t.phase[incident.phase],
    impact: incident.impact,
    started_at: time(incident.startedAt),
    resolved_at: incident.resolvedAt ? time(incident.resolvedAt) : null,
    next_update_due_at: !incident.resolvedAt && incident.nextUpdateDueAt ? time(incident.nextUpdateDueAt) : null,
    next_update_overdue: isNextUpdateOverdue(incident, context.now),
    notice,
    services: incident.services.map((link) => serviceRef(link, context)),
    maintenance: maintenance
      ? { status: maintenance.status, scheduled_start_at: time(maintenance.scheduledStartAt), scheduled_end_at: time(maintenance.scheduledEndAt) }
      : null,
    updates: updates.map((update) => buildUpdate(update, maintenanceStatuses.get(update.id) ?? null, context)),
    translations: originalFirst(incident.texts, languages.defaultLocale).map((row) => ({
      lang: row.locale,
      updated_at: time(row.updatedAt),
      older_than_original: olderThanOriginal(row, incident.texts, languages.defaultLocale),
    })),
    feeds: feedUrlsFor(publicUrl, paths, { kind: 'incident', slug: incident.slug }),
  };
}

export function buildContact(channel: ChannelWithDetails, context: NativeContext, timeZone: string): NativeContact {
  const presented = presentChannel(channel, context.page, timeZone);
  const schedule = scheduleOf(channel);
  const { state } = presented;
  const at = (date: Date | null) => (date ? context.time(date) : null);
  return {
    kind: channel.kind,
    name: localized(presented.name, context),
    note: optionalLocalized(presented.note, context),
    address: presented.address,
    href: presented.href,
    open_now: state.kind === 'not-applicable' ? null : state.kind === 'open' || state.kind === 'always-open',
    closes_at: state.kind === 'open' ? at(state.closesAt) : null,
    opens_at: state.kind === 'closed' ? at(state.opensAt) : null,
    opening_hours: {
      mode: schedule.mode,
      weekly: [...schedule.weekly]
        .sort((a, b) => a.dayOfWeek - b.dayOfWeek || a.opens.localeCompare(b.opens))
        .map((period) => ({ day_of_week: period.dayOfWeek, opens: period.opens, closes: period.closes })),
      overrides: [...schedule.overrides]
        .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
        .map((override) => ({
        valid_from: override.validFrom,
        valid_through: override.validThrough,
        opens: override.opens,
        closes: override.closes,
      })),
    },
  };
}
