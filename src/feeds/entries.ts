/**
 * One version of a published update as a feed entry. The publication and each correction are
 * separate versions with the same id: a reader replaces the old one, and an archive keeps
 * the version it had. The update arrives presented (src/present/update.ts), the same way the
 * page shows it, so the entry's link, text and changes cannot differ from the page's.
 */
import { EntryContent } from '../../views/feeds/EntryContent';
import { renderDocumentFragment } from '../http/render';
import type { Formatter } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import type { PresentedUpdate } from '../present/update';
import type { Paths } from '../urls/paths';
import type { FeedEntry } from './document';

export interface EntryContext {
  t: Messages;
  fmt: Formatter;
  paths: Paths;
  publicUrl: string;
}

const SUMMARY_LENGTH = 280;

function summarise(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SUMMARY_LENGTH ? flat : `${flat.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…`;
}

export async function feedEntryFor(update: PresentedUpdate, context: EntryContext): Promise<FeedEntry> {
  const { t, fmt, paths, publicUrl } = context;
  const about = update.incident
    ? update.incident.title.text
    : update.services.map((service) => service.name.text).join(', ');
  const heading = `${t.updateHeading(fmt.dateTime(update.publishedAt))}: ${about}`;
  const title = update.correction
    ? `${heading} (${t.corrected(fmt.dateTime(update.correction.correctedAt))})`
    : heading;

  return {
    id: `urn:uuid:${update.uid}`,
    title,
    link: `${publicUrl}${update.permalink}`,
    published: update.publishedAt,
    updated: update.updatedAt,
    summary: summarise(update.body.text),
    contentHtml: await renderDocumentFragment(EntryContent({ t, fmt, update })),
    categories: update.services.map((service) => ({
      term: service.slug,
      label: service.name.text,
      scheme: `${publicUrl}${paths.service('')}`,
    })),
  };
}
