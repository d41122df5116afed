// ─── Monitor hooks: flags for editors, heartbeats, what a monitor last set, firing alerts ───
// (docs/decisions/0039-monitor-hooks.md). Not public data, but no secret either: a backup
// keeps them (src/backup/tables.ts). The Grafana signing secret is configuration, not here.

import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { MONITOR_FLAG_REASONS, MONITOR_SOURCES, type MonitorFlagReason, type MonitorSource } from '../../domain/monitoring';
import { SERVICE_STATUSES, type ServiceStatus } from '../../domain/status';
import { createdAt, inVocabulary, timestamp, updatedAt } from './columns';
import { services } from './public';

/**
 * Something a monitor reported that an editor should look at: it was not applied (an editor
 * set the status recently, the service is in planned maintenance), a resolved alert that the
 * token does not restore by itself, a heartbeat that stopped. Shown on the console dashboard
 * until the service's status changes after it or it is cleared.
 */
export const monitorFlags = sqliteTable(
  'monitor_flags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    source: text('source').$type<MonitorSource>().notNull(),
    reason: text('reason').$type<MonitorFlagReason>().notNull(),
    /** The status the monitor asked for; null when it reported recovery or silence. */
    reportedStatus: text('reported_status').$type<ServiceStatus>(),
    /** The alert's name or summary as the monitor sent it (plain text, shown escaped). */
    detail: text('detail').notNull().default(''),
    /** `token:<name>`, or `system` for the heartbeat check. */
    reportedBy: text('reported_by').notNull(),
    createdAt: createdAt(),
    clearedAt: timestamp('cleared_at'),
  },
  (t) => [
    check('monitor_flags_source_known', inVocabulary(t.source, MONITOR_SOURCES)),
    check('monitor_flags_reason_known', inVocabulary(t.reason, MONITOR_FLAG_REASONS)),
    check('monitor_flags_status_known', inVocabulary(t.reportedStatus, SERVICE_STATUSES)),
    // The dashboard reads the open flags of every service at once.
    index('monitor_flags_open_idx').on(t.clearedAt, t.serviceId),
  ],
);

/**
 * The last status a monitor set on each service, with the service's status time it left: the
 * status is "the monitor's" while the service's `status_changed_at` still equals it, so an
 * editor's later change (or a maintenance start) is told apart without reading the audit log.
 */
export const monitorStatusMarks = sqliteTable(
  'monitor_status_marks',
  {
    serviceId: integer('service_id')
      .primaryKey()
      .references(() => services.id, { onDelete: 'cascade' }),
    status: text('status').$type<ServiceStatus>().notNull(),
    statusChangedAt: timestamp('status_changed_at').notNull(),
    source: text('source').$type<MonitorSource>().notNull(),
  },
  (t) => [check('monitor_status_marks_status_known', inVocabulary(t.status, SERVICE_STATUSES))],
);

/** Dead-man's switches: a service whose monitor must beat at least every `interval_seconds`. */
export const monitorHeartbeats = sqliteTable(
  'monitor_heartbeats',
  {
    serviceId: integer('service_id')
      .primaryKey()
      .references(() => services.id, { onDelete: 'cascade' }),
    intervalSeconds: integer('interval_seconds').notNull(),
    lastBeatAt: timestamp('last_beat_at').notNull(),
    /** Who beat last (`token:<name>`). */
    beatBy: text('beat_by').notNull(),
    /** When the missed beat was flagged; null while beats arrive in time. */
    missedAt: timestamp('missed_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // The background check looks for armed switches by their last beat.
  (t) => [index('monitor_heartbeats_last_beat_idx').on(t.missedAt, t.lastBeatAt)],
);

/**
 * The alerts firing now, per service: a resolved alert restores the service only when no other
 * alert about it still fires (two rules for one service, one resolving while the other
 * fires, must not restore it). Keyed by the sender's own id (Alertmanager's and Grafana's
 * `fingerprint`, Uptime Kuma's monitor). `last_seen_at` is refreshed by the senders' repeated
 * notifications (at most hourly); a row not seen for a day no longer holds a service down.
 */
export const monitorFiringAlerts = sqliteTable(
  'monitor_firing_alerts',
  {
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    source: text('source').$type<MonitorSource>().notNull(),
    alertKey: text('alert_key').notNull(),
    status: text('status').$type<ServiceStatus>().notNull(),
    firingSince: timestamp('firing_since').notNull(),
    lastSeenAt: timestamp('last_seen_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.source, t.alertKey] }),
    check('monitor_firing_alerts_source_known', inVocabulary(t.source, MONITOR_SOURCES)),
    check('monitor_firing_alerts_status_known', inVocabulary(t.status, SERVICE_STATUSES)),
  ],
);
