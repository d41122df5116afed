/**
 * E-mail subscribers: asking, confirming, changing, leaving, the rate limit, the purge, the
 * admins' counts and erasure, and who is in an event's scope. A resident's own actions are
 * one transaction each but touch no public data, so they neither bump the public revision
 * nor write the append-only audit log (which would keep their address for ever, after they
 * asked to be forgotten); what an admin does is a writeTransaction with an audit entry that
 * names the subscriber's id, never the address (docs/decisions/0042-email-subscriptions.md).
 */
import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { randomToken, sha256Base64url } from '../auth/crypto';
import type { Clock } from '../clock';
import type { Database, Queryable } from '../db/database';
import { incidents, services, subscriberServices, subscribers, subscriptionSecret, subscriptionThrottle } from '../db/schema';
import {
  QUARANTINE_RETENTION_MS,
  SUBSCRIBE_LIMITS,
  UNCONFIRMED_RETENTION_MS,
  type SubscriptionScope,
} from '../domain/subscription';
import type { Actor } from './audit';
import { writeTransaction } from './revision';

/** What a subscription follows. Services are ids of active services; an incident its id. */
export type SubscriptionChoice =
  | { scope: 'everything' }
  | { scope: 'services'; serviceIds: number[] }
  | { scope: 'incident'; incidentId: number };

export interface SubscriptionRequest {
  email: string;
  locale: string;
  choice: SubscriptionChoice;
}

export interface Subscriber {
  id: number;
  email: string;
  locale: string;
  scope: SubscriptionScope;
  incidentId: number | null;
  serviceIds: number[];
  linkKey: string;
  createdAt: Date;
  confirmedAt: Date | null;
  quarantinedAt: Date | null;
}

/** The secret that signs links: the configured one, or the one stored (generated on first use). */
export async function subscriptionSecretFor(db: Queryable, now: Date, configured: string | null): Promise<string> {
  if (configured) return configured;
  const stored = await db.select({ secret: subscriptionSecret.secret }).from(subscriptionSecret).where(eq(subscriptionSecret.id, 1)).get();
  if (stored) return stored.secret;
  // Two instances starting at once: the first insert wins and both read it back.
  await db.insert(subscriptionSecret).values({ id: 1, secret: randomToken(32), createdAt: now }).onConflictDoNothing();
  const row = await db.select({ secret: subscriptionSecret.secret }).from(subscriptionSecret).where(eq(subscriptionSecret.id, 1)).get();
  return row!.secret;
}

/**
 * Counts one subscribe request against the address (kept as a hash) and the client's address;
 * false when either is over its limit for the window. One atomic upsert per key.
 */
export async function allowSubscribeRequest(db: Database, now: Date, email: string, clientIp: string | null): Promise<boolean> {
  const keys: [string, number][] = [[`address:${await sha256Base64url(email)}`, SUBSCRIBE_LIMITS.perAddress]];
  if (clientIp) keys.push([`client:${clientIp}`, SUBSCRIBE_LIMITS.perClient]);
  let allowed = true;
  for (const [key, limit] of keys) {
    const windowOver = sql`${subscriptionThrottle.windowStartedAt} < ${now.getTime() - SUBSCRIBE_LIMITS.windowMs}`;
    const [row] = await db
      .insert(subscriptionThrottle)
      .values({ key, requests: 1, windowStartedAt: now })
      .onConflictDoUpdate({
        target: subscriptionThrottle.key,
        set: {
          requests: sql`case when ${windowOver} then 1 else ${subscriptionThrottle.requests} + 1 end`,
          windowStartedAt: sql`case when ${windowOver} then ${now.getTime()} else ${subscriptionThrottle.windowStartedAt} end`,
        },
      })
      .returning({ requests: subscriptionThrottle.requests });
    if (row!.requests > limit) allowed = false;
  }
  return allowed;
}

/** Keeps only what exists: active services, an existing incident. */
async function checkedChoice(db: Queryable, choice: SubscriptionChoice): Promise<SubscriptionChoice | null> {
  if (choice.scope === 'services') {
    if (choice.serviceIds.length === 0) return null;
    const rows = await db
      .select({ id: services.id })
      .from(services)
      .where(and(inArray(services.id, choice.serviceIds), isNull(services.retiredAt)))
      .all();
    return rows.length === 0 ? null : { scope: 'services', serviceIds: rows.map((row) => row.id) };
  }
  if (choice.scope === 'incident') {
    const row = await db.select({ id: incidents.id }).from(incidents).where(eq(incidents.id, choice.incidentId)).get();
    return row ? choice : null;
  }
  return choice;
}

