/**
 * Creating, editing and deleting contact channels: each write carries the channel's fields,
 * texts, weekly hours and overrides together, audited and bumping the revision.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Transaction } from '../db/database';
import {
  contactChannels,
  contactChannelTexts,
  openingHours,
  openingHoursOverrides,
} from '../db/schema';
import { CHANNEL_KINDS, OPENING_HOURS_MODES, type ChannelKind, type OpeningHoursMode } from '../domain/contact';
import { LIMITS } from '../domain/limits';
import { isLocalDate, parseClock } from '../domain/opening-hours';
import { ConflictError, InputError, NotFoundError } from './errors';
import type { Actor } from './audit';
import { writeTransaction } from './revision';
import { defaultLocaleOf } from './site';
import { requireDefaultLocale, requireSlug, text } from './validate';
import { channelSlugTaken, findContactChannel, type ChannelWithDetails } from './contacts';

export interface WeeklyPeriodInput {
  dayOfWeek: number;
  opens: string;
  closes: string;
}

export interface OverrideInput {
  validFrom: string;
  validThrough: string;
  opens?: string | null;
  closes?: string | null;
}

export interface ChannelInput {
  slug: string;
  kind: ChannelKind;
  address: string;
  openingHoursMode: OpeningHoursMode;
  position?: number;
  texts: Record<string, { name: string; note?: string }>;
  weekly?: WeeklyPeriodInput[];
  overrides?: OverrideInput[];
}

function requireClock(value: string, field: string): string {
  if (parseClock(value) === null) throw new InputError('time-format', field);
  return value;
}

/** Checks kind, mode, weekly hours and overrides; shared by create and update. */
function validateChannelShape(input: Pick<ChannelInput, 'kind' | 'openingHoursMode' | 'weekly' | 'overrides'>) {
  if (!CHANNEL_KINDS.includes(input.kind)) throw new InputError('unknown-choice', 'kind');
  if (!OPENING_HOURS_MODES.includes(input.openingHoursMode))
    throw new InputError('unknown-choice', 'openingHoursMode');
  const weekly = (input.weekly ?? []).map((period, index) => {
    if (!Number.isInteger(period.dayOfWeek) || period.dayOfWeek < 1 || period.dayOfWeek > 7)
      throw new InputError('unknown-choice', `weekly.${index}.dayOfWeek`);
    return {
      dayOfWeek: period.dayOfWeek,
      opens: requireClock(period.opens, `weekly.${index}.opens`),
      closes: requireClock(period.closes, `weekly.${index}.closes`),
    };
  });
  const overrides = (input.overrides ?? []).map((override, index) => {
    if (!isLocalDate(override.validFrom) || !isLocalDate(override.validThrough))
      throw new InputError('date-format', `overrides.${index}`);
    if (override.validThrough < override.validFrom)
      throw new InputError('date-order', `overrides.${index}`);
    const closed = !override.opens && !override.closes;
    return {
      validFrom: override.validFrom,
      validThrough: override.validThrough,
      opens: closed ? null : requireClock(override.opens ?? '', `overrides.${index}.opens`),
      closes: closed ? null : requireClock(override.closes ?? '', `overrides.${index}.closes`),
    };
  });
  return { weekly, overrides };
}

