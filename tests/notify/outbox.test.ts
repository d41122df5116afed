/**
 * The outbox is written in the publication's own transaction: every published update has its
 * event, with the services it concerns, and an update that rolls back leaves no event behind.
 * Maintenance start and end are told apart from other updates.
 */
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { outbox, updates } from '../../src/db/schema';
import { applyDueMaintenanceTransitions } from '../../src/store/maintenance';
import { findOutboxEventOfUpdate } from '../../src/store/outbox';
import { insertUpdate, publishUpdate } from '../../src/store/publishing';
import { ConflictError } from '../../src/store/errors';
import { writeTransaction } from '../../src/store/revision';
import { createTestDatabase } from '../helpers/db';
import { makeIncident, makeSite } from '../helpers/factories';
import { HOUR, makeMaintenance, makeServices } from '../maintenance/helpers';

async function setup() {
  const db = await createTestDatabase();
  const clock = fixedClock('2026-12-01T09:00:00Z');
  await makeSite(db, clock);
  const services = await makeServices(db, clock);
  return { db, clock, ...services };
}

const countOf = async (db: Awaited<ReturnType<typeof setup>>['db'], table: typeof outbox | typeof updates) =>
  (await db.select({ total: count() }).from(table).get())!.total;

describe('outbox written with the publication', () => {
  it('records one update event with the incident and every service the update changes or mentions', async () => {
    const { db, clock, library, portal } = await setup();
    const incident = await makeIncident(db, clock);
    const published = await publishUpdate(db, clock, {
      incidentId: incident.id,
      texts: { sv: 'Mina sidor ligger nere.' },
      changes: [{ serviceId: portal.id, to: 'down' }],
      mentions: [library.id],
    });
    const event = await findOutboxEventOfUpdate(db, published.updateId);
    expect(event).toMatchObject({
      kind: 'update',
      incidentId: incident.id,
      updateId: published.updateId,
      serviceIds: [library.id, portal.id].sort((a, b) => a - b),
      createdAt: clock.now(),
    });
    expect(await countOf(db, outbox)).toBe(await countOf(db, updates));
  });

  it('leaves neither update nor event when the transaction fails after the update was inserted', async () => {
    const { db, clock, portal } = await setup();
    const before = { updates: await countOf(db, updates), events: await countOf(db, outbox) };
    await expect(
      writeTransaction(db, clock, async (tx, now, audit) => {
        const published = await insertUpdate(tx, now, audit, { texts: { sv: 'Nere.' }, changes: [{ serviceId: portal.id, to: 'down' }] });
        // Inside the transaction both rows exist…
        expect((await tx.select().from(outbox).where(eq(outbox.updateId, published.updateId)).all()).length).toBe(1);
        throw new Error('the disk filled up');
      }),
    ).rejects.toThrow('the disk filled up');
    // …and after the rollback neither does.
    expect(await countOf(db, updates)).toBe(before.updates);
    expect(await countOf(db, outbox)).toBe(before.events);
  });

  it('writes no event for a publication refused for a stale version', async () => {
    const { db, clock, portal } = await setup();
    const events = await countOf(db, outbox);
    await expect(
      publishUpdate(db, clock, { texts: { sv: 'Nere.' }, changes: [{ serviceId: portal.id, to: 'down', expectedVersion: 99 }] }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await countOf(db, outbox)).toBe(events);
  });

  it('does not announce an update imported with its own date', async () => {
    const { db, clock, portal } = await setup();
    const imported = await publishUpdate(db, clock, {
      texts: { sv: 'Gammal händelse.' },
      changes: [{ serviceId: portal.id, to: 'degraded' }],
      publishedAt: new Date('2025-01-01T10:00:00Z'),
    });
    expect(await findOutboxEventOfUpdate(db, imported.updateId)).toBeNull();
  });

  it('marks the automatic start and end of a maintenance as such', async () => {
    const { db, clock, library } = await setup();
    const startsAt = new Date(clock.now().getTime() + HOUR);
    const { update: announcement } = await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt, endsAt: new Date(startsAt.getTime() + HOUR) });
    expect((await findOutboxEventOfUpdate(db, announcement.updateId))?.kind).toBe('update');

    clock.advance(HOUR + 1_000);
    await applyDueMaintenanceTransitions(db, clock);
    clock.advance(HOUR);
    await applyDueMaintenanceTransitions(db, clock);
    const events = await db.select({ kind: outbox.kind, serviceIds: outbox.serviceIds }).from(outbox).orderBy(outbox.id).all();
    expect(events.map((event) => event.kind)).toEqual(['update', 'maintenance-started', 'maintenance-ended']);
    expect(JSON.parse(events[1]!.serviceIds)).toEqual([library.id]);
  });
});
