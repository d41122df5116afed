/**
 * The webhook channel: one signed POST per (event, endpoint), or per changed component for a
 * status change without an incident, as Statuspage sends them. Signed per Standard Webhooks
 * with the `standardwebhooks` package: `webhook-id` is the same on every retry, so receivers
 * can drop a duplicate (docs/decisions/0040-outbox-and-delivery.md). Redirects are not
 * followed (one could lead to an address the console would have refused).
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import type { Clock } from '../../clock';
import type { Database, Queryable } from '../../db/database';
import { updateServices } from '../../db/schema';
import { endpointsInScope, findWebhookEndpoint, listWebhookEndpoints, recordWebhookAttempt } from '../../store/webhooks';
import { PermanentDeliveryError, type Channel, type OutboxEvent } from '../channel';
import { buildWebhookPayload } from './payload';

export interface WebhookChannelOptions {
  clock: Clock;
  /** The configured public address; the site's own when null. */
  publicUrl: string | null;
  /** Injected so tests and the Worker can use their own; the global fetch by default. */
  fetch?: typeof fetch;
  /** How long one POST may take (default 10 s). */
  timeoutMs?: number;
}

const COMPONENT = '/component/';

function parseRecipient(recipient: string): { endpointId: number; serviceId: number | null } {
  const [endpoint, service] = recipient.split(COMPONENT);
  const endpointId = Number(endpoint);
  const serviceId = service === undefined ? null : Number(service);
  if (!Number.isInteger(endpointId) || (serviceId !== null && !Number.isInteger(serviceId)))
    throw new PermanentDeliveryError(`Not a webhook recipient: ${recipient}`);
  return { endpointId, serviceId };
}

export class WebhookChannel implements Channel {
  readonly name = 'webhook';
  constructor(private readonly options: WebhookChannelOptions) {}

  async recipients(db: Queryable, event: OutboxEvent): Promise<string[]> {
    const endpoints = await endpointsInScope(db, event.serviceIds, event.createdAt);
    if (endpoints.length === 0) return [];
    if (event.incidentId !== null) return endpoints.map(String);
    // A status change without an incident: one message per changed component in scope.
    if (event.updateId === null) return [];
    const changed = await db
      .select({ serviceId: updateServices.serviceId })
      .from(updateServices)
      .where(and(eq(updateServices.updateId, event.updateId), isNotNull(updateServices.statusAfter)))
      .all();
    const scoped = await listWebhookEndpoints(db);
    const keys: string[] = [];
    for (const id of endpoints) {
      const endpoint = scoped.find((row) => row.id === id)!;
      for (const { serviceId } of changed) {
        if (endpoint.scope === 'all' || endpoint.serviceIds.includes(serviceId)) keys.push(`${id}${COMPONENT}${serviceId}`);
      }
    }
    return keys;
  }

  async deliver(db: Queryable, event: OutboxEvent, recipient: string): Promise<void> {
    // Delivery runs on the database handle, never in a transaction (src/notify/deliver.ts).
    const database = db as Database;
    const { endpointId, serviceId } = parseRecipient(recipient);
    const endpoint = await findWebhookEndpoint(database, endpointId);
    if (!endpoint) throw new PermanentDeliveryError('The webhook endpoint was removed.');
    if (endpoint.disabledAt) throw new PermanentDeliveryError('The webhook endpoint is disabled.');
    const now = this.options.clock.now();
    const payload = await buildWebhookPayload(database, { publicUrl: this.options.publicUrl, now }, event, endpointId, serviceId);
    if (!payload) return;
    const body = JSON.stringify(payload);
    const id = `msg_${event.id}_${recipient.replace(COMPONENT, '_')}`;
    const signature = new Webhook(endpoint.secret).sign(id, now, body);
    let failure: string | null = null;
    try {
      const response = await (this.options.fetch ?? fetch)(endpoint.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'worst-day-status webhooks',
          'webhook-id': id,
          'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
          'webhook-signature': signature,
        },
        body,
      });
      // The body is not read; cancel it so the connection is freed.
      await response.body?.cancel();
      if (response.status < 200 || response.status > 299) failure = `HTTP ${response.status} from ${new URL(endpoint.url).host}`;
    } catch (error) {
      failure = `${new URL(endpoint.url).host}: ${error instanceof Error ? error.message : String(error)}`;
    }
    const disabled = await recordWebhookAttempt(database, this.options.clock.now(), endpointId, failure);
    if (failure === null) return;
    if (disabled) throw new PermanentDeliveryError(`${failure} (the endpoint kept failing and was disabled)`);
    throw new Error(failure);
  }
}
