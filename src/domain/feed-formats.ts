/**
 * The feed formats offered for every scope and their media types. A vocabulary of its own
 * because the feed builders, the URLs (`…/feed.atom`) and the pages' autodiscovery links all
 * name them, and URLs and pages sit below the feeds.
 */
export const FEED_FORMATS = ['atom', 'rss', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};
