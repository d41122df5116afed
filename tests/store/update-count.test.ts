/**
 * The history's page count comes from the update count kept with the public revision
 * (publicRevision.updateCount), not from count(*): it must equal the rows there are after
 * every way of publishing, and stay as it was when a publication is rolled back.
 */
import { describe, expect, it } from 'vitest';
import { countUpdates } from '../../src/store/updates';
import { openIncident } from '../../src/store/publishing';
import { createTestDatabase } from '../helpers/db';
import { fixedClock } from '../../src/clock';
import { makeGroup, makeService, makeSite, publish, setStatus } from '../helpers/factories';
import { loadExample } from '../../src/seed/example';

async function rowsInUpdates(db: Awaited<ReturnType<typeof createTestDatabase>>): Promise<number> {
  const result = await db.$client.execute('select count(*) as n from updates');
  return Number(result.rows[0]!.n);
}

describe('the update count kept with the public revision', () => {
  it('is 0 before anything is published and follows every publication', async () => {
    const db = await createTestDatabase();
    const clock = fixedClock('2026-02-11T13:00:00Z');
    expect(await countUpdates(db)).toBe(0);
    await makeSite(db, clock);
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, slug: 'mina-sidor' });
    await setStatus(db, clock, service.id, 'down');
    await openIncident(db, clock, { impact: 'major', phase: 'investigating', texts: { sv: { title: 'Fel' } }, serviceIds: [service.id] }, { texts: { sv: 'Vi undersöker.' } });
    await publish(db, clock, { texts: { sv: 'Nu fungerar det.' }, changes: [{ serviceId: service.id, to: 'operational' }] });
    expect(await rowsInUpdates(db)).toBe(3);
    expect(await countUpdates(db)).toBe(3);
  });

  it('does not count a publication that was refused and rolled back', async () => {
    const db = await createTestDatabase();
    const clock = fixedClock('2026-02-11T13:00:00Z');
    await makeSite(db, clock);
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group });
    await setStatus(db, clock, service.id, 'down');
    // A stale version: refused inside the transaction, after the update row was written or not.
    await expect(publish(db, clock, { texts: { sv: 'Gammal.' }, changes: [{ serviceId: service.id, to: 'operational', expectedVersion: 1 }] })).rejects.toThrow();
    await expect(publish(db, clock, { texts: { sv: 'Okänd.' }, changes: [{ serviceId: 999_999, to: 'operational' }] })).rejects.toThrow();
    expect(await rowsInUpdates(db)).toBe(1);
    expect(await countUpdates(db)).toBe(1);
  });

  it('matches the example data, which is published through the same store', async () => {
    const db = await createTestDatabase();
    await loadExample(db, fixedClock('2026-02-11T13:00:00Z'), { publicUrl: 'https://status.example.org' });
    expect(await countUpdates(db)).toBe(await rowsInUpdates(db));
  });
});
