/**
 * Which compressed form of a stored document a client gets (Accept-Encoding, RFC 9110
 * §12.5.3), and who compresses. Documents are compressed once per rendering, never per
 * request; the runtime decides which codings exist: on Node the entry point injects zlib
 * (Brotli and gzip), the web-standard default here can do gzip only (CompressionStream has no
 * 'br' on Node 20), and on Workers nothing is precompressed because the platform compresses.
 */
import type { Bytes } from './page-cache';

export type ContentCoding = 'br' | 'gzip';
/** What a response is sent as: one of the stored compressed forms, or the bytes as rendered. */
export type ChosenCoding = ContentCoding | 'identity';

export interface Compressor {
  /** The codings this compressor produces, the server's preference first (br before gzip). */
  readonly codings: readonly ContentCoding[];
  compress(coding: ContentCoding, bytes: Bytes): Promise<Bytes>;
}

/** gzip with CompressionStream, available on Node and Workers alike. */
export const webCompressor: Compressor = {
  codings: ['gzip'],
  async compress(coding, bytes) {
    if (coding !== 'gzip') throw new Error(`webCompressor cannot produce ${coding}`);
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  },
};

/** Every stored coding of one body, made at once (the rendering waits for all of them). */
export async function compressAll(compressor: Compressor, body: Bytes): Promise<Partial<Record<ContentCoding, Bytes>>> {
  const compressed = await Promise.all(compressor.codings.map((coding) => compressor.compress(coding, body)));
  return Object.fromEntries(compressor.codings.map((coding, index) => [coding, compressed[index]!]));
}

/** A malformed q-value counts as 0: a client that cannot write one does not get that coding. */
function qValueOf(params: string[]): number {
  for (const param of params) {
    const [name, value] = param.split('=').map((part) => part.trim());
    if (name === 'q') {
      const q = Number(value);
      return Number.isFinite(q) && value !== '' && q >= 0 && q <= 1 ? q : 0;
    }
  }
  return 1;
}

/**
 * The coding to send, among `available` (in the server's order of preference) and identity:
 * the highest q-value wins; on a tie the earlier in `available` (so br before gzip), and any
 * compressed form before identity. `*` stands for every coding the header does not name.
 * Identity is acceptable unless excluded (`identity;q=0`, or `*;q=0` without naming it); not
 * named, it ranks with the lowest positive q-value the header gives (as the `negotiator`
 * package does), so `gzip;q=0.5` alone still gets gzip. `x-gzip` is gzip (RFC 9110 §8.4.1.3). No header means identity. When
 * nothing is acceptable the bytes go as rendered (a 406 would leave a reader with nothing).
 */
export function negotiateCoding(acceptEncoding: string | null | undefined, available: readonly ContentCoding[]): ChosenCoding {
  if (!acceptEncoding || available.length === 0) return 'identity';
  const named = new Map<string, number>();
  let lowest = 1;
  for (const part of acceptEncoding.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const name = coding?.trim() === 'x-gzip' ? 'gzip' : coding?.trim();
    if (!name) continue;
    const q = qValueOf(params);
    named.set(name, q);
    if (q > 0) lowest = Math.min(lowest, q);
  }
  const star = named.get('*');
  let best: ChosenCoding = 'identity';
  let bestQ = named.get('identity') ?? (star === 0 ? 0 : lowest);
  for (const coding of available) {
    const q = named.get(coding) ?? star ?? 0;
    if (q <= 0) continue;
    // Compressed beats identity on a tie; among compressed forms the earlier stays.
    if (best === 'identity' ? q >= bestQ : q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}
