/**
 * The contact-channel form as data: drafts (the form as typed, every value a string), reading
 * and checking a posted form, the "add a row" intents, and a one-line summary of the hours.
 */
import type { ChannelDraft } from '../../../views/admin/pages/ContactsEditPage';
import type { OverrideDraft, PeriodDraft } from '../../../views/admin/pages/ContactsHoursFields';
import type { FieldErrors } from '../../../views/admin/partials/Form';
import { CHANNEL_KINDS, OPENING_HOURS_MODES, type ChannelKind, type OpeningHoursMode } from '../../domain/contact';
import { LIMITS } from '../../domain/limits';
import { isLocalDate, summariseWeek } from '../../domain/opening-hours';
import type { Formatter } from '../../i18n/format';
import type { OverrideInput, WeeklyPeriodInput } from '../../store/contact-editing';
import { scheduleOf, type ChannelWithDetails } from '../../store/contacts';
import { POSITION_RANGE } from '../../store/ordering';
import { checkText, contentLocales, field, integerIn, normaliseClock, type FormBody } from './catalog-form';
import type { AdminContext } from './env';

const DEFAULT_SLOTS = 3;
const MAX_SLOTS = 8;
const MAX_OVERRIDE_ROWS = 60;

/** "mån–fre 08.00–16.00; lör 10.00–14.00", "Öppet dygnet runt" … */
export function hoursSummary(c: AdminContext, channel: ChannelWithDetails, fmt: Formatter): string {
  const t = c.var.t;
  if (channel.openingHoursMode !== 'scheduled') return t.catalog.modeName[channel.openingHoursMode];
  const lines = summariseWeek(scheduleOf(channel).weekly).map(
    (line) =>
      `${line.days.map((day) => fmt.weekdayShort(day)).join(', ')} ${line.periods.map((period) => `${fmt.clock(period.opens)}–${fmt.clock(period.closes)}`).join(', ')}`,
  );
  const overrides = [...channel.overrides]
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
    .map(
      (override) =>
        `${override.validFrom}–${override.validThrough}: ${override.opens && override.closes ? `${fmt.clock(override.opens)}–${fmt.clock(override.closes)}` : t.catalog.overrideClosed}`,
    );
  const all = [...lines, ...overrides];
  return all.length > 0 ? all.join('; ') : t.catalog.hoursNotSet;
}

function emptyWeek(slots: number): PeriodDraft[][] {
  return Array.from({ length: 7 }, () => Array.from({ length: slots }, () => ({ opens: '', closes: '' })));
}

function blankOverride(): OverrideDraft {
  return { from: '', through: '', closed: false, opens: '', closes: '' };
}

export function blankDraft(): ChannelDraft {
  return { kind: 'phone', address: '', mode: 'scheduled', position: '', texts: {}, weekly: emptyWeek(DEFAULT_SLOTS), slots: DEFAULT_SLOTS, overrides: [blankOverride()] };
}

export function draftOf(channel: ChannelWithDetails): ChannelDraft {
  const perDay = Array.from({ length: 7 }, (_, index) =>
    channel.hours
      .filter((period) => period.dayOfWeek === index + 1)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map(({ opens, closes }) => ({ opens, closes })),
  );
  const slots = Math.min(MAX_SLOTS, Math.max(DEFAULT_SLOTS, ...perDay.map((day) => day.length + 1)));
  const weekly = perDay.map((day) => [...day, ...Array.from({ length: slots - day.length }, () => ({ opens: '', closes: '' }))]);
  const overrides: OverrideDraft[] = [...channel.overrides]
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom) || (a.opens ?? '').localeCompare(b.opens ?? ''))
    .map((override) => ({
      from: override.validFrom,
      through: override.validThrough,
      closed: override.opens === null,
      opens: override.opens ?? '',
      closes: override.closes ?? '',
    }));
  return {
    kind: channel.kind,
    address: channel.address,
    mode: channel.openingHoursMode,
    position: String(channel.position),
    texts: Object.fromEntries(channel.texts.map((row) => [row.locale, { name: row.name, note: row.note }])),
    weekly,
    slots,
    overrides: [...overrides, blankOverride()],
  };
}

export interface ParsedChannel {
  draft: ChannelDraft;
  errors: FieldErrors;
  kind: ChannelKind;
  mode: OpeningHoursMode;
  address: string;
  position: number | null;
  texts: Record<string, { name: string; note: string } | null>;
  weekly: WeeklyPeriodInput[];
  overrides: OverrideInput[];
}

function boundedCount(value: string, fallback: number, max: number): number {
  const number = integerIn(value, 0, max);
  return number === null ? fallback : number;
}

