/**
 * Which earlier messages a CAP message refers to (`<references>`), and so whether it is the
 * first of its thread (an Alert) or follows one (an Update). Pure: the store hands over the
 * feed log of the scopes concerned (docs/decisions/0027-cap-badges-embed.md).
 *
 * - An incident (or planned maintenance) is one thread: every message of it, publications
 *   and corrections, in publishing order.
 * - A standalone update (a service's status change with a note) belongs to its services'
 *   episodes: for each service, the standalone updates since the last update that brought it
 *   back to operational, whether that one was standalone or an incident's. A service that
 *   goes down again after being restored starts a new thread, with a new Alert.
 */
import type { MessageRef } from './identity';

/** One message in one feed scope, in that scope's publishing order (`seq`). */
export interface ScopeItem extends MessageRef {
  seq: number;
  updateId: number;
  sentAt: Date;
}

/** An item of a service's scope, with what its update did to that service. */
export interface ServiceScopeItem extends ScopeItem {
  serviceId: number;
  /** Not part of an incident. */
  standalone: boolean;
  /** Brought the service back to operational. */
  restores: boolean;
}

function isSelf(item: MessageRef, self: MessageRef): boolean {
  return item.updateUid === self.updateUid && item.correctionId === self.correctionId;
}

function inSendingOrder<T extends ScopeItem>(items: Iterable<T>): T[] {
  return [...items].sort(
    (a, b) =>
      a.sentAt.getTime() - b.sentAt.getTime() || a.updateId - b.updateId || (a.correctionId ?? 0) - (b.correctionId ?? 0),
  );
}

/** The messages of an incident published before `self`, oldest first. */
export function earlierInIncident(items: readonly ScopeItem[], self: MessageRef): ScopeItem[] {
  const ordered = [...items].sort((a, b) => a.seq - b.seq);
  const position = ordered.findIndex((item) => isSelf(item, self));
  return position < 0 ? [] : ordered.slice(0, position);
}

/** The messages of the services' current episodes published before `self`, oldest first. */
export function earlierInServiceEpisodes(items: readonly ServiceScopeItem[], self: MessageRef & { updateId: number }): ScopeItem[] {
  const byService = new Map<number, ServiceScopeItem[]>();
  for (const item of items) byService.set(item.serviceId, [...(byService.get(item.serviceId) ?? []), item]);
  const earlier = new Map<string, ScopeItem>();
  for (const scope of byService.values()) {
    const ordered = scope.sort((a, b) => a.seq - b.seq);
    const position = ordered.findIndex((item) => isSelf(item, self));
    const published = ordered.findIndex((item) => item.updateId === self.updateId && item.correctionId === null);
    if (position < 0 || published < 0) continue;
    // The episode starts after the last restoration published before this update.
    let start = 0;
    for (let index = published - 1; index >= 0; index--) {
      const item = ordered[index]!;
      if (item.correctionId === null && item.restores) {
        start = index + 1;
        break;
      }
    }
    const episode = new Set(
      ordered.slice(start, published + 1).filter((item) => item.correctionId === null && item.standalone).map((item) => item.updateId),
    );
    for (const item of ordered.slice(0, position)) {
      if (item.standalone && episode.has(item.updateId)) earlier.set(`${item.updateId}:${item.correctionId}`, item);
    }
  }
  return inSendingOrder(earlier.values());
}
