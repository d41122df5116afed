// ─── E-mail subscriptions (issue 16, part A) ─────────────────────────────────────────────────
// Personal data, kept to the minimum (docs/decisions/0042-email-subscriptions.md): the
// address, what it follows, its language, when it asked and when it confirmed, and whether
// mail to it bounced. No names, no IP addresses, no history of what was sent.
// None of this is public data: writes here do not bump the public revision.

import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { SUBSCRIPTION_SCOPES, type SubscriptionScope } from '../../domain/subscription';
import { createdAt, inVocabulary, timestamp } from './columns';
import { incidents, services } from './public';

export const subscribers = sqliteTable(
  'subscribers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Trimmed and lower-cased, so one mailbox is one row (and one rate limit). */
    email: text('email').notNull().unique(),
    /** Interface language of its mail and pages. */
    locale: text('locale').notNull(),
    /** everything | services (subscriber_services) | incident (incident_id). */
    scope: text('scope').$type<SubscriptionScope>().notNull(),
    incidentId: integer('incident_id').references(() => incidents.id, { onDelete: 'cascade' }),
    /**
     * Random, part of every signed link: a link stays bound to this row, so after an address
     * leaves and comes back its old links (confirm, manage, unsubscribe) no longer work.
     */
    linkKey: text('link_key').notNull(),
    createdAt: createdAt(),
    /** Null until the confirm button was pressed: nothing but the confirmation mail is sent before. */
    confirmedAt: timestamp('confirmed_at'),
    /** Set when the mail server refused the address for good; no mail is sent, purged later. */
    quarantinedAt: timestamp('quarantined_at'),
  },
  (t) => [
    check('subscribers_scope_known', inVocabulary(t.scope, SUBSCRIPTION_SCOPES)),
    // The purge looks for old unconfirmed and old quarantined rows.
    index('subscribers_confirmed_idx').on(t.confirmedAt),
    index('subscribers_incident_idx').on(t.incidentId),
  ],
);

/** The services a "chosen services" subscription follows. */
export const subscriberServices = sqliteTable(
  'subscriber_services',
  {
    subscriberId: integer('subscriber_id')
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
  },
  // Fan-out reads "who follows any of these services", so the service comes first too.
  (t) => [primaryKey({ columns: [t.subscriberId, t.serviceId] }), index('subscriber_services_service_idx').on(t.serviceId)],
);

/**
 * Requests counted per address (as a SHA-256, never readable) and per client address, so
 * nobody can flood a mailbox with confirmation mails. One row per key and window.
 */
export const subscriptionThrottle = sqliteTable('subscription_throttle', {
  key: text('key').primaryKey(),
  requests: integer('requests').notNull(),
  windowStartedAt: timestamp('window_started_at').notNull(),
});

/**
 * The key that signs subscription links when SUBSCRIPTION_SECRET is not set: generated on
 * first use, one row (id = 1).
 */
export const subscriptionSecret = sqliteTable(
  'subscription_secret',
  {
    id: integer('id').primaryKey(),
    secret: text('secret').notNull(),
    createdAt: createdAt(),
  },
  (t) => [check('subscription_secret_single_row', sql`${t.id} = 1`)],
);
