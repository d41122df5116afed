/**
 * One update as every audience shows it: the public page, the console's log, the feed entry
 * and (later) the API and the static export. Permalink, language fallback, status changes and
 * corrections are decided here once, so a page and a feed cannot tell different stories.
 */
import type { LocalText } from '../../views/chrome';
import type { EarlierVersion, MaintenanceChangeProps, ServiceChange, UpdateEntryProps } from '../../views/partials/UpdateEntry';
import { messagesFor } from '../i18n';
import type { UpdateWithDetails } from '../store/updates';
import type { Paths } from '../urls/paths';
import { updateAnchor, updatePermalink } from '../urls/permalink';
import { localText, type Languages } from './localize';

/** What presenting needs: where links go and which language to show. A PageContext is one. */
export interface UpdateContext {
  paths: Paths;
  languages: Languages;
}

export interface PresentedUpdate extends UpdateEntryProps {
  /** Stable for ever, also across corrections. */
  uid: string;
  /** When this version appeared: the publication, or the correction it shows. */
  updatedAt: Date;
  /** The incident it belongs to, whether or not the entry shows it (`context`). */
  incident: { title: LocalText; href: string } | null;
  /** Every service it concerns, changed or mentioned, in the order they were entered. */
  services: { slug: string; name: LocalText }[];
}

export interface PresentOptions {
  /** Show the incident above the entry, where updates of many incidents are listed. */
  withContext?: boolean;
  /**
   * Which version to show: a correction's id, or null for the text as first published. Left
   * out, the newest. A feed archive keeps the version it had; the page always shows the newest.
   */
  version?: number | null;
}

/** The correction a version shows (null: the publication), given its id or "newest". */
function versionIndex(update: UpdateWithDetails, version: number | null | undefined): number {
  if (version === undefined) return update.corrections.length - 1;
  if (version === null) return -1;
  return update.corrections.findIndex((correction) => correction.id === version);
}

export function presentUpdate(
  update: UpdateWithDetails,
  context: UpdateContext,
  options: PresentOptions = {},
): PresentedUpdate {
  const { paths, languages } = context;
  const concerned: ServiceChange[] = update.services.map((entry) => ({
    name: localText(entry.service.texts, languages, (row) => row.name),
    href: paths.service(entry.service.slug),
    from: entry.statusBefore,
    to: entry.statusAfter,
  }));
  const incident = update.incident
    ? {
        title: localText(update.incident.texts, languages, (row) => row.title),
        href: paths.incident(update.incident.slug),
      }
    : null;

  const maintenance: MaintenanceChangeProps | null = update.maintenance
    ? {
        change: update.maintenance.rescheduled ? 'rescheduled' : update.maintenance.status,
        status: update.maintenance.status,
        startsAt: update.maintenance.scheduledStartAt,
        endsAt: update.maintenance.scheduledEndAt,
      }
    : null;
  // An automatic transition has no text of its own: it is worded from what it recorded, in
  // the reader's language (the facts are the record; the words are the interface's).
  const automatic = maintenance && update.texts.length === 0 ? messagesFor(languages.locale) : null;
  const original = automatic
    ? { text: automatic.maintenanceAutomatic[maintenance!.change], lang: automatic.lang }
    : localText(update.texts, languages, (row) => row.body);
  const index = versionIndex(update, options.version);
  const shown = index >= 0 ? update.corrections[index]! : null;
  const body = shown ? localText(shown.texts, languages, (row) => row.body) : original;
  // Oldest first: the original, then every correction before the one shown.
  const earlier: EarlierVersion[] = [
    { correctedAt: null, body: original },
    ...update.corrections.slice(0, Math.max(index, 0)).map((correction) => ({
      correctedAt: correction.correctedAt,
      body: localText(correction.texts, languages, (row) => row.body),
    })),
  ];

  return {
    uid: update.uid,
    anchor: updateAnchor(update.id),
    permalink: updatePermalink(update, paths),
    publishedAt: update.publishedAt,
    updatedAt: shown ? shown.correctedAt : update.publishedAt,
    incident,
    context: options.withContext ? incident : null,
    phase: update.incidentPhase,
    maintenance,
    body,
    services: update.services.map((entry, position) => ({ slug: entry.service.slug, name: concerned[position]!.name })),
    changes: concerned.filter((change) => change.to !== null),
    mentions: concerned.filter((change) => change.to === null),
    correction: shown
      ? {
          correctedAt: shown.correctedAt,
          reason: localText(shown.texts, languages, (row) => row.reason),
          earlier,
        }
      : null,
  };
}
