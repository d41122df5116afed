/**
 * Background delivery of the outbox (docs/decisions/0040-outbox-and-delivery.md), the same on
 * Node (a loop in the server process) and on Workers (a queue consumer and the cron sweep):
 *
 * 1. fan out: an event gets one `deliveries` row per (channel, recipient) in its scope,
 *    inserted in batches that ignore rows already there, then the event is marked fanned out.
 *    A crash halfway is repaired by running it again: the delivery key is unique.
 * 2. send: due rows are claimed with a lease in one statement (no two senders hold the same
 *    row), sent, and recorded as sent, or as failed with the next attempt after an
 *    exponential backoff, or given up. A sender that dies holding claims loses nothing: its
 *    leases run out and the rows are claimed again. What remains is the window between a
 *    channel accepting a message and the row being marked sent: a crash exactly there sends
 *    that one message again (at-least-once), and nothing else can.
 *
 * None of this runs inside a publication's transaction, and none of it bumps the public
 * revision: delivery bookkeeping is not public data.
 */
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { deliveries, outbox } from '../db/schema';
import { DEFAULT_RETRY_POLICY, nextAttemptAt, type RetryPolicy } from '../domain/delivery';
import { findOutboxEvent, listEventsToFanOut } from '../store/outbox';
import { PermanentDeliveryError, type Channel, type OutboxEvent } from './channel';

export interface DeliveryOptions {
  channels: readonly Channel[];
  clock: Clock;
  retry?: RetryPolicy;
  /** How long a claim holds a row before another sender may take it (default 5 min). */
  leaseMs?: number;
  /** Rows per insert when fanning out (default 500: 10 000 recipients are 20 statements). */
  fanOutBatch?: number;
  /** Rows claimed at once (default 200). */
  claimBatch?: number;
  /** Messages in flight at once (default 20). */
  concurrency?: number;
  /**
   * Wall-clock milliseconds one pass may take before it stops claiming more (a Worker's queue
   * consumer and cron have limits); what is left is marked `more` and picked up next time.
   */
  budgetMs?: number;
  /** Told about each failed attempt (the Node loop logs them). */
  onFailure?: (failure: { channel: string; recipient: string; error: unknown; gaveUp: boolean }) => void;
}

export interface DeliveryRun {
  fannedOut: number;
  sent: number;
  failed: number;
  gaveUp: number;
  /** The budget ran out with rows still due. */
  more?: boolean;
}

const DEFAULT_LEASE_MS = 5 * 60_000;
/** Stored errors are for the console, not a full stack. */
const ERROR_LENGTH = 500;

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, ERROR_LENGTH);
}

/** Records every recipient of one event for every channel; safe to repeat. */
export async function fanOutEvent(db: Database, options: DeliveryOptions, event: OutboxEvent): Promise<number> {
  const now = options.clock.now();
  const batch = options.fanOutBatch ?? 500;
  let recorded = 0;
  for (const channel of options.channels) {
    const recipients = [...new Set(await channel.recipients(db, event))];
    for (let start = 0; start < recipients.length; start += batch) {
      const rows = recipients.slice(start, start + batch).map((recipient) => ({
        outboxId: event.id,
        channel: channel.name,
        recipient,
        nextAttemptAt: now,
        createdAt: now,
      }));
      const inserted = await db.insert(deliveries).values(rows).onConflictDoNothing().returning({ id: deliveries.id });
      recorded += inserted.length;
    }
  }
  await db.update(outbox).set({ fannedOutAt: now }).where(and(eq(outbox.id, event.id), isNull(outbox.fannedOutAt)));
  return recorded;
}

/** Fans out every event not fanned out yet (after a crash, or what a queue message missed). */
export async function fanOutPending(db: Database, options: DeliveryOptions): Promise<number> {
  let recorded = 0;
  for (;;) {
    const events = await listEventsToFanOut(db, 50);
    if (events.length === 0) return recorded;
    for (const event of events) recorded += await fanOutEvent(db, options, event);
  }
}

type Claimed = typeof deliveries.$inferSelect;

/** Claims up to `limit` due rows for this sender in one statement. */
export async function claimDueDeliveries(db: Database, options: DeliveryOptions, limit: number, outboxId?: number): Promise<Claimed[]> {
  const now = options.clock.now();
  const token = crypto.randomUUID();
  const due = db
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.status, 'pending'),
        lte(deliveries.nextAttemptAt, now),
        or(isNull(deliveries.claimedUntil), lte(deliveries.claimedUntil, now)),
        outboxId === undefined ? undefined : eq(deliveries.outboxId, outboxId),
      ),
    )
    .orderBy(asc(deliveries.nextAttemptAt), asc(deliveries.id))
    .limit(limit);
  return db
    .update(deliveries)
    .set({ claimedUntil: new Date(now.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS)), claimToken: token })
    .where(inArray(deliveries.id, due))
    .returning();
}

