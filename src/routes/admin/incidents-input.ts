/**
 * Reading and checking the incident forms. Parsing keeps every string as typed (so a form
 * shown again loses nothing); checking turns a draft into store input or field messages.
 */
import { TZDate } from '@date-fns/tz';
import {
  CONTENT_LOCALES,
  emptyNoticeText,
  fieldName,
  NOTICE_TEXT_FIELDS,
  type CorrectionDraft,
  type ContentLocale,
  type NewIncidentDraft,
  type NoticeDraft,
  type NoticeTextDraft,
  type ServiceChoice,
  type UpdateDraft,
} from '../../../views/admin/pages/IncidentDrafts';
import { isIncidentImpact, isIncidentPhase, type IncidentImpact, type IncidentPhase } from '../../domain/incident';
import { cleanText, isSlug, LIMITS } from '../../domain/limits';
import { isServiceStatus } from '../../domain/status';
import type { AdminMessages } from '../../i18n/admin';
import type { IncidentTextInput } from '../../store/incidents';
import type { StatusChangeInput } from '../../store/publishing';

/** A positive integer route parameter, or null (answered with 404). */
export function idParam(c: { req: { param(name: string): string | undefined } }, name: string): number | null {
  const value = c.req.param(name) ?? '';
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

export type FormBody = Record<string, string | File | (string | File)[]>;
export type FieldErrors = Record<string, string>;

function str(body: FormBody, name: string): string {
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function all(body: FormBody, name: string): string[] {
  const value = body[name];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((item): item is string => typeof item === 'string');
}

function idList(values: string[]): number[] {
  return [...new Set(values.map(Number).filter((id) => Number.isInteger(id) && id > 0))];
}

/** Per-service fields (`status.<id>`, `version.<id>`), read for every id the body carries. */
function perService(body: FormBody, prefix: string): Record<number, string> {
  const found: Record<number, string> = {};
  for (const key of Object.keys(body)) {
    const match = new RegExp(`^${prefix}\\.(\\d+)$`).exec(key);
    if (match) found[Number(match[1])] = str(body, key);
  }
  return found;
}

function versionsOf(body: FormBody): Record<number, number> {
  return Object.fromEntries(Object.entries(perService(body, 'version')).map(([id, value]) => [Number(id), Number(value)]));
}

export function parseNoticeDraft(body: FormBody): NoticeDraft {
  const texts = {} as Record<ContentLocale, NoticeTextDraft>;
  for (const locale of CONTENT_LOCALES) {
    const text = emptyNoticeText();
    for (const field of NOTICE_TEXT_FIELDS) text[field] = str(body, fieldName.notice(locale, field));
    texts[locale] = text;
  }
  return {
    impact: str(body, 'impact'),
    texts,
    serviceIds: idList(all(body, 'serviceIds')),
    nextUpdateDate: str(body, 'nextUpdateDate').trim(),
    nextUpdateTime: str(body, 'nextUpdateTime').trim(),
  };
}

export function parseNewIncidentDraft(body: FormBody): NewIncidentDraft {
  return {
    ...parseNoticeDraft(body),
    slug: str(body, 'slug').trim(),
    phase: str(body, 'phase'),
    update: {
      texts: { sv: str(body, fieldName.updateText('sv')), en: str(body, fieldName.updateText('en')) },
      statuses: perService(body, 'status'),
      versions: versionsOf(body),
    },
  };
}

export function parseUpdateDraft(body: FormBody): UpdateDraft {
  return {
    texts: { sv: str(body, fieldName.updateText('sv')), en: str(body, fieldName.updateText('en')) },
    statuses: perService(body, 'status'),
    versions: versionsOf(body),
    phase: str(body, 'phase'),
    nextUpdateDate: str(body, 'nextUpdateDate').trim(),
    nextUpdateTime: str(body, 'nextUpdateTime').trim(),
    clearNextUpdate: str(body, 'clearNextUpdate') !== '',
    incidentVersion: Number(str(body, 'incidentVersion')),
  };
}

export function parseCorrectionDraft(body: FormBody): CorrectionDraft {
  const texts = {} as CorrectionDraft['texts'];
  for (const locale of CONTENT_LOCALES) {
    texts[locale] = { body: str(body, fieldName.correctionBody(locale)), reason: str(body, fieldName.correctionReason(locale)) };
  }
  return { texts };
}

function checkLength(errors: FieldErrors, t: AdminMessages, field: string, value: string, max: number, required: boolean): string {
  const cleaned = cleanText(value);
  if (required && cleaned === '') errors[field] = t.inputError('required', {});
  else if (cleaned.length > max) errors[field] = t.inputError('too-long', { max });
  return cleaned;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export type LocalInstant =
  | { ok: true; instant: Date }
  | { ok: false; field: 'nextUpdateDate' | 'nextUpdateTime'; message: 'date-format' | 'time-format' | 'incomplete' | 'nonexistent' };

/**
 * A wall-clock date and time in `timeZone` as an instant. TZDate knows the zone's rules, so
 * 29 March 2026 03:30 in Stockholm (summer time, one hour after the change) is 01:30Z. A
 * time skipped by the spring change (02:30 that night) does not exist and is refused rather
 * than silently moved. A time that occurs twice in autumn (02:30 on 25 October 2026) is taken
 * as the later one, in winter time: TZDate's choice, and the safer one for a promise.
 */
export function localInstant(date: string, time: string, timeZone: string): LocalInstant | null {
  if (date === '' && time === '') return null;
  if (date === '') return { ok: false, field: 'nextUpdateDate', message: 'incomplete' };
  if (time === '') return { ok: false, field: 'nextUpdateTime', message: 'incomplete' };
  const day = LOCAL_DATE.exec(date);
  const valid = day && new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))).toISOString().slice(0, 10) === date;
  if (!day || !valid) return { ok: false, field: 'nextUpdateDate', message: 'date-format' };
  const clock = LOCAL_TIME.exec(time);
  if (!clock) return { ok: false, field: 'nextUpdateTime', message: 'time-format' };
  const local = new TZDate(Number(day[1]), Number(day[2]) - 1, Number(day[3]), Number(clock[1]), Number(clock[2]), timeZone);
  if (local.getHours() !== Number(clock[1]) || local.getMinutes() !== Number(clock[2]) || local.getDate() !== Number(day[3]))
    return { ok: false, field: 'nextUpdateTime', message: 'nonexistent' };
  return { ok: true, instant: new Date(local.getTime()) };
}

