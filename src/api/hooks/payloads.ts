/**
 * What monitoring systems send, as zod schemas (docs/decisions/0039-monitor-hooks.md). Only
 * the fields we read are checked; everything else a sender adds is allowed and ignored, so a
 * newer Alertmanager or Grafana with more fields still works.
 *
 * - Alertmanager's webhook payload, version 4 (prometheus.io, "webhook_config"): `version`,
 *   `groupKey`, `truncatedAlerts`, `status`, `receiver`, `groupLabels`, `commonLabels`,
 *   `commonAnnotations`, `externalURL` and `alerts[]` of `status`, `labels`, `annotations`,
 *   `startsAt`, `endsAt`, `generatorURL`, `fingerprint`.
 * - Grafana's webhook contact point: the same alert list (with Grafana's extra fields such as
 *   `orgId`, `title`, `state`, `message`, `values`, `silenceURL`), its own `version` ("1").
 * - Uptime Kuma's webhook: `heartbeat` (`status` 0 down, 1 up, 2 pending, 3 maintenance;
 *   `msg`, `time`) and `monitor` (`name`, `url`), both null for its "Test" button, and `msg`.
 */
import { z } from 'zod';

const labels = z.record(z.string(), z.string());

const alert = z.object({
  status: z.enum(['firing', 'resolved']),
  labels,
  annotations: labels.optional(),
  startsAt: z.string().optional(),
  endsAt: z.string().optional(),
  fingerprint: z.string().optional(),
});

export type Alert = z.infer<typeof alert>;

/** Alertmanager sends at most this many alerts in one notification when `max_alerts` is 0; more is surely not ours. */
const MAX_ALERTS = 1_000;

export const alertmanagerPayload = z.object({
  version: z.literal('4', { error: 'Only version 4 of the Alertmanager webhook payload is understood.' }),
  status: z.enum(['firing', 'resolved']),
  receiver: z.string().optional(),
  groupKey: z.string().optional(),
  truncatedAlerts: z.number().int().nonnegative().optional(),
  alerts: z.array(alert).max(MAX_ALERTS),
});

export const grafanaPayload = z.object({
  status: z.enum(['firing', 'resolved']).optional(),
  title: z.string().optional(),
  alerts: z.array(alert).max(MAX_ALERTS),
});

export const uptimeKumaPayload = z.object({
  heartbeat: z
    .object({
      status: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], { error: 'Expected 0 (down), 1 (up), 2 (pending) or 3 (maintenance).' }),
      msg: z.string().optional(),
    })
    .nullable()
    .optional(),
  monitor: z.object({ id: z.union([z.number(), z.string()]).optional(), name: z.string() }).nullable().optional(),
  msg: z.string().optional(),
});
