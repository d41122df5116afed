/**
 * writeTransaction tells the handle's commit listeners (the app's cached public revision
 * hangs on them) after a commit, and never when the write rolled back.
 */
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { serviceGroups } from '../../src/db/schema';
import { readRevision, writeTransaction } from '../../src/store/revision';
import { createTestDatabase } from '../helpers/db';

const insertGroup = (slug: string, now: Date) => ({ slug, position: 1, createdAt: now, updatedAt: now });

describe('writeTransaction and commit listeners', () => {
  it('tells the listeners once, after the commit, when the new revision and the data are readable', async () => {
    const db = await createTestDatabase();
    const clock = fixedClock('2026-02-11T13:00:00Z');
    const before = await readRevision(db);
    const seen: Array<Promise<[number, number]>> = [];
    let calledDuringWork = false;
    db.$commits.subscribe(() => {
      // Read through the handle, not the transaction: only committed data is visible here
      // (an in-memory database even refuses the read while its transaction is open).
      seen.push(Promise.all([readRevision(db).then((state) => state.revision), db.$count(serviceGroups)]));
    });

    await writeTransaction(db, clock, async (tx, now) => {
      await tx.insert(serviceGroups).values(insertGroup('ett', now));
      calledDuringWork = seen.length > 0;
    });

    expect(calledDuringWork).toBe(false);
    expect(seen).toHaveLength(1);
    expect(await seen[0]).toEqual([before.revision + 1, 1]);
  });

  it('tells no one when the work fails: nothing is written and the revision stays', async () => {
    const db = await createTestDatabase();
    const clock = fixedClock('2026-02-11T13:00:00Z');
    const before = await readRevision(db);
    let calls = 0;
    db.$commits.subscribe(() => calls++);

    const failed = writeTransaction(db, clock, async (tx, now) => {
      await tx.insert(serviceGroups).values(insertGroup('ett', now));
      throw new Error('refused halfway');
    });

    await expect(failed).rejects.toThrow('refused halfway');
    expect(calls).toBe(0);
    expect(await db.$count(serviceGroups)).toBe(0);
    expect((await readRevision(db)).revision).toBe(before.revision);
  });

  it('tells no one when the database refuses the write', async () => {
    const db = await createTestDatabase();
    const clock = fixedClock('2026-02-11T13:00:00Z');
    let calls = 0;
    db.$commits.subscribe(() => calls++);
    await writeTransaction(db, clock, (tx, now) => tx.insert(serviceGroups).values(insertGroup('ett', now)));
    expect(calls).toBe(1);

    // The slug is unique: the second insert fails inside the transaction.
    await expect(writeTransaction(db, clock, (tx, now) => tx.insert(serviceGroups).values(insertGroup('ett', now)))).rejects.toThrow();
    expect(calls).toBe(1);
  });

  it('stops telling a listener that unsubscribed, and tells every listener even if one throws', async () => {
    const db = await createTestDatabase();
    const clock = fixedClock('2026-02-11T13:00:00Z');
    const calls: string[] = [];
    const stop = db.$commits.subscribe(() => calls.push('stopped'));
    db.$commits.subscribe(() => {
      calls.push('broken');
      throw new Error('listener bug');
    });
    db.$commits.subscribe(() => calls.push('cache'));
    stop();

    // The write has committed; the broken listener's error still reaches the writer.
    await expect(writeTransaction(db, clock, (tx, now) => tx.insert(serviceGroups).values(insertGroup('ett', now)))).rejects.toThrow('listener bug');
    expect(calls).toEqual(['broken', 'cache']);
    expect(await db.$count(serviceGroups)).toBe(1);
  });
});
