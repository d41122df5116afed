/** Contact channels with their opening hours and dated overrides. */
import { asc } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable } from '../db/database';
import {
  contactChannels,
  contactChannelTexts,
  openingHours,
  openingHoursOverrides,
} from '../db/schema';
import { CHANNEL_KINDS, OPENING_HOURS_MODES, type ChannelKind, type OpeningHoursMode } from '../domain/contact';
import { LIMITS } from '../domain/limits';
import { isLocalDate, parseClock, type Schedule } from '../domain/opening-hours';
import { InputError } from './errors';
import type { Actor } from './audit';
import { writeTransaction } from './revision';
import { defaultLocaleOf } from './services';
import { requireDefaultLocale, requireSlug, text } from './validate';

export interface ChannelInput {
  slug: string;
  kind: ChannelKind;
  address: string;
  openingHoursMode: OpeningHoursMode;
  position?: number;
  texts: Record<string, { name: string; note?: string }>;
  weekly?: { dayOfWeek: number; opens: string; closes: string }[];
  overrides?: { validFrom: string; validThrough: string; opens?: string | null; closes?: string | null }[];
}

function requireClock(value: string, field: string): string {
  if (parseClock(value) === null) throw new InputError('time-format', field);
  return value;
}

export async function createContactChannel(db: Database, clock: Clock, input: ChannelInput, actor?: Actor): Promise<number> {
  const slug = requireSlug(input.slug);
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

  return writeTransaction(db, clock, async (tx, now, audit) => {
    const entries = requireDefaultLocale(input.texts, await defaultLocaleOf(tx));
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

export function listContactChannels(db: Queryable) {
  return db.query.contactChannels.findMany({
    with: { texts: true, hours: true, overrides: true },
    orderBy: [asc(contactChannels.position), asc(contactChannels.id)],
  });
}

export type ChannelWithDetails = Awaited<ReturnType<typeof listContactChannels>>[number];

export function scheduleOf(channel: ChannelWithDetails): Schedule {
  return {
    mode: channel.openingHoursMode,
    weekly: channel.hours.map(({ dayOfWeek, opens, closes }) => ({ dayOfWeek, opens, closes })),
    overrides: channel.overrides.map(({ validFrom, validThrough, opens, closes }) => ({
      validFrom,
      validThrough,
      opens,
      closes,
    })),
  };
}
