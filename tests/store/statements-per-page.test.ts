/**
 * A public page costs the same number of SQL statements however many incidents and updates
 * there are: no query per incident in a loop. Counted at the client, so every statement the
 * store sends is seen, whatever builds it. (Timings are in `npm run bench:scaling`; this is
 * the regression guard that does not depend on how busy the machine is.)
 */
import { createClient, type Client } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { findServiceBySlug } from '../../src/store/services';
import { createTestApp, visibleText } from '../helpers/app';
import { makeIncident, publish } from '../helpers/factories';

/** The client with a count of the statements executed through it. */
function countingClient(client: Client) {
  const counter = { statements: 0 };
  const counting = new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'execute') {
        return (...args: Parameters<Client['execute']>) => {
          counter.statements++;
          return (target.execute as (...a: unknown[]) => ReturnType<Client['execute']>)(...args);
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

const SERVICE = 'mina-sidor';
const PAGES = ['/', `/tjanster/${SERVICE}`, '/handelser/it-angrepp', '/historik', '/feed.atom', '/en/', '/feed.json'];

/** The example municipality plus `extra` open incidents on one service, each with `updatesEach` updates. */
async function exampleWith(extra: number, updatesEach: number) {
  const { client, counter } = countingClient(createClient({ url: ':memory:' }));
  const database = createDatabase(client);
  await applyMigrations(database);
  const context = await createTestApp({ seed: 'example', database });
  const { db, clock } = context;
  const service = (await findServiceBySlug(db, SERVICE))!;
  const titles: string[] = [];
  for (let i = 1; i <= extra; i++) {
    clock.advance(60_000);
    const incident = await makeIncident(db, clock, { slug: `extra-${i}`, impact: 'minor', serviceIds: [service.id] });
    titles.push(`Händelse extra-${i}`);
    for (let u = 1; u <= updatesEach; u++) {
      clock.advance(60_000);
      await publish(db, clock, { incidentId: incident.id, texts: { sv: `Lägesbild ${u} för extra-${i}.` }, mentions: [service.id] });
    }
  }
  // The first public request loads the site settings once per revision; later ones do not.
  expect((await context.app.request('/tillganglighet')).status).toBe(200);
  return { ...context, counter, titles };
}

/** Statements an uncached request for `path` issues, and what it answered. */
async function statementsFor(context: Awaited<ReturnType<typeof exampleWith>>, path: string) {
  const before = context.counter.statements;
  const response = await context.app.request(path);
  const body = await response.text();
  return { statements: context.counter.statements - before, status: response.status, body };
}

describe('statements per public page', () => {
  it('do not grow with the number of open incidents and updates', async () => {
    const few = await exampleWith(0, 0);
    const many = await exampleWith(12, 4);
    for (const path of PAGES) {
      const small = await statementsFor(few, path);
      const large = await statementsFor(many, path);
      expect([path, small.status, large.status]).toEqual([path, 200, 200]);
      expect({ path, statements: large.statements }).toEqual({ path, statements: small.statements });
      // A cached request issues none at all.
      expect({ path, cached: (await statementsFor(many, path)).statements }).toEqual({ path, cached: 0 });
    }
    // The larger site really shows the extra incidents, each with its newest update.
    const overview = visibleText(await (await many.app.request('/')).text());
    for (const [index, title] of many.titles.entries()) {
      expect(overview).toContain(title);
      expect(overview).toContain(`Lägesbild 4 för extra-${index + 1}.`);
      expect(overview).not.toContain(`Lägesbild 3 för extra-${index + 1}.`);
    }
    expect(many.errors).toEqual([]);
  });

  it('a service page lists its 20 newest incidents, however many it has had', async () => {
    const context = await exampleWith(22, 0);
    const page = visibleText(await (await context.app.request(`/tjanster/${SERVICE}`)).text());
    for (let i = 3; i <= 22; i++) expect(page).toContain(`Händelse extra-${i}`);
    expect(page).not.toMatch(/Händelse extra-1\b/);
    expect(page).not.toMatch(/Händelse extra-2\b/);
  });
});
