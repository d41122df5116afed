/**
 * Gathers what the incident pages show and shapes it into view props. Routes pass only what
 * differs from a fresh page (a draft, errors, a message, a preview).
 */
import type { ServiceGroupChoice, ServiceChoice, UpdateDraft, ResolveDraft } from '../../../../views/admin/pages/IncidentDrafts';
import {
  Announcement,
  IncidentAdminPage,
  IncidentContent,
  type IncidentContentProps,
  type NoticeFormState,
} from '../../../../views/admin/pages/IncidentPage';
import type { UpdateFormProps } from '../../../../views/admin/pages/IncidentUpdateForms';
import type { ContentLanguage } from '../../../../views/admin/partials/languages';
import { isNextUpdateOverdue, NOTICE_QUESTIONS, NOTICE_TEXT_FIELDS } from '../../../domain/incident';
import { isOlderTranslation } from '../../../domain/translation-age';
import { capitalise } from '../../../i18n/admin/capitalise';
import type { Formatter } from '../../../i18n/format';
import type { Messages } from '../../../i18n/messages';
import { pageContext, type PageContext } from '../../../present/chrome';
import { localText, type Languages } from '../../../present/localize';
import { presentUpdate } from '../../../present/update';
import { findIncidentById } from '../../../store/incidents';
import { listServiceGroups } from '../../../store/groups';
import { listActiveServices, type ServiceWithTexts } from '../../../store/services';
import type { Site } from '../../../store/site';
import { listUpdatesOfIncident, type UpdateWithDetails } from '../../../store/updates';
import { pathsFor } from '../../../urls/paths';
import type { AdminContext } from '../env';
import type { IncidentFormSettings } from './form';
import { emptyNoticeText } from './form';
import { adminChrome, fragment, page } from '../render';
import { withDeliveryStatus } from '../webhooks/delivery-status';

export type IncidentRecord = NonNullable<Awaited<ReturnType<typeof findIncidentById>>>;

/** Everything a page about incidents reads: the admin context's part, and the services. */
export interface IncidentData {
  site: Site;
  now: Date;
  fmt: Formatter;
  words: Messages;
  languages: Languages;
  /** The content languages the forms have fields for. */
  contentLanguages: ContentLanguage[];
  services: ServiceWithTexts[];
  choices: ServiceChoice[];
  groups: ServiceGroupChoice[];
  publicContext(locale: string, slug: string): PageContext;
}

export async function loadIncidentData(c: AdminContext): Promise<IncidentData> {
  const { db, config } = c.var;
  const { site, now, fmt, publicWords, textLanguages, languages } = c.var.admin;
  const [services, groups] = await Promise.all([listActiveServices(db), listServiceGroups(db)]);
  const choice = (service: ServiceWithTexts): ServiceChoice => ({
    id: service.id,
    name: localText(service.texts, textLanguages, (row) => row.name).text,
    status: service.status,
    version: service.version,
  });
  return {
    site,
    now,
    fmt,
    words: publicWords,
    languages: textLanguages,
    contentLanguages: languages,
    services,
    choices: services.map(choice),
    groups: groups
      .map((group) => ({
        name: localText(group.texts, textLanguages, (row) => row.name).text,
        services: services.filter((service) => service.groupId === group.id).map(choice),
      }))
      .filter((group) => group.services.length > 0),
    publicContext: (locale, slug) =>
      pageContext({
        site,
        locale,
        ref: { kind: 'incident', slug },
        publicUrl: config.publicUrl ?? site.publicUrl,
        lastUpdated: now,
        assets: { stylesheet: c.var.adminAssets.stylesheet, icons: c.var.adminAssets.icons },
        now,
      }),
  };
}

/** What the incident forms are checked against. */
export function formSettings(data: IncidentData): IncidentFormSettings {
  return { languages: data.contentLanguages, services: data.choices, timeZone: data.site.timeZone, now: data.now };
}

export function timeZoneHint(c: AdminContext, data: IncidentData): string {
  return c.var.t.incidents.timeZoneHint(data.site.timeZone);
}

export function incidentTitle(data: IncidentData, incident: Pick<IncidentRecord, 'texts'>): string {
  return localText(incident.texts, data.languages, (row) => row.title).text;
}

export function noticeDraftOf(data: IncidentData, incident: IncidentRecord): NoticeFormState['draft'] {
  const texts: NoticeFormState['draft']['texts'] = {};
  for (const { locale } of data.contentLanguages) {
    texts[locale] = emptyNoticeText();
    const row = incident.texts.find((text) => text.locale === locale);
    if (row) for (const field of NOTICE_TEXT_FIELDS) texts[locale][field] = row[field];
  }
  return {
    impact: incident.impact,
    texts,
    serviceIds: incident.services.map((link) => link.serviceId),
    nextUpdateDate: '',
    nextUpdateTime: '',
    clearNextUpdate: false,
  };
}

function emptyTexts(data: IncidentData): Record<string, string> {
  return Object.fromEntries(data.contentLanguages.map(({ locale }) => [locale, '']));
}

export function freshUpdateDraft(data: IncidentData, incident: IncidentRecord): UpdateDraft {
  return {
    texts: emptyTexts(data),
    serviceIds: incident.services.map((link) => link.serviceId),
    statuses: {},
    versions: {},
    phase: incident.phase,
    nextUpdateDate: '',
    nextUpdateTime: '',
    clearNextUpdate: false,
    incidentVersion: incident.version,
  };
}

export function freshResolveDraft(data: IncidentData, incident: IncidentRecord): ResolveDraft {
  return { texts: emptyTexts(data), restore: [], versions: {}, incidentVersion: incident.version };
}