export async function createContactChannel(db: Database, clock: Clock, input: ChannelInput, actor?: Actor): Promise<number> {
  const slug = requireSlug(input.slug);
  const { weekly, overrides } = validateChannelShape(input);

  return writeTransaction(db, clock, async (tx, now, audit) => {
    const entries = requireDefaultLocale(input.texts, await defaultLocaleOf(tx));
    if (await channelSlugTaken(tx, slug)) throw new InputError('slug-taken', 'slug');
    const [channel] = await tx
      .insert(contactChannels)
      .values({
        slug,
        kind: input.kind,
        address: text(input.address, LIMITS.address, 'address', true),
        openingHoursMode: input.openingHoursMode,
        position: input.position ?? 0,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: contactChannels.id });
    const channelId = channel!.id;
    for (const [locale, value] of entries) {
      await tx.insert(contactChannelTexts).values({
        channelId,
        locale,
        name: text(value.name, LIMITS.name, `texts.${locale}.name`, true),
        note: text(value.note, LIMITS.shortText, `texts.${locale}.note`),
        updatedAt: now,
      });
    }
    if (weekly.length > 0) await tx.insert(openingHours).values(weekly.map((period) => ({ channelId, ...period })));
    if (overrides.length > 0)
      await tx.insert(openingHoursOverrides).values(overrides.map((override) => ({ channelId, ...override })));
    await audit({ action: 'channel.create', targetType: 'channel', targetId: channelId, after: { ...input, weekly, overrides } });
    return channelId;
  }, actor);
}

function byPeriod(a: { opens: string | null }, b: { opens: string | null }) {
  return (a.opens ?? '').localeCompare(b.opens ?? '');
}

function channelSnapshot(channel: ChannelWithDetails) {
  return {
    slug: channel.slug,
    kind: channel.kind,
    address: channel.address,
    openingHoursMode: channel.openingHoursMode,
    position: channel.position,
    texts: Object.fromEntries(channel.texts.map((row) => [row.locale, { name: row.name, note: row.note }])),
    weekly: channel.hours
      .map(({ dayOfWeek, opens, closes }) => ({ dayOfWeek, opens, closes }))
      .sort((a, b) => a.dayOfWeek - b.dayOfWeek || byPeriod(a, b)),
    overrides: channel.overrides
      .map(({ validFrom, validThrough, opens, closes }) => ({ validFrom, validThrough, opens, closes }))
      .sort((a, b) => a.validFrom.localeCompare(b.validFrom) || byPeriod(a, b)),
  };
}

export interface ChannelEditInput {
  kind: ChannelKind;
  address: string;
  openingHoursMode: OpeningHoursMode;
  position: number;
  /** Per language; null removes that translation; languages left out stay as they are. */
  texts: Record<string, { name: string; note?: string } | null>;
  /** The complete weekly hours and overrides: they replace what the channel had. */
  weekly: WeeklyPeriodInput[];
  overrides: OverrideInput[];
  expectedVersion: number;
}

async function replaceHours(
  tx: Transaction,
  channelId: number,
  weekly: WeeklyPeriodInput[],
  overrides: { validFrom: string; validThrough: string; opens: string | null; closes: string | null }[],
) {
  await tx.delete(openingHours).where(eq(openingHours.channelId, channelId));
  await tx.delete(openingHoursOverrides).where(eq(openingHoursOverrides.channelId, channelId));
  if (weekly.length > 0) await tx.insert(openingHours).values(weekly.map((period) => ({ channelId, ...period })));
  if (overrides.length > 0)
    await tx.insert(openingHoursOverrides).values(overrides.map((override) => ({ channelId, ...override })));
}

/**
 * Saves an edited channel: its fields, texts, weekly hours and overrides together in one
 * transaction, so the public page never shows half of an edit.
 */
