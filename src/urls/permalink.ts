/**
 * Where an update lives: its anchor, on its incident's page, or for a standalone update on the
 * page of the first service it concerns (the history when it concerns none). The public page,
 * the feed entry's link and the console's "published" redirect all point at the same anchor.
 */
import type { Paths } from './paths';

export function updateAnchor(updateId: number): string {
  return `update-${updateId}`;
}

/** What the permalink depends on, in the shape the store returns an update in. */
export interface PermalinkSubject {
  id: number;
  incident: { slug: string } | null;
  services: readonly { service: { slug: string } }[];
}

export function updatePermalink(update: PermalinkSubject, paths: Paths): string {
  const firstService = update.services[0]?.service.slug;
  const home = update.incident
    ? paths.incident(update.incident.slug)
    : firstService
      ? paths.service(firstService)
      : paths.history();
  return `${home}#${updateAnchor(update.id)}`;
}
