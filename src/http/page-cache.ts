/**
 * Rendered public pages, kept per (URL, state key). A page is rendered and compressed once
 * per data revision and time state, then served as bytes: the hot path does no rendering,
 * hashing or compression.
 */
import { compressAll, webCompressor, type Compressor, type ContentCoding } from './content-encoding';

/** Bytes backed by a plain ArrayBuffer, as Response bodies want them. */
export type Bytes = Uint8Array<ArrayBuffer>;

export interface CachedPage {
  etag: string;
  body: Bytes;
  /** The body compressed once per rendering, per coding the runtime makes (none on Workers). */
  encoded: Partial<Record<ContentCoding, Bytes>>;
  /** The codings in `encoded`, the server's preference first: what Accept-Encoding is matched against. */
  codings: readonly ContentCoding[];
  /** HTTP date, when it was only known after rendering. */
  lastModified: string | null;
}

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  /** Renderings under way, per key and ETag: concurrent misses share one (and one compression). */
  private readonly producing = new Map<string, Promise<CachedPage | null>>();
  private readonly codings: readonly ContentCoding[];

  /** @param compressor Null where nothing is precompressed (Workers: the platform compresses). */
  constructor(
    private readonly compressor: Compressor | null,
    private readonly maxEntries = 500,
  ) {
    this.codings = compressor?.codings ?? [];
  }

  get(key: string, etag: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.etag !== etag) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert so Map order doubles as least-recently-used order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, page: CachedPage): void {
    this.entries.delete(key);
    this.entries.set(key, page);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /**
   * The page for (key, ETag), rendered by `render` if nobody is rendering it already, then
   * compressed in every coding the runtime makes and kept. Null (no such resource) and
   * failures are shared with the requests that waited, and not kept.
   */
  produce(
    key: string,
    etag: string,
    render: () => Promise<{ body: Bytes; lastModified: Date | null } | null>,
  ): Promise<CachedPage | null> {
    const id = `${key}\n${etag}`;
    let running = this.producing.get(id);
    if (!running) {
      running = (async () => {
        const rendered = await render();
        if (rendered === null) return null;
        const page: CachedPage = {
          etag,
          body: rendered.body,
          encoded: this.compressor ? await compressAll(this.compressor, rendered.body) : {},
          codings: this.codings,
          lastModified: rendered.lastModified?.toUTCString() ?? null,
        };
        this.set(key, page);
        return page;
      })().finally(() => this.producing.delete(id));
      this.producing.set(id, running);
    }
    return running;
  }
}

const encoder = new TextEncoder();

export function encodeUtf8(text: string): Bytes {
  return encoder.encode(text);
}

/** gzip with the web-standard CompressionStream (the last good copies use it on every runtime). */
export function gzip(bytes: Bytes): Promise<Bytes> {
  return webCompressor.compress('gzip', bytes);
}
