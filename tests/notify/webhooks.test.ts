/**
 * Webhooks end to end against a real HTTP receiver on 127.0.0.1: the receiver verifies the
 * Standard Webhooks signature with the `standardwebhooks` package and reads a Statuspage-shaped
 * payload; the scope decides who gets what; an endpoint that keeps failing is disabled.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { deliverPending } from '../../src/notify/deliver';
import { checkWebhookUrl, WebhookUrlError } from '../../src/notify/webhook/url';
import { WebhookChannel } from '../../src/notify/webhook/channel';
import { publishUpdate } from '../../src/store/publishing';
import { SYSTEM_ACTOR } from '../../src/store/audit';
import { createWebhookEndpoint, findWebhookEndpoint, listDisabledWebhookEndpoints } from '../../src/store/webhooks';
import { createTestDatabase } from '../helpers/db';
import { makeGroup, makeIncident, makeService, makeSite } from '../helpers/factories';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A receiver on a free loopback port answering with `status`. */
async function receiver(status: () => number = () => 204): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(status()).end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/status`, received };
}

async function setup(now = new Date()) {
  const db = await createTestDatabase();
  // Signatures carry the time; the receiver checks it against its own clock (±5 min).
  const clock = fixedClock(now);
  await makeSite(db, clock);
  const groupId = await makeGroup(db, clock);
  const portal = await makeService(db, clock, { groupId, slug: 'mina-sidor', sv: { name: 'Mina sidor' }, en: { name: 'My pages' } });
  const library = await makeService(db, clock, { groupId, slug: 'bibliotek', sv: { name: 'Bibliotek' } });
  const channel = new WebhookChannel({ clock, publicUrl: 'https://status.example.org' });
  return { db, clock, portal, library, channel };
}

describe('webhook delivery', () => {
  it('delivers a signed Statuspage-shaped incident that the receiver verifies with standardwebhooks', async () => {
    const { db, clock, portal, channel } = await setup();
    const { url, received } = await receiver();
    const { id, secret } = await createWebhookEndpoint(db, clock, { url, description: 'Regionens driftcentral', scope: 'all', serviceIds: [] }, SYSTEM_ACTOR);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const incident = await makeIncident(db, clock, { slug: 'mina-sidor-nere' });
    await publishUpdate(db, clock, {
      incidentId: incident.id,
      phase: 'identified',
      texts: { sv: 'Mina sidor ligger nere <script>alert(1)</script>.' },
      changes: [{ serviceId: portal.id, to: 'down' }],
    });

    expect(await deliverPending(db, { channels: [channel], clock })).toMatchObject({ sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
    const [message] = received;
    const verified = new Webhook(secret).verify(message!.body, message!.headers as Record<string, string>) as Record<string, any>;
    expect(message!.headers['content-type']).toBe('application/json');
    expect(verified.meta.unsubscribe).toBe(`https://status.example.org/admin/settings/webhooks#webhook-${id}`);
    // One of two services is down: Statuspage's "major", worded as the overview's headline.
    expect(verified.page).toEqual({ id: 'status.example.org', status_indicator: 'major', status_description: 'En tjänst fungerar inte just nu.' });
    expect(verified.incident).toMatchObject({ id: 'mina-sidor-nere', status: 'identified', impact: 'major' });
    expect(verified.incident.incident_updates[0].body).toBe('Mina sidor ligger nere <script>alert(1)</script>.');
    expect(verified.incident.components.map((component: { id: string }) => component.id)).toEqual(['service-mina-sidor']);

    // A tampered body is refused by the same verification.
    expect(() => new Webhook(secret).verify(message!.body.replace('identified', 'resolved'), message!.headers as Record<string, string>)).toThrow();
  });

  it('sends a component_update per changed component in scope for a status change without an incident', async () => {
    const { db, clock, portal, library, channel } = await setup();
    const everything = await receiver();
    const onlyLibrary = await receiver();
    const all = await createWebhookEndpoint(db, clock, { url: everything.url, description: '', scope: 'all', serviceIds: [] }, SYSTEM_ACTOR);
    const chosen = await createWebhookEndpoint(db, clock, { url: onlyLibrary.url, description: '', scope: 'services', serviceIds: [library.id] }, SYSTEM_ACTOR);
    await publishUpdate(db, clock, { texts: { sv: 'Mina sidor är långsam.' }, changes: [{ serviceId: portal.id, to: 'degraded' }] });
    await deliverPending(db, { channels: [channel], clock });
    expect(onlyLibrary.received).toEqual([]);
    expect(everything.received).toHaveLength(1);
    const payload = new Webhook(all.secret).verify(everything.received[0]!.body, everything.received[0]!.headers as Record<string, string>) as Record<string, any>;
    expect(payload.component_update).toMatchObject({ old_status: 'operational', new_status: 'degraded_performance', component_id: 'service-mina-sidor' });
    expect(payload.component).toMatchObject({ id: 'service-mina-sidor', name: 'Mina sidor', status: 'degraded_performance' });
    expect(payload.incident).toBeUndefined();

    await publishUpdate(db, clock, { texts: { sv: 'Biblioteket stängt.' }, changes: [{ serviceId: library.id, to: 'down' }] });
    await deliverPending(db, { channels: [channel], clock });
    expect(onlyLibrary.received).toHaveLength(1);
    expect(() => new Webhook(chosen.secret).verify(onlyLibrary.received[0]!.body, onlyLibrary.received[0]!.headers as Record<string, string>)).not.toThrow();
  });

  it('retries with the same webhook-id, and disables an endpoint after 10 failures in a row over an hour', async () => {
    const { db, clock, portal, channel } = await setup(new Date('2026-12-01T09:00:00Z'));
    const failing = await receiver(() => 503);
    const { id } = await createWebhookEndpoint(db, clock, { url: failing.url, description: 'Trasig mottagare', scope: 'all', serviceIds: [] }, SYSTEM_ACTOR);
    const retry = { baseDelayMs: 10 * 60_000, maxDelayMs: 10 * 60_000, maxAttempts: 50 };
    for (let round = 0; round < 3; round++) {
      await publishUpdate(db, clock, { texts: { sv: `Ändring ${round}` }, changes: [{ serviceId: portal.id, to: round % 2 ? 'operational' : 'down' }] });
    }
    // 3 events, each retried every 10 minutes: 10 failures come after 30 minutes, but an
    // endpoint is only disabled once the failures have gone on for an hour.
    const start = clock.now().getTime();
    let disabledAfterMs: number | null = null;
    for (let step = 0; step <= 8 && disabledAfterMs === null; step++) {
      await deliverPending(db, { channels: [channel], clock, retry });
      const row = (await findWebhookEndpoint(db, id))!;
      if (row.disabledAt) disabledAfterMs = row.disabledAt.getTime() - start;
      else clock.advance(10 * 60_000);
    }
    expect(disabledAfterMs).toBe(60 * 60_000);
    let endpoint = (await findWebhookEndpoint(db, id))!;
    expect(endpoint.disabledAt).not.toBeNull();
    expect(endpoint.consecutiveFailures).toBeGreaterThanOrEqual(10);
    expect(endpoint.disabledReason).toContain('HTTP 503');
    expect((await listDisabledWebhookEndpoints(db)).map((row) => row.id)).toEqual([id]);
    const ids = failing.received.map((message) => message.headers['webhook-id']);
    // Every retry of one message carries the same id.
    expect(new Set(ids).size).toBe(3);

    // Disabled: nothing more is sent, and the pending retries give up.
    const before = failing.received.length;
    clock.advance(3_600_000);
    const run = await deliverPending(db, { channels: [channel], clock, retry });
    expect(failing.received.length).toBe(before);
    expect(run.sent).toBe(0);
    endpoint = (await findWebhookEndpoint(db, id))!;
    expect(endpoint.disabledAt).not.toBeNull();
  });

  it('does not call endpoints out of scope, disabled, or for an event no one follows', async () => {
    const { db, clock, portal, library, channel } = await setup();
    const onlyLibrary = await receiver();
    await createWebhookEndpoint(db, clock, { url: onlyLibrary.url, description: '', scope: 'services', serviceIds: [library.id] }, SYSTEM_ACTOR);
    const incident = await makeIncident(db, clock);
    await publishUpdate(db, clock, { incidentId: incident.id, texts: { sv: 'Bara portalen.' }, changes: [{ serviceId: portal.id, to: 'down' }] });
    expect(await deliverPending(db, { channels: [channel], clock })).toMatchObject({ fannedOut: 0, sent: 0 });
    expect(onlyLibrary.received).toEqual([]);
  });
});

