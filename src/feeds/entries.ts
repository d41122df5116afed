/**
 * One version of a published update as a feed entry. The publication and each correction are
 * separate versions with the same id: a reader replaces the old one, and an archive keeps
 * the version it had.
 */
import { EntryContent } from '../../views/feeds/EntryContent';
import { renderDocumentFragment } from '../http/render';
import type { Formatter } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import { localText, type Languages } from '../present/localize';
import type { Paths } from '../routes/paths';
import type { UpdateWithDetails } from '../store/updates';
import type { FeedEntry } from './document';

export interface EntryContext {
  t: Messages;
  fmt: Formatter;
  languages: Languages;
  paths: Paths;
  publicUrl: string;
}

function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
}

const SUMMARY_LENGTH = 280;

function summarise(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SUMMARY_LENGTH ? flat : `${flat.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…`;
}

export async function feedEntryFor(
  update: UpdateWithDetails,
  correctionId: number | null,
  context: EntryContext,
): Promise<FeedEntry> {
  const { t, fmt, languages, paths, publicUrl } = context;
  const serviceName = (entry: UpdateWithDetails['services'][number]) =>
    localText(entry.service.texts, languages, (row) => row.name).text;
  const correctionIndex = correctionId === null ? -1 : update.corrections.findIndex((c) => c.id === correctionId);
  const correction = correctionIndex >= 0 ? update.corrections[correctionIndex]! : null;
  const original = localText(update.texts, languages, (row) => row.body).text;
  const body = correction ? localText(correction.texts, languages, (row) => row.body).text : original;

  const about = update.incident
    ? localText(update.incident.texts, languages, (row) => row.title).text
    : update.services.map(serviceName).join(', ');
  const heading = `${t.updateHeading(fmt.dateTime(update.publishedAt))}: ${about}`;
  const title = correction ? `${heading} (${t.corrected(fmt.dateTime(correction.correctedAt))})` : heading;

  const anchor = paths.updateAnchor(update.id);
  const page = update.incident
    ? paths.incident(update.incident.slug)
    : update.services[0]
      ? paths.service(update.services[0].service.slug)
      : paths.history();

  const contentHtml = await renderDocumentFragment(
    EntryContent({
      t,
      paragraphs: paragraphsOf(body),
      changes: update.services.flatMap((entry) =>
        entry.statusAfter ? [{ name: serviceName(entry), from: entry.statusBefore, to: entry.statusAfter }] : [],
      ),
      mentions: update.services.filter((entry) => entry.statusAfter === null).map(serviceName),
      correction: correction
        ? {
            when: fmt.dateTime(correction.correctedAt),
            reason: localText(correction.texts, languages, (row) => row.reason).text,
            original: paragraphsOf(original),
          }
        : null,
    }),
  );

  return {
    id: `urn:uuid:${update.uid}`,
    title,
    link: `${publicUrl}${page}#${anchor}`,
    published: update.publishedAt,
    updated: correction ? correction.correctedAt : update.publishedAt,
    summary: summarise(body),
    contentHtml,
    categories: update.services.map((entry) => ({
      term: entry.service.slug,
      label: serviceName(entry),
      scheme: `${publicUrl}${paths.service('')}`,
    })),
  };
}
