/**
 * The open streams, each reachable by the baton the client got in its last response. A baton
 * works once: every response hands out a new one, which is how Hrana keeps one stream's
 * requests in order. A stream left idle past its expiry is closed and its transaction rolled
 * back, so a client that vanished mid-transaction does not hold the write lock for ever.
 */
import { randomBytes } from 'node:crypto';
import { HranaError } from './hrana-errors';
import type { HranaStream } from './hrana-stream';

/** Expired batons are remembered this long, to say "expired" rather than "unknown". */
const EXPIRED_BATON_MEMORY_MS = 5 * 60_000;
const EXPIRED_BATONS_KEPT = 1000;

interface IdleStream {
  stream: HranaStream;
  expiry: NodeJS.Timeout;
}

export class StreamRegistry {
  readonly #openStream: () => HranaStream;
  readonly #expiryMs: number;
  readonly #idle = new Map<string, IdleStream>();
  readonly #open = new Set<HranaStream>();
  readonly #expiredBatons = new Map<string, number>();

  constructor(openStream: () => HranaStream, expiryMs: number) {
    this.#openStream = openStream;
    this.#expiryMs = expiryMs;
  }

  /** The stream a request is for: a new one without a baton. Throws for a spent or unknown baton. */
  checkOut(baton: string | null | undefined): HranaStream {
    if (baton === null || baton === undefined) {
      const stream = this.#openStream();
      this.#open.add(stream);
      return stream;
    }
    const idle = this.#idle.get(baton);
    if (idle === undefined) {
      if (this.#expiredBatons.has(baton)) throw new HranaError('The stream has expired due to inactivity', 'STREAM_EXPIRED');
      throw new HranaError('Unknown baton: the stream does not exist, was closed, or this baton was already used', 'STREAM_NOT_FOUND');
    }
    clearTimeout(idle.expiry);
    this.#idle.delete(baton);
    return idle.stream;
  }

  /** Parks the stream until its next request and returns the baton for it, or null once closed. */
  checkIn(stream: HranaStream): string | null {
    if (stream.isClosed) {
      this.#open.delete(stream);
      return null;
    }
    const baton = randomBytes(24).toString('base64url');
    const expiry = setTimeout(() => this.#expire(baton), this.#expiryMs);
    // An idle stream is no reason to keep the process alive.
    expiry.unref();
    this.#idle.set(baton, { stream, expiry });
    return baton;
  }

  /** Closes the stream behind a baton, if any: after a rejected request the client gives it up. */
  discard(baton: string): void {
    const idle = this.#idle.get(baton);
    if (idle === undefined) return;
    clearTimeout(idle.expiry);
    this.#idle.delete(baton);
    this.#close(idle.stream);
  }

  closeAll(): void {
    for (const { expiry } of this.#idle.values()) clearTimeout(expiry);
    this.#idle.clear();
    for (const stream of [...this.#open]) this.#close(stream);
  }

  #expire(baton: string): void {
    const idle = this.#idle.get(baton);
    if (idle === undefined) return;
    this.#idle.delete(baton);
    this.#close(idle.stream);
    this.#rememberExpired(baton);
  }

  #close(stream: HranaStream): void {
    this.#open.delete(stream);
    stream.close();
  }

  #rememberExpired(baton: string): void {
    const now = Date.now();
    for (const [old, expiredAt] of this.#expiredBatons) {
      if (now - expiredAt < EXPIRED_BATON_MEMORY_MS && this.#expiredBatons.size < EXPIRED_BATONS_KEPT) break;
      this.#expiredBatons.delete(old);
    }
    this.#expiredBatons.set(baton, now);
  }
}
