/**
 * The incident forms: one schema each (a new incident with its optional first update, the
 * notice, an update and its preview, resolving, a correction), turning the posted body into
 * store input or a message per field, and the drafts that show a form again as typed.
 *
 * Field names (views/admin/pages/IncidentDrafts.ts): the notice's texts are `<locale>.<field>`,
 * an update's `update.<locale>`, the closing text `closing.<locale>`, a correction's
 * `<locale>.body|reason`, a service's new status `status.<id>` with `version.<id>`. Every
 * content language offered has its fields; the default language's are required, another's
 * count once anything in it is written.
 */
import { z } from 'zod';
import {
  fieldName,
  type CorrectionDraft,
  type NewIncidentDraft,
  type NoticeDraft,
  type NoticeTextDraft,
  type ResolveDraft,
  type ServiceChoice,
  type UpdateDraft,
} from '../../../../views/admin/pages/IncidentDrafts';
import { INCIDENT_IMPACTS, INCIDENT_PHASES, NOTICE_TEXT_FIELDS, type IncidentPhase } from '../../../domain/incident';
import { LIMITS } from '../../../domain/limits';
import { isServiceStatus, type ServiceStatus } from '../../../domain/status';
import type { AdminMessages } from '../../../i18n/admin';
import type { IncidentTextInput } from '../../../store/incidents';
import type { StatusChangeInput } from '../../../store/publishing';
import { choice, group, idList, idOf, isBlank, localDateTime, optionalGroup, relayIssues, slug, text, typedValue, version, versions, withBody, type FormLanguage, sent } from '../forms/fields';
import { isGroup, typed, typedAll, typedGroup, type FormBody, type FormKit } from '../forms/parse';

/** What the incident forms are checked against: the offered languages, the services, the site's zone and now. */
export interface IncidentFormSettings {
  languages: readonly FormLanguage[];
  services: readonly ServiceChoice[];
  timeZone: string;
  now: Date;
}

function nextUpdateWords(t: AdminMessages) {
  return { incomplete: t.incidents.nextUpdateIncomplete, nonexistent: t.incidents.nextUpdateNonexistent, inPast: t.incidents.nextUpdateInPast };
}

/** The promised next update: a date and a time in the site's zone, in the future. */
function nextUpdate(kit: FormKit, settings: IncidentFormSettings) {
  return localDateTime(kit, { date: 'nextUpdateDate', time: 'nextUpdateTime' }, settings.timeZone, nextUpdateWords(kit.t), settings.now);
}

function noticeFields(kit: FormKit) {
  return Object.fromEntries(
    NOTICE_TEXT_FIELDS.map((field) => [field, field === 'title' ? text(kit, LIMITS.name, { required: true }) : text(kit, LIMITS.longText)]),
  ) as Record<(typeof NOTICE_TEXT_FIELDS)[number], ReturnType<typeof text>>;
}

/** The notice's texts, one group per language at the top of the body (`sv.title` …). */
function noticeTexts(kit: FormKit, languages: readonly FormLanguage[]) {
  const shape = Object.fromEntries(
    languages.map((language) => [language.locale, language.required ? group(noticeFields(kit)) : optionalGroup(noticeFields(kit))]),
  );
  return z.object(shape).transform((texts) => {
    const given: Record<string, IncidentTextInput> = {};
    for (const [locale, value] of Object.entries(texts)) if (value) given[locale] = value as IncidentTextInput;
    return given;
  });
}

/** Affected services: ticked checkboxes, each one of the services offered. */
function affectedServices(kit: FormKit, services: readonly ServiceChoice[]) {
  const known = new Set(services.map((service) => service.id));
  return idList().transform((ids, ctx) => {
    if (ids.some((id) => !known.has(id))) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('unknown-choice', {}) });
    return ids;
  });
}

/**
 * New statuses per service (`status.<id>`, '' keeps the current one) with the versions the
 * form was loaded with (`version.<id>`): the changes an update publishes.
 */
function statusChanges(kit: FormKit, services: readonly ServiceChoice[]) {
  const known = new Set(services.map((service) => service.id));
  return sent().transform((value, ctx): StatusChangeInput[] => {
    const body = isGroup(value) ? value : {};
    const statuses = typedGroup(body, 'status');
    const loaded = versions().parse(body.version);
    const changes: StatusChangeInput[] = [];
    for (const [key, to] of Object.entries(statuses)) {
      if (to === '') continue;
      const serviceId = idOf(key);
      if (serviceId === null || !known.has(serviceId) || !isServiceStatus(to)) {
        ctx.addIssue({ code: 'custom', continue: true, path: ['status', key], message: kit.t.inputError('unknown-choice', {}) });
        continue;
      }
      changes.push({ serviceId, to: to as ServiceStatus, expectedVersion: loaded[serviceId] ?? -1 });
    }
    return changes;
  });
}

