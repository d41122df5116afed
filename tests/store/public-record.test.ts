import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { services, updates, updateTexts } from '../../src/db/schema';
import { ConflictError, InputError } from '../../src/store/errors';
import { readRevision } from '../../src/store/revision';
import { correctUpdate, publishUpdate } from '../../src/store/publishing';
import { createTestDatabase } from '../helpers/db';
import { makeGroup, makeIncident, makeService, makeSite } from '../helpers/factories';

/** drizzle wraps driver errors; the database's own message is in the cause. */
async function expectDatabaseRefusal(write: Promise<unknown>, message: RegExp) {
  const error = await write.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, 'the write should have been refused').toBeInstanceOf(Error);
  const cause = (error as Error & { cause?: Error }).cause;
  expect(`${(error as Error).message} ${cause?.message ?? ''}`).toMatch(message);
}

async function setup() {
  const db = await createTestDatabase();
  const clock = fixedClock('2026-02-11T13:00:00Z');
  await makeSite(db, clock);
  const group = await makeGroup(db, clock);
  const service = await makeService(db, clock, { groupId: group });
  return { db, clock, service };
}

describe('the public record', () => {
  it('bumps the revision once per write, in the same transaction', async () => {
    const { db, clock, service } = await setup();
    const before = await readRevision(db);
    clock.advance(1000);
    await publishUpdate(db, clock, { texts: { sv: 'Nere.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    const after = await readRevision(db);
    expect(after.revision).toBe(before.revision + 1);
    expect(after.changedAt).toEqual(clock.now());
  });

  it('changes nothing, not even the revision, when a write fails half-way', async () => {
    const { db, clock, service } = await setup();
    const before = await readRevision(db);
    await expect(
      publishUpdate(db, clock, {
        texts: { sv: 'Två tjänster.' },
        // The first change is valid, the second names a service that does not exist.
        changes: [
          { serviceId: service.id, to: 'down' },
          { serviceId: 9999, to: 'down' },
        ],
      }),
    ).rejects.toBeInstanceOf(InputError);
    expect(await readRevision(db)).toEqual(before);
    const row = await db.select().from(services).where(eq(services.id, service.id)).get();
    expect(row?.status).toBe('operational');
    expect(await db.select().from(updates).all()).toHaveLength(0);
  });

  it('records the status change an update made, from → to', async () => {
    const { db, clock, service } = await setup();
    await publishUpdate(db, clock, { texts: { sv: 'Nere.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    await publishUpdate(db, clock, { texts: { sv: 'Uppe.' }, changes: [{ serviceId: service.id, to: 'operational' }] });
    const rows = await db.query.updateServices.findMany();
    expect(rows.map((row) => [row.statusBefore, row.statusAfter])).toEqual([
      ['operational', 'down'],
      ['down', 'operational'],
    ]);
  });

  it('refuses to rewrite or delete a published update, at the database level', async () => {
    const { db, clock, service } = await setup();
    const { updateId } = await publishUpdate(db, clock, { texts: { sv: 'Original.' }, mentions: [service.id] });
    await expectDatabaseRefusal(db.update(updateTexts).set({ body: 'Tyst ändrad.' }).where(eq(updateTexts.updateId, updateId)), /append-only/);
    await expectDatabaseRefusal(db.delete(updates).where(eq(updates.id, updateId)), /append-only/);
    await expectDatabaseRefusal(db.run(sql`delete from update_services`), /append-only/);
    const text = await db.select().from(updateTexts).where(eq(updateTexts.updateId, updateId)).get();
    expect(text?.body).toBe('Original.');
  });

  it('keeps the original text when an update is corrected, and every correction after it', async () => {
    const { db, clock, service } = await setup();
    const { updateId } = await publishUpdate(db, clock, { texts: { sv: 'Ring 08.' }, mentions: [service.id] });
    await correctUpdate(db, clock, { updateId, texts: { sv: { body: 'Ring 80.', reason: 'Fel nummer.' } } });
    await correctUpdate(db, clock, { updateId, texts: { sv: { body: 'Ring 800.', reason: 'Fel igen.' } } });
    const update = await db.query.updates.findFirst({ with: { texts: true, corrections: { with: { texts: true } } } });
    expect(update?.texts[0]?.body).toBe('Ring 08.');
    expect(update?.corrections.map((correction) => correction.texts[0]?.body)).toEqual(['Ring 80.', 'Ring 800.']);
  });

  it('requires a reason for a correction and a Swedish text for every update', async () => {
    const { db, clock, service } = await setup();
    const { updateId } = await publishUpdate(db, clock, { texts: { sv: 'Text.' }, mentions: [service.id] });
    await expect(correctUpdate(db, clock, { updateId, texts: { sv: { body: 'Ny.', reason: ' ' } } })).rejects.toMatchObject({
      name: 'InputError',
      field: 'texts.sv.reason',
    });
    await expect(publishUpdate(db, clock, { texts: { en: 'Only English.' }, mentions: [service.id] })).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining('(sv)'),
    });
    await expect(publishUpdate(db, clock, { texts: { sv: 'Om ingenting.' } })).rejects.toBeInstanceOf(InputError);
  });

  it('refuses a status change made from an outdated version (optimistic versioning)', async () => {
    const { db, clock, service } = await setup();
    const row = await db.select().from(services).where(eq(services.id, service.id)).get();
    await publishUpdate(db, clock, { texts: { sv: 'Först.' }, changes: [{ serviceId: service.id, to: 'down', expectedVersion: row!.version }] });
    await expect(
      publishUpdate(db, clock, { texts: { sv: 'Sen.' }, changes: [{ serviceId: service.id, to: 'degraded', expectedVersion: row!.version }] }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('resolves an incident with a resolving update and clears its next-update promise', async () => {
    const { db, clock } = await setup();
    const incident = await makeIncident(db, clock, { nextUpdateDueAt: new Date('2026-02-12T10:00:00Z') });
    clock.advance(3_600_000);
    await publishUpdate(db, clock, { incidentId: incident.id, phase: 'resolved', texts: { sv: 'Klart.' } });
    const row = await db.query.incidents.findFirst();
    expect(row).toMatchObject({ phase: 'resolved', resolvedAt: clock.now(), nextUpdateDueAt: null });
  });

  it('strips control characters from published text and keeps everything else intact', async () => {
    const { db, clock, service } = await setup();
    const hostile = 'a\u0000b\u0007c <script>alert(1)</script> ]]> & ✓ مرحبا 🚒\r\nrad två';
    const { updateId } = await publishUpdate(db, clock, { texts: { sv: hostile }, mentions: [service.id] });
    const text = await db.select().from(updateTexts).where(eq(updateTexts.updateId, updateId)).get();
    expect(text?.body).toBe('abc <script>alert(1)</script> ]]> & ✓ مرحبا 🚒\nrad två');
  });
});
