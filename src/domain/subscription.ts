/**
 * E-mail subscriptions: what a subscription can follow, what an acceptable address is, and
 * the time rules (link lifetime, purge ages, rate limits). Pure; the store and the routes
 * apply them.
 */

/** What a subscription follows: everything (the default), chosen services, or one incident. */
export const SUBSCRIPTION_SCOPES = ['everything', 'services', 'incident'] as const;
export type SubscriptionScope = (typeof SUBSCRIPTION_SCOPES)[number];

export const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** How long a confirmation link works. */
export const CONFIRM_LINK_TTL_MS = 48 * HOUR_MS;
/** Unconfirmed addresses are deleted after this long (the confirmation link has expired by then). */
export const UNCONFIRMED_RETENTION_MS = 48 * HOUR_MS;
/** A bounced address is kept (and sent nothing) this long, so it is not mailed again at once, then deleted. */
export const QUARANTINE_RETENTION_MS = 30 * DAY_MS;
/**
 * Manage and unsubscribe links in notification mails: long, since a mail read months later
 * must still let its reader leave. They are bound to the subscription (its link key), so they
 * die with it.
 */
export const MAIL_LINK_TTL_MS = 365 * DAY_MS;

/** Subscribe requests allowed per window: per address (confirmation mails) and per client address. */
export const SUBSCRIBE_LIMITS = {
  windowMs: HOUR_MS,
  perAddress: 3,
  perClient: 20,
} as const;

/** RFC 5321's limit on a forward path; longer is certainly not deliverable. */
const MAX_ADDRESS_LENGTH = 254;

/**
 * The address as stored (trimmed, lower-cased), or null when it cannot be one. Deliberately
 * simple, like the HTML `type=email` rule: one @, a dot in the domain, no spaces or control
 * characters, nothing a mail header could be split with. Whether the mailbox exists is what
 * the confirmation mail finds out.
 */
export function normaliseAddress(value: string): string | null {
  const address = value.trim().toLowerCase();
  if (address.length === 0 || address.length > MAX_ADDRESS_LENGTH) return null;
  return /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/.test(address)
    ? address
    : null;
}

/** What a link proves: which subscription, for what, until when. */
export type LinkPurpose = 'confirm' | 'manage' | 'unsubscribe';