/** Reads and checks the whole form, with a message next to each field or period that needs one. */
export function readChannelForm(c: AdminContext, body: FormBody, defaultLocale: string): ParsedChannel {
  const t = c.var.t;
  const errors: FieldErrors = {};
  const slots = Math.max(1, boundedCount(field(body, 'slots'), DEFAULT_SLOTS, MAX_SLOTS));
  const overrideRows = boundedCount(field(body, 'overrideRows'), 1, MAX_OVERRIDE_ROWS);
  const draft: ChannelDraft = {
    kind: field(body, 'kind'),
    address: field(body, 'address'),
    mode: field(body, 'openingHoursMode'),
    position: field(body, 'position'),
    texts: {},
    weekly: emptyWeek(slots),
    slots,
    overrides: [],
  };
  if (!CHANNEL_KINDS.includes(draft.kind as ChannelKind)) errors.kind = t.inputError('unknown-choice', {});
  if (!OPENING_HOURS_MODES.includes(draft.mode as OpeningHoursMode)) errors.openingHoursMode = t.inputError('unknown-choice', {});
  const address = checkText(c, errors, 'address', draft.address, LIMITS.address, true);
  let position: number | null = null;
  if (draft.position.trim() !== '') {
    position = integerIn(draft.position, POSITION_RANGE.min, POSITION_RANGE.max);
    if (position === null) errors.position = t.catalog.positionInvalid(POSITION_RANGE.min, POSITION_RANGE.max);
  }

  const texts: ParsedChannel['texts'] = {};
  for (const locale of contentLocales(defaultLocale)) {
    const raw = { name: field(body, `texts.${locale}.name`), note: field(body, `texts.${locale}.note`) };
    draft.texts[locale] = raw;
    if (locale !== defaultLocale && raw.name.trim() === '' && raw.note.trim() === '') {
      texts[locale] = null;
      continue;
    }
    texts[locale] = {
      name: checkText(c, errors, `texts.${locale}.name`, raw.name, LIMITS.name, true),
      note: checkText(c, errors, `texts.${locale}.note`, raw.note, LIMITS.shortText),
    };
  }

  const weekly: WeeklyPeriodInput[] = [];
  for (let day = 1; day <= 7; day++) {
    for (let slot = 0; slot < slots; slot++) {
      const base = `hours.${day}.${slot}`;
      const raw = { opens: field(body, `${base}.opens`), closes: field(body, `${base}.closes`) };
      draft.weekly[day - 1]![slot] = raw;
      const opens = normaliseClock(raw.opens);
      const closes = normaliseClock(raw.closes);
      if (opens === '' && closes === '') continue;
      if (!opens || !closes) errors[base] = t.catalog.periodIncomplete;
      else weekly.push({ dayOfWeek: day, opens, closes });
    }
  }

  const overrides: OverrideInput[] = [];
  for (let index = 0; index < overrideRows; index++) {
    const base = `overrides.${index}`;
    const raw: OverrideDraft = {
      from: field(body, `${base}.from`),
      through: field(body, `${base}.through`),
      closed: field(body, `${base}.closed`) !== '',
      opens: field(body, `${base}.opens`),
      closes: field(body, `${base}.closes`),
    };
    draft.overrides.push(raw);
    const from = raw.from.trim();
    const through = raw.through.trim();
    const opens = normaliseClock(raw.opens);
    const closes = normaliseClock(raw.closes);
    if (from === '' && through === '' && !raw.closed && opens === '' && closes === '') continue;
    if (!isLocalDate(from) || !isLocalDate(through)) errors[`${base}.dates`] = t.catalog.overrideNeedsDates;
    else if (through < from) errors[`${base}.dates`] = t.inputError('date-order', {});
    if (!raw.closed && (!opens || !closes)) errors[`${base}.hours`] = t.catalog.overrideNeedsTimes;
    overrides.push(raw.closed ? { validFrom: from, validThrough: through, opens: null, closes: null } : { validFrom: from, validThrough: through, opens, closes });
  }

  return { draft, errors, kind: draft.kind as ChannelKind, mode: draft.mode as OpeningHoursMode, address, position, texts, weekly, overrides };
}

/** The "add a row" buttons: the same form again with one more row, nothing saved. */
export function withMoreRows(draft: ChannelDraft, intent: string): ChannelDraft | null {
  if (intent === 'more-periods') {
    const slots = Math.min(MAX_SLOTS, draft.slots + 1);
    return { ...draft, slots, weekly: draft.weekly.map((day) => [...day, ...Array.from({ length: slots - day.length }, () => ({ opens: '', closes: '' }))]) };
  }
  if (intent === 'add-override') {
    return draft.overrides.length >= MAX_OVERRIDE_ROWS ? draft : { ...draft, overrides: [...draft.overrides, blankOverride()] };
  }
  return null;
}

