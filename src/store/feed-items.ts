/**
 * The feeds' numbered log (see `feed_items` in the schema). Writers append inside their own
 * transaction; readers fetch one window of a scope by primary key.
 */
import { and, between, desc, eq, max, sql } from 'drizzle-orm';
import type { Queryable, Transaction } from '../db/database';
import { feedItems, updates, updateServices } from '../db/schema';

export type FeedScope = 'site' | `service:${number}` | `incident:${number}`;

export const FEED_PAGE_SIZE = 50;

/** Scopes an update belongs to: the whole site, its incident, and every service it concerned. */
async function scopesOf(tx: Transaction, updateId: number): Promise<FeedScope[]> {
  const update = await tx.select({ incidentId: updates.incidentId }).from(updates).where(eq(updates.id, updateId)).get();
  const services = await tx
    .select({ serviceId: updateServices.serviceId })
    .from(updateServices)
    .where(eq(updateServices.updateId, updateId))
    .all();
  return [
    'site',
    ...(update?.incidentId ? [`incident:${update.incidentId}` as const] : []),
    ...services.map((row) => `service:${row.serviceId}` as const),
  ];
}

/** Appends a new version of an update (its publication, or a correction) to every feed it is in. */
export async function appendFeedItems(
  tx: Transaction,
  item: { updateId: number; correctionId: number | null; createdAt: Date },
): Promise<void> {
  for (const scope of await scopesOf(tx, item.updateId)) {
    // max(seq) within the scope is read from the primary key's index: O(log n).
    await tx.run(sql`
      insert into ${feedItems} (scope, seq, update_id, correction_id, created_at)
      select ${scope}, coalesce(max(${feedItems.seq}), 0) + 1, ${item.updateId}, ${item.correctionId}, ${item.createdAt.getTime()}
      from ${feedItems} where ${feedItems.scope} = ${scope}`);
  }
}

/** How many items a scope holds (its highest sequence number). */
export async function countFeedItems(db: Queryable, scope: FeedScope): Promise<number> {
  const row = await db.select({ last: max(feedItems.seq) }).from(feedItems).where(eq(feedItems.scope, scope)).get();
  return row?.last ?? 0;
}

export interface FeedItemRow {
  seq: number;
  updateId: number;
  correctionId: number | null;
}

/** The newest items of a scope, newest first. */
export function newestFeedItems(db: Queryable, scope: FeedScope, limit = FEED_PAGE_SIZE): Promise<FeedItemRow[]> {
  return db
    .select({ seq: feedItems.seq, updateId: feedItems.updateId, correctionId: feedItems.correctionId })
    .from(feedItems)
    .where(eq(feedItems.scope, scope))
    .orderBy(desc(feedItems.seq))
    .limit(limit)
    .all();
}

/** Archive page `page` (1 = oldest) of a scope, newest first. */
export function archivedFeedItems(db: Queryable, scope: FeedScope, page: number): Promise<FeedItemRow[]> {
  const first = (page - 1) * FEED_PAGE_SIZE + 1;
  return db
    .select({ seq: feedItems.seq, updateId: feedItems.updateId, correctionId: feedItems.correctionId })
    .from(feedItems)
    .where(and(eq(feedItems.scope, scope), between(feedItems.seq, first, first + FEED_PAGE_SIZE - 1)))
    .orderBy(desc(feedItems.seq))
    .all();
}