/** The promised next update: null when none was given, an error message when it cannot be used. */
function checkNextUpdate(
  errors: FieldErrors,
  t: AdminMessages,
  draft: { nextUpdateDate: string; nextUpdateTime: string },
  timeZone: string,
  now: Date,
): Date | null {
  const result = localInstant(draft.nextUpdateDate, draft.nextUpdateTime, timeZone);
  if (result === null) return null;
  if (!result.ok) {
    errors[result.field] =
      result.message === 'date-format' || result.message === 'time-format'
        ? t.inputError(result.message, {})
        : result.message === 'incomplete'
          ? t.incidents.nextUpdateIncomplete
          : t.incidents.nextUpdateNonexistent;
    return null;
  }
  if (result.instant.getTime() <= now.getTime()) {
    errors.nextUpdateTime = t.incidents.nextUpdateInPast;
    return null;
  }
  return result.instant;
}

function checkNoticeTexts(errors: FieldErrors, t: AdminMessages, draft: NoticeDraft): Record<string, IncidentTextInput> {
  const texts: Record<string, IncidentTextInput> = {};
  for (const locale of CONTENT_LOCALES) {
    const given = draft.texts[locale];
    const anything = NOTICE_TEXT_FIELDS.some((field) => given[field].trim() !== '');
    // Swedish is required; English exists once any of its fields is filled in.
    if (locale !== 'sv' && !anything) continue;
    const value = {} as IncidentTextInput;
    for (const field of NOTICE_TEXT_FIELDS) {
      const max = field === 'title' ? LIMITS.name : LIMITS.longText;
      value[field] = checkLength(errors, t, fieldName.notice(locale, field), given[field], max, field === 'title');
    }
    texts[locale] = value;
  }
  return texts;
}

export interface CheckedNotice {
  impact: IncidentImpact;
  texts: Record<string, IncidentTextInput>;
  serviceIds: number[];
  nextUpdateDueAt: Date | null;
}

export function checkNotice(
  t: AdminMessages,
  draft: NoticeDraft,
  services: ServiceChoice[],
  timeZone: string,
  now: Date,
): { errors: FieldErrors; value: CheckedNotice } {
  const errors: FieldErrors = {};
  if (!isIncidentImpact(draft.impact)) errors.impact = t.inputError('unknown-choice', {});
  const texts = checkNoticeTexts(errors, t, draft);
  const known = new Set(services.map((service) => service.id));
  if (draft.serviceIds.some((id) => !known.has(id))) errors.serviceIds = t.inputError('unknown-choice', {});
  const nextUpdateDueAt = checkNextUpdate(errors, t, draft, timeZone, now);
  return { errors, value: { impact: draft.impact as IncidentImpact, texts, serviceIds: draft.serviceIds, nextUpdateDueAt } };
}

