/**
 * Snapshots on Cloudflare Workers: the data centre's Cache API as the fast layer (what this
 * location rendered), Workers KV as the global one (what any location rendered), so a reader
 * whose data centre never rendered a page, or purged it, still gets the last good copy while
 * the database is down. KV is eventually consistent (a copy written elsewhere shows within
 * about a minute), which is fine for a last good copy. Runtime-neutral code (web APIs only);
 * no @cloudflare/workers-types dependency, so the subsets used are declared here.
 */
import type { EdgeCache } from '../edge/cache';
import type { Bytes } from '../http/page-cache';
import { newerOf, type Snapshot, type SnapshotMeta, type SnapshotStats, type SnapshotStore } from './store';

/** The subset of a Workers KV namespace binding used here. */
export interface KvNamespace {
  getWithMetadata<M>(key: string, type: 'arrayBuffer'): Promise<{ value: ArrayBuffer | null; metadata: M | null }>;
  put(key: string, value: ArrayBuffer | ArrayBufferView, options?: { metadata?: unknown }): Promise<void>;
  list<M>(options?: { prefix?: string; cursor?: string; limit?: number }): Promise<{
    keys: { name: string; metadata?: M }[];
    list_complete: boolean;
    cursor?: string;
  }>;
}

function isMeta(value: unknown): value is SnapshotMeta {
  const meta = value as Partial<SnapshotMeta> | null;
  return (
    typeof meta?.contentType === 'string' &&
    typeof meta.locale === 'string' &&
    typeof meta.timeZone === 'string' &&
    typeof meta.renderedAt === 'string'
  );
}

/** How long a data centre keeps its copy; KV keeps them for good. */
const EDGE_CACHE_SECONDS = 7 * 24 * 3600;
const META_HEADER = 'X-Snapshot-Meta';

export class CacheApiSnapshots implements SnapshotStore {
  readonly kind = 'edge-cache';

  /** @param origin Any absolute origin: the Cache API keys on URLs (PUBLIC_URL's is used). */
  constructor(
    private readonly cache: EdgeCache,
    private readonly origin: string,
  ) {}

  private requestFor(key: string): Request {
    return new Request(`${this.origin}/__snapshot${key}`, { method: 'GET' });
  }

  async save(key: string, snapshot: Snapshot): Promise<void> {
    await this.cache.put(
      this.requestFor(key),
      new Response(snapshot.body, {
        headers: {
          'Content-Type': snapshot.meta.contentType,
          'Cache-Control': `public, max-age=${EDGE_CACHE_SECONDS}`,
          [META_HEADER]: encodeURIComponent(JSON.stringify(snapshot.meta)),
        },
      }),
    );
  }

  async load(key: string): Promise<Snapshot | null> {
    const found = await this.cache.match(this.requestFor(key));
    if (!found) return null;
    let meta: unknown;
    try {
      meta = JSON.parse(decodeURIComponent(found.headers.get(META_HEADER) ?? ''));
    } catch {
      return null;
    }
    if (!isMeta(meta)) return null;
    const body: Bytes = new Uint8Array(await found.arrayBuffer());
    return { meta, body };
  }

  /** The Cache API cannot list what it holds. */
  async stats(): Promise<null> {
    return null;
  }
}

/** At most this many keys are counted for /healthz (KV lists 1 000 per call). */
const COUNT_LIMIT = 10_000;

export class KvSnapshots implements SnapshotStore {
  readonly kind = 'kv';

  /** @param prefix Lets one namespace hold several deployments' copies (staging, production). */
  constructor(
    private readonly kv: KvNamespace,
    private readonly prefix = 'snapshot:',
  ) {}

  async save(key: string, snapshot: Snapshot): Promise<void> {
    await this.kv.put(this.prefix + key, snapshot.body, { metadata: snapshot.meta });
  }

  async load(key: string): Promise<Snapshot | null> {
    const { value, metadata } = await this.kv.getWithMetadata<SnapshotMeta>(this.prefix + key, 'arrayBuffer');
    if (value === null || !isMeta(metadata)) return null;
    return { meta: metadata, body: new Uint8Array(value) };
  }

  async stats(): Promise<SnapshotStats> {
    let count = 0;
    let newest: string | null = null;
    let cursor: string | undefined;
    do {
      const page = await this.kv.list<SnapshotMeta>({ prefix: this.prefix, cursor });
      for (const { metadata } of page.keys) {
        count++;
        if (isMeta(metadata)) newest = newerOf(newest, metadata.renderedAt);
      }
      cursor = page.list_complete ? undefined : page.cursor;
    } while (cursor && count < COUNT_LIMIT);
    return { count, newest };
  }
}
