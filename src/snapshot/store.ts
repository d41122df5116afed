/**
 * Where the last good rendering of every public page, feed and JSON document is kept, so it
 * can be served when the database cannot be asked (docs/decisions/0025-last-known-good.md).
 * The interface is runtime-neutral; the implementations are a bounded in-memory map (the
 * default, and what tests use), files under SNAPSHOT_DIR on Node (./file-snapshots.ts,
 * Node-only) and the data centre's Cache API in front of Workers KV (./edge-snapshots.ts).
 */
import type { Bytes } from '../http/page-cache';

export interface SnapshotMeta {
  contentType: string;
  /** The document's language: the banner is written in it. */
  locale: string;
  /** The site's time zone at rendering: the banner's date and X-Status-Snapshot are in it. */
  timeZone: string;
  /** When it was rendered, ISO 8601 in UTC. */
  renderedAt: string;
}

export interface Snapshot {
  meta: SnapshotMeta;
  /** Exactly the bytes served fresh (an HTML page with its empty banner slot). */
  body: Bytes;
}

export interface SnapshotStats {
  count: number;
  /** renderedAt of the newest snapshot, or null when there is none. */
  newest: string | null;
}

export interface SnapshotStore {
  /** What keeps them, for /healthz: "memory", "file", "edge-cache", "kv". */
  readonly kind: string;
  save(key: string, snapshot: Snapshot): Promise<void>;
  load(key: string): Promise<Snapshot | null>;
  /** Null when this store cannot count (the Cache API cannot list). */
  stats(): Promise<SnapshotStats | null>;
}

/**
 * Query parameters that select a different public document (history page, feed archive, the
 * language of an API document); everything else (tracking tags, cache busters) names the same one.
 */
export const MEANINGFUL_PARAMS = ['page', 'archive', 'lang'] as const;

/**
 * The key of the document a URL names: its path and its meaningful parameters, sorted. The
 * edge cache keys its copies the same way, so both agree on what "the same page" is.
 */
export function snapshotKeyOf(url: string | URL): string {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  let query = '';
  for (const name of MEANINGFUL_PARAMS) {
    const value = parsed.searchParams.get(name);
    if (value !== null) query += `${query ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
  }
  return parsed.pathname + query;
}

/** The newest of two ISO timestamps (either may be missing). */
export function newerOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** A bounded map in this process or isolate: gone on restart, but always there. */
export class MemorySnapshots implements SnapshotStore {
  readonly kind = 'memory';
  private readonly entries = new Map<string, Snapshot>();

  constructor(private readonly maxEntries = 1_000) {}

  async save(key: string, snapshot: Snapshot): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, snapshot);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  async load(key: string): Promise<Snapshot | null> {
    return this.entries.get(key) ?? null;
  }

  async stats(): Promise<SnapshotStats> {
    let newest: string | null = null;
    for (const { meta } of this.entries.values()) newest = newerOf(newest, meta.renderedAt);
    return { count: this.entries.size, newest };
  }
}

/**
 * Several stores, fastest first: saved to all, loaded from the first that has it (and copied
 * into the faster ones it was missing from), counted by the last that can count.
 */
export class LayeredSnapshots implements SnapshotStore {
  readonly kind: string;

  constructor(private readonly layers: SnapshotStore[]) {
    this.kind = layers.map((layer) => layer.kind).join('+');
  }

  async save(key: string, snapshot: Snapshot): Promise<void> {
    const results = await Promise.allSettled(this.layers.map((layer) => layer.save(key, snapshot)));
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }

  async load(key: string): Promise<Snapshot | null> {
    for (const [index, layer] of this.layers.entries()) {
      const found = await layer.load(key).catch(() => null);
      if (found) {
        for (const faster of this.layers.slice(0, index)) void faster.save(key, found).catch(() => {});
        return found;
      }
    }
    return null;
  }

  async stats(): Promise<SnapshotStats | null> {
    for (const layer of [...this.layers].reverse()) {
      const stats = await layer.stats().catch(() => null);
      if (stats) return stats;
    }
    return null;
  }
}
