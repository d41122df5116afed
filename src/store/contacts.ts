/**
 * Contact channels with their opening hours and dated overrides, as read for the public page
 * and the admin console. Creating, editing and deleting them is in ./contact-editing.
 */
import { asc, eq, max } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { contactChannels } from '../db/schema';
import type { Schedule } from '../domain/opening-hours';

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

// ─── Editing channels (admin console) ──────────────────────────────────────────────────────

export function findContactChannel(db: Queryable, id: number) {
  return db.query.contactChannels.findFirst({
    where: eq(contactChannels.id, id),
    with: { texts: true, hours: true, overrides: true },
  });
}

export async function channelSlugTaken(db: Queryable, slug: string): Promise<boolean> {
  const row = await db.select({ id: contactChannels.id }).from(contactChannels).where(eq(contactChannels.slug, slug)).get();
  return row !== undefined;
}

/**
 * A free slug for a new channel, made from its name. Channels have no page of their own, so
 * the slug is an internal handle the editor never needs to choose.
 */
export async function freeChannelSlug(db: Queryable, name: string): Promise<string> {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'kanal';
  for (let suffix = 1; ; suffix++) {
    const slug = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await channelSlugTaken(db, slug))) return slug;
  }
}

export async function nextChannelPosition(db: Queryable): Promise<number> {
  const row = await db.select({ last: max(contactChannels.position) }).from(contactChannels).get();
  return row?.last === null || row?.last === undefined ? 0 : row.last + 1;
}
