/**
 * Background delivery against a real database with a clock the test moves: fan-out records
 * each recipient once (however often it runs), failures are retried with exponential backoff
 * up to a cap and a maximum of attempts, and a sender that dies after claiming loses nothing
 * and causes nothing to be sent twice.
 */
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { Queryable } from '../../src/db/database';
import { deliveries, outbox } from '../../src/db/schema';
import { PermanentDeliveryError, type Channel, type OutboxEvent } from '../../src/notify/channel';
import { claimDueDeliveries, deliverPending, fanOutEvent, sendDueDeliveries, type DeliveryOptions } from '../../src/notify/deliver';
import { findOutboxEventOfUpdate } from '../../src/store/outbox';
import { publishUpdate } from '../../src/store/publishing';
import { createTestDatabase } from '../helpers/db';
import { makeGroup, makeService, makeSite } from '../helpers/factories';

/** A channel whose recipients are given and which remembers every message it accepted. */
class RecordingChannel implements Channel {
  readonly name = 'test';
  readonly accepted: string[] = [];
  constructor(
    private readonly keys: string[],
    private readonly behaviour: (recipient: string, attempt: number) => void = () => {},
  ) {}
  private readonly attempts = new Map<string, number>();
  async recipients(_db: Queryable, _event: OutboxEvent) {
    return this.keys;
  }
  async deliver(_db: Queryable, event: OutboxEvent, recipient: string) {
    const attempt = (this.attempts.get(recipient) ?? 0) + 1;
    this.attempts.set(recipient, attempt);
    this.behaviour(recipient, attempt);
    this.accepted.push(`${event.id}:${recipient}`);
  }
}

async function setup() {
  const db = await createTestDatabase();
  const clock = fixedClock('2026-12-01T09:00:00Z');
  await makeSite(db, clock);
  const groupId = await makeGroup(db, clock);
  const service = await makeService(db, clock, { groupId });
  const published = await publishUpdate(db, clock, { texts: { sv: 'Nere.' }, changes: [{ serviceId: service.id, to: 'down' }] });
  const event = (await findOutboxEventOfUpdate(db, published.updateId))!;
  return { db, clock, event };
}

const deliveryRows = (db: Awaited<ReturnType<typeof setup>>['db']) => db.select().from(deliveries).orderBy(deliveries.id).all();

describe('fan-out', () => {
  it('records 10 000 recipients once each, in batches, however often it runs, and sends each once', async () => {
    const { db, clock, event } = await setup();
    const keys = Array.from({ length: 10_000 }, (_, index) => `subscriber-${index}`);
    const channel = new RecordingChannel(keys);
    const options: DeliveryOptions = { channels: [channel], clock, fanOutBatch: 500 };

    expect(await fanOutEvent(db, options, event)).toBe(10_000);
    expect(await fanOutEvent(db, options, event)).toBe(0);
    expect((await db.select({ total: count() }).from(deliveries).get())!.total).toBe(10_000);
    expect((await db.select().from(outbox).where(eq(outbox.id, event.id)).get())!.fannedOutAt).toEqual(clock.now());

    const run = await deliverPending(db, { ...options, concurrency: 50 });
    expect(run).toEqual({ fannedOut: 0, sent: 10_000, failed: 0, gaveUp: 0 });
    expect(new Set(channel.accepted).size).toBe(10_000);
    expect(channel.accepted.length).toBe(10_000);
  }, 60_000);

  it('fans out events that a crash left half done, without doubling what was recorded', async () => {
    const { db, clock, event } = await setup();
    // A crash after the first batch: two rows recorded, the event not marked fanned out.
    await db.insert(deliveries).values(['a', 'b'].map((recipient) => ({ outboxId: event.id, channel: 'test', recipient, nextAttemptAt: clock.now(), createdAt: clock.now() })));
    const channel = new RecordingChannel(['a', 'b', 'c', 'd']);
    const run = await deliverPending(db, { channels: [channel], clock });
    expect(run.fannedOut).toBe(2);
    expect(channel.accepted.sort()).toEqual([`${event.id}:a`, `${event.id}:b`, `${event.id}:c`, `${event.id}:d`]);
  });
});

