// src/notify/channel.ts — runtime-neutral
import type { Queryable } from '../db/database';
export type OutboxEventKind = 'update' | 'maintenance-started' | 'maintenance-ended';
/** One row of the outbox, written in the same transaction as the publication. */
export interface OutboxEvent {
  id: number;
  kind: OutboxEventKind;
  incidentId: number | null;
  updateId: number | null;
  /** Services the publication changes or concerns (for "chosen services" scopes). */
  serviceIds: number[];
  createdAt: Date;
}
export interface Channel {
  /** 'mail' | 'webhook': part of the delivery key (event, channel, recipient) that makes delivery idempotent. */
  readonly name: string;
  /** Stable recipient keys in the event's scope (subscriber id, endpoint id), read when the event is fanned out. */
  recipients(db: Queryable, event: OutboxEvent): Promise<string[]>;
  /** Sends one; throws to be retried with backoff; throws PermanentDeliveryError to give up on this one. */
  deliver(db: Queryable, event: OutboxEvent, recipient: string): Promise<void>;
}
export class PermanentDeliveryError extends Error {}