/** Texts per language under one prefix (`update.<locale>`): the default required, the others kept when written. */
function textsPerLanguage(kit: FormKit, languages: readonly FormLanguage[], max: number, required: boolean) {
  const shape = Object.fromEntries(languages.map((language) => [language.locale, text(kit, max, { required: required && language.required })]));
  return group(shape).transform((texts) => Object.fromEntries(Object.entries(texts).filter(([, value]) => value !== '')) as Record<string, string>);
}

/**
 * How far ahead of the server's clock a start time may lie: a phone's clock drifts, and the
 * minute typed as "now" has often passed by the time the form is sent.
 */
export const START_TIME_LEEWAY_MS = 5 * 60_000;

/**
 * When the incident began: a date and a time in the site's zone (the form fills in now), which
 * may lie in the past ("03.10 this night") but not ahead. Both left empty means now.
 */
function startedAt(kit: FormKit, settings: IncidentFormSettings) {
  const words = { incomplete: kit.t.incidents.startedIncomplete, nonexistent: kit.t.incidents.startedNonexistent };
  const moment = localDateTime(kit, { date: 'startedDate', time: 'startedTime' }, settings.timeZone, words);
  return sent().transform((value, ctx): Date => {
    const parsed = moment.safeParse(value);
    if (!parsed.success) {
      relayIssues(ctx, parsed.error.issues);
      return settings.now;
    }
    const instant = parsed.data ?? settings.now;
    if (instant.getTime() > settings.now.getTime() + START_TIME_LEEWAY_MS)
      ctx.addIssue({ code: 'custom', continue: true, path: ['startedTime'], message: kit.t.incidents.startedInFuture });
    return instant;
  });
}

/** The address: left empty, the store makes one from the title (src/domain/incident-slug.ts). */
function optionalSlug(kit: FormKit) {
  const given = slug(kit);
  return sent().transform((value, ctx) => {
    if (typedValue(value).trim() === '') return '';
    const parsed = given.safeParse(value);
    if (!parsed.success) relayIssues(ctx, parsed.error.issues);
    return parsed.success ? parsed.data : '';
  });
}

// ─── A new incident ────────────────────────────────────────────────────────────────────────

export function newIncidentSchema(kit: FormKit, settings: IncidentFormSettings) {
  return withBody(
    z.object({
      slug: optionalSlug(kit),
      impact: choice(kit, INCIDENT_IMPACTS),
      phase: choice(kit, INCIDENT_PHASES.filter((phase) => phase !== 'resolved')),
      serviceIds: affectedServices(kit, settings.services),
    }),
    {
      // The notice's texts sit at the top of the body (`sv.title`), beside the other fields.
      texts: noticeTexts(kit, settings.languages),
      startedAt: startedAt(kit, settings),
      nextUpdateDueAt: nextUpdate(kit, settings),
      update: firstUpdate(kit, settings),
    },
  ).transform(({ update, ...incident }) => {
    const changes = update?.changes ?? [];
    return {
      ...incident,
      // One list: a service given a new status is affected, ticked or not.
      serviceIds: [...new Set([...incident.serviceIds, ...changes.map((change) => change.serviceId)])],
      // Always a first update, so the incident is in the feeds from its first moment; without
      // a text of its own it says the notice's title and what happened.
      update: { texts: update && Object.keys(update.texts).length > 0 ? update.texts : firstUpdateFromNotice(incident.texts), changes },
    };
  });
}

/** The first update's text when none was written: the notice's title and what happened, per language. */
export function firstUpdateFromNotice(texts: Record<string, IncidentTextInput>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(texts).map(([locale, notice]) => [locale, [notice.title, notice.whatHappened ?? ''].filter((part) => part.trim() !== '').join('\n\n')]),
  );
}

/**
 * The first update's own part: its text (the default language's required once any language's
 * is written; none at all is allowed, see firstUpdateFromNotice) and the status changes.
 */
