/**
 * The Worker's Cron Trigger (src/worker.ts `scheduled`, wrangler.toml `[triggers]`) inside
 * workerd, over HTTP to libSQL: it starts a planned maintenance whose time has come, once.
 */
import { createClient } from '@libsql/client/web';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock';
import { createDatabase } from '../../src/db/database';
import { createServiceGroup } from '../../src/store/groups';
import { scheduleMaintenance } from '../../src/store/maintenance';
import { createService, findServiceBySlug } from '../../src/store/services';
import { listUpdatesOfIncident } from '../../src/store/updates';
import worker, { type WorkerBindings } from '../../src/worker';
import { freshDatabaseUrl } from './helpers';

describe('the maintenance cron', () => {
  it('starts a maintenance whose start has come, once, on the Worker’s database', async () => {
    const url = await freshDatabaseUrl({ seed: 'site' });
    const db = createDatabase(createClient({ url }));
    const groupId = await createServiceGroup(db, systemClock, { slug: 'kultur', names: { sv: 'Kultur' } });
    const serviceId = await createService(db, systemClock, { slug: 'bibliotek', groupId, texts: { sv: { name: 'Biblioteket' } } });
    const now = Date.now();
    const { incidentId } = await scheduleMaintenance(db, systemClock, {
      slug: 'cron-underhall',
      texts: { sv: { title: 'Underhåll via cron' } },
      serviceIds: [serviceId],
      startsAt: new Date(now - 60_000),
      endsAt: new Date(now + 3_600_000),
    });

    const bindings: WorkerBindings = { ...(env as unknown as WorkerBindings), LIBSQL_URL: url };
    await worker.scheduled({}, bindings);
    await worker.scheduled({}, bindings);

    expect((await findServiceBySlug(db, 'bibliotek'))!.status).toBe('maintenance');
    const updates = await listUpdatesOfIncident(db, incidentId);
    expect(updates.map((update) => update.maintenance?.status)).toEqual(['in_progress', 'scheduled']);
    db.$client.close();
  });
});
