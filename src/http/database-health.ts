/**
 * Whether the public side should ask the database at all
 * (docs/decisions/0025-last-known-good.md). A read that fails, or has not answered after
 * `timeoutMs` (DATABASE_TIMEOUT_MS), marks the database down; while it is down, reads are
 * refused at once (callers serve their snapshots) instead of each request waiting out the
 * timeout again, and one probe at a time checks it again, `retryMs` after the last failure,
 * in the background. The first successful probe, or any
 * committed write, marks it up again.
 *
 * Timing is wall-clock (a technical timeout, like setTimeout), not the injected clock, which
 * tests stand still. Runtime-neutral: a probe started during a request is handed to the
 * caller (DatabaseUnavailableError.probe) so Workers can keep it alive with waitUntil.
 */
import { isDatabaseUnavailable, unavailabilityOf, type Unavailability } from '../db/availability';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../db/outage-errors';

export interface DatabaseHealthOptions {
  /** Give up on one read after this long. */
  timeoutMs: number;
  /** After a failure, answer without asking for this long before probing again. */
  retryMs: number;
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
}

export type DatabaseProblem = Unavailability | 'error';

export type ProbeResult<T> =
  | { reachable: true; latencyMs: number; value: T }
  | { reachable: false; latencyMs: number; problem: DatabaseProblem };

/** `work()`, or DATABASE_TIMEOUT after `timeoutMs`; the timer is cleared either way. */
export function withTimeout<T>(work: () => Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseTimeoutError(timeoutMs)), timeoutMs);
  });
  let running: Promise<T>;
  try {
    running = work();
  } catch (error) {
    running = Promise.reject(error);
  }
  return Promise.race([running, timeout]).finally(() => clearTimeout(timer));
}

function problemOf(error: unknown): DatabaseProblem {
  return unavailabilityOf(error) ?? 'error';
}

export class DatabaseHealth<T> {
  private downSince: number | null = null;
  private problem: DatabaseProblem | null = null;
  private lastError: unknown = null;
  private nextProbeAt = 0;
  private probing: Promise<ProbeResult<T>> | null = null;
  private probeStartedAt = 0;
  /** One refusal per probe cycle: an Error (and its stack) is not built for every request. */
  private refusal: DatabaseUnavailableError | null = null;
  private readonly recoveredListeners: (() => void)[] = [];
  private readonly now: () => number;
  private readonly log: (message: string, error?: unknown) => void;

  /** @param probeWork The cheapest read that proves the database answers (the revision). */
  constructor(
    private readonly probeWork: () => Promise<T>,
    private readonly options: DatabaseHealthOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => {});
  }

  get isDown(): boolean {
    return this.downSince !== null;
  }

  /** Why it is down (null while up). */
  get currentProblem(): DatabaseProblem | null {
    return this.problem;
  }

  get timeoutMs(): number {
    return this.options.timeoutMs;
  }

  onRecovered(listener: () => void): void {
    this.recoveredListeners.push(listener);
  }

  /**
   * Runs a read of the public side under the timeout; refused at once while down. A timeout or
   * an outage (src/db/availability.ts) marks the database down; any other failure (a bug, a
   * damaged table) fails fast by itself and is answered per request, so it does not take
   * every other page with it.
   */
  guard<R>(work: () => Promise<R>, isOutage: (error: unknown) => boolean = isDatabaseUnavailable): Promise<R> {
    if (this.downSince !== null) return Promise.reject(this.refuse());
    return withTimeout(work, this.options.timeoutMs).catch((error: unknown) => {
      if (error instanceof DatabaseTimeoutError || isOutage(error)) this.markDown(error);
      throw error;
    });
  }

  /** The error for a request not sent because the database is down; starts a probe when due. */
  refuse(): DatabaseUnavailableError {
    const probe = this.probeIfDue();
    if (!this.refusal || (probe && this.refusal.probe !== probe)) {
      this.refusal = new DatabaseUnavailableError('The database is down: not asked until a check succeeds', probe, this.lastError);
    }
    return this.refusal;
  }

  /** Checks now (or joins the check under way): for /healthz, which must say what is true. */
  check(): Promise<ProbeResult<T>> {
    return this.probing && !this.probeLooksLost() ? this.probing : this.startProbe();
  }

  /** A write committed: the database answers. */
  recovered(): void {
    this.markUp();
  }

  private probeIfDue(): Promise<ProbeResult<T>> | null {
    if (this.probing && !this.probeLooksLost()) return this.probing;
    if (this.now() < this.nextProbeAt) return null;
    return this.startProbe();
  }

  /**
   * A probe outlives its own timeout only if the runtime dropped it (a Worker request that
   * ended without waitUntil): then a new one may start.
   */
  private probeLooksLost(): boolean {
    return this.now() - this.probeStartedAt > 2 * this.options.timeoutMs + this.options.retryMs;
  }

  private startProbe(): Promise<ProbeResult<T>> {
    const started = this.now();
    this.probeStartedAt = started;
    const probe: Promise<ProbeResult<T>> = withTimeout(this.probeWork, this.options.timeoutMs).then(
      (value) => {
        this.markUp();
        return { reachable: true as const, latencyMs: this.now() - started, value };
      },
      (error: unknown) => {
        this.markDown(error);
        return { reachable: false as const, latencyMs: this.now() - started, problem: problemOf(error) };
      },
    );
    this.probing = probe;
    void probe.finally(() => {
      if (this.probing === probe) this.probing = null;
    });
    return probe;
  }

  private markDown(error: unknown): void {
    const now = this.now();
    this.nextProbeAt = now + this.options.retryMs;
    this.lastError = error;
    this.problem = problemOf(error);
    this.refusal = null;
    if (this.downSince === null) {
      this.downSince = now;
      this.log(`database ${this.problem}: serving the last good pages until it answers again`, error);
    }
  }

  private markUp(): void {
    if (this.downSince === null) return;
    this.log(`database answers again after ${Math.round((this.now() - this.downSince) / 1000)} s: serving fresh pages`);
    this.downSince = null;
    this.problem = null;
    this.lastError = null;
    this.refusal = null;
    for (const listener of this.recoveredListeners) listener();
  }
}
