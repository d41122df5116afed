/**
 * Notifications on the Worker, inside workerd, with the Queue from wrangler.toml: a
 * publication through the deployed Worker sends a queue message after its response; the
 * Worker's own consumer delivers a webhook signed per Standard Webhooks; the consumer, called
 * with a batch, acknowledges it; the cron sweep delivers a retry that came due.
 *
 * workerd cannot listen on a socket, so the webhook receiver is the global fetch, replaced
 * for the receiver's host only (the Worker runs in this isolate, so it calls the same fetch);
 * the receiver verifies every signature with the `standardwebhooks` package.
 */
import { createClient } from '@libsql/client/web';
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock';
import { createDatabase } from '../../src/db/database';
import { deliveries } from '../../src/db/schema';
import { SYSTEM_ACTOR } from '../../src/store/audit';
import { createServiceGroup } from '../../src/store/groups';
import { publishUpdate } from '../../src/store/publishing';
import { createService } from '../../src/store/services';
import { createWebhookEndpoint, deleteWebhookEndpoint } from '../../src/store/webhooks';
import worker, { type WorkerBindings } from '../../src/worker';
import { Browser, freshDatabaseUrl, PASSWORD, workerTarget } from './helpers';

interface Received {
  url: string;
  headers: Record<string, string>;
  body: string;
}

const realFetch = globalThis.fetch;
let received: Received[] = [];
let answer = 204;

beforeEach(() => {
  received = [];
  answer = 204;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const target = input instanceof Request ? input.url : String(input);
    if (new URL(target).host !== 'hooks.example.org') return realFetch(input, init);
    const request = new Request(input, init);
    received.push({ url: request.url, headers: Object.fromEntries(request.headers), body: await request.text() });
    return new Response(null, { status: answer });
  };
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('notifications on the Worker', () => {
  it('a publication through the Worker is delivered by its queue consumer, signed', async () => {
    const db = createDatabase(createClient({ url: env.LIBSQL_URL as string }));
    const path = `/hooks/${crypto.randomUUID()}`;
    const { id, secret } = await createWebhookEndpoint(db, systemClock, { url: `https://hooks.example.org${path}`, description: '', scope: 'all', serviceIds: [] }, SYSTEM_ACTOR);
    try {
      const browser = new Browser(workerTarget(), '192.0.2.77', 'https://status.example.org');
      expect((await browser.signIn('redaktor', PASSWORD)).status).toBe(303);
      const dashboard = await (await browser.get('/admin')).text();
      const row = dashboard.slice(dashboard.indexOf('Bibliotek'));
      const serviceId = /action="\/admin\/services\/(\d+)\/status"/.exec(row)![1]!;
      const version = /name="version" value="(\d+)"/.exec(row)![1]!;
      const published = await browser.post(`/admin/services/${serviceId}/status`, { status: 'degraded', note: 'Kö i lånedisken.', version });
      expect(published.status).toBe(303);

      // Nothing was sent in the request; the consumer delivers shortly after.
      await expect.poll(() => received.filter((message) => message.url.endsWith(path)).length, { timeout: 15_000, interval: 200 }).toBeGreaterThan(0);
      const message = received.find((candidate) => candidate.url.endsWith(path))!;
      const payload = new Webhook(secret).verify(message.body, message.headers) as Record<string, any>;
      expect(payload.page.id).toBe('status.example.org');
      expect(payload.component_update.new_status).toBe('degraded_performance');
    } finally {
      await deleteWebhookEndpoint(db, systemClock, id, SYSTEM_ACTOR);
      db.$client.close();
    }
  });

  it('the consumer acknowledges its batch after delivering, and the cron sweep delivers a retry that came due', async () => {
    const url = await freshDatabaseUrl({ seed: 'site' });
    const db = createDatabase(createClient({ url }));
    const groupId = await createServiceGroup(db, systemClock, { slug: 'kultur', names: { sv: 'Kultur' } });
    const serviceId = await createService(db, systemClock, { slug: 'bibliotek', groupId, texts: { sv: { name: 'Biblioteket' } } });
    const { secret } = await createWebhookEndpoint(db, systemClock, { url: 'https://hooks.example.org/queue', description: '', scope: 'all', serviceIds: [] }, SYSTEM_ACTOR);
    const bindings: WorkerBindings = { ...(env as unknown as WorkerBindings), LIBSQL_URL: url };

    // The receiver is down for the first attempt.
    answer = 503;
    await publishUpdate(db, systemClock, { texts: { sv: 'Stängt.' }, changes: [{ serviceId, to: 'down' }] });
    const batch = createMessageBatch('worst-day-notifications', [{ id: 'm1', timestamp: new Date(), attempts: 1, body: { type: 'outbox', at: new Date().toISOString() } }]);
    const context = createExecutionContext();
    await worker.queue(batch, bindings);
    const result = await getQueueResult(batch, context);
    expect(result.explicitAcks).toEqual(['m1']);
    // (Only this database's endpoint: the Worker's own consumer may still be busy with the first test.)
    const mine = () => received.filter((message) => message.url === 'https://hooks.example.org/queue');
    expect(mine()).toHaveLength(1);
    const [row] = await db.select().from(deliveries).all();
    expect(row).toMatchObject({ channel: 'webhook', status: 'pending', attempts: 1, lastError: 'HTTP 503 from hooks.example.org' });

    // The retry is due (moved into the past here rather than waiting 30 s); the cron sends it.
    answer = 204;
    await db.update(deliveries).set({ nextAttemptAt: new Date(Date.now() - 1_000) }).where(eq(deliveries.id, row!.id));
    await worker.scheduled({}, bindings);
    expect(mine()).toHaveLength(2);
    expect(mine()[1]!.headers['webhook-id']).toBe(mine()[0]!.headers['webhook-id']);
    expect(() => new Webhook(secret).verify(mine()[1]!.body, mine()[1]!.headers)).not.toThrow();
    expect((await db.select().from(deliveries).all())[0]).toMatchObject({ status: 'sent', attempts: 2 });
    db.$client.close();
  });
});
