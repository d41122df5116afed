/**
 * Addresses of what other systems and sites take from us: CAP messages, status badges and the
 * embeddable state (docs/decisions/0027-cap-badges-embed.md). Beside ./paths.ts, below the
 * routes, so the routes, the subscribe page and the CAP index build them in one place.
 * Root-relative like every path; callers prefix the public URL for absolute ones.
 */
import { pathsFor, prefixFor } from './paths';

/** The Atom index of CAP messages: one document in every language (each message carries them all). */
export const CAP_INDEX_PATH = '/cap/index.atom';

/** A CAP message: an update as published, or one correction of it. */
export function capAlertPath(updateUid: string, correctionId: number | null): string {
  return correctionId === null ? `/cap/alerts/${updateUid}.xml` : `/cap/alerts/${updateUid}-correction-${correctionId}.xml`;
}

/** Reads a CAP message's file name back (`<uid>.xml`, `<uid>-correction-<id>.xml`); null when it cannot be one. */
export function parseCapAlertFile(file: string): { updateUid: string; correctionId: number | null } | null {
  const match = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:-correction-([1-9]\d{0,9}))?\.xml$/.exec(file);
  if (!match) return null;
  return { updateUid: match[1]!, correctionId: match[2] === undefined ? null : Number(match[2]) };
}

export interface EmbeddingPaths {
  /** The overall state as an SVG badge. */
  badge: string;
  /** One service's status as an SVG badge: its page's address + `/badge.svg`. */
  serviceBadge(slug: string): string;
  /** The overall state as a small HTML document for other sites' frames. */
  embed: string;
}

export function embeddingPathsFor(locale: string, defaultLocale: string): EmbeddingPaths {
  const prefix = prefixFor(locale, defaultLocale);
  const paths = pathsFor(locale, defaultLocale);
  return {
    badge: `${prefix}/badge.svg`,
    serviceBadge: (slug) => `${paths.service(slug)}/badge.svg`,
    embed: `${prefix}/embed`,
  };
}