async function writeChoice(db: Queryable, subscriberId: number, choice: SubscriptionChoice): Promise<void> {
  await db
    .update(subscribers)
    .set({ scope: choice.scope, incidentId: choice.scope === 'incident' ? choice.incidentId : null })
    .where(eq(subscribers.id, subscriberId));
  await db.delete(subscriberServices).where(eq(subscriberServices.subscriberId, subscriberId));
  if (choice.scope === 'services') {
    await db.insert(subscriberServices).values(choice.serviceIds.map((serviceId) => ({ subscriberId, serviceId })));
  }
}

export type RequestOutcome =
  /** A new or still unconfirmed address: send it a confirmation link. */
  | { kind: 'confirm'; subscriber: Subscriber }
  /** Confirmed already: its choices are not changed by a stranger's form; send it its manage link. */
  | { kind: 'already-confirmed'; subscriber: Subscriber }
  /** Mail to it bounced: nothing is sent. */
  | { kind: 'quarantined' }
  /** What it asked to follow does not exist (any more). */
  | { kind: 'unknown-choice' };

/**
 * Records a request to subscribe. An unconfirmed address takes the newest choices (whoever
 * confirms from the mailbox gets what was asked last); a confirmed one is left as it is.
 */
export async function requestSubscription(db: Database, now: Date, request: SubscriptionRequest): Promise<RequestOutcome> {
  return db.transaction(async (tx) => {
    const choice = await checkedChoice(tx, request.choice);
    if (!choice) return { kind: 'unknown-choice' };
    const existing = await tx.select().from(subscribers).where(eq(subscribers.email, request.email)).get();
    if (existing?.quarantinedAt) return { kind: 'quarantined' };
    if (existing?.confirmedAt) return { kind: 'already-confirmed', subscriber: await readSubscriber(tx, existing.id) };
    let id = existing?.id;
    if (id === undefined) {
      const [row] = await tx
        .insert(subscribers)
        .values({ email: request.email, locale: request.locale, scope: choice.scope, linkKey: randomToken(16), createdAt: now })
        .returning({ id: subscribers.id });
      id = row!.id;
    } else {
      await tx.update(subscribers).set({ locale: request.locale }).where(eq(subscribers.id, id));
    }
    await writeChoice(tx, id, choice);
    return { kind: 'confirm', subscriber: await readSubscriber(tx, id) };
  });
}

async function readSubscriber(db: Queryable, id: number): Promise<Subscriber> {
  return (await findSubscriber(db, id))!;
}

export async function findSubscriber(db: Queryable, id: number): Promise<Subscriber | null> {
  const row = await db.select().from(subscribers).where(eq(subscribers.id, id)).get();
  if (!row) return null;
  const chosen = await db.select({ id: subscriberServices.serviceId }).from(subscriberServices).where(eq(subscriberServices.subscriberId, id)).all();
  return { ...row, serviceIds: chosen.map((entry) => entry.id) };
}

/** Confirms (once; confirming again changes nothing). False when the subscription is gone. */
export async function confirmSubscription(db: Database, now: Date, id: number): Promise<boolean> {
  const [row] = await db
    .update(subscribers)
    .set({ confirmedAt: sql`coalesce(${subscribers.confirmedAt}, ${now.getTime()})` })
    .where(eq(subscribers.id, id))
    .returning({ id: subscribers.id });
  return row !== undefined;
}

/** Changes what a confirmed subscription follows and its language. False when the choice does not exist. */
export async function changeSubscription(db: Database, id: number, locale: string, choice: SubscriptionChoice): Promise<boolean> {
  return db.transaction(async (tx) => {
    const checked = await checkedChoice(tx, choice);
    if (!checked) return false;
    await tx.update(subscribers).set({ locale }).where(eq(subscribers.id, id));
    await writeChoice(tx, id, checked);
    return true;
  });
}

/** The resident leaves: the row and its choices are deleted at once, nothing kept. */
export async function endSubscription(db: Database, id: number): Promise<void> {
  await db.delete(subscribers).where(eq(subscribers.id, id));
}

/** The mail server refused the address for good: no more mail, deleted after the quarantine. */
export async function quarantineSubscriber(db: Queryable, now: Date, id: number): Promise<void> {
  await db.update(subscribers).set({ quarantinedAt: now }).where(and(eq(subscribers.id, id), isNull(subscribers.quarantinedAt)));
}

export interface SubscriberCounts {
  confirmed: number;
  unconfirmed: number;
  quarantined: number;
}

