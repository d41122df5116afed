/**
 * Our own failures for a database that is out of reach, each with a `code` that
 * ./availability.ts reads like the driver's own codes, so one function tells an outage from a
 * bug wherever the error surfaces (the public fallback, the console's "not saved" page,
 * /healthz). Runtime-neutral.
 */

/** The database did not answer within the deadline. A write may or may not have reached it. */
export class DatabaseTimeoutError extends Error {
  readonly code = 'DATABASE_TIMEOUT';
  constructor(readonly timeoutMs: number) {
    super(`The database did not answer within ${timeoutMs} ms`);
    this.name = 'DatabaseTimeoutError';
  }
}

/** The request never reached a remote database (connection refused, reset, DNS …). */
export class DatabaseUnreachableError extends Error {
  readonly code = 'DATABASE_UNREACHABLE';
  constructor(cause: unknown) {
    super(`The database could not be reached: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DatabaseUnreachableError';
  }
}

/**
 * Not asked at all: the server has not connected yet, or a recent failure says it is down and
 * the next probe is not due. Nothing was sent, so nothing can have been stored.
 */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';
  constructor(
    message: string,
    /** The background check started (or running) when this was thrown: keep it alive (waitUntil). */
    readonly probe: Promise<unknown> | null = null,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'DatabaseUnavailableError';
  }
}