export async function updateContactChannel(
  db: Database,
  clock: Clock,
  channelId: number,
  input: ChannelEditInput,
  actor?: Actor,
): Promise<{ changed: boolean }> {
  const { weekly, overrides } = validateChannelShape(input);
  if (!Number.isInteger(input.position) || Math.abs(input.position) > 9_999) throw new InputError('unknown-choice', 'position');
  return writeTransaction(db, clock, async (tx, now, audit) => {
    const current = await findContactChannel(tx, channelId);
    if (!current) throw new NotFoundError('The contact channel does not exist.');
    if (current.version !== input.expectedVersion)
      throw new ConflictError('Someone else changed this contact channel after you opened it.', current.version);
    const defaultLocale = await defaultLocaleOf(tx);
    if (!input.texts[defaultLocale])
      throw new InputError('default-language-required', 'texts', { value: defaultLocale });
    const address = text(input.address, LIMITS.address, 'address', true);

    let textsChanged = false;
    for (const [locale, value] of Object.entries(input.texts)) {
      const existing = current.texts.find((row) => row.locale === locale);
      if (value === null) {
        if (existing) {
          await tx
            .delete(contactChannelTexts)
            .where(and(eq(contactChannelTexts.channelId, channelId), eq(contactChannelTexts.locale, locale)));
          textsChanged = true;
        }
        continue;
      }
      const cleaned = {
        name: text(value.name, LIMITS.name, `texts.${locale}.name`, true),
        note: text(value.note, LIMITS.shortText, `texts.${locale}.note`),
      };
      if (!existing) {
        await tx.insert(contactChannelTexts).values({ channelId, locale, ...cleaned, updatedAt: now });
        textsChanged = true;
      } else if (existing.name !== cleaned.name || existing.note !== cleaned.note) {
        await tx
          .update(contactChannelTexts)
          .set({ ...cleaned, updatedAt: now })
          .where(and(eq(contactChannelTexts.channelId, channelId), eq(contactChannelTexts.locale, locale)));
        textsChanged = true;
      }
    }

    const before = channelSnapshot(current);
    const proposed = {
      ...before,
      kind: input.kind,
      address,
      openingHoursMode: input.openingHoursMode,
      position: input.position,
      weekly: [...weekly].sort((a, b) => a.dayOfWeek - b.dayOfWeek || byPeriod(a, b)),
      overrides: [...overrides].sort((a, b) => a.validFrom.localeCompare(b.validFrom) || byPeriod(a, b)),
    };
    const hoursChanged =
      JSON.stringify(proposed.weekly) !== JSON.stringify(before.weekly) ||
      JSON.stringify(proposed.overrides) !== JSON.stringify(before.overrides);
    const fieldsChanged =
      proposed.kind !== before.kind ||
      proposed.address !== before.address ||
      proposed.openingHoursMode !== before.openingHoursMode ||
      proposed.position !== before.position;
    if (!textsChanged && !hoursChanged && !fieldsChanged) return { changed: false };

    if (hoursChanged) await replaceHours(tx, channelId, weekly, overrides);
    await tx
      .update(contactChannels)
      .set({
        kind: input.kind,
        address,
        openingHoursMode: input.openingHoursMode,
        position: input.position,
        version: sql`${contactChannels.version} + 1`,
        updatedAt: now,
      })
      .where(eq(contactChannels.id, channelId));
    const after = await findContactChannel(tx, channelId);
    await audit({ action: 'channel.update', targetType: 'channel', targetId: channelId, before, after: channelSnapshot(after!) });
    return { changed: true };
  }, actor);
}

export async function deleteContactChannel(
  db: Database,
  clock: Clock,
  channelId: number,
  input: { expectedVersion: number },
  actor?: Actor,
): Promise<void> {
  await writeTransaction(db, clock, async (tx, _now, audit) => {
    const current = await findContactChannel(tx, channelId);
    if (!current) throw new NotFoundError('The contact channel does not exist.');
    if (current.version !== input.expectedVersion)
      throw new ConflictError('Someone else changed this contact channel after you opened it.', current.version);
    // Explicit rather than relying on ON DELETE CASCADE, which needs PRAGMA foreign_keys.
    await tx.delete(openingHours).where(eq(openingHours.channelId, channelId));
    await tx.delete(openingHoursOverrides).where(eq(openingHoursOverrides.channelId, channelId));
    await tx.delete(contactChannelTexts).where(eq(contactChannelTexts.channelId, channelId));
    await tx.delete(contactChannels).where(eq(contactChannels.id, channelId));
    await audit({ action: 'channel.delete', targetType: 'channel', targetId: channelId, before: channelSnapshot(current) });
  }, actor);
}
