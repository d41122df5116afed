/**
 * Per-token rate limit of the write API: a token bucket of 60 requests that refills at one a
 * second, so a burst of 60 passes and then 60 a minute; beyond that 429 with Retry-After.
 * Kept in memory, per process on Node and per isolate on Workers (where several isolates may
 * each allow the full rate): it protects the database from a runaway script or monitor, it
 * is not a quota. Counting in the database would turn every request into a write, on the
 * very day the database matters most (docs/decisions/0035-api-tokens.md).
 */

export const RATE_LIMIT = { burst: 60, perSecond: 1 } as const;
/** Tokens remembered at most; the least recently used are forgotten first (they were full again anyway). */
const MAX_TRACKED = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenRateLimiter {
  private readonly buckets = new Map<number, Bucket>();

  constructor(private readonly limit: { burst: number; perSecond: number } = RATE_LIMIT) {}

  /** Takes one request from the token's bucket: 0 when allowed, else the seconds to wait. */
  take(tokenId: number, now: Date): number {
    const at = now.getTime();
    const previous = this.buckets.get(tokenId);
    const elapsed = previous ? Math.max(0, at - previous.at) / 1000 : 0;
    const tokens = previous ? Math.min(this.limit.burst, previous.tokens + elapsed * this.limit.perSecond) : this.limit.burst;
    this.buckets.delete(tokenId);
    if (tokens < 1) {
      this.buckets.set(tokenId, { tokens, at });
      return Math.max(1, Math.ceil((1 - tokens) / this.limit.perSecond));
    }
    this.buckets.set(tokenId, { tokens: tokens - 1, at });
    if (this.buckets.size > MAX_TRACKED) this.buckets.delete(this.buckets.keys().next().value!);
    return 0;
  }
}
