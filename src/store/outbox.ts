/**
 * The outbox (docs/decisions/0040-outbox-and-delivery.md): one row per publication that
 * someone may have to be told about, written inside the publication's own transaction, so
 * there is no update without its event and no event for an update that rolled back. Fanning
 * out and sending happen later, outside that transaction (src/notify/deliver.ts).
 */
import { asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable, Transaction } from '../db/database';
import { deliveries, outbox } from '../db/schema';
import type { DeliveryStatus } from '../domain/delivery';
import type { OutboxEvent, OutboxEventKind } from '../notify/channel';

export interface NewOutboxEvent {
  kind: OutboxEventKind;
  incidentId: number | null;
  updateId: number | null;
  serviceIds: number[];
}

/** Inside the publishing transaction: the caller's tx, never a transaction of its own. */
export async function recordOutboxEvent(tx: Transaction, now: Date, event: NewOutboxEvent): Promise<number> {
  const [row] = await tx
    .insert(outbox)
    .values({
      kind: event.kind,
      incidentId: event.incidentId,
      updateId: event.updateId,
      serviceIds: JSON.stringify([...new Set(event.serviceIds)].sort((a, b) => a - b)),
      createdAt: now,
    })
    .returning({ id: outbox.id });
  return row!.id;
}

/**
 * A maintenance's start or end is an update like any other; the maintenance store says which
 * kind of event it is, in the same transaction, so receivers can tell the two apart.
 */
export async function relabelOutboxEvent(tx: Transaction, updateId: number, kind: OutboxEventKind): Promise<void> {
  await tx.update(outbox).set({ kind }).where(eq(outbox.updateId, updateId));
}

type OutboxRow = typeof outbox.$inferSelect;

export function toOutboxEvent(row: OutboxRow): OutboxEvent {
  const parsed: unknown = JSON.parse(row.serviceIds);
  return {
    id: row.id,
    kind: row.kind,
    incidentId: row.incidentId,
    updateId: row.updateId,
    serviceIds: Array.isArray(parsed) ? parsed.filter((id): id is number => Number.isInteger(id)) : [],
    createdAt: row.createdAt,
  };
}

export async function findOutboxEvent(db: Queryable, id: number): Promise<OutboxEvent | null> {
  const row = await db.select().from(outbox).where(eq(outbox.id, id)).get();
  return row ? toOutboxEvent(row) : null;
}

export async function findOutboxEventOfUpdate(db: Queryable, updateId: number): Promise<OutboxEvent | null> {
  const row = await db.select().from(outbox).where(eq(outbox.updateId, updateId)).get();
  return row ? toOutboxEvent(row) : null;
}

/** Events whose deliveries have not all been recorded yet, oldest first. */
export async function listEventsToFanOut(db: Queryable, limit: number): Promise<OutboxEvent[]> {
  const rows = await db.select().from(outbox).where(isNull(outbox.fannedOutAt)).orderBy(asc(outbox.id)).limit(limit).all();
  return rows.map(toOutboxEvent);
}

/** What the console shows per update: deliveries per channel and status. */
export interface DeliveryCounts {
  channel: string;
  queued: number;
  sent: number;
  failed: number;
}

/**
 * Per update id and channel: queued (pending, never failed), sent, and failed (given up, or
 * pending after at least one failed attempt: it is being retried). An event not yet fanned
 * out has no rows: the console says it is waiting.
 */
export async function deliveryCountsByUpdate(db: Queryable, updateIds: number[]): Promise<Map<number, { fannedOut: boolean; channels: DeliveryCounts[] }>> {
  const result = new Map<number, { fannedOut: boolean; channels: DeliveryCounts[] }>();
  if (updateIds.length === 0) return result;
  const events = await db
    .select({ id: outbox.id, updateId: outbox.updateId, fannedOutAt: outbox.fannedOutAt })
    .from(outbox)
    .where(inArray(outbox.updateId, updateIds))
    .all();
  if (events.length === 0) return result;
  const rows = await db
    .select({
      outboxId: deliveries.outboxId,
      channel: deliveries.channel,
      status: deliveries.status,
      retrying: sql<number>`${deliveries.attempts} > 0`,
      total: sql<number>`count(*)`,
    })
    .from(deliveries)
    .where(inArray(deliveries.outboxId, events.map((event) => event.id)))
    .groupBy(deliveries.outboxId, deliveries.channel, deliveries.status, sql`${deliveries.attempts} > 0`)
    .all();
  for (const event of events) {
    const channels = new Map<string, DeliveryCounts>();
    for (const row of rows.filter((r) => r.outboxId === event.id)) {
      const counts = channels.get(row.channel) ?? { channel: row.channel, queued: 0, sent: 0, failed: 0 };
      const status = row.status as DeliveryStatus;
      if (status === 'sent') counts.sent += Number(row.total);
      else if (status === 'gave_up' || Number(row.retrying) === 1) counts.failed += Number(row.total);
      else counts.queued += Number(row.total);
      channels.set(row.channel, counts);
    }
    result.set(event.updateId!, {
      fannedOut: event.fannedOutAt !== null,
      channels: [...channels.values()].sort((a, b) => (a.channel < b.channel ? -1 : 1)),
    });
  }
  return result;
}
