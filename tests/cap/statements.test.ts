/**
 * A CAP message costs the same number of SQL statements however long its thread is: no query
 * per earlier message or per service in a loop (the references and statuses are read in one
 * statement each). Counted at the client, as tests/store/statements-per-page.test.ts does.
 */
import { createClient, type Client } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { capAlertPath } from '../../src/urls/machine';
import { createTestApp } from '../helpers/app';
import { makeGroup, makeIncident, makeService, publish } from '../helpers/factories';
import { parseCap, referencesOf } from './helpers';

function countingClient(client: Client) {
  const counter = { statements: 0 };
  const counting = new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'execute') {
        return (...args: Parameters<Client['execute']>) => {
          counter.statements++;
          return target.execute(...args);
        };
      }
      if (property === 'batch') {
        return (...args: Parameters<Client['batch']>) => {
          counter.statements += args[0].length;
          return target.batch(...args);
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { client: counting, counter };
}

/** An incident with `updates` updates on `services` services, and a standalone thread of `updates` on one service. */
async function history(updates: number, services: number) {
  const { client, counter } = countingClient(createClient({ url: ':memory:' }));
  const database = createDatabase(client);
  await applyMigrations(database);
  const context = await createTestApp({ database });
  const { db, clock } = context;
  const group = await makeGroup(db, clock);
  const ids: number[] = [];
  for (let i = 0; i < services; i++) ids.push((await makeService(db, clock, { groupId: group })).id);
  const incident = await makeIncident(db, clock, { serviceIds: ids });
  let incidentUpdate = '';
  let standalone = '';
  for (let u = 0; u < updates; u++) {
    clock.advance(60_000);
    incidentUpdate = (await publish(db, clock, { incidentId: incident.id, texts: { sv: `Läge ${u}.` }, mentions: ids })).uid;
    clock.advance(60_000);
    standalone = (await publish(db, clock, { texts: { sv: `Fristående ${u}.` }, changes: [{ serviceId: ids[0]!, to: u % 2 ? 'down' : 'degraded' }] })).uid;
  }
  expect((await context.app.request('/tillganglighet')).status).toBe(200);
  const measure = async (path: string) => {
    const before = counter.statements;
    const response = await context.app.request(path);
    expect(response.status).toBe(200);
    return { statements: counter.statements - before, body: await response.text() };
  };
  return { measure, incidentUpdate, standalone };
}

describe('statements per CAP message', () => {
  it('do not grow with the length of the thread or the number of services', async () => {
    const short = await history(2, 2);
    const long = await history(25, 12);
    for (const pick of ['incidentUpdate', 'standalone'] as const) {
      const small = await short.measure(capAlertPath(short[pick], null));
      const large = await long.measure(capAlertPath(long[pick], null));
      // The long thread really is long: the statements stay, the references grow.
      expect(referencesOf(parseCap(large.body)).length).toBeGreaterThan(referencesOf(parseCap(small.body)).length + 20);
      expect([pick, large.statements]).toEqual([pick, small.statements]);
    }
    const index = [await short.measure('/cap/index.atom'), await long.measure('/cap/index.atom')];
    expect(index[1]!.statements).toBe(index[0]!.statements);
  });
});
