/**
 * Shared by the catalog's routes: reading form fields, field-level checks with messages in
 * the admin's language, local date and time in the site's zone, and store errors as field
 * errors. Pure helpers plus two small reads; no rendering.
 */
import { TZDate } from '@date-fns/tz';
import type { FieldErrors } from '../../../views/admin/partials/Form';
import { isLocalDate, parseClock } from '../../domain/opening-hours';
import { cleanText } from '../../domain/limits';
import { formatterFor, type Formatter } from '../../i18n/format';
import { CATALOGS, messagesFor } from '../../i18n';
import { localText } from '../../present/localize';
import { lastChangeOf } from '../../store/catalog-history';
import type { InputError } from '../../store/errors';
import { loadSite } from '../../store/site';
import type { AdminContext } from './env';

export type FormBody = Record<string, string | File | (string | File)[]>;

export async function formOf(c: AdminContext): Promise<FormBody> {
  return (await c.req.parseBody()) as FormBody;
}

/** A single text field; anything else (a file, a repeated field) reads as empty. */
export function field(body: FormBody, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

export function checked(body: FormBody, name: string): boolean {
  return field(body, name) !== '';
}

/** The version the form was loaded with; -1 (never current) when missing or malformed. */
export function versionOf(body: FormBody): number {
  const value = field(body, 'version');
  return /^\d{1,9}$/.test(value) ? Number(value) : -1;
}

/** A numeric route parameter, or null (the route then answers 404). */
export function idParam(c: AdminContext, name = 'id'): number | null {
  const value = c.req.param(name) ?? '';
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}

/** Records a message for `name` when the text is missing or too long; returns the cleaned text. */
export function checkText(
  c: AdminContext,
  errors: FieldErrors,
  name: string,
  value: string,
  max: number,
  required = false,
): string {
  const cleaned = cleanText(value);
  if (required && cleaned === '') errors[name] = c.var.t.inputError('required', {});
  else if (cleaned.length > max) errors[name] = c.var.t.inputError('too-long', { max });
  return cleaned;
}

/** An integer between `min` and `max`, or null when the field is not one. */
export function integerIn(value: string, min: number, max: number): number | null {
  const trimmed = value.trim();
  if (!/^-?\d{1,6}$/.test(trimmed)) return null;
  const number = Number(trimmed);
  return number >= min && number <= max ? number : null;
}

/**
 * A wall-clock time as typed: "8:00", "08.00" (Swedish style) or "0800" become "08:00";
 * null when it is not a time. Empty stays empty.
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

/**
 * A date and a wall-clock time in `timeZone` as a UTC instant. Uses @date-fns/tz, which knows
 * each day's offset (23- and 25-hour days). A time skipped when clocks go forward does not
 * exist and is refused rather than silently moved; in the hour that repeats in autumn the
 * later occurrence (standard time) is taken, as @date-fns/tz resolves it.
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

/** An instant as the date and time fields of a form in `timeZone`. */
export function localPartsOf(instant: Date, timeZone: string): { date: string; time: string } {
  const local = new TZDate(instant.getTime(), timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    time: `${pad(local.getHours())}:${pad(local.getMinutes())}`,
  };
}

/** The site's zone for reading and writing local times; Europe/Stockholm before it is set. */
export async function siteTimeZone(c: AdminContext): Promise<string> {
  return (await loadSite(c.var.db))?.timeZone ?? 'Europe/Stockholm';
}

export function adminFormatter(c: AdminContext, timeZone: string): Formatter {
  return formatterFor(messagesFor(c.var.adminLocale).intlLocale, timeZone);
}

/** Field names in the forms are the store's field names, so a store error lands next to its field. */
export function storeFieldError(c: AdminContext, error: InputError, fallbackField: string): FieldErrors {
  return { [error.field ?? fallbackField]: c.var.t.inputError(error.code, error.params) };
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** The content languages an editor fills in: the default first, then every other one the site can offer. */
export function contentLocales(defaultLocale: string): string[] {
  return [defaultLocale, ...Object.keys(CATALOGS).filter((locale) => locale !== defaultLocale)];
}

/**
 * One block per content language for a form, each saying whether it is required and, for a
 * translation older than the default language's text, that it is older and since when.
 */
export function languageBlocks(
  c: AdminContext,
  defaultLocale: string,
  rows: readonly { locale: string; updatedAt: Date }[],
  fmt: Formatter,
): { locale: string; legend: string; hint?: string; stale: string | null }[] {
  const t = c.var.t;
  const original = rows.find((row) => row.locale === defaultLocale);
  return contentLocales(defaultLocale).map((locale) => {
    const required = locale === defaultLocale;
    const translation = rows.find((row) => row.locale === locale);
    const older = !required && original && translation && translation.updatedAt.getTime() < original.updatedAt.getTime();
    return {
      locale,
      legend: t.catalog.languageLegend(t.languageName(locale), required),
      hint: required ? undefined : t.catalog.optionalLanguageHint,
      stale: older ? t.catalog.staleExplanation(t.languageName(defaultLocale), fmt.dateTime(original.updatedAt), fmt.dateTime(translation.updatedAt)) : null,
    };
  });
}

/** "Last changed by … at …. This is how it looks now:" for a conflict summary. */
export async function conflictIntro(
  c: AdminContext,
  target: { type: string; id: number | string; changedAt: Date },
  fmt: Formatter,
): Promise<string> {
  const last = await lastChangeOf(c.var.db, target.type, target.id);
  return last ? c.var.t.conflictNewer(last.username, fmt.dateTime(last.at)) : c.var.t.catalog.conflictNewerUnknown(fmt.dateTime(target.changedAt));
}

/** The admin's language's text of a record, and its language when that differs (a missing translation). */
export function adminText<Row extends { locale: string; updatedAt?: Date }>(
  c: AdminContext,
  rows: readonly Row[],
  defaultLocale: string,
  read: (row: Row) => string,
): { text: string; lang?: string } {
  const value = localText(rows, { locale: c.var.adminLocale, defaultLocale }, read);
  return { text: value.text, lang: value.lang === c.var.adminLocale ? undefined : value.lang };
}

/** Texts in reading order for summaries: the default language first. */
export function defaultFirst<Row extends { locale: string }>(rows: readonly Row[], defaultLocale: string): Row[] {
  return [...rows].sort((a, b) => (a.locale === defaultLocale ? -1 : b.locale === defaultLocale ? 1 : a.locale.localeCompare(b.locale)));
}
