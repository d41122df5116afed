/** A feed document, independent of format: what the builders in this folder turn into XML or JSON. */
import type { FeedFormat } from '../domain/feed-formats';

export { FEED_CONTENT_TYPES, FEED_FORMATS, type FeedFormat } from '../domain/feed-formats';

export interface FeedCategory {
  /** Stable machine term (the service's slug). */
  term: string;
  /** What a reader sees (the service's name). */
  label: string;
  /** URI of the categorisation scheme. */
  scheme: string;
}

export interface FeedEntry {
  /** Stable for ever, also across corrections: `urn:uuid:…`. */
  id: string;
  /** Plain text. */
  title: string;
  /** The update's permalink on the incident (or service) page. */
  link: string;
  published: Date;
  /** The publication, or the correction this version shows. */
  updated: Date;
  /** Plain-text summary. */
  summary: string;
  /** The entry as HTML, already escaped where it carries admin-entered text. */
  contentHtml: string;
  categories: FeedCategory[];
}

/** Links between the documents of one feed (RFC 5005 for archives; JSON Feed `next_url`). */
export interface FeedLinks {
  /** This document, in each format. */
  self: Record<FeedFormat, string>;
  /** The subscription document (newest entries), in each format. */
  current: Record<FeedFormat, string>;
  /** The next-older complete archive, if any. */
  prevArchive: Record<FeedFormat, string> | null;
  /** The next-newer archive, if this is an archive and one exists. */
  nextArchive: Record<FeedFormat, string> | null;
}

export interface FeedDocument {
  /** Stable id of the feed (the same for its archive documents). */
  id: string;
  title: string;
  description: string;
  /** BCP 47 language of the document. */
  lang: string;
  /** The page this feed is about. */
  homeUrl: string;
  authorName: string;
  updated: Date;
  isArchive: boolean;
  links: FeedLinks;
  entries: FeedEntry[];
}
