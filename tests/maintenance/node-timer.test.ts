/**
 * The Node server (src/node.ts, started as `npm start` starts it) records the start of a
 * planned maintenance on its own, with its timer, and its pages then show it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock';
import { createDatabase } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { openNodeClient } from '../../src/db/open-node';
import { scheduleMaintenance } from '../../src/store/maintenance';
import { freeLoopbackPort, startChildServer, stopChildServers } from '../helpers/child-server';
import { makeSite } from '../helpers/factories';
import { makeServices } from './helpers';

const folders: string[] = [];
afterEach(async () => {
  await stopChildServers();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the Node server’s maintenance timer', () => {
  it('starts a maintenance whose start has come, without anyone asking', { timeout: 60_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'maintenance-timer-'));
    folders.push(folder);
    const databaseUrl = `file:${join(folder, 'status.db')}`;
    const client = await openNodeClient({ url: databaseUrl });
    const db = createDatabase(client);
    await applyMigrations(db);
    await makeSite(db, systemClock);
    const { library } = await makeServices(db, systemClock);
    await scheduleMaintenance(db, systemClock, {
      slug: 'nu',
      texts: { sv: { title: 'Underhåll som redan har börjat' } },
      serviceIds: [library.id],
      startsAt: new Date(Date.now() - 60_000),
      endsAt: new Date(Date.now() + 3_600_000),
    });
    client.close();

    const server = await startChildServer({ databaseUrl, port: await freeLoopbackPort(), env: { REVISION_TTL_MS: '0' } });
    // The timer runs once the database is reached, then every 30 s.
    const inMaintenance = /<span class="status s-maintenance">.*?Planerat underhåll<\/span> sedan/;
    const deadline = Date.now() + 20_000;
    let page = '';
    while (Date.now() < deadline && !inMaintenance.test(page)) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      page = await (await fetch(`${server.url}/tjanster/${library.slug}`)).text();
    }
    expect(page, server.output()).toMatch(inMaintenance);
    expect(server.output()).toMatch(/Planned maintenance \d+: scheduled → in_progress\./);
  });
});