function staleNote(c: AdminContext, data: IncidentData, incident: IncidentRecord, locale: string): string | null {
  const original = incident.texts.find((row) => row.locale === data.site.defaultLocale);
  const translation = incident.texts.find((row) => row.locale === locale);
  if (!original || !translation || translation === original) return null;
  return isOlderTranslation(translation, original)
    ? c.var.t.incidents.olderThanOriginal(c.var.t.languageName(original.locale), data.fmt.dateTime(original.updatedAt))
    : null;
}

function logEntry(c: AdminContext, data: IncidentData, context: PageContext, incident: IncidentRecord, update: UpdateWithDetails) {
  const latest = update.corrections[update.corrections.length - 1];
  return {
    entry: presentUpdate(update, context),
    publishedAt: data.fmt.dateTime(update.publishedAt),
    correctHref: `/admin/incidents/${incident.id}/updates/${update.id}/correct`,
    correctionNote: latest ? c.var.t.incidents.correctedTimes(update.corrections.length, data.fmt.dateTime(latest.correctedAt)) : null,
  };
}

export interface IncidentPageOverrides {
  flash?: string | null;
  notice?: Partial<NoticeFormState>;
  update?: Partial<Omit<UpdateFormProps, 'chrome' | 'words' | 'languages' | 'incidentId' | 'timeZoneHint'>>;
  resolve?: { draft: ResolveDraft; errors: Record<string, string>; message: UpdateFormProps['message'] };
}

export async function incidentContentProps(
  c: AdminContext,
  data: IncidentData,
  incident: IncidentRecord,
  overrides: IncidentPageOverrides = {},
): Promise<IncidentContentProps> {
  const t = c.var.t;
  const { words, fmt } = data;
  const updates = await listUpdatesOfIncident(c.var.db, incident.id);
  const adminContext = data.publicContext(c.var.adminLocale, incident.slug);
  const affectedIds = new Set(incident.services.map((link) => link.serviceId));
  const affected = data.choices.filter((service) => affectedIds.has(service.id));
  const others = data.groups
    .map((group) => ({ ...group, services: group.services.filter((service) => !affectedIds.has(service.id)) }))
    .filter((group) => group.services.length > 0);
  return {
    chrome: adminChrome(c),
    words,
    languages: data.contentLanguages,
    publicChrome: adminContext.chrome,
    incident: {
      id: incident.id,
      title: incidentTitle(data, incident),
      publicHref: pathsFor(data.site.defaultLocale, data.site.defaultLocale).incident(incident.slug),
      phase: words.phase[incident.phase],
      impact: words.impact[incident.impact],
      startedAt: fmt.dateTime(incident.startedAt),
      resolvedAt: incident.resolvedAt ? fmt.dateTime(incident.resolvedAt) : null,
      nextUpdateDue: incident.nextUpdateDueAt ? fmt.dateTime(incident.nextUpdateDueAt) : null,
      overdue: isNextUpdateOverdue(incident, data.now),
      version: incident.version,
      affectedNames: incident.services.map((link) => localText(link.service.texts, data.languages, (row) => row.name).text),
      notice: data.contentLanguages.flatMap(({ locale }) => {
        const row = incident.texts.find((text) => text.locale === locale);
        if (!row) return [];
        return [
          {
            locale,
            languageName: capitalise(t.languageName(locale)),
            title: row.title,
            answers: NOTICE_QUESTIONS.filter((question) => row[question] !== '').map((question) => ({
              question: words.noticeQuestions[question],
              text: row[question],
            })),
            updatedAt: fmt.dateTime(row.updatedAt),
            staleNote: staleNote(c, data, incident, locale),
          },
        ];
      }),
    },
    flash: overrides.flash ?? null,
    groups: data.groups,
    timeZoneHint: timeZoneHint(c, data),
    noticeForm: {
      draft: noticeDraftOf(data, incident),
      version: incident.version,
      errors: {},
      message: null,
      open: false,
      staleNotes: Object.fromEntries(data.contentLanguages.map(({ locale }) => [locale, staleNote(c, data, incident, locale)])),
      ...overrides.notice,
    },
    updateForm: {
      draft: freshUpdateDraft(data, incident),
      errors: {},
      message: null,
      affected,
      others,
      currentNextUpdate: incident.nextUpdateDueAt ? fmt.dateTime(incident.nextUpdateDueAt) : null,
      preview: null,
      ...overrides.update,
    },
    resolveForm: incident.resolvedAt
      ? null
      : {
          draft: freshResolveDraft(data, incident),
          errors: {},
          message: null,
          restorable: affected.filter((service) => service.status !== 'operational'),
          ...overrides.resolve,
        },
    log: await withDeliveryStatus(c, updates, updates.map((update) => logEntry(c, data, adminContext, incident, update))),
  };
}

/** The incident page, whole (no JavaScript) or as the #incident-content fragment (htmx). */
export async function respondWithIncident(
  c: AdminContext,
  data: IncidentData,
  incident: IncidentRecord,
  overrides: IncidentPageOverrides,
  status: 200 | 409 | 422,
  asFragment: boolean,
) {
  const props = await incidentContentProps(c, data, incident, overrides);
  if (!asFragment) return page(c, <IncidentAdminPage {...props} />, status);
  // A problem is read out by the error summary, which takes the focus: the status region says only what went well.
  const spoken = [overrides.notice?.message, overrides.update?.message, overrides.resolve?.message].find((message) => message && message.kind !== 'error');
  const said = overrides.flash ?? spoken?.text;
  return fragment(
    c,
    <>
      <IncidentContent {...props} />
      {said && <Announcement text={said} />}
    </>,
    status,
  );
}