describe('which addresses may be registered', () => {
  it.each([
    ['http://example.org/hook', 'https'],
    ['ftp://example.org/hook', 'https'],
    ['not a url', 'format'],
    ['https://user:pass@example.org/hook', 'credentials'],
    ['https://127.0.0.1/hook', 'private-address'],
    ['https://localhost/hook', 'private-address'],
    ['https://10.1.2.3/hook', 'private-address'],
    ['https://192.168.0.10/hook', 'private-address'],
    ['https://172.20.0.1/hook', 'private-address'],
    ['https://169.254.169.254/latest/meta-data', 'private-address'],
    ['https://[::1]/hook', 'private-address'],
    ['https://[fd00::1]/hook', 'private-address'],
    ['https://[::ffff:10.0.0.1]/hook', 'private-address'],
    ['http://127.0.0.1:8080/hook', 'https'],
  ])('refuses %s (%s)', (url, problem) => {
    expect(() => checkWebhookUrl(url)).toThrow(WebhookUrlError);
    try {
      checkWebhookUrl(url);
    } catch (error) {
      expect((error as WebhookUrlError).problem).toBe(problem);
    }
  });

  it('accepts a public https address, and plain http to loopback only when tests allow it', () => {
    expect(checkWebhookUrl(' https://hooks.example.org/status?x=1 ')).toBe('https://hooks.example.org/status?x=1');
    expect(checkWebhookUrl('http://127.0.0.1:8080/hook', { allowLoopbackHttp: true })).toBe('http://127.0.0.1:8080/hook');
    expect(() => checkWebhookUrl('http://10.0.0.1/hook', { allowLoopbackHttp: true })).toThrow(WebhookUrlError);
  });
});
