/**
 * Delivery of notifications (docs/decisions/0040-outbox-and-delivery.md): the vocabularies of
 * the outbox and of a delivery, and the pure retry rule. The store applies them.
 */
/** As in the Channel contract (src/notify/channel.ts), stored as is. */
export const OUTBOX_EVENT_KINDS = ['update', 'maintenance-started', 'maintenance-ended'] as const;

/**
 * pending: waiting for its next attempt (a first one, or a retry after a failure: the last
 * error says which); sent; gave_up: a permanent error or too many attempts. A claim (a lease
 * with an expiry) is a separate column, so a crashed sender's claim simply runs out.
 */
export const DELIVERY_STATUSES = ['pending', 'sent', 'gave_up'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const WEBHOOK_SCOPES = ['all', 'services'] as const;
export type WebhookScope = (typeof WEBHOOK_SCOPES)[number];

export interface RetryPolicy {
  /** Delay after the first failed attempt. */
  baseDelayMs: number;
  /** No retry waits longer than this. */
  maxDelayMs: number;
  /** After this many attempts a delivery is given up. */
  maxAttempts: number;
}

/** 30 s, 1 min, 2 min … capped at 1 h; 12 attempts span about 6 hours. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 30_000, maxDelayMs: 3_600_000, maxAttempts: 12 };

/** When the attempt after `attempts` failed ones may run, or null when it is time to give up. */
export function nextAttemptAt(policy: RetryPolicy, attempts: number, failedAt: Date): Date | null {
  if (attempts >= policy.maxAttempts) return null;
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return new Date(failedAt.getTime() + delay);
}

/** An endpoint is disabled after this many failures in a row spread over at least this long. */
export const WEBHOOK_DISABLE_AFTER = { consecutiveFailures: 10, spanMs: 3_600_000 } as const;

export function shouldDisableEndpoint(consecutiveFailures: number, failingSince: Date | null, now: Date): boolean {
  return (
    failingSince !== null &&
    consecutiveFailures >= WEBHOOK_DISABLE_AFTER.consecutiveFailures &&
    now.getTime() - failingSince.getTime() >= WEBHOOK_DISABLE_AFTER.spanMs
  );
}