function checkChanges(
  errors: FieldErrors,
  t: AdminMessages,
  statuses: Record<number, string>,
  versions: Record<number, number>,
  services: ServiceChoice[],
): StatusChangeInput[] {
  const byId = new Map(services.map((service) => [service.id, service]));
  const changes: StatusChangeInput[] = [];
  for (const [key, to] of Object.entries(statuses)) {
    if (to === '') continue;
    const serviceId = Number(key);
    if (!byId.has(serviceId) || !isServiceStatus(to)) {
      errors[fieldName.status(serviceId)] = t.inputError('unknown-choice', {});
      continue;
    }
    const version = versions[serviceId];
    changes.push({ serviceId, to, expectedVersion: Number.isInteger(version) ? version : -1 });
  }
  return changes;
}

function checkUpdateTexts(errors: FieldErrors, t: AdminMessages, texts: Record<ContentLocale, string>, required: boolean) {
  const sv = checkLength(errors, t, fieldName.updateText('sv'), texts.sv, LIMITS.updateBody, required);
  const en = checkLength(errors, t, fieldName.updateText('en'), texts.en, LIMITS.updateBody, false);
  return { sv, ...(en ? { en } : {}) } as Record<string, string>;
}

export interface CheckedNewIncident {
  slug: string;
  phase: IncidentPhase;
  notice: CheckedNotice;
  /** Null when no first update was given. */
  update: { texts: Record<string, string>; changes: StatusChangeInput[] } | null;
}

export function checkNewIncident(
  t: AdminMessages,
  draft: NewIncidentDraft,
  services: ServiceChoice[],
  timeZone: string,
  now: Date,
): { errors: FieldErrors; value: CheckedNewIncident } {
  const { errors, value: notice } = checkNotice(t, draft, services, timeZone, now);
  if (!isSlug(draft.slug)) errors.slug = t.inputError(draft.slug === '' ? 'required' : 'slug', { max: LIMITS.slug });
  if (!isIncidentPhase(draft.phase) || draft.phase === 'resolved') errors.phase = t.inputError('unknown-choice', {});
  const changes = checkChanges(errors, t, draft.update.statuses, draft.update.versions, services);
  const wanted = changes.length > 0 || draft.update.texts.sv.trim() !== '' || draft.update.texts.en.trim() !== '';
  const texts = wanted ? checkUpdateTexts(errors, t, draft.update.texts, true) : {};
  return {
    errors,
    value: { slug: draft.slug, phase: draft.phase as IncidentPhase, notice, update: wanted ? { texts, changes } : null },
  };
}

export interface CheckedUpdate {
  texts: Record<string, string>;
  changes: StatusChangeInput[];
  phase: IncidentPhase;
  /** Undefined keeps the current promise; null clears it. */
  nextUpdateDueAt: Date | null | undefined;
  incidentVersion: number;
}

export function checkUpdate(
  t: AdminMessages,
  draft: UpdateDraft,
  services: ServiceChoice[],
  timeZone: string,
  now: Date,
): { errors: FieldErrors; value: CheckedUpdate } {
  const errors: FieldErrors = {};
  const texts = checkUpdateTexts(errors, t, draft.texts, true);
  const changes = checkChanges(errors, t, draft.statuses, draft.versions, services);
  if (!isIncidentPhase(draft.phase)) errors.phase = t.inputError('unknown-choice', {});
  const next = checkNextUpdate(errors, t, draft, timeZone, now);
  if (draft.clearNextUpdate && next !== null) errors.nextUpdateDate = t.incidents.nextUpdateClearOrSet;
  return {
    errors,
    value: {
      texts,
      changes,
      phase: draft.phase as IncidentPhase,
      nextUpdateDueAt: draft.clearNextUpdate ? null : (next ?? undefined),
      incidentVersion: Number.isInteger(draft.incidentVersion) ? draft.incidentVersion : -1,
    },
  };
}

export function checkCorrection(
  t: AdminMessages,
  draft: CorrectionDraft,
  current: Record<string, string>,
): { errors: FieldErrors; texts: Record<string, { body: string; reason: string }> } {
  const errors: FieldErrors = {};
  const texts: Record<string, { body: string; reason: string }> = {};
  for (const locale of CONTENT_LOCALES) {
    const given = draft.texts[locale];
    const required = locale === 'sv';
    if (!required && given.body.trim() === '' && given.reason.trim() === '') continue;
    const body = checkLength(errors, t, fieldName.correctionBody(locale), given.body, LIMITS.updateBody, true);
    const reason = checkLength(errors, t, fieldName.correctionReason(locale), given.reason, LIMITS.shortText, required);
    texts[locale] = { body, reason };
  }
  const changed = Object.entries(texts).some(([locale, value]) => value.body !== (current[locale] ?? ''));
  if (Object.keys(errors).length === 0 && !changed) errors[fieldName.correctionBody('sv')] = t.incidents.correctionUnchanged;
  return { errors, texts };
}
