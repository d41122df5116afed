/**
 * Webhook endpoints (docs/decisions/0040-outbox-and-delivery.md): registered by admins, each
 * with a Standard Webhooks signing secret shown once, a scope (everything or chosen services),
 * and a record of its failures: one that keeps failing is disabled and the console says so.
 * Admin-side data: writes are audited but do not bump the public revision.
 */
import { and, asc, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable } from '../db/database';
import { services, webhookEndpoints, webhookEndpointServices } from '../db/schema';
import { shouldDisableEndpoint, WEBHOOK_SCOPES, type WebhookScope } from '../domain/delivery';
import { appendAudit, SYSTEM_ACTOR, type Actor } from './audit';
import { InputError, NotFoundError } from './errors';

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;

export const WEBHOOK_DESCRIPTION_MAX = 200;

/** A new Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

export interface WebhookEndpointInput {
  /** Already checked by checkWebhookUrl (src/notify/webhook/url.ts). */
  url: string;
  description: string;
  scope: WebhookScope;
  serviceIds: number[];
}

/** What the audit log records: never the secret. */
const auditView = (input: { url: string; description: string; scope: WebhookScope }, serviceIds: number[]) => ({
  url: input.url,
  description: input.description,
  scope: input.scope,
  serviceIds,
});

/** Registers an endpoint; the secret is returned this once, to be shown to the admin. */
export async function createWebhookEndpoint(
  db: Database,
  clock: Clock,
  input: WebhookEndpointInput,
  actor: Actor,
): Promise<{ id: number; secret: string }> {
  if (!(WEBHOOK_SCOPES as readonly string[]).includes(input.scope)) throw new InputError('unknown-choice', 'scope');
  const description = input.description.trim();
  if (description.length > WEBHOOK_DESCRIPTION_MAX) throw new InputError('too-long', 'description', { max: WEBHOOK_DESCRIPTION_MAX });
  const serviceIds = input.scope === 'services' ? [...new Set(input.serviceIds)].sort((a, b) => a - b) : [];
  if (input.scope === 'services' && serviceIds.length === 0) throw new InputError('no-services', 'serviceIds');
  const now = clock.now();
  const secret = newWebhookSecret();
  const id = await db.transaction(async (tx) => {
    if (serviceIds.length > 0) {
      const found = await tx.select({ id: services.id }).from(services).where(inArray(services.id, serviceIds)).all();
      if (found.length !== serviceIds.length) throw new InputError('unknown-choice', 'serviceIds');
    }
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ url: input.url, description, scope: input.scope, secret, createdAt: now, updatedAt: now })
      .returning({ id: webhookEndpoints.id });
    if (serviceIds.length > 0) await tx.insert(webhookEndpointServices).values(serviceIds.map((serviceId) => ({ endpointId: row!.id, serviceId })));
    await appendAudit(tx, now, actor, { action: 'webhook.create', targetType: 'webhook', targetId: row!.id, after: auditView({ ...input, description }, serviceIds) });
    return row!.id;
  });
  return { id, secret };
}

export interface WebhookEndpointListed extends WebhookEndpointRow {
  serviceIds: number[];
}

export async function listWebhookEndpoints(db: Queryable): Promise<WebhookEndpointListed[]> {
  const [rows, chosen] = await Promise.all([
    db.select().from(webhookEndpoints).orderBy(asc(webhookEndpoints.id)).all(),
    db.select().from(webhookEndpointServices).all(),
  ]);
  return rows.map((row) => ({ ...row, serviceIds: chosen.filter((link) => link.endpointId === row.id).map((link) => link.serviceId) }));
}

export async function findWebhookEndpoint(db: Queryable, id: number): Promise<WebhookEndpointRow | null> {
  return (await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).get()) ?? null;
}

