/**
 * Monitor hooks inside workerd, as deployed (src/worker.ts, its bindings): Grafana's signature
 * checked with Web Crypto, and the Cron Trigger flagging a heartbeat that stopped.
 */
import { createClient } from '@libsql/client/web';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { signGrafanaBody } from '../../src/api/hooks/grafana-signature';
import { fixedClock, systemClock } from '../../src/clock';
import { createDatabase } from '../../src/db/database';
import { MemorySnapshots } from '../../src/snapshot/store';
import { createToken } from '../../src/store/api-tokens';
import { createServiceGroup } from '../../src/store/groups';
import { recordHeartbeat } from '../../src/store/heartbeats';
import { listOpenMonitorFlags } from '../../src/store/monitor-flags';
import { createService, findServiceBySlug } from '../../src/store/services';
import worker, { buildWorkerApp, type WorkerBindings } from '../../src/worker';
import { freshDatabaseUrl } from './helpers';

const SECRET = 'edge grafana secret';

async function edgeSite() {
  const url = await freshDatabaseUrl({ seed: 'site' });
  const db = createDatabase(createClient({ url }));
  // Made an hour ago, so no person's change is recent.
  const past = fixedClock(new Date(Date.now() - 3_600_000).toISOString());
  const groupId = await createServiceGroup(db, past, { slug: 'e-tjanster', names: { sv: 'E-tjänster' } });
  await createService(db, past, { slug: 'mina-sidor', groupId, texts: { sv: { name: 'Mina sidor' } } });
  const { secret } = await createToken(db, systemClock, { name: 'grafana', scopes: ['hooks'] }, { userId: null, username: 'test', ip: null });
  const bindings: WorkerBindings = { ...(env as unknown as WorkerBindings), LIBSQL_URL: url, GRAFANA_WEBHOOK_SECRET: SECRET };
  return { db, secret, bindings, past };
}

describe('monitor hooks in workerd', () => {
  it("checks Grafana's signature and takes the service down", async () => {
    const { db, secret, bindings } = await edgeSite();
    const app = buildWorkerApp(bindings, new MemorySnapshots());
    const body = JSON.stringify({ status: 'firing', alerts: [{ status: 'firing', labels: { alertname: 'Probe', status_page_service: 'mina-sidor' } }] });
    const headers = { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' };
    const forged = await app.request('/api/v1/hooks/grafana', { method: 'POST', headers: { ...headers, 'X-Grafana-Alerting-Signature': await signGrafanaBody('wrong', body) }, body });
    expect(forged.status).toBe(401);
    expect((await findServiceBySlug(db, 'mina-sidor'))!.status).toBe('operational');
    const signed = await app.request('/api/v1/hooks/grafana', { method: 'POST', headers: { ...headers, 'X-Grafana-Alerting-Signature': await signGrafanaBody(SECRET, body) }, body });
    expect(signed.status).toBe(200);
    expect((await findServiceBySlug(db, 'mina-sidor'))!.status).toBe('down');
    db.$client.close();
  });

  it('flags a heartbeat that stopped, from the Cron Trigger, once', async () => {
    const { db, bindings, past } = await edgeSite();
    await recordHeartbeat(db, past, { serviceSlug: 'mina-sidor', intervalSeconds: 60, defaultIntervalSeconds: 300 }, { userId: null, username: 'token:cron', ip: null });
    await worker.scheduled({}, bindings);
    await worker.scheduled({}, bindings);
    const flags = await listOpenMonitorFlags(db);
    expect(flags.map((flag) => [flag.source, flag.reason])).toEqual([['heartbeat', 'heartbeat_missed']]);
    expect((await findServiceBySlug(db, 'mina-sidor'))!.status).toBe('operational');
    db.$client.close();
  });
});