type Outcome = 'sent' | 'failed' | 'gave_up';

async function sendOne(db: Database, options: DeliveryOptions, row: Claimed, event: OutboxEvent | null): Promise<Outcome> {
  const channel = options.channels.find((candidate) => candidate.name === row.channel);
  let failure: unknown = null;
  let permanent = false;
  try {
    if (!event) throw new PermanentDeliveryError('The event no longer exists.');
    if (!channel) throw new Error(`No channel "${row.channel}" is configured.`);
    await channel.deliver(db, event, row.recipient);
  } catch (error) {
    failure = error;
    permanent = error instanceof PermanentDeliveryError;
  }
  const now = options.clock.now();
  const attempts = row.attempts + 1;
  // Only the holder of the claim records the outcome: a sender whose lease ran out and was
  // taken over must not overwrite the newer sender's result.
  const mine = and(eq(deliveries.id, row.id), eq(deliveries.claimToken, row.claimToken!));
  if (failure === null) {
    await db
      .update(deliveries)
      .set({ status: 'sent', attempts, sentAt: now, lastError: null, claimedUntil: null, claimToken: null })
      .where(mine);
    return 'sent';
  }
  const next = permanent ? null : nextAttemptAt(options.retry ?? DEFAULT_RETRY_POLICY, attempts, now);
  await db
    .update(deliveries)
    .set({
      status: next ? 'pending' : 'gave_up',
      attempts,
      nextAttemptAt: next ?? now,
      lastError: errorText(failure),
      claimedUntil: null,
      claimToken: null,
    })
    .where(mine);
  options.onFailure?.({ channel: row.channel, recipient: row.recipient, error: failure, gaveUp: !next });
  return next ? 'failed' : 'gave_up';
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

/** Sends everything due now (optionally of one event), claiming in batches until none is left. */
export async function sendDueDeliveries(db: Database, options: DeliveryOptions, outboxId?: number): Promise<DeliveryRun> {
  const run: DeliveryRun = { fannedOut: 0, sent: 0, failed: 0, gaveUp: 0 };
  const events = new Map<number, Promise<OutboxEvent | null>>();
  const stopAt = options.budgetMs === undefined ? Infinity : Date.now() + options.budgetMs;
  for (;;) {
    if (Date.now() >= stopAt) return { ...run, more: true };
    const claimed = await claimDueDeliveries(db, options, options.claimBatch ?? 200, outboxId);
    if (claimed.length === 0) return run;
    await inParallel(claimed, options.concurrency ?? 20, async (row) => {
      let event = events.get(row.outboxId);
      if (!event) events.set(row.outboxId, (event = findOutboxEvent(db, row.outboxId)));
      const outcome = await sendOne(db, options, row, await event);
      if (outcome === 'sent') run.sent++;
      else if (outcome === 'failed') run.failed++;
      else run.gaveUp++;
    });
  }
}

/** One full pass: fan out what is waiting, then send what is due. */
export async function deliverPending(db: Database, options: DeliveryOptions): Promise<DeliveryRun> {
  const fannedOut = await fanOutPending(db, options);
  const run = await sendDueDeliveries(db, options);
  return { ...run, fannedOut };
}

/** One event, as a queue consumer receives it: fan it out (if not yet), then send its rows. */
export async function deliverEvent(db: Database, options: DeliveryOptions, outboxId: number): Promise<DeliveryRun> {
  const event = await findOutboxEvent(db, outboxId);
  if (!event) return { fannedOut: 0, sent: 0, failed: 0, gaveUp: 0 };
  const fanned = await db.select({ at: outbox.fannedOutAt }).from(outbox).where(eq(outbox.id, outboxId)).get();
  const fannedOut = fanned?.at ? 0 : await fanOutEvent(db, options, event);
  const run = await sendDueDeliveries(db, options, outboxId);
  return { ...run, fannedOut };
}

/** The earliest time a pending delivery becomes due, for a loop deciding when to look again. */
export async function nextDueAt(db: Database): Promise<Date | null> {
  const row = await db
    .select({ at: sql<number | null>`min(${deliveries.nextAttemptAt})` })
    .from(deliveries)
    .where(eq(deliveries.status, 'pending'))
    .get();
  return row?.at == null ? null : new Date(Number(row.at));
}
