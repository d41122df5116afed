/**
 * The maintenance store against a real database with a fixed clock: the automatic start and
 * end are recorded once, as dated updates that change the services; every write is one
 * revision; manual changes, rescheduling and cancelling follow the rules of the domain.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { createDatabase } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { openNodeClient } from '../../src/db/open-node';
import { maintenances, updateMaintenance } from '../../src/db/schema';
import {
  applyDueMaintenanceTransitions,
  cancelMaintenance,
  changeMaintenanceStatus,
  editMaintenance,
  rescheduleMaintenance,
} from '../../src/store/maintenance';
import { ConflictError, InputError } from '../../src/store/errors';
import { publishUpdate } from '../../src/store/publishing';
import { readRevision } from '../../src/store/revision';
import { findServiceBySlug } from '../../src/store/services';
import { listUpdatesOfIncident } from '../../src/store/updates';
import { createTestDatabase } from '../helpers/db';
import { makeSite, setStatus } from '../helpers/factories';
import { HOUR, makeMaintenance, makeServices } from './helpers';

const START = new Date('2026-12-03T17:00:00Z');
const END = new Date('2026-12-03T19:00:00Z');

async function setup() {
  const db = await createTestDatabase();
  const clock = fixedClock('2026-12-01T09:00:00Z');
  await makeSite(db, clock);
  const { library, portal } = await makeServices(db, clock);
  return { db, clock, library, portal };
}

const statusOf = async (db: Awaited<ReturnType<typeof setup>>['db'], slug: string) => (await findServiceBySlug(db, slug))!.status;
const maintenanceRow = async (db: Awaited<ReturnType<typeof setup>>['db'], incidentId: number) =>
  (await db.select().from(maintenances).where(eq(maintenances.incidentId, incidentId)).get())!;

describe('applyDueMaintenanceTransitions', () => {
  it('starts and ends a maintenance once each, as dated updates, and writes nothing when nothing is due', async () => {
    const { db, clock, library, portal } = await setup();
    const { incidentId } = await makeMaintenance(db, clock, { serviceIds: [library.id, portal.id], startsAt: START, endsAt: END });
    const afterScheduling = await readRevision(db);

    // Before the start: nothing due, nothing written (the 30-second timer must not bump the revision).
    clock.set(new Date(START.getTime() - 1));
    expect(await applyDueMaintenanceTransitions(db, clock)).toEqual([]);
    expect((await readRevision(db)).revision).toBe(afterScheduling.revision);

    clock.set(new Date(START.getTime() + 20_000));
    const started = await applyDueMaintenanceTransitions(db, clock);
    expect(started).toEqual([{ id: incidentId, from: 'scheduled', to: 'in_progress', dueAt: START }]);
    expect(await statusOf(db, library.slug)).toBe('maintenance');
    expect(await statusOf(db, portal.slug)).toBe('maintenance');
    expect((await maintenanceRow(db, incidentId)).status).toBe('in_progress');
    const afterStart = await readRevision(db);
    expect(afterStart.revision).toBe(afterScheduling.revision + 1);

    // Run again at the same moment and a little later: applied once.
    expect(await applyDueMaintenanceTransitions(db, clock)).toEqual([]);
    clock.advance(30_000);
    expect(await applyDueMaintenanceTransitions(db, clock)).toEqual([]);
    expect((await readRevision(db)).revision).toBe(afterStart.revision);

    clock.set(END);
    expect(await applyDueMaintenanceTransitions(db, clock)).toEqual([{ id: incidentId, from: 'in_progress', to: 'completed', dueAt: END }]);
    expect(await applyDueMaintenanceTransitions(db, clock)).toEqual([]);
    expect(await statusOf(db, library.slug)).toBe('operational');
    expect(await statusOf(db, portal.slug)).toBe('operational');
    const row = await maintenanceRow(db, incidentId);
    expect(row.status).toBe('completed');
    // Scheduled (0), started (1), completed (2).
    expect(row.sequence).toBe(2);

    const updates = await listUpdatesOfIncident(db, incidentId);
    expect(updates.map((update) => update.maintenance?.status)).toEqual(['completed', 'in_progress', 'scheduled']);
    // Automatic: no text of their own; dated when recorded.
    expect(updates[0]!.texts).toEqual([]);
    expect(updates[0]!.publishedAt).toEqual(END);
    expect(updates[1]!.publishedAt).toEqual(new Date(START.getTime() + 20_000));
    expect(updates[1]!.services.map((entry) => [entry.service.slug, entry.statusBefore, entry.statusAfter]).sort()).toEqual(
      [
        [library.slug, 'operational', 'maintenance'],
        [portal.slug, 'operational', 'maintenance'],
      ].sort(),
    );
    expect(updates[0]!.services.every((entry) => entry.statusBefore === 'maintenance' && entry.statusAfter === 'operational')).toBe(true);
    const incident = await db.query.incidents.findFirst({ where: (table, { eq: is }) => is(table.id, incidentId) });
    expect(incident!.resolvedAt).toEqual(END);
  });

  it('never hides an outage: a service that is down at the start stays down and goes back to nothing at the end', async () => {
    const { db, clock, library, portal } = await setup();
    const { incidentId } = await makeMaintenance(db, clock, { serviceIds: [library.id, portal.id], startsAt: START, endsAt: END });
    await setStatus(db, clock, portal.id, 'down');
    clock.set(START);
    await applyDueMaintenanceTransitions(db, clock);
    expect(await statusOf(db, library.slug)).toBe('maintenance');
    expect(await statusOf(db, portal.slug)).toBe('down');
    // During the work the library breaks: an editor sets it down; the end must not undo that.
    clock.advance(HOUR);
    await setStatus(db, clock, library.id, 'down');
    clock.set(END);
    await applyDueMaintenanceTransitions(db, clock);
    expect(await statusOf(db, library.slug)).toBe('down');
    expect(await statusOf(db, portal.slug)).toBe('down');
    const [end] = await listUpdatesOfIncident(db, incidentId);
    expect(end!.services.every((entry) => entry.statusAfter === null)).toBe(true);
  });

  it('gives a service back the status it had before, and leaves it to an overlapping maintenance still under way', async () => {
    const { db, clock, library, portal } = await setup();
    await setStatus(db, clock, library.id, 'degraded');
    const first = await makeMaintenance(db, clock, { serviceIds: [portal.id], startsAt: START, endsAt: END });
    const second = await makeMaintenance(db, clock, { serviceIds: [portal.id, library.id], startsAt: new Date(START.getTime() + HOUR), endsAt: new Date(END.getTime() + HOUR) });
    clock.set(new Date(START.getTime() + HOUR));
    expect((await applyDueMaintenanceTransitions(db, clock)).map((t) => t.id)).toEqual([first.incidentId, second.incidentId]);
    // Degraded is worse than maintenance: kept.
    expect(await statusOf(db, library.slug)).toBe('degraded');
    expect(await statusOf(db, portal.slug)).toBe('maintenance');
    clock.set(END);
    await applyDueMaintenanceTransitions(db, clock);
    expect(await statusOf(db, portal.slug)).toBe('maintenance');
    clock.set(new Date(END.getTime() + HOUR));
    await applyDueMaintenanceTransitions(db, clock);
    expect(await statusOf(db, portal.slug)).toBe('operational');
    expect(await statusOf(db, library.slug)).toBe('degraded');
  });

  it('completes a maintenance whose whole window passed while nothing ran, without touching its services', async () => {
    const { db, clock, library } = await setup();
    const { incidentId } = await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: START, endsAt: END });
    clock.set(new Date(END.getTime() + 6 * HOUR));
    expect(await applyDueMaintenanceTransitions(db, clock)).toEqual([{ id: incidentId, from: 'scheduled', to: 'completed', dueAt: END }]);
    expect(await statusOf(db, library.slug)).toBe('operational');
    expect((await listUpdatesOfIncident(db, incidentId)).map((update) => update.services.map((entry) => entry.statusAfter))).toEqual([[null], [null]]);
  });

  describe('two instances on one database file', () => {
    let dir: string | null = null;
    afterEach(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = null;
    });

    it('apply a due transition once when they run at the same moment', async () => {
      dir = mkdtempSync(join(tmpdir(), 'maintenance-'));
      const url = `file:${join(dir, 'status.db')}`;
      const one = createDatabase(await openNodeClient({ url }));
      await applyMigrations(one);
      const two = createDatabase(await openNodeClient({ url }));
      const clock = fixedClock('2026-12-01T09:00:00Z');
      await makeSite(one, clock);
      const { library } = await makeServices(one, clock);
      const { incidentId } = await makeMaintenance(one, clock, { serviceIds: [library.id], startsAt: START, endsAt: END });
      clock.set(START);
      const results = await Promise.all([applyDueMaintenanceTransitions(one, clock), applyDueMaintenanceTransitions(two, clock)]);
      expect(results.flat()).toHaveLength(1);
      expect(await listUpdatesOfIncident(one, incidentId)).toHaveLength(2);
      expect((await maintenanceRow(one, incidentId)).sequence).toBe(1);
      one.$client.close();
      two.$client.close();
    });
  });
});

describe('changing a maintenance by hand', () => {
  it('starts early, verifies, completes, and refuses what the rules do not allow', async () => {
    const { db, clock, library } = await setup();
    const { incidentId } = await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: START, endsAt: END });
    await expect(changeMaintenanceStatus(db, clock, { incidentId, to: 'verifying' })).rejects.toMatchObject({ code: 'maintenance-status', field: 'to' });
    await expect(changeMaintenanceStatus(db, clock, { incidentId, to: 'done' as never })).rejects.toBeInstanceOf(InputError);

    clock.set(new Date(START.getTime() - HOUR));
    await changeMaintenanceStatus(db, clock, { incidentId, to: 'in_progress', texts: { sv: 'Vi började en timme tidigare.' } });
    expect(await statusOf(db, library.slug)).toBe('maintenance');
    // The scheduled start then has nothing left to do.
    clock.set(START);
    expect(await applyDueMaintenanceTransitions(db, clock)).toEqual([]);

    await changeMaintenanceStatus(db, clock, { incidentId, to: 'verifying' });
    expect(await statusOf(db, library.slug)).toBe('maintenance');
    await changeMaintenanceStatus(db, clock, { incidentId, to: 'completed' });
    expect(await statusOf(db, library.slug)).toBe('operational');
    await expect(changeMaintenanceStatus(db, clock, { incidentId, to: 'in_progress' })).rejects.toMatchObject({ code: 'maintenance-status' });
    const updates = await listUpdatesOfIncident(db, incidentId);
    expect(updates.map((update) => update.maintenance?.status)).toEqual(['completed', 'verifying', 'in_progress', 'scheduled']);
    expect(updates[2]!.texts.map((row) => row.body)).toEqual(['Vi började en timme tidigare.']);
    expect((await maintenanceRow(db, incidentId)).sequence).toBe(3);
  });

  it('answers a stale version with a conflict and writes nothing', async () => {
    const { db, clock, library } = await setup();
    const { incidentId } = await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: START, endsAt: END });
    const before = await readRevision(db);
    await expect(cancelMaintenance(db, clock, { incidentId, expectedVersion: 1 })).rejects.toBeInstanceOf(ConflictError);
    expect((await readRevision(db)).revision).toBe(before.revision);
    expect((await maintenanceRow(db, incidentId)).status).toBe('scheduled');
  });

  it('cancels one under way and gives its services back', async () => {
    const { db, clock, library } = await setup();
    const { incidentId } = await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: START, endsAt: END });
    clock.set(START);
    await applyDueMaintenanceTransitions(db, clock);
    await cancelMaintenance(db, clock, { incidentId, texts: { sv: 'Vi avbryter och gör om det i januari.', en: 'We stop and try again in January.' } });
    expect(await statusOf(db, library.slug)).toBe('operational');
    const row = await maintenanceRow(db, incidentId);
    expect([row.status, row.sequence]).toEqual(['cancelled', 2]);
    clock.set(END);
    expect(await applyDueMaintenanceTransitions(db, clock)).toEqual([]);
  });

  it('reschedules: a new window and SEQUENCE, an update that keeps the old announcement as it was; only the end once under way', async () => {
    const { db, clock, library } = await setup();
    const { incidentId } = await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: START, endsAt: END });
    const later = { startsAt: new Date(START.getTime() + 24 * HOUR), endsAt: new Date(END.getTime() + 24 * HOUR) };
    await expect(rescheduleMaintenance(db, clock, { incidentId, startsAt: END, endsAt: START })).rejects.toMatchObject({ code: 'maintenance-window', field: 'endsAt' });
    await rescheduleMaintenance(db, clock, { incidentId, ...later });
    const row = await maintenanceRow(db, incidentId);
    expect([row.scheduledStartAt, row.scheduledEndAt, row.sequence]).toEqual([later.startsAt, later.endsAt, 1]);
    const recorded = await db.select().from(updateMaintenance).all();
    expect(recorded.map((entry) => [entry.rescheduled, entry.scheduledStartAt])).toEqual([
      [false, START],
      [true, later.startsAt],
    ]);
    // The old start is no longer due.
    clock.set(START);
    expect(await applyDueMaintenanceTransitions(db, clock)).toEqual([]);
    clock.set(later.startsAt);
    await applyDueMaintenanceTransitions(db, clock);
    await expect(rescheduleMaintenance(db, clock, { incidentId, startsAt: START, endsAt: later.endsAt })).rejects.toMatchObject({ code: 'maintenance-started' });
    const extended = new Date(later.endsAt.getTime() + HOUR);
    await rescheduleMaintenance(db, clock, { incidentId, startsAt: later.startsAt, endsAt: extended });
    clock.set(later.endsAt);
    expect(await applyDueMaintenanceTransitions(db, clock)).toEqual([]);
    clock.set(extended);
    expect(await applyDueMaintenanceTransitions(db, clock)).toHaveLength(1);
  });

  it('edits the texts, and the services only while still ahead', async () => {
    const { db, clock, library, portal } = await setup();
    const { incidentId } = await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: START, endsAt: END });
    const version = async () => (await db.query.incidents.findFirst({ where: (table, { eq: is }) => is(table.id, incidentId) }))!.version;
    clock.advance(60_000);
    await editMaintenance(db, clock, {
      incidentId,
      expectedVersion: await version(),
      impact: 'minor',
      texts: { sv: { title: 'Ny rubrik' } },
      serviceIds: [library.id, portal.id],
    });
    expect((await maintenanceRow(db, incidentId)).updatedAt).toEqual(clock.now());
    clock.set(START);
    await applyDueMaintenanceTransitions(db, clock);
    expect(await statusOf(db, portal.slug)).toBe('maintenance');
    await expect(
      editMaintenance(db, clock, { incidentId, expectedVersion: await version(), impact: 'minor', texts: { sv: { title: 'Ny rubrik' } }, serviceIds: [library.id] }),
    ).rejects.toMatchObject({ code: 'maintenance-started', field: 'serviceIds' });
  });

  it('refuses a phase on an update of a maintenance: it opens and closes with its own status', async () => {
    const { db, clock, library } = await setup();
    const { incidentId } = await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: START, endsAt: END });
    await expect(publishUpdate(db, clock, { incidentId, phase: 'resolved', texts: { sv: 'Klart.' } })).rejects.toMatchObject({ code: 'maintenance-status', field: 'phase' });
    // A plain dated update is fine, also from a form that sends the phase unchanged.
    await publishUpdate(db, clock, { incidentId, texts: { sv: 'Allt går enligt plan.' } });
    await publishUpdate(db, clock, { incidentId, phase: 'identified', texts: { sv: 'Fortfarande enligt plan.' } });
    const updates = await listUpdatesOfIncident(db, incidentId);
    expect(updates.map((update) => [update.incidentPhase, update.maintenance?.status ?? null])).toEqual([
      [null, null],
      [null, null],
      [null, 'scheduled'],
    ]);
  });

  it('refuses a window without length and a maintenance without services', async () => {
    const { db, clock, library } = await setup();
    await expect(makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: START, endsAt: START })).rejects.toMatchObject({ code: 'maintenance-window' });
    await expect(makeMaintenance(db, clock, { serviceIds: [], startsAt: START, endsAt: END })).rejects.toMatchObject({ code: 'no-services' });
    await expect(makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: new Date(Number.NaN), endsAt: END })).rejects.toMatchObject({ code: 'required', field: 'startsAt' });
    expect(await db.select().from(maintenances).all()).toEqual([]);
  });

  it('keeps what an update recorded about the maintenance append-only', async () => {
    const { db, clock, library } = await setup();
    await makeMaintenance(db, clock, { serviceIds: [library.id], startsAt: START, endsAt: END });
    const refusal = async (write: Promise<unknown>) => {
      const error = (await write.then(() => null, (caught: unknown) => caught)) as (Error & { cause?: Error }) | null;
      return `${error?.message ?? 'not refused'} ${error?.cause?.message ?? ''}`;
    };
    expect(await refusal(db.update(updateMaintenance).set({ status: 'cancelled' }))).toMatch(/append-only/);
    expect(await refusal(db.delete(updateMaintenance))).toMatch(/append-only/);
    expect((await db.select().from(updateMaintenance).all()).map((row) => row.status)).toEqual(['scheduled']);
  });
});
