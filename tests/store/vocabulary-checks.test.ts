/**
 * The check constraints are built from the vocabularies in src/domain (src/db/schema/columns.ts
 * `inVocabulary`). The database these tests write to is made by the committed migrations, so a
 * key added to a vocabulary without running `drizzle-kit generate` fails here: the app would
 * offer a status the database refuses.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { INCIDENT_IMPACTS, INCIDENT_PHASES } from '../../src/domain/incident';
import { ROLES } from '../../src/domain/roles';
import { SERVICE_STATUSES } from '../../src/domain/status';
import { makeUser } from '../helpers/admin';
import { createTestDatabase } from '../helpers/db';
import { makeGroup, makeIncident, makeService, makeSite } from '../helpers/factories';

/** What the database says to a write: 'ok', or its refusal (drizzle puts it in the cause). */
async function outcome(write: Promise<unknown>): Promise<string> {
  return write.then(
    () => 'ok',
    (error: Error & { cause?: Error }) => `${error.message} ${error.cause?.message ?? ''}`,
  );
}

async function setup() {
  const db = await createTestDatabase();
  const clock = fixedClock('2026-02-11T13:00:00Z');
  await makeSite(db, clock);
  const service = await makeService(db, clock, { groupId: await makeGroup(db, clock) });
  const incident = await makeIncident(db, clock);
  const { user } = await makeUser({ db, clock });
  return { db, service, incident, userId: user.id };
}

describe('check constraints follow the vocabularies', () => {
  it('stores every service status and refuses any other word', async () => {
    const { db, service } = await setup();
    const set = (status: string) => outcome(db.run(sql`update services set status = ${status} where id = ${service.id}`));
    for (const status of SERVICE_STATUSES) expect(await set(status), status).toBe('ok');
    expect(await set('restored')).toMatch(/CHECK constraint failed/);
    expect(await set('Operational')).toMatch(/CHECK constraint failed/);
  });

  it('stores every incident phase and impact, and refuses others', async () => {
    const { db, incident } = await setup();
    const setPhase = (phase: string) => outcome(db.run(sql`update incidents set phase = ${phase} where id = ${incident.id}`));
    const setImpact = (impact: string) => outcome(db.run(sql`update incidents set impact = ${impact} where id = ${incident.id}`));
    for (const phase of INCIDENT_PHASES) expect(await setPhase(phase), phase).toBe('ok');
    for (const impact of INCIDENT_IMPACTS) expect(await setImpact(impact), impact).toBe('ok');
    expect(await setPhase('closed')).toMatch(/CHECK constraint failed/);
    expect(await setImpact('severe')).toMatch(/CHECK constraint failed/);
  });

  it('stores every role and refuses others', async () => {
    const { db, userId } = await setup();
    const setRole = (role: string) => outcome(db.run(sql`update users set role = ${role} where id = ${userId}`));
    for (const role of ROLES) expect(await setRole(role), role).toBe('ok');
    expect(await setRole('owner')).toMatch(/CHECK constraint failed/);
  });
});
