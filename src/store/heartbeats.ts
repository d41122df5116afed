/**
 * Heartbeats, the dead-man's switch of a service (docs/decisions/0039-monitor-hooks.md): a
 * monitor beats at least every interval; when it stops, the background check flags the
 * service for an editor. It never changes a status: silence may be the monitor's fault.
 *
 * An on-time beat is telemetry, not a change anyone can see: it is one UPDATE of the switch,
 * outside writeTransaction, so a beat every minute does not bump the public revision (and
 * with it every page's ETag and cache) or fill the audit log. Arming a switch, changing its
 * interval and a beat after a missed one (which clears the flag) are writes like any other:
 * one transaction, audited, revision bumped.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { monitorFlags, monitorHeartbeats, services } from '../db/schema';
import { heartbeatMissed } from '../domain/monitoring';
import type { Actor } from './audit';
import { NotFoundError } from './errors';
import { raiseFlag } from './monitor-flags';
import { writeTransaction } from './revision';

export interface HeartbeatResult {
  service: string;
  intervalSeconds: number;
  /** When the next beat must arrive by (before the grace the check allows). */
  nextBeatDueAt: Date;
  /** The switch was armed by this beat, or its interval changed. */
  armed: boolean;
  /** This beat ended a missed period (its flag is cleared). */
  resumed: boolean;
}

/** Records a beat; `intervalSeconds` (already checked by the route) changes the interval, else it stays. */
export async function recordHeartbeat(
  db: Database,
  clock: Clock,
  input: { serviceSlug: string; intervalSeconds: number | null; defaultIntervalSeconds: number },
  actor: Actor,
): Promise<HeartbeatResult> {
  const now = clock.now();
  const service = await db
    .select({ id: services.id, slug: services.slug })
    .from(services)
    .where(and(eq(services.slug, input.serviceSlug), isNull(services.retiredAt)))
    .get();
  if (!service) throw new NotFoundError(`There is no service "${input.serviceSlug}".`);
  const existing = await db.select().from(monitorHeartbeats).where(eq(monitorHeartbeats.serviceId, service.id)).get();
  const intervalSeconds = input.intervalSeconds ?? existing?.intervalSeconds ?? input.defaultIntervalSeconds;
  const result = (armed: boolean, resumed: boolean, at: Date): HeartbeatResult => ({
    service: service.slug,
    intervalSeconds,
    nextBeatDueAt: new Date(at.getTime() + intervalSeconds * 1000),
    armed,
    resumed,
  });

  if (existing && existing.intervalSeconds === intervalSeconds && existing.missedAt === null) {
    await db
      .update(monitorHeartbeats)
      .set({ lastBeatAt: now, beatBy: actor.username, updatedAt: now })
      .where(eq(monitorHeartbeats.serviceId, service.id));
    return result(false, false, now);
  }

  return writeTransaction(
    db,
    clock,
    async (tx, txNow, audit) => {
      await tx
        .insert(monitorHeartbeats)
        .values({ serviceId: service.id, intervalSeconds, lastBeatAt: txNow, beatBy: actor.username, missedAt: null, createdAt: txNow, updatedAt: txNow })
        .onConflictDoUpdate({
          target: monitorHeartbeats.serviceId,
          set: { intervalSeconds, lastBeatAt: txNow, beatBy: actor.username, missedAt: null, updatedAt: txNow },
        });
      const resumed = existing?.missedAt != null;
      if (resumed) {
        await tx
          .update(monitorFlags)
          .set({ clearedAt: txNow })
          .where(and(eq(monitorFlags.serviceId, service.id), eq(monitorFlags.reason, 'heartbeat_missed'), isNull(monitorFlags.clearedAt)));
      }
      await audit({
        action: resumed ? 'heartbeat.resume' : 'heartbeat.arm',
        targetType: 'service',
        targetId: service.id,
        before: existing ? { intervalSeconds: existing.intervalSeconds, missedAt: existing.missedAt } : undefined,
        after: { intervalSeconds },
      });
      return result(!existing || existing.intervalSeconds !== intervalSeconds, resumed, txNow);
    },
    actor,
  );
}

/**
 * The background check (next to the maintenance timer on Node, the cron on Workers): flags
 * each armed switch whose beat is overdue, each in its own write, and returns the services
 * flagged. A switch already flagged is not flagged again until a beat resumes it.
 */
export async function flagMissedHeartbeats(db: Database, clock: Clock): Promise<string[]> {
  const now = clock.now();
  const armed = await db
    .select({
      serviceId: monitorHeartbeats.serviceId,
      slug: services.slug,
      statusChangedAt: services.statusChangedAt,
      lastBeatAt: monitorHeartbeats.lastBeatAt,
      intervalSeconds: monitorHeartbeats.intervalSeconds,
      beatBy: monitorHeartbeats.beatBy,
    })
    .from(monitorHeartbeats)
    .innerJoin(services, eq(services.id, monitorHeartbeats.serviceId))
    .where(and(isNull(monitorHeartbeats.missedAt), isNull(services.retiredAt)))
    .all();
  const flagged: string[] = [];
  for (const heartbeat of armed.filter((row) => heartbeatMissed(row, now))) {
    await writeTransaction(db, clock, async (tx, txNow, audit) => {
      // Compare-and-set: a beat that arrived since the read keeps the switch armed.
      const marked = await tx
        .update(monitorHeartbeats)
        .set({ missedAt: txNow, updatedAt: txNow })
        .where(
          and(
            eq(monitorHeartbeats.serviceId, heartbeat.serviceId),
            eq(monitorHeartbeats.lastBeatAt, heartbeat.lastBeatAt),
            isNull(monitorHeartbeats.missedAt),
          ),
        )
        .returning({ serviceId: monitorHeartbeats.serviceId });
      if (marked.length === 0) return;
      await raiseFlag(tx, txNow, audit, {
        serviceId: heartbeat.serviceId,
        statusChangedAt: heartbeat.statusChangedAt,
        source: 'heartbeat',
        reason: 'heartbeat_missed',
        reportedStatus: null,
        detail: `No heartbeat from ${heartbeat.beatBy} since ${heartbeat.lastBeatAt.toISOString()} (interval ${heartbeat.intervalSeconds} s).`,
        reportedBy: 'system',
      });
      flagged.push(heartbeat.slug);
    });
  }
  return flagged;
}
