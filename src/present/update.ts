/** Turns a stored update (with its texts, services and corrections) into what a view shows. */
import type { ServiceChange, UpdateEntryProps } from '../../views/partials/UpdateEntry';
import type { UpdateWithDetails } from '../store/updates';
import type { PageContext } from './chrome';
import { localText } from './localize';

export function presentUpdate(
  update: UpdateWithDetails,
  context: PageContext,
  options: { withContext?: boolean } = {},
): UpdateEntryProps {
  const { paths, languages } = context;
  const anchor = paths.updateAnchor(update.id);
  const concerned: ServiceChange[] = update.services.map((entry) => ({
    name: localText(entry.service.texts, languages, (row) => row.name),
    href: paths.service(entry.service.slug),
    from: entry.statusBefore,
    to: entry.statusAfter,
  }));
  const firstService = update.services[0]?.service.slug;
  const home = update.incident
    ? paths.incident(update.incident.slug)
    : firstService
      ? paths.service(firstService)
      : paths.history();

  const original = localText(update.texts, languages, (row) => row.body);
  const corrections = update.corrections;
  const latest = corrections[corrections.length - 1];
  const body = latest ? localText(latest.texts, languages, (row) => row.body) : original;

  return {
    anchor,
    permalink: `${home}#${anchor}`,
    publishedAt: update.publishedAt,
    context:
      options.withContext && update.incident
        ? {
            title: localText(update.incident.texts, languages, (row) => row.title),
            href: paths.incident(update.incident.slug),
          }
        : null,
    phase: update.incidentPhase,
    body,
    changes: concerned.filter((change) => change.to !== null),
    mentions: concerned.filter((change) => change.to === null),
    correction: latest
      ? {
          correctedAt: latest.correctedAt,
          reason: localText(latest.texts, languages, (row) => row.reason),
          // Oldest first: the original, then every correction before the current one.
          earlier: [
            { correctedAt: null, body: original },
            ...corrections.slice(0, -1).map((correction) => ({
              correctedAt: correction.correctedAt,
              body: localText(correction.texts, languages, (row) => row.body),
            })),
          ],
        }
      : null,
  };
}
