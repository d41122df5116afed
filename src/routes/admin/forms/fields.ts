/**
 * The field types the console's form schemas are built from. Each takes what a browser sends
 * (a string, nothing, a repeated value, a file) and never fails on its type: it either gives a
 * typed value or adds a message in the admin's language, next to the field whose name is the
 * issue's path. One definition per kind of value, so every form agrees on what an id, a
 * version, a slug or a wall-clock time is.
 */
import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { cleanLineReport, cleanText, cleanTextReport, isSlug, LIMITS } from '../../../domain/limits';
import { isLocalDate, parseClock } from '../../../domain/opening-hours';
import { DISPLAY_NAME_MAX } from '../../../store/users';
import { isGroup, type FormKit } from './parse';

/**
 * What a browser may have sent for a field: anything, or nothing (an unticked checkbox, a
 * language the form did not have). Optional on the way in, so a missing field is read by the
 * field type (as '' or false) rather than refused by the object around it.
 */
export function sent() {
  return z.unknown().optional();
}

/**
 * The value as typed; '' for a file, nothing, or a single field sent more than once (a form
 * the console never renders: which of the values was meant cannot be told, so none is used).
 */
export function typedValue(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Any value, as typed (a hidden intent, a field checked elsewhere). Never fails. */
export function raw(max = 1_000) {
  return sent().transform((value) => {
    const typed = typedValue(value);
    return typed.length > max ? typed.slice(0, max) : typed;
  });
}

/**
 * Text written for people: cleaned once (cleanTextReport: control characters out, line
 * endings and ends trimmed), noted when it lost characters, required and limited by length.
 * Nothing is ever cut: text over the limit is refused with "At most N characters."
 */
export function text(kit: FormKit, max: number, options: { required?: boolean } = {}) {
  return sent().transform((value, ctx) => {
    const typed = typedValue(value);
    const cleaned = cleanTextReport(typed);
    if (cleaned.removedCharacters) kit.noteCleaned(typed);
    if (options.required && cleaned.text === '') ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('required', {}) });
    else if (cleaned.text.length > max) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('too-long', { max }) });
    return cleaned.text;
  });
}

/** Text that may be left empty to mean "none" (a translation not written): null then. */
export function optionalText(kit: FormKit, max: number) {
  return text(kit, max).transform((cleaned) => (cleaned === '' ? null : cleaned));
}

/** A person's display name: one line, cleaned as the store cleans it (cleanDisplayName). */
export function displayName(kit: FormKit) {
  return sent().transform((value, ctx) => {
    const typed = typedValue(value);
    const cleaned = cleanLineReport(typed.slice(0, 1_000));
    if (cleaned.removedCharacters) kit.noteCleaned(typed);
    if (cleaned.text === '') ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('required', {}) });
    else if (cleaned.text.length > DISPLAY_NAME_MAX) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('name-format', {}) });
    return cleaned.text;
  });
}

/** A password or code: kept exactly as typed (never cleaned, never echoed), cut at `max`. */
export function secret(max = 256) {
  return raw(max);
}

/** One of `values`; anything else is "Choose one of the options." */
export function choice<const T extends string>(kit: FormKit, values: readonly T[]) {
  return sent().transform((value, ctx): T => {
    const typed = typedValue(value);
    if (!(values as readonly string[]).includes(typed)) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('unknown-choice', {}) });
    return typed as T;
  });
}

/** A permanent address part: lowercase a–z, digits and single hyphens (src/domain/limits.ts). */
export function slug(kit: FormKit) {
  return sent().transform((value, ctx) => {
    const typed = typedValue(value).trim();
    if (typed === '') ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('required', {}) });
    else if (!isSlug(typed)) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('slug', { max: LIMITS.slug }) });
    return typed;
  });
}

/** A ticked checkbox sends its value; an unticked one sends nothing. */
export function checkbox() {
  return sent().transform((value) => typedValue(value) !== '');
}

/** A positive id as typed in a URL or a form: 1 to 999 999 999, or null. */
export function idOf(value: unknown): number | null {
  const typed = typedValue(value);
  return /^[1-9]\d{0,8}$/.test(typed) ? Number(typed) : null;
}

/**
 * The version a form was loaded with (optimistic versioning). Missing or malformed reads as
 * -1, which is never current: the store then answers with a conflict, never a silent write.
 */
export function version() {
  return sent().transform((value) => {
    const typed = typedValue(value);
    return /^\d{1,9}$/.test(typed) ? Number(typed) : -1;
  });
}