/** Endpoints that kept failing and were disabled: the dashboard tells the admins. */
export async function listDisabledWebhookEndpoints(db: Queryable): Promise<WebhookEndpointRow[]> {
  return db.select().from(webhookEndpoints).where(isNotNull(webhookEndpoints.disabledAt)).orderBy(asc(webhookEndpoints.id)).all();
}

/**
 * Enabled endpoints in an event's scope: everything, or one of the services it concerns.
 * Only endpoints that existed when it was published: one added later does not get old news.
 */
export async function endpointsInScope(db: Queryable, serviceIds: readonly number[], publishedAt: Date): Promise<number[]> {
  const existed = lte(webhookEndpoints.createdAt, publishedAt);
  const everything = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(isNull(webhookEndpoints.disabledAt), eq(webhookEndpoints.scope, 'all'), existed))
    .all();
  const chosen =
    serviceIds.length === 0
      ? []
      : await db
          .selectDistinct({ id: webhookEndpoints.id })
          .from(webhookEndpoints)
          .innerJoin(webhookEndpointServices, eq(webhookEndpointServices.endpointId, webhookEndpoints.id))
          .where(and(isNull(webhookEndpoints.disabledAt), eq(webhookEndpoints.scope, 'services'), existed, inArray(webhookEndpointServices.serviceId, [...serviceIds])))
          .all();
  return [...new Set([...everything, ...chosen].map((row) => row.id))].sort((a, b) => a - b);
}

/**
 * Records one delivery attempt's outcome. A success ends a run of failures; the failure that
 * makes it 10 in a row over at least an hour disables the endpoint (audited, as the system).
 * Returns true when this call disabled it.
 */
export async function recordWebhookAttempt(db: Database, now: Date, id: number, failure: string | null): Promise<boolean> {
  if (failure === null) {
    await db
      .update(webhookEndpoints)
      .set({ consecutiveFailures: 0, failingSince: null, lastError: null, lastSuccessAt: now })
      .where(eq(webhookEndpoints.id, id));
    return false;
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1`,
        failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${now.getTime()})`,
        lastError: failure.slice(0, 500),
      })
      .where(eq(webhookEndpoints.id, id))
      .returning();
    if (!row || row.disabledAt !== null || !shouldDisableEndpoint(row.consecutiveFailures, row.failingSince, now)) return false;
    const reason = `${row.consecutiveFailures} failed deliveries in a row since ${row.failingSince!.toISOString()}; last: ${row.lastError}`;
    await tx
      .update(webhookEndpoints)
      .set({ disabledAt: now, disabledReason: reason.slice(0, 700), version: sql`${webhookEndpoints.version} + 1`, updatedAt: now })
      .where(eq(webhookEndpoints.id, id));
    await appendAudit(tx, now, SYSTEM_ACTOR, { action: 'webhook.disable', targetType: 'webhook', targetId: id, after: { reason } });
    return true;
  });
}

/** An admin turns an endpoint back on (after the receiver was fixed): its failure count starts over. */
export async function enableWebhookEndpoint(db: Database, clock: Clock, id: number, actor: Actor): Promise<void> {
  const now = clock.now();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ disabledAt: null, disabledReason: null, consecutiveFailures: 0, failingSince: null, version: sql`${webhookEndpoints.version} + 1`, updatedAt: now })
      .where(eq(webhookEndpoints.id, id))
      .returning({ id: webhookEndpoints.id });
    if (!row) throw new NotFoundError('The webhook endpoint does not exist.');
    await appendAudit(tx, now, actor, { action: 'webhook.enable', targetType: 'webhook', targetId: id });
  });
}

export async function deleteWebhookEndpoint(db: Database, clock: Clock, id: number, actor: Actor): Promise<void> {
  const now = clock.now();
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id)).returning({ url: webhookEndpoints.url });
    if (!row) throw new NotFoundError('The webhook endpoint does not exist.');
    await appendAudit(tx, now, actor, { action: 'webhook.delete', targetType: 'webhook', targetId: id, before: { url: row.url } });
  });
}
