/**
 * Monitor flags (docs/decisions/0039-monitor-hooks.md): what a monitor reported that waits for
 * an editor. Raised inside the report's own write (./monitoring.ts, ./heartbeats.ts), shown on
 * the console dashboard, cleared by an editor or by the next status change.
 */
import { and, eq, gte, isNull } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable, Transaction } from '../db/database';
import { monitorFlags, services } from '../db/schema';
import { cleanText } from '../domain/limits';
import type { MonitorFlagReason, MonitorSource } from '../domain/monitoring';
import type { ServiceStatus } from '../domain/status';
import type { Actor } from './audit';
import { NotFoundError } from './errors';
import { writeTransaction, type Audit } from './revision';

/** How much of a monitor's own text (alert name, summary, message) is kept with a flag. */
export const MONITOR_DETAIL_MAX = 500;

/** A monitor's own text as kept: cleaned like every text typed in (control characters out), and short. */
export function monitorDetail(value: string): string {
  return cleanText(value).slice(0, MONITOR_DETAIL_MAX);
}

interface FlagInput {
  serviceId: number;
  /** The service's status time: a flag older than it is no longer shown. */
  statusChangedAt: Date;
  source: MonitorSource;
  reason: MonitorFlagReason;
  reportedStatus: ServiceStatus | null;
  detail: string;
  reportedBy: string;
}

/**
 * Records a flag unless the same one is already open (a repeated alert flags once). Returns
 * whether it wrote.
 */
export async function raiseFlag(tx: Transaction, now: Date, audit: Audit, input: FlagInput): Promise<boolean> {
  const open = await tx
    .select({ id: monitorFlags.id, reportedStatus: monitorFlags.reportedStatus })
    .from(monitorFlags)
    .where(
      and(
        eq(monitorFlags.serviceId, input.serviceId),
        eq(monitorFlags.source, input.source),
        eq(monitorFlags.reason, input.reason),
        isNull(monitorFlags.clearedAt),
        gte(monitorFlags.createdAt, input.statusChangedAt),
      ),
    )
    .all();
  if (open.some((flag) => flag.reportedStatus === input.reportedStatus)) return false;
  const detail = monitorDetail(input.detail);
  const [flag] = await tx
    .insert(monitorFlags)
    .values({
      serviceId: input.serviceId,
      source: input.source,
      reason: input.reason,
      reportedStatus: input.reportedStatus,
      detail,
      reportedBy: input.reportedBy,
      createdAt: now,
    })
    .returning({ id: monitorFlags.id });
  await audit({
    action: 'monitor.flag',
    targetType: 'service',
    targetId: input.serviceId,
    after: { flag: flag!.id, source: input.source, reason: input.reason, reportedStatus: input.reportedStatus, detail },
  });
  return true;
}

/**
 * The flags an editor should see: not cleared, and raised since the service's status last
 * changed (whoever changes the status has seen to it).
 */
export function listOpenMonitorFlags(db: Queryable) {
  return db
    .select({
      id: monitorFlags.id,
      serviceId: monitorFlags.serviceId,
      source: monitorFlags.source,
      reason: monitorFlags.reason,
      reportedStatus: monitorFlags.reportedStatus,
      detail: monitorFlags.detail,
      reportedBy: monitorFlags.reportedBy,
      createdAt: monitorFlags.createdAt,
    })
    .from(monitorFlags)
    .innerJoin(services, eq(services.id, monitorFlags.serviceId))
    .where(and(isNull(monitorFlags.clearedAt), isNull(services.retiredAt), gte(monitorFlags.createdAt, services.statusChangedAt)))
    .orderBy(monitorFlags.createdAt, monitorFlags.id)
    .all();
}

export type OpenMonitorFlag = Awaited<ReturnType<typeof listOpenMonitorFlags>>[number];

/** An editor has seen to a flag: it leaves the dashboard (the row stays, with when and by whom in the audit log). */
export async function clearMonitorFlag(db: Database, clock: Clock, flagId: number, actor: Actor): Promise<void> {
  await writeTransaction(
    db,
    clock,
    async (tx, now, audit) => {
      const cleared = await tx
        .update(monitorFlags)
        .set({ clearedAt: now })
        .where(and(eq(monitorFlags.id, flagId), isNull(monitorFlags.clearedAt)))
        .returning({ id: monitorFlags.id, serviceId: monitorFlags.serviceId, reason: monitorFlags.reason });
      if (cleared.length === 0) throw new NotFoundError('The flag does not exist or was already cleared.');
      await audit({ action: 'monitor.flag-clear', targetType: 'service', targetId: cleared[0]!.serviceId, after: { flag: flagId, reason: cleared[0]!.reason } });
    },
    actor,
  );
}
