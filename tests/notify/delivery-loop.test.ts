/**
 * The Node delivery loop: a publication committed through the database handle wakes it, so
 * the notification goes out without waiting for the sweep; a retry that becomes due is picked
 * up by the sweep.
 */
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { Channel } from '../../src/notify/channel';
import { startDeliveryLoop } from '../../src/notify/delivery-loop';
import { publishUpdate } from '../../src/store/publishing';
import { createTestDatabase } from '../helpers/db';
import { makeGroup, makeService, makeSite } from '../helpers/factories';

describe('the delivery loop', () => {
  it('delivers a publication when its write commits, and a retry on a later sweep', async () => {
    const db = await createTestDatabase();
    const clock = fixedClock('2026-12-01T09:00:00Z');
    await makeSite(db, clock);
    const service = await makeService(db, clock, { groupId: await makeGroup(db, clock) });
    const accepted: string[] = [];
    let failNext = false;
    const channel: Channel = {
      name: 'test',
      recipients: async () => ['anna'],
      deliver: async (_db, event, recipient) => {
        if (failNext) {
          failNext = false;
          throw new Error('busy');
        }
        accepted.push(`${event.updateId}:${recipient}`);
      },
    };
    const loop = startDeliveryLoop(db, { channels: [channel], clock, sweepMs: 20, retry: { baseDelayMs: 1_000, maxDelayMs: 1_000, maxAttempts: 3 } });
    try {
      await loop.idle();
      const first = await publishUpdate(db, clock, { texts: { sv: 'Nere.' }, changes: [{ serviceId: service.id, to: 'down' }] });
      await loop.idle();
      expect(accepted).toEqual([`${first.updateId}:anna`]);

      failNext = true;
      const second = await publishUpdate(db, clock, { texts: { sv: 'Uppe.' }, changes: [{ serviceId: service.id, to: 'operational' }] });
      await loop.idle();
      expect(accepted).toHaveLength(1);
      clock.advance(1_000);
      await expect.poll(() => accepted, { timeout: 2_000 }).toEqual([`${first.updateId}:anna`, `${second.updateId}:anna`]);
    } finally {
      loop.stop();
      await loop.idle();
    }
  });
});
