import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { PublicState } from '../../src/http/public-state';
import { createTestDatabase } from '../helpers/db';
import { makeChannel, makeGroup, makeSite } from '../helpers/factories';

describe('public state', () => {
  it('re-reads the revision on every request when the TTL is 0', async () => {
    const db = await createTestDatabase();
    const clock = fixedClock('2026-02-11T13:00:00Z');
    await makeSite(db, clock);
    const state = new PublicState(db, clock, 0);
    const before = await state.current();
    await makeGroup(db, clock);
    expect((await state.current()).revision).toBe(before.revision + 1);
  });

  it('reuses a revision read within the TTL until invalidated', async () => {
    const db = await createTestDatabase();
    const clock = fixedClock('2026-02-11T13:00:00Z');
    await makeSite(db, clock);
    const state = new PublicState(db, clock, 60_000);
    const before = await state.current();
    await makeGroup(db, clock);
    expect((await state.current()).revision).toBe(before.revision);
    state.invalidate();
    expect((await state.current()).revision).toBe(before.revision + 1);
  });

  it('measures the TTL on the injected clock: re-reads once it has passed, not before', async () => {
    const db = await createTestDatabase();
    const clock = fixedClock('2026-02-11T13:00:00Z');
    await makeSite(db, clock);
    const state = new PublicState(db, clock, 1_000);
    const before = await state.current();
    await makeGroup(db, clock);
    // Real time passing is not the app's time: a standing clock keeps the read.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await state.current()).revision).toBe(before.revision);
    clock.advance(1_000);
    expect((await state.current()).revision).toBe(before.revision);
    clock.advance(1);
    expect((await state.current()).revision).toBe(before.revision + 1);
  });

  it('re-reads the revision when the clock went back instead of reusing it longer', async () => {
    const db = await createTestDatabase();
    const clock = fixedClock('2026-02-11T13:00:00Z');
    await makeSite(db, clock);
    const state = new PublicState(db, clock, 60_000);
    const before = await state.current();
    await makeGroup(db, clock);
    clock.advance(-1);
    expect((await state.current()).revision).toBe(before.revision + 1);
  });

  it('changes the state key at the next opening-hours change, and Last-Modified with it', async () => {
    const db = await createTestDatabase();
    const clock = fixedClock('2026-02-11T14:00:00Z'); // Wednesday 15:00 CET, open until 16:00
    await makeSite(db, clock);
    await makeChannel(db, clock);
    const state = new PublicState(db, clock, 0);
    const open = await state.current();
    clock.set('2026-02-11T14:59:00Z');
    expect((await state.current()).stateKey).toBe(open.stateKey);
    clock.set('2026-02-11T15:00:00Z');
    const closed = await state.current();
    expect(closed.stateKey).not.toBe(open.stateKey);
    expect(closed.revision).toBe(open.revision);
    expect(closed.lastModified).toEqual(new Date('2026-02-11T15:00:00Z'));
  });
});