function firstUpdate(kit: FormKit, settings: IncidentFormSettings) {
  return sent().transform((value, ctx) => {
    const body = isGroup(value) ? value : {};
    const written = !isBlank(body.update);
    const parsed = withBody(z.object({ update: written ? textsPerLanguage(kit, settings.languages, LIMITS.updateBody, true) : sent().transform(() => ({}) as Record<string, string>) }), {
      changes: statusChanges(kit, settings.services),
    }).safeParse(body);
    if (!parsed.success) {
      relayIssues(ctx, parsed.error.issues);
      return null;
    }
    return { texts: parsed.data.update, changes: parsed.data.changes };
  });
}

export type NewIncidentForm = z.output<ReturnType<typeof newIncidentSchema>>;

// ─── The notice (editing it on the incident page) ──────────────────────────────────────────

export function noticeSchema(kit: FormKit, settings: IncidentFormSettings) {
  return withBody(
    z.object({
      version: version(),
      impact: choice(kit, INCIDENT_IMPACTS),
      serviceIds: affectedServices(kit, settings.services),
    }),
    { texts: noticeTexts(kit, settings.languages), nextUpdateDueAt: clearOrSet(kit, settings) },
  );
}

export type NoticeForm = z.output<ReturnType<typeof noticeSchema>>;

/**
 * The promised next update when a form can also clear it: undefined keeps the current promise,
 * null clears it, a date sets it; clearing and setting at once is refused.
 */
function clearOrSet(kit: FormKit, settings: IncidentFormSettings) {
  const next = nextUpdate(kit, settings);
  return sent().transform((value, ctx): Date | null | undefined => {
    const body = isGroup(value) ? value : {};
    const parsed = next.safeParse(body);
    if (!parsed.success) {
      relayIssues(ctx, parsed.error.issues);
      return undefined;
    }
    const clear = typedValue(body.clearNextUpdate) !== '';
    if (clear && parsed.data) ctx.addIssue({ code: 'custom', continue: true, path: ['nextUpdateDate'], message: kit.t.incidents.nextUpdateClearOrSet });
    return clear ? null : (parsed.data ?? undefined);
  });
}

// ─── An update (and its preview) ───────────────────────────────────────────────────────────

/**
 * An update: its texts, phase, next promise and one list of services (issue 12) — `serviceIds`
 * ticked as affected, `status.<id>` a new status, `wasAffected` the services the incident had
 * when the form was loaded. A service ticked that was not affected is mentioned (and so becomes
 * affected); one unticked that was is no longer affected; a new status makes it affected,
 * ticked or not. Without `wasAffected` (an older client) no service is taken out.
 */
export function updateSchema(kit: FormKit, settings: IncidentFormSettings) {
  return withBody(
    z.object({
      incidentVersion: version(),
      phase: choice(kit, INCIDENT_PHASES),
      update: textsPerLanguage(kit, settings.languages, LIMITS.updateBody, true),
      serviceIds: affectedServices(kit, settings.services),
      wasAffected: idList(),
    }),
    { changes: statusChanges(kit, settings.services), nextUpdateDueAt: clearOrSet(kit, settings) },
  ).transform(({ update, serviceIds, wasAffected, ...rest }) => {
    const changed = new Set(rest.changes.map((change) => change.serviceId));
    const ticked = new Set(serviceIds);
    const before = new Set(wasAffected);
    return {
      ...rest,
      texts: update,
      mentions: serviceIds.filter((id) => !before.has(id) && !changed.has(id)),
      unaffected: wasAffected.filter((id) => !ticked.has(id) && !changed.has(id)),
    };
  });
}

export type UpdateForm = z.output<ReturnType<typeof updateSchema>>;

// ─── Resolving ─────────────────────────────────────────────────────────────────────────────

export function resolveSchema(kit: FormKit, settings: Pick<IncidentFormSettings, 'languages'> & { affected: readonly number[] }) {
  return z.object({
    incidentVersion: version(),
    closing: textsPerLanguage(kit, settings.languages, LIMITS.updateBody, true),
    restore: idList().transform((ids) => ids.filter((id) => settings.affected.includes(id))),
    version: versions(),
  });
}

export type ResolveForm = z.output<ReturnType<typeof resolveSchema>>;

// ─── A correction ──────────────────────────────────────────────────────────────────────────

/**
 * A correction per language: the default language's text and reason are required; another
 * language counts once anything in it is written (its reason may then be left out). Sending
 * the text as it is now corrects nothing and is refused.
 */
