/**
 * The alerts firing now, per service (src/db/schema/monitoring.ts monitorFiringAlerts): kept
 * so that one alert's resolution does not restore a service another alert still holds down
 * (docs/decisions/0039-monitor-hooks.md). Written inside the hook's own write transaction.
 */
import { and, count, eq, gt } from 'drizzle-orm';
import type { Transaction } from '../db/database';
import { monitorFiringAlerts } from '../db/schema';
import type { MonitorReport, MonitorSource } from '../domain/monitoring';

/** A firing alert not repeated for a day no longer holds a service (Alertmanager repeats every 4 h by default). */
export const FIRING_ALERT_STALE_MS = 24 * 3_600_000;
/** Repeats refresh an alert at most hourly, so a repeat every few minutes writes nothing. */
const REFRESH_MS = 3_600_000;

/** Records what one alert says now; returns whether anything was written. */
export async function recordAlert(
  tx: Transaction,
  now: Date,
  alert: { serviceId: number; source: MonitorSource; alertKey: string; report: MonitorReport },
): Promise<boolean> {
  const key = and(
    eq(monitorFiringAlerts.serviceId, alert.serviceId),
    eq(monitorFiringAlerts.source, alert.source),
    eq(monitorFiringAlerts.alertKey, alert.alertKey),
  );
  if (alert.report.kind === 'recovered') {
    const deleted = await tx.delete(monitorFiringAlerts).where(key).returning({ serviceId: monitorFiringAlerts.serviceId });
    return deleted.length > 0;
  }
  const status = alert.report.status;
  const existing = await tx.select().from(monitorFiringAlerts).where(key).get();
  if (!existing) {
    await tx.insert(monitorFiringAlerts).values({ serviceId: alert.serviceId, source: alert.source, alertKey: alert.alertKey, status, firingSince: now, lastSeenAt: now });
    return true;
  }
  if (existing.status === status && now.getTime() - existing.lastSeenAt.getTime() < REFRESH_MS) return false;
  await tx.update(monitorFiringAlerts).set({ status, lastSeenAt: now }).where(key);
  return true;
}

/** How many alerts, from any monitor, still hold the service down. */
export async function countFiringAlerts(tx: Transaction, serviceId: number, now: Date): Promise<number> {
  const row = await tx
    .select({ firing: count() })
    .from(monitorFiringAlerts)
    .where(and(eq(monitorFiringAlerts.serviceId, serviceId), gt(monitorFiringAlerts.lastSeenAt, new Date(now.getTime() - FIRING_ALERT_STALE_MS))))
    .get();
  return row?.firing ?? 0;
}