/** Versions per id (`version.<id>`), as the forms that change several services carry them. */
export function versions() {
  return sent().transform((value) => {
    const found: Record<number, number> = {};
    if (!isGroup(value)) return found;
    for (const [key, sent] of Object.entries(value)) {
      const id = idOf(key);
      const typed = typedValue(sent);
      if (id !== null) found[id] = /^\d{1,9}$/.test(typed) ? Number(typed) : -1;
    }
    return found;
  });
}

/** One of `ids`, as chosen in a select; anything else is "Choose one of the options." */
export function idChoice(kit: FormKit, ids: readonly number[]) {
  return sent().transform((value, ctx) => {
    const id = idOf(value);
    if (id === null || !ids.includes(id)) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('unknown-choice', {}) });
    return id ?? 0;
  });
}

/** A numeric route parameter, or null (the route then answers 404). */
export function routeId(c: { req: { param(name: string): string | undefined } }, name = 'id'): number | null {
  return idOf(c.req.param(name));
}

/** The ids of a repeated field (ticked checkboxes), each once; anything that is no id is left out. */
export function idList() {
  return sent().transform((value) => {
    const all = [value].flat().map(idOf).filter((id): id is number => id !== null);
    return [...new Set(all)];
  });
}

/** An integer between min and max as typed, or null when left empty; `message` otherwise. */
export function optionalInteger(min: number, max: number, message: string) {
  return sent().transform((value, ctx) => {
    const typed = typedValue(value).trim();
    if (typed === '') return null;
    const number = /^-?\d{1,6}$/.test(typed) ? Number(typed) : NaN;
    if (!(number >= min && number <= max)) {
      ctx.addIssue({ code: 'custom', continue: true, message });
      return null;
    }
    return number;
  });
}

/** A group of fields (`texts.sv.*`); missing from the body, its fields read as not sent. */
export function group<S extends z.ZodRawShape>(shape: S) {
  return z.preprocess((value) => (isGroup(value) ? value : {}), z.object(shape));
}

/** Whether nothing was written in a group: every value is empty once cleaned. */
export function isBlank(value: unknown): boolean {
  if (isGroup(value)) return Object.values(value).every(isBlank);
  return [value].flat().every((item) => typeof item !== 'string' || cleanText(item) === '');
}

/**
 * A group that may be left out altogether (a translation): null when nothing in it was
 * written, otherwise checked like any other group.
 */
export function optionalGroup<S extends z.ZodRawShape>(shape: S) {
  return z.preprocess((value) => (isGroup(value) && !isBlank(value) ? value : null), z.object(shape).nullable());
}

/** A content language of a form: its code and whether its texts are required (the default language). */
export interface FormLanguage {
  locale: string;
  required: boolean;
}

/**
 * One group of fields per content language, keyed by its code (`texts.<locale>.<field>`): the
 * required language always checked, the others null when left empty.
 */
export function perLanguage<S extends z.ZodRawShape>(languages: readonly FormLanguage[], fields: (required: boolean) => S) {
  const shape: Record<string, z.ZodType<z.output<z.ZodObject<S>> | null>> = {};
  for (const language of languages) shape[language.locale] = language.required ? group(fields(true)) : optionalGroup(fields(false));
  return z.preprocess((value) => (isGroup(value) ? value : {}), z.object(shape)) as unknown as z.ZodType<Record<string, z.output<z.ZodObject<S>> | null>>;
}

/**
 * One text per content language, keyed by its code (`names.<locale>`): required in the
 * required language, null for another left empty.
 */
export function textPerLanguage(kit: FormKit, languages: readonly FormLanguage[], max: number) {
  const shape: Record<string, z.ZodType<string | null>> = {};
  for (const language of languages) shape[language.locale] = language.required ? text(kit, max, { required: true }) : optionalText(kit, max);
  return z.preprocess((value) => (isGroup(value) ? value : {}), z.object(shape)) as unknown as z.ZodType<Record<string, string | null>>;
}

// ─── Wall-clock times in the site's zone ───────────────────────────────────────────────────

/**
 * A wall-clock time as typed: "8:00", "08.00" (Swedish style) or "0800" become "08:00"; null
 * when it is not a time. Empty stays empty.
 */
export function normaliseClock(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const clock = `${match[1]!.padStart(2, '0')}:${match[2]}`;
  return parseClock(clock) === null ? null : clock;
}

export type LocalDateTimeResult =
  | { kind: 'empty' }
  | { kind: 'ok'; instant: Date }
  | { kind: 'error'; field: 'date' | 'time'; reason: 'date-format' | 'time-format' | 'incomplete' | 'nonexistent' };