describe('retries', () => {
  it('retries a failure after an exponential backoff and records the error until it succeeds', async () => {
    const { db, clock, event } = await setup();
    const channel = new RecordingChannel(['flaky'], (_recipient, attempt) => {
      if (attempt <= 2) throw new Error(`451 try again later (attempt ${attempt})`);
    });
    const options: DeliveryOptions = { channels: [channel], clock, retry: { baseDelayMs: 30_000, maxDelayMs: 3_600_000, maxAttempts: 12 } };
    const start = clock.now().getTime();

    expect(await deliverPending(db, options)).toMatchObject({ fannedOut: 1, sent: 0, failed: 1 });
    let [row] = await deliveryRows(db);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: '451 try again later (attempt 1)' });
    expect(row!.nextAttemptAt.getTime()).toBe(start + 30_000);

    clock.advance(29_999);
    expect(await deliverPending(db, options)).toMatchObject({ sent: 0, failed: 0 });
    clock.advance(1);
    expect(await deliverPending(db, options)).toMatchObject({ sent: 0, failed: 1 });
    [row] = await deliveryRows(db);
    expect(row!.nextAttemptAt.getTime()).toBe(start + 30_000 + 60_000);

    clock.advance(60_000);
    expect(await deliverPending(db, options)).toMatchObject({ sent: 1, failed: 0 });
    [row] = await deliveryRows(db);
    expect(row).toMatchObject({ status: 'sent', attempts: 3, lastError: null, sentAt: clock.now() });
    expect(channel.accepted).toEqual([`${event.id}:flaky`]);
  });

  it('caps the delay and gives up after the maximum number of attempts', async () => {
    const { db, clock } = await setup();
    const channel = new RecordingChannel(['dead'], () => {
      throw new Error('connection refused');
    });
    const options: DeliveryOptions = { channels: [channel], clock, retry: { baseDelayMs: 1_000, maxDelayMs: 2_500, maxAttempts: 4 } };
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      const before = clock.now().getTime();
      await deliverPending(db, options);
      const [row] = await deliveryRows(db);
      if (row!.status === 'pending') {
        delays.push(row!.nextAttemptAt.getTime() - before);
        clock.set(row!.nextAttemptAt);
      }
    }
    expect(delays).toEqual([1_000, 2_000, 2_500]);
    const [row] = await deliveryRows(db);
    expect(row).toMatchObject({ status: 'gave_up', attempts: 4, lastError: 'connection refused' });
    clock.advance(3_600_000);
    expect(await deliverPending(db, options)).toMatchObject({ sent: 0, failed: 0, gaveUp: 0 });
  });

  it('gives up at once on a permanent error', async () => {
    const { db, clock } = await setup();
    const channel = new RecordingChannel(['gone'], () => {
      throw new PermanentDeliveryError('550 no such mailbox');
    });
    expect(await deliverPending(db, { channels: [channel], clock })).toMatchObject({ gaveUp: 1, failed: 0 });
    expect((await deliveryRows(db))[0]).toMatchObject({ status: 'gave_up', attempts: 1, lastError: '550 no such mailbox' });
  });
});

describe('a crash between publishing and delivery', () => {
  it('a sender that dies after claiming: after its lease runs out, a restarted sender delivers each once', async () => {
    const { db, clock, event } = await setup();
    const channel = new RecordingChannel(['anna', 'bertil', 'cecilia']);
    const options: DeliveryOptions = { channels: [channel], clock, leaseMs: 300_000 };
    await fanOutEvent(db, options, event);
    // The first process claims everything, then dies before sending anything.
    expect(await claimDueDeliveries(db, options, 100)).toHaveLength(3);

    // Restarted at once: the claims still hold, so nothing is sent yet (and nothing twice).
    expect(await sendDueDeliveries(db, options)).toMatchObject({ sent: 0 });
    clock.advance(300_000);
    expect(await sendDueDeliveries(db, options)).toMatchObject({ sent: 3 });
    expect(await sendDueDeliveries(db, options)).toMatchObject({ sent: 0 });
    expect(channel.accepted.sort()).toEqual(['anna', 'bertil', 'cecilia'].map((name) => `${event.id}:${name}`));
  });

  it('an event published just before a crash is fanned out and delivered by the next process', async () => {
    const { db, clock, event } = await setup();
    // Nothing ran after the publication committed: no delivery rows at all.
    expect(await deliveryRows(db)).toEqual([]);
    const channel = new RecordingChannel(['anna']);
    expect(await deliverPending(db, { channels: [channel], clock })).toMatchObject({ fannedOut: 1, sent: 1 });
    expect(channel.accepted).toEqual([`${event.id}:anna`]);
  });

  it('a claim whose lease ran out is taken over under a new token, and a held claim is never taken twice', async () => {
    const { db, clock, event } = await setup();
    const options: DeliveryOptions = { channels: [new RecordingChannel(['anna'])], clock, leaseMs: 1_000 };
    await fanOutEvent(db, options, event);
    const [stale] = await claimDueDeliveries(db, options, 1);
    clock.advance(1_000);
    const [fresh] = await claimDueDeliveries(db, options, 1);
    expect(fresh!.claimToken).not.toBe(stale!.claimToken);
    // Two senders running side by side never claim the same row.
    expect(await claimDueDeliveries(db, options, 1)).toEqual([]);
  });

  it('two senders side by side send each recipient once', async () => {
    const { db, clock, event } = await setup();
    const keys = Array.from({ length: 300 }, (_, index) => `r${index}`);
    const channel = new RecordingChannel(keys);
    const options: DeliveryOptions = { channels: [channel], clock, claimBatch: 25 };
    await fanOutEvent(db, options, event);
    await Promise.all([sendDueDeliveries(db, options), sendDueDeliveries(db, options)]);
    expect(channel.accepted.length).toBe(300);
    expect(new Set(channel.accepted).size).toBe(300);
  });
});
