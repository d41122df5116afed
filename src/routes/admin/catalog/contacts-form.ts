/**
 * The contact-channel form: its schema (texts per language, weekly hours with several periods
 * a day, dated overrides), its drafts (the form as typed, every value a string), the "add a
 * row" intents, and a one-line summary of the hours.
 */
import { z } from 'zod';
import type { ChannelDraft } from '../../../../views/admin/pages/ContactsEditPage';
import type { OverrideDraft, PeriodDraft } from '../../../../views/admin/pages/ContactsHoursFields';
import { CHANNEL_KINDS, OPENING_HOURS_MODES } from '../../../domain/contact';
import { LIMITS } from '../../../domain/limits';
import { isLocalDate, summariseWeek } from '../../../domain/opening-hours';
import type { AdminMessages } from '../../../i18n/admin';
import type { Formatter } from '../../../i18n/format';
import type { OverrideInput, WeeklyPeriodInput } from '../../../store/contact-editing';
import { scheduleOf, type ChannelWithDetails } from '../../../store/contacts';
import { POSITION_RANGE } from '../../../store/ordering';
import { choice, group, normaliseClock, optionalInteger, perLanguage, raw, text, version, withBody, type FormLanguage, sent } from '../forms/fields';
import { isGroup, typed, type FormBody, type FormKit } from '../forms/parse';

const DEFAULT_SLOTS = 3;
const MAX_SLOTS = 8;
const MAX_OVERRIDE_ROWS = 60;

/** "mån–fre 08.00–16.00; lör 10.00–14.00", "Öppet dygnet runt" … */
export function hoursSummary(t: AdminMessages, channel: ChannelWithDetails, fmt: Formatter): string {
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

// ─── The schema ────────────────────────────────────────────────────────────────────────────

/** A row count the form carries (hidden), kept within bounds whatever was sent. */
function boundedCount(value: string, fallback: number, max: number): number {
  return /^\d{1,3}$/.test(value.trim()) && Number(value) <= max ? Number(value) : fallback;
}

function slotsOf(body: FormBody): number {
  return Math.max(1, boundedCount(typed(body, 'slots'), DEFAULT_SLOTS, MAX_SLOTS));
}

function overrideRowsOf(body: FormBody): number {
  return boundedCount(typed(body, 'overrideRows'), 1, MAX_OVERRIDE_ROWS);
}

/** Weekly periods (`hours.<day>.<slot>.opens|closes`): both times or neither; one message per period. */
function weeklyHours(kit: FormKit) {
  return sent().transform((value, ctx) => {
    const body = isGroup(value) ? value : {};
    const slots = slotsOf(body);
    const weekly: WeeklyPeriodInput[] = [];
    for (let day = 1; day <= 7; day++) {
      for (let slot = 0; slot < slots; slot++) {
        const opens = normaliseClock(typed(body, `hours.${day}.${slot}.opens`));
        const closes = normaliseClock(typed(body, `hours.${day}.${slot}.closes`));
        if (opens === '' && closes === '') continue;
        if (!opens || !closes) ctx.addIssue({ code: 'custom', continue: true, path: ['hours', String(day), String(slot)], message: kit.t.catalog.periodIncomplete });
        else weekly.push({ dayOfWeek: day, opens, closes });
      }
    }
    return weekly;
  });
}

/** Dated overrides (`overrides.<row>.*`): both dates in order, and times unless closed all day. */
function overrideRows(kit: FormKit) {
  const { t } = kit;
  return sent().transform((value, ctx) => {
    const body = isGroup(value) ? value : {};
    const overrides: OverrideInput[] = [];
    for (let index = 0; index < overrideRowsOf(body); index++) {
      const base = `overrides.${index}`;
      const from = typed(body, `${base}.from`).trim();
      const through = typed(body, `${base}.through`).trim();
      const closed = typed(body, `${base}.closed`) !== '';
      const opens = normaliseClock(typed(body, `${base}.opens`));
      const closes = normaliseClock(typed(body, `${base}.closes`));
      if (from === '' && through === '' && !closed && opens === '' && closes === '') continue;
      const at = (part: 'dates' | 'hours') => ['overrides', String(index), part];
      if (!isLocalDate(from) || !isLocalDate(through)) ctx.addIssue({ code: 'custom', continue: true, path: at('dates'), message: t.catalog.overrideNeedsDates });
      else if (through < from) ctx.addIssue({ code: 'custom', continue: true, path: at('dates'), message: t.inputError('date-order', {}) });
      if (!closed && (!opens || !closes)) ctx.addIssue({ code: 'custom', continue: true, path: at('hours'), message: t.catalog.overrideNeedsTimes });
      overrides.push(closed ? { validFrom: from, validThrough: through, opens: null, closes: null } : { validFrom: from, validThrough: through, opens, closes });
    }
    return overrides;
  });
}

export function channelSchema(kit: FormKit, languages: readonly FormLanguage[]) {
  const { t } = kit;
  const base = group({
    version: version(),
    intent: raw(),
    kind: choice(kit, CHANNEL_KINDS),
    openingHoursMode: choice(kit, OPENING_HOURS_MODES),
    address: text(kit, LIMITS.address, { required: true }),
    position: optionalInteger(POSITION_RANGE.min, POSITION_RANGE.max, t.catalog.positionInvalid(POSITION_RANGE.min, POSITION_RANGE.max)),
    texts: perLanguage(languages, () => ({
      name: text(kit, LIMITS.name, { required: true }),
      note: text(kit, LIMITS.shortText),
    })),
  });
  return withBody(base, { weekly: weeklyHours(kit), overrides: overrideRows(kit) });
}

export type ChannelForm = z.output<ReturnType<typeof channelSchema>>;

// ─── Drafts ────────────────────────────────────────────────────────────────────────────────

function emptyWeek(slots: number): PeriodDraft[][] {
  return Array.from({ length: 7 }, () => Array.from({ length: slots }, () => ({ opens: '', closes: '' })));
}

function blankOverride(): OverrideDraft {
  return { from: '', through: '', closed: false, opens: '', closes: '' };
}

export function blankDraft(): ChannelDraft {
  return { kind: 'phone', address: '', mode: 'scheduled', position: '', texts: {}, weekly: emptyWeek(DEFAULT_SLOTS), slots: DEFAULT_SLOTS, overrides: [blankOverride()] };
}

/** The form as typed, for showing it again. */
export function channelDraftOf(body: FormBody, languages: readonly FormLanguage[]): ChannelDraft {
  const slots = slotsOf(body);
  return {
    kind: typed(body, 'kind'),
    address: typed(body, 'address'),
    mode: typed(body, 'openingHoursMode'),
    position: typed(body, 'position'),
    texts: Object.fromEntries(languages.map(({ locale }) => [locale, { name: typed(body, `texts.${locale}.name`), note: typed(body, `texts.${locale}.note`) }])),
    weekly: Array.from({ length: 7 }, (_, day) =>
      Array.from({ length: slots }, (_, slot) => ({
        opens: typed(body, `hours.${day + 1}.${slot}.opens`),
        closes: typed(body, `hours.${day + 1}.${slot}.closes`),
      })),
    ),
    slots,
    overrides: Array.from({ length: overrideRowsOf(body) }, (_, index) => ({
      from: typed(body, `overrides.${index}.from`),
      through: typed(body, `overrides.${index}.through`),
      closed: typed(body, `overrides.${index}.closed`) !== '',
      opens: typed(body, `overrides.${index}.opens`),
      closes: typed(body, `overrides.${index}.closes`),
    })),
  };
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
