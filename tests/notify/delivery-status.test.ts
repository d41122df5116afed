/**
 * The console's incident page shows, under each update, who has been told: waiting, then
 * sent / queued / failed per channel, as the deliveries progress.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { deliverPending } from '../../src/notify/deliver';
import { WebhookChannel } from '../../src/notify/webhook/channel';
import { SYSTEM_ACTOR } from '../../src/store/audit';
import { publishUpdate } from '../../src/store/publishing';
import { createWebhookEndpoint } from '../../src/store/webhooks';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { makeGroup, makeIncident, makeService } from '../helpers/factories';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function receiverAnswering(status: number): Promise<string> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(status).end());
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

const statusText = (html: string) => {
  const text = visibleText(html);
  const at = text.indexOf('Notifications');
  return at === -1 ? null : text.slice(at, at + 80);
};

describe('delivery status per update in the console', () => {
  it('shows waiting, then sent and failed counts per channel', async () => {
    const context = await createTestApp({ now: new Date().toISOString() });
    const { db, clock, app } = context;
    const admin = await makeUser(context, { username: 'ada', role: 'admin', locale: 'en' });
    const browser = new Browser(app, '192.0.2.10');
    await browser.signIn('ada', admin.password);
    const service = await makeService(db, clock, { groupId: await makeGroup(db, clock) });
    const incident = await makeIncident(db, clock);
    await createWebhookEndpoint(db, clock, { url: await receiverAnswering(204), description: '', scope: 'all', serviceIds: [] }, SYSTEM_ACTOR);
    await createWebhookEndpoint(db, clock, { url: await receiverAnswering(500), description: '', scope: 'all', serviceIds: [] }, SYSTEM_ACTOR);

    await publishUpdate(db, clock, { incidentId: incident.id, texts: { sv: 'Nere.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    const page = () => browser.get(`/admin/incidents/${incident.id}`).then((response) => response.text());
    expect(statusText(await page())).toContain('Waiting to be sent.');

    await deliverPending(db, { channels: [new WebhookChannel({ clock, publicUrl: null })], clock });
    expect(statusText(await page())).toContain('Webhooks: 1 sent, 0 queued, 1 failed');
  });
});