/** What admins see: numbers, never the list. */
export async function countSubscribers(db: Queryable): Promise<SubscriberCounts> {
  const row = await db
    .select({
      confirmed: sql<number>`coalesce(sum(case when ${subscribers.quarantinedAt} is null and ${subscribers.confirmedAt} is not null then 1 else 0 end), 0)`,
      unconfirmed: sql<number>`coalesce(sum(case when ${subscribers.quarantinedAt} is null and ${subscribers.confirmedAt} is null then 1 else 0 end), 0)`,
      quarantined: sql<number>`coalesce(sum(case when ${subscribers.quarantinedAt} is not null then 1 else 0 end), 0)`,
    })
    .from(subscribers)
    .get();
  return { confirmed: Number(row?.confirmed ?? 0), unconfirmed: Number(row?.unconfirmed ?? 0), quarantined: Number(row?.quarantined ?? 0) };
}

export async function findSubscriberByEmail(db: Queryable, email: string): Promise<Subscriber | null> {
  const row = await db.select({ id: subscribers.id }).from(subscribers).where(eq(subscribers.email, email)).get();
  return row ? findSubscriber(db, row.id) : null;
}

/**
 * An admin (console or CLI) removes one address on request. The audit entry says that a
 * subscriber was erased and by whom, not which address: the log is append-only. False when
 * the address is not subscribed.
 */
export async function eraseSubscriber(db: Database, clock: Clock, email: string, actor: Actor): Promise<boolean> {
  return writeTransaction(
    db,
    clock,
    async (tx, _now, audit) => {
      const [row] = await tx.delete(subscribers).where(eq(subscribers.email, email)).returning({ id: subscribers.id });
      if (!row) return false;
      await audit({ action: 'subscriber.erase', targetType: 'subscriber', targetId: row.id });
      return true;
    },
    actor,
  );
}

export interface PurgeResult {
  unconfirmed: number;
  quarantined: number;
}

/** Unconfirmed addresses after 48 h, quarantined ones after their quarantine, spent rate-limit windows. */
export async function purgeSubscriptions(db: Database, now: Date): Promise<PurgeResult> {
  return db.transaction(async (tx) => {
    const unconfirmed = await tx
      .delete(subscribers)
      .where(and(isNull(subscribers.confirmedAt), lt(subscribers.createdAt, new Date(now.getTime() - UNCONFIRMED_RETENTION_MS))))
      .returning({ id: subscribers.id });
    const quarantined = await tx
      .delete(subscribers)
      .where(and(isNotNull(subscribers.quarantinedAt), lt(subscribers.quarantinedAt, new Date(now.getTime() - QUARANTINE_RETENTION_MS))))
      .returning({ id: subscribers.id });
    await tx.delete(subscriptionThrottle).where(lt(subscriptionThrottle.windowStartedAt, new Date(now.getTime() - SUBSCRIBE_LIMITS.windowMs)));
    return { unconfirmed: unconfirmed.length, quarantined: quarantined.length };
  });
}

/**
 * Confirmed, not quarantined subscribers an event concerns: those following everything,
 * those following one of its services, and those following its incident. Ids as strings
 * (the outbox's recipient keys).
 */
export async function subscribersInScope(db: Queryable, event: { incidentId: number | null; serviceIds: readonly number[] }): Promise<string[]> {
  const scoped = [eq(subscribers.scope, 'everything')];
  if (event.incidentId !== null) scoped.push(and(eq(subscribers.scope, 'incident'), eq(subscribers.incidentId, event.incidentId))!);
  if (event.serviceIds.length > 0) {
    scoped.push(
      and(
        eq(subscribers.scope, 'services'),
        sql`exists (select 1 from ${subscriberServices} where ${subscriberServices.subscriberId} = ${subscribers.id} and ${inArray(subscriberServices.serviceId, [...event.serviceIds])})`,
      )!,
    );
  }
  const rows = await db
    .select({ id: subscribers.id })
    .from(subscribers)
    .where(and(isNotNull(subscribers.confirmedAt), isNull(subscribers.quarantinedAt), or(...scoped)))
    .orderBy(subscribers.id)
    .all();
  return rows.map((row) => String(row.id));
}

/** Everything stored about one address, for a request under GDPR article 15. */
export async function exportSubscriber(db: Queryable, email: string) {
  const subscriber = await findSubscriberByEmail(db, email);
  if (!subscriber) return null;
  const { linkKey: _secret, ...stored } = subscriber;
  return stored;
}


/** Services with their texts (the workaround, for a notification), by id. */
export function findServicesWithTexts(db: Queryable, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query.services.findMany({ where: inArray(services.id, ids), with: { texts: true } });
}
