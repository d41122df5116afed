/**
 * What the public site consists of, for the static export: every service and incident that
 * has a page (retired services and resolved incidents too: the live site serves them and the
 * history links them), how many updates the history pages hold, and how many items each feed
 * has (its archive pages follow from that).
 */
import { asc, max } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { feedItems, incidents, services } from '../db/schema';
import type { FeedScope } from './feed-items';
import { countUpdates } from './updates';

export interface PublicListing {
  serviceSlugs: { id: number; slug: string }[];
  incidentSlugs: { id: number; slug: string }[];
  updateCount: number;
  /** Items per feed scope (its highest sequence number); scopes without items are absent. */
  feedItemCounts: Map<FeedScope, number>;
}

export async function listPublicSite(db: Queryable): Promise<PublicListing> {
  const [serviceSlugs, incidentSlugs, updateCount, counts] = await Promise.all([
    db.select({ id: services.id, slug: services.slug }).from(services).orderBy(asc(services.id)).all(),
    db.select({ id: incidents.id, slug: incidents.slug }).from(incidents).orderBy(asc(incidents.id)).all(),
    countUpdates(db),
    db.select({ scope: feedItems.scope, last: max(feedItems.seq) }).from(feedItems).groupBy(feedItems.scope).all(),
  ]);
  return {
    serviceSlugs,
    incidentSlugs,
    updateCount,
    feedItemCounts: new Map(counts.map((row) => [row.scope as FeedScope, row.last ?? 0])),
  };
}
