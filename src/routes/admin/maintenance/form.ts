/**
 * The maintenance forms: one schema each (a new maintenance, its texts, a new window, a status
 * change, a cancellation, an update), built per request from the offered languages, the
 * services it may concern and the site's zone, with the drafts that show a form again as typed.
 *
 * Field names: the notice's texts `texts.<locale>.title|whatHappened|affectsMe` (the store's
 * own names, so its messages land next to the right field), the window `startDate`,
 * `startTime`, `endDate`, `endTime`, the services `serviceIds`, an update `update.<locale>`.
 */
import { z } from 'zod';
import { LIMITS } from '../../../domain/limits';
import type { IncidentTextInput } from '../../../store/incidents';
import { choice, group, idList, localDateTimeToInstant, perLanguage, sent, text, textPerLanguage, typedValue, version, type FormLanguage } from '../forms/fields';
import { isGroup, typed, typedAll, type FormBody, type FormKit } from '../forms/parse';

export const MAINTENANCE_TEXT_FIELDS = ['title', 'whatHappened', 'affectsMe'] as const;
export type MaintenanceTextField = (typeof MAINTENANCE_TEXT_FIELDS)[number];

export interface MaintenanceFormSettings {
  languages: readonly FormLanguage[];
  /** The services a maintenance may concern (the catalog's, not retired). */
  serviceIds: readonly number[];
  timeZone: string;
}

/** A language's texts: the title is required once anything in the language is written. */
function noticeTexts(kit: FormKit, languages: readonly FormLanguage[]) {
  return perLanguage(languages, () => ({
    title: text(kit, LIMITS.name, { required: true }),
    whatHappened: text(kit, LIMITS.longText),
    affectsMe: text(kit, LIMITS.longText),
  })).transform((texts) => {
    const given: Record<string, IncidentTextInput> = {};
    for (const [locale, value] of Object.entries(texts)) if (value) given[locale] = value;
    return given;
  });
}

/**
 * The window: two date and time pairs in the site's zone, both required, the end after the
 * start. DST-correct through localDateTimeToInstant (a skipped time is refused).
 */
function window(kit: FormKit, timeZone: string) {
  const words = kit.t.maintenance;
  return sent().transform((value, ctx): { startsAt: Date; endsAt: Date } => {
    const body = isGroup(value) ? value : {};
    const read = (prefix: 'start' | 'end'): Date | null => {
      const result = localDateTimeToInstant(typedValue(body[`${prefix}Date`]), typedValue(body[`${prefix}Time`]), timeZone);
      if (result.kind === 'ok') return result.instant;
      const field = result.kind === 'error' && result.field === 'time' ? `${prefix}Time` : `${prefix}Date`;
      const message =
        result.kind === 'empty' || result.reason === 'incomplete'
          ? words.incomplete
          : result.reason === 'nonexistent'
            ? words.nonexistent
            : kit.t.inputError(result.reason, {});
      ctx.addIssue({ code: 'custom', continue: true, path: [field], message });
      return null;
    };
    const startsAt = read('start');
    const endsAt = read('end');
    if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime())
      ctx.addIssue({ code: 'custom', continue: true, path: ['endTime'], message: words.endBeforeStart });
    return { startsAt: startsAt ?? new Date(NaN), endsAt: endsAt ?? new Date(NaN) };
  });
}

function services(kit: FormKit, known: readonly number[]) {
  const offered = new Set(known);
  return idList().transform((ids, ctx) => {
    if (ids.some((id) => !offered.has(id))) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('unknown-choice', {}) });
    else if (ids.length === 0) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.maintenance.servicesRequired });
    return ids;
  });
}

export function newMaintenanceSchema(kit: FormKit, settings: MaintenanceFormSettings) {
  const base = group({ texts: noticeTexts(kit, settings.languages), serviceIds: services(kit, settings.serviceIds) });
  const times = window(kit, settings.timeZone);
  return sent().transform((value, ctx) => {
    const a = base.safeParse(value);
    const b = times.safeParse(value);
    for (const issue of [...(a.success ? [] : a.error.issues), ...(b.success ? [] : b.error.issues)])
      ctx.addIssue({ code: 'custom', continue: true, path: issue.path, message: issue.message });
    if (!a.success || !b.success) return z.NEVER;
    return { ...a.data, ...b.data };
  });
}

/** The notice's texts, and while the maintenance is still ahead its services (null: not on the form). */
export function textsSchema(kit: FormKit, languages: readonly FormLanguage[], serviceIds: readonly number[] | null) {
  return group({
    version: version(),
    texts: noticeTexts(kit, languages),
    serviceIds: serviceIds ? services(kit, serviceIds) : sent().transform(() => null),
  });
}

export function rescheduleSchema(kit: FormKit, timeZone: string) {
  const times = window(kit, timeZone);
  return sent().transform((value, ctx) => {
    const parsed = times.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', continue: true, path: issue.path, message: issue.message });
      return z.NEVER;
    }
    return { ...parsed.data, version: version().parse(isGroup(value) ? value.version : undefined) };
  });
}

/** The status changes the detail page offers, by the button's value. */
export const STATUS_ACTIONS = { start: 'in_progress', verify: 'verifying', resume: 'in_progress', complete: 'completed' } as const;
export type StatusAction = keyof typeof STATUS_ACTIONS;

export function statusSchema(kit: FormKit) {
  return group({ version: version(), action: choice(kit, Object.keys(STATUS_ACTIONS) as StatusAction[]) });
}

export function updateSchema(kit: FormKit, languages: readonly FormLanguage[]) {
  return group({ version: version(), update: textPerLanguage(kit, languages, LIMITS.longText) });
}

// ─── Drafts: the forms as typed ─────────────────────────────────────────────────────────────

export type TextsDraft = Record<string, Record<MaintenanceTextField, string>>;
export interface WindowDraft {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
}
export interface NewMaintenanceDraft extends WindowDraft {
  texts: TextsDraft;
  serviceIds: number[];
}

export function textsDraftOf(body: FormBody, languages: readonly FormLanguage[]): TextsDraft {
  return Object.fromEntries(
    languages.map(({ locale }) => [locale, Object.fromEntries(MAINTENANCE_TEXT_FIELDS.map((field) => [field, typed(body, `texts.${locale}.${field}`)]))]),
  ) as TextsDraft;
}

export function windowDraftOf(body: FormBody): WindowDraft {
  return { startDate: typed(body, 'startDate'), startTime: typed(body, 'startTime'), endDate: typed(body, 'endDate'), endTime: typed(body, 'endTime') };
}

export function newDraftOf(body: FormBody, languages: readonly FormLanguage[]): NewMaintenanceDraft {
  return {
    texts: textsDraftOf(body, languages),
    serviceIds: typedAll(body, 'serviceIds').map(Number).filter((id) => Number.isInteger(id)),
    ...windowDraftOf(body),
  };
}

export function updateDraftOf(body: FormBody, languages: readonly FormLanguage[]): Record<string, string> {
  return Object.fromEntries(languages.map(({ locale }) => [locale, typed(body, `update.${locale}`)]));
}
