/**
 * Rendered public pages, kept per (URL, state key). A page is rendered and compressed once
 * per data revision and time state, then served as bytes: the hot path does no rendering,
 * hashing or compression.
 */
/** Bytes backed by a plain ArrayBuffer, as Response bodies want them. */
export type Bytes = Uint8Array<ArrayBuffer>;

export interface CachedPage {
  etag: string;
  body: Bytes;
  /** Pre-compressed body, when the runtime does not compress for us. */
  gzip: Bytes | null;
  /** HTTP date, when it was only known after rendering. */
  lastModified: string | null;
}

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();

  constructor(private readonly maxEntries = 500) {}

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

}

const encoder = new TextEncoder();

export function encodeUtf8(text: string): Bytes {
  return encoder.encode(text);
}

/** gzip with the web-standard CompressionStream, available on Node and Workers alike. */
export async function gzip(bytes: Bytes): Promise<Bytes> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
