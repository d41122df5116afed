/**
 * The rules of monitor hooks (docs/decisions/0039-monitor-hooks.md), pure: which statuses a
 * monitor may set and how their words map to ours, when people outrank machines, and when a
 * heartbeat is missed. The hooks (src/api/hooks/) and the store (src/store/monitoring.ts)
 * only apply them.
 */
import type { ServiceStatus } from './status';

export const MONITOR_SOURCES = ['alertmanager', 'grafana', 'uptime_kuma', 'heartbeat'] as const;
export type MonitorSource = (typeof MONITOR_SOURCES)[number];

/**
 * Why a report waits for an editor instead of being applied:
 * - `editor_precedence`: an editor set the status within the precedence window;
 * - `maintenance`: the service is in planned maintenance (a monitor will see it down);
 * - `resolved_review`: recovered, and the token does not restore by itself;
 * - `editor_changed`: recovered, but the status is no longer the one the monitor set;
 * - `heartbeat_missed`: no beat within the interval.
 */
export const MONITOR_FLAG_REASONS = ['editor_precedence', 'maintenance', 'resolved_review', 'editor_changed', 'heartbeat_missed'] as const;
export type MonitorFlagReason = (typeof MONITOR_FLAG_REASONS)[number];

/** Minutes during which an editor's status change is never overwritten by a monitor. */
export const DEFAULT_EDITOR_PRECEDENCE_MINUTES = 30;

/**
 * What a firing alert may say (`status_page_status`): the three statuses a machine can know.
 * Being rebuilt, will not be restored and planned maintenance are people's decisions, and
 * "operational" while firing is a contradiction. Statuspage's words are accepted too, since
 * alert rules written for Statuspage integrations carry them.
 */
const REPORTABLE: Readonly<Record<string, ServiceStatus>> = {
  down: 'down',
  degraded: 'degraded',
  investigating: 'investigating',
  major_outage: 'down',
  partial_outage: 'investigating',
  degraded_performance: 'degraded',
};

export const REPORTABLE_STATUS_WORDS = Object.keys(REPORTABLE);

/** The status a firing alert sets; null for a word that is not one of REPORTABLE_STATUS_WORDS. */
export function reportedStatusOf(word: string | undefined): ServiceStatus | null {
  if (word === undefined) return 'down';
  return Object.hasOwn(REPORTABLE, word) ? REPORTABLE[word]! : null;
}

/** What a monitor says about one service: it fails (with the status it implies) or it works again. */
export type MonitorReport = { kind: 'failing'; status: ServiceStatus } | { kind: 'recovered' };

export interface ServiceState {
  status: ServiceStatus;
  statusChangedAt: Date;
}

/** The status a monitor set last, and the service's status time it left (null: never). */
export interface MonitorMark {
  status: ServiceStatus;
  statusChangedAt: Date;
}

export type MonitorDecision =
  | { action: 'unchanged' }
  | { action: 'apply'; to: ServiceStatus }
  | { action: 'flag'; reason: MonitorFlagReason };

/** Whether the service's current status is the one a monitor set (no person has changed it since). */
export function setByMonitor(service: ServiceState, mark: MonitorMark | null): boolean {
  return mark !== null && mark.status === service.status && mark.statusChangedAt.getTime() === service.statusChangedAt.getTime();
}

/**
 * What to do with a report. People outrank machines: a status a person (or a planned
 * maintenance) set within the precedence window is never overwritten, and a recovery restores
 * only a status the monitor itself set, and only when the token is trusted to restore.
 */
export function decideMonitorReport(
  report: MonitorReport,
  service: ServiceState,
  mark: MonitorMark | null,
  options: { now: Date; precedenceMinutes: number; restoreOnResolve: boolean },
): MonitorDecision {
  const target: ServiceStatus = report.kind === 'failing' ? report.status : 'operational';
  if (service.status === target) return { action: 'unchanged' };
  const byMonitor = setByMonitor(service, mark);
  if (report.kind === 'recovered') {
    if (!byMonitor) return { action: 'flag', reason: service.status === 'maintenance' ? 'maintenance' : 'editor_changed' };
    return options.restoreOnResolve ? { action: 'apply', to: 'operational' } : { action: 'flag', reason: 'resolved_review' };
  }
  if (service.status === 'maintenance') return { action: 'flag', reason: 'maintenance' };
  // Being rebuilt or lost already says it cannot be used, in people's better words.
  if (service.status === 'rebuilding' || service.status === 'lost') return { action: 'unchanged' };
  const recentByPerson =
    !byMonitor && options.now.getTime() - service.statusChangedAt.getTime() < options.precedenceMinutes * 60_000;
  if (recentByPerson) return { action: 'flag', reason: 'editor_precedence' };
  return { action: 'apply', to: target };
}

/** Heartbeat intervals: from 30 seconds (the background check's own period) to a week. */
export const HEARTBEAT_INTERVAL_LIMITS = { min: 30, max: 7 * 24 * 3600, default: 300 } as const;

/**
 * A switch is missed once a whole interval has passed since the last beat, plus a grace of a
 * tenth of it (at least 30 s: the background check runs every 30 s on Node, every minute on
 * Workers), so a beat that is merely late by network time is not a false alarm.
 */
export function heartbeatMissed(heartbeat: { lastBeatAt: Date; intervalSeconds: number }, now: Date): boolean {
  const graceSeconds = Math.max(30, Math.ceil(heartbeat.intervalSeconds / 10));
  return now.getTime() - heartbeat.lastBeatAt.getTime() > (heartbeat.intervalSeconds + graceSeconds) * 1000;
}