/** An instant as the date and time fields of a form in `timeZone`. */
export function localPartsOf(instant: Date, timeZone: string): { date: string; time: string } {
  const local = new TZDate(instant.getTime(), timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    time: `${pad(local.getHours())}:${pad(local.getMinutes())}`,
  };
}

/**
 * A date and a wall-clock time in `timeZone` as a UTC instant. Uses @date-fns/tz, which knows
 * each day's offset (23- and 25-hour days). A time skipped when clocks go forward does not
 * exist and is refused rather than silently moved; in the hour that repeats in autumn the
 * later occurrence (standard time) is taken, as @date-fns/tz resolves it: the safer one for a
 * promise (docs/decisions/0009).
 */
export function localDateTimeToInstant(date: string, time: string, timeZone: string): LocalDateTimeResult {
  const day = date.trim();
  const clock = normaliseClock(time);
  if (day === '' && clock === '') return { kind: 'empty' };
  if (day !== '' && !isLocalDate(day)) return { kind: 'error', field: 'date', reason: 'date-format' };
  if (clock === null) return { kind: 'error', field: 'time', reason: 'time-format' };
  if (day === '') return { kind: 'error', field: 'date', reason: 'incomplete' };
  if (clock === '') return { kind: 'error', field: 'time', reason: 'incomplete' };
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  if (hours === 24) return { kind: 'error', field: 'time', reason: 'time-format' };
  const local = new TZDate(year, month - 1, dayOfMonth, hours, minutes, timeZone);
  const roundTrip = localPartsOf(new Date(local.getTime()), timeZone);
  if (roundTrip.date !== day || roundTrip.time !== clock) return { kind: 'error', field: 'time', reason: 'nonexistent' };
  return { kind: 'ok', instant: new Date(local.getTime()) };
}

/** What a form says about a date and time pair it cannot use (each form has its own words). */
export interface DateTimeWords {
  incomplete: string;
  nonexistent: string;
  /** Set when the moment must lie ahead (a promise). */
  inPast?: string;
}

/**
 * A date field and a time field that make one instant together: the fields of the group named
 * `date` and `time`. Gives the instant, or null when both are empty or one cannot be used (the
 * message goes next to the field at fault).
 */
export function localDateTime(
  kit: FormKit,
  names: { date: string; time: string },
  timeZone: string,
  words: DateTimeWords,
  now?: Date,
) {
  return sent().transform((value, ctx): Date | null => {
    const body = isGroup(value) ? value : {};
    const result = localDateTimeToInstant(typedValue(body[names.date]), typedValue(body[names.time]), timeZone);
    if (result.kind === 'empty') return null;
    if (result.kind === 'error') {
      const message =
        result.reason === 'incomplete' ? words.incomplete : result.reason === 'nonexistent' ? words.nonexistent : kit.t.inputError(result.reason, {});
      ctx.addIssue({ code: 'custom', continue: true, path: [result.field === 'date' ? names.date : names.time], message });
      return null;
    }
    if (words.inPast && now && result.instant.getTime() <= now.getTime()) {
      ctx.addIssue({ code: 'custom', continue: true, path: [names.time], message: words.inPast });
      return null;
    }
    return result.instant;
  });
}

/** The issues of a schema run inside another's transform, kept with their paths. */
export function relayIssues(ctx: z.core.$RefinementCtx, issues: readonly z.core.$ZodIssue[]): void {
  for (const issue of issues) ctx.addIssue({ code: 'custom', continue: true, path: issue.path, message: issue.message });
}

/**
 * A form whose output has values read across the whole body (a date and time pair, the weekly
 * hours, a notice's texts at the top of the body): `base` checks the fields of its own shape,
 * each of `extra` gets the whole body too. Every issue keeps its path, in that order (the
 * order the error summary lists them in).
 */
export function withBody<O extends object, E extends Record<string, z.ZodType>>(base: z.ZodType<O>, extra: E) {
  return sent().transform((value, ctx) => {
    const result = base.safeParse(value);
    if (!result.success) relayIssues(ctx, result.error.issues);
    const more: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(extra)) {
      const parsed = schema.safeParse(value);
      if (parsed.success) more[key] = parsed.data;
      else relayIssues(ctx, parsed.error.issues);
    }
    if (!result.success) return z.NEVER;
    return { ...result.data, ...more } as O & { [K in keyof E]: z.output<E[K]> };
  });
}