export function correctionSchema(kit: FormKit, settings: { languages: readonly FormLanguage[]; current: Record<string, string> }) {
  const fields = (required: boolean) => ({
    body: text(kit, LIMITS.updateBody, { required: true }),
    reason: text(kit, LIMITS.shortText, { required }),
  });
  const defaultLocale = settings.languages.find((language) => language.required)?.locale ?? 'sv';
  const shape = Object.fromEntries(settings.languages.map((language) => [language.locale, language.required ? group(fields(true)) : optionalGroup(fields(false))]));
  return z.object(shape).transform((texts, ctx) => {
    const given: Record<string, { body: string; reason: string }> = {};
    for (const [locale, value] of Object.entries(texts)) if (value) given[locale] = value as { body: string; reason: string };
    const changed = Object.entries(given).some(([locale, value]) => value.body !== (settings.current[locale] ?? ''));
    if (!changed) ctx.addIssue({ code: 'custom', continue: true, path: [defaultLocale, 'body'], message: kit.t.incidents.correctionUnchanged });
    return given;
  });
}

// ─── Drafts: the forms as typed ────────────────────────────────────────────────────────────

/** A notice text with every field empty, for a new incident or a language not written yet. */
export function emptyNoticeText(): NoticeTextDraft {
  return Object.fromEntries(NOTICE_TEXT_FIELDS.map((field) => [field, ''])) as NoticeTextDraft;
}

function perLocale<T>(languages: readonly FormLanguage[], read: (locale: string) => T): Record<string, T> {
  return Object.fromEntries(languages.map(({ locale }) => [locale, read(locale)]));
}

function numbered(record: Record<string, string>, read: (value: string) => string | number = (value) => value) {
  return Object.fromEntries(Object.entries(record).flatMap(([key, value]) => (idOf(key) === null ? [] : [[Number(key), read(value)]])));
}

export function noticeDraftOf(body: FormBody, languages: readonly FormLanguage[]): NoticeDraft {
  return {
    impact: typed(body, 'impact'),
    texts: perLocale(languages, (locale) => {
      const draft = emptyNoticeText();
      for (const field of NOTICE_TEXT_FIELDS) draft[field] = typed(body, fieldName.notice(locale, field));
      return draft;
    }),
    serviceIds: idList().parse(body.serviceIds),
    nextUpdateDate: typed(body, 'nextUpdateDate').trim(),
    nextUpdateTime: typed(body, 'nextUpdateTime').trim(),
  };
}

function versionsDraft(body: FormBody): Record<number, number> {
  return versions().parse(body.version);
}

export function newIncidentDraftOf(body: FormBody, languages: readonly FormLanguage[]): NewIncidentDraft {
  return {
    ...noticeDraftOf(body, languages),
    slug: typed(body, 'slug').trim(),
    phase: typed(body, 'phase'),
    startedDate: typed(body, 'startedDate').trim(),
    startedTime: typed(body, 'startedTime').trim(),
    update: {
      texts: perLocale(languages, (locale) => typed(body, fieldName.updateText(locale))),
      statuses: numbered(typedGroup(body, 'status')) as Record<number, string>,
      versions: versionsDraft(body),
    },
  };
}

export function updateDraftOf(body: FormBody, languages: readonly FormLanguage[]): UpdateDraft {
  return {
    texts: perLocale(languages, (locale) => typed(body, fieldName.updateText(locale))),
    serviceIds: idList().parse(body.serviceIds),
    statuses: numbered(typedGroup(body, 'status')) as Record<number, string>,
    versions: versionsDraft(body),
    phase: typed(body, 'phase'),
    nextUpdateDate: typed(body, 'nextUpdateDate').trim(),
    nextUpdateTime: typed(body, 'nextUpdateTime').trim(),
    clearNextUpdate: typed(body, 'clearNextUpdate') !== '',
    incidentVersion: version().parse(body.incidentVersion),
  };
}

export function resolveDraftOf(body: FormBody, languages: readonly FormLanguage[], affected: readonly number[]): ResolveDraft {
  return {
    texts: perLocale(languages, (locale) => typed(body, fieldName.closing(locale))),
    restore: idList().parse(typedAll(body, 'restore')).filter((id) => affected.includes(id)),
    versions: versionsDraft(body),
    incidentVersion: version().parse(body.incidentVersion),
  };
}

export function correctionDraftOf(body: FormBody, languages: readonly FormLanguage[]): CorrectionDraft {
  return { texts: perLocale(languages, (locale) => ({ body: typed(body, fieldName.correctionBody(locale)), reason: typed(body, fieldName.correctionReason(locale)) })) };
}

export type { IncidentPhase };
