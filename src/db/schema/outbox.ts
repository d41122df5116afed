// ─── Notifications: the outbox, its deliveries and the webhook endpoints ────────────────────
// docs/decisions/0040-outbox-and-delivery.md. An outbox row is written in the same transaction
// as the update it announces; the deliveries are fanned out from it in the background.

import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DELIVERY_STATUSES, OUTBOX_EVENT_KINDS, WEBHOOK_SCOPES, type DeliveryStatus, type WebhookScope } from '../../domain/delivery';
import { createdAt, inVocabulary, timestamp, updatedAt } from './columns';
import { incidents, services, updates } from './public';

export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').$type<(typeof OUTBOX_EVENT_KINDS)[number]>().notNull(),
    incidentId: integer('incident_id').references(() => incidents.id),
    updateId: integer('update_id').references(() => updates.id),
    /** JSON array of service ids the publication changes or concerns, fixed at publication. */
    serviceIds: text('service_ids').notNull().default('[]'),
    createdAt: createdAt(),
    /** Set once every channel's delivery rows exist; null rows are what the sweep fans out. */
    fannedOutAt: timestamp('fanned_out_at'),
  },
  (t) => [
    // Hyphenated kinds (the Channel contract's words), so not inVocabulary's lower_case keys;
    // the list is fixed, written out from the domain's constant.
    check('outbox_kind_known', sql.raw(`kind in (${OUTBOX_EVENT_KINDS.map((kind) => `'${kind}'`).join(',')})`)),
    // One event per update: the maintenance store relabels the update's event, never adds one.
    uniqueIndex('outbox_update_idx').on(t.updateId),
    // The sweep looks for events not yet fanned out.
    index('outbox_pending_idx').on(t.fannedOutAt),
  ],
);

export const deliveries = sqliteTable(
  'deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    outboxId: integer('outbox_id')
      .notNull()
      .references(() => outbox.id, { onDelete: 'cascade' }),
    /** The channel's name ('mail', 'webhook'). */
    channel: text('channel').notNull(),
    /** The channel's stable key for the recipient (subscriber id, endpoint id). */
    recipient: text('recipient').notNull(),
    status: text('status').$type<DeliveryStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at').notNull(),
    /** A sender's lease: until then no other sender takes the row; a crashed sender's runs out. */
    claimedUntil: timestamp('claimed_until'),
    /** Which claim holds the lease, so a sender whose lease ran out cannot record over another's. */
    claimToken: text('claim_token'),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [
    check('deliveries_status_known', inVocabulary(t.status, DELIVERY_STATUSES)),
    // The delivery key: fanning out twice (a crash, two instances) adds nothing.
    uniqueIndex('deliveries_key_idx').on(t.outboxId, t.channel, t.recipient),
    // The sender's query: pending rows whose time has come.
    index('deliveries_due_idx').on(t.status, t.nextAttemptAt),
  ],
);

export const webhookEndpoints = sqliteTable(
  'webhook_endpoints',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    url: text('url').notNull(),
    /** A note for the admins: whose system this is. */
    description: text('description').notNull().default(''),
    scope: text('scope').$type<WebhookScope>().notNull().default('all'),
    /** Standard Webhooks signing secret, `whsec_<base64>`; shown once when created. */
    secret: text('secret').notNull(),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    /** The first failure of the current run of failures; null after a success. */
    failingSince: timestamp('failing_since'),
    lastError: text('last_error'),
    lastSuccessAt: timestamp('last_success_at'),
    /** Set when it kept failing (or by an admin); a disabled endpoint gets nothing. */
    disabledAt: timestamp('disabled_at'),
    disabledReason: text('disabled_reason'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('webhook_endpoints_scope_known', inVocabulary(t.scope, WEBHOOK_SCOPES))],
);

/** The chosen services of an endpoint whose scope is 'services'. */
export const webhookEndpointServices = sqliteTable(
  'webhook_endpoint_services',
  {
    endpointId: integer('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id),
  },
  (t) => [primaryKey({ columns: [t.endpointId, t.serviceId] })],
);
