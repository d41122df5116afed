/**
 * Monitoring systems' payloads as reports about our services (docs/decisions/0039-monitor-hooks.md).
 * An alert names its service with the label `status_page_service=<slug>` and may say how bad
 * with `status_page_status` (default `down`); an alert without the label is not ours and is
 * counted as ignored. Uptime Kuma names its service with `?service=<slug>` (its monitor names
 * are written for people), or with a monitor name that is itself a slug.
 */
import { isSlug } from '../../domain/limits';
import { REPORTABLE_STATUS_WORDS, reportedStatusOf, type MonitorReport } from '../../domain/monitoring';
import type { MonitorReportInput } from '../../store/monitoring';
import { invalidField } from '../write/errors';
import type { Alert } from './payloads';

export const SERVICE_LABEL = 'status_page_service';
export const STATUS_LABEL = 'status_page_status';

export interface Reports {
  reports: MonitorReportInput[];
  /** Alerts without a `status_page_service` label. */
  ignored: number;
}

/** A `status_page_status` word (or `?status=`) as the status it reports, or a 422 naming `field`. */
export function failingStatus(word: string | undefined, field: string): MonitorReport {
  const status = reportedStatusOf(word);
  if (status === null) throw invalidField(field, `${field}: use one of ${REPORTABLE_STATUS_WORDS.join(', ')}.`);
  return { kind: 'failing', status };
}

export function requireServiceSlug(value: string, field: string): string {
  if (!isSlug(value)) throw invalidField(field, `${field}: a service's address (lowercase letters, digits and hyphens), got an invalid value.`);
  return value;
}

/**
 * Which alert this is, across notifications: the sender's fingerprint, else its labels (an
 * alert's identity in Alertmanager is its label set). Long label sets are cut: the key only
 * needs to tell this service's alerts apart.
 */
function alertKeyOf(alert: Alert): string {
  if (alert.fingerprint) return `fp:${alert.fingerprint}`.slice(0, 200);
  const labels = Object.entries(alert.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `labels:${JSON.stringify(labels)}`.slice(0, 1_000);
}

/** Alertmanager's and Grafana's alerts (the same list): firing fails the service, resolved recovers it. */
export function reportsFromAlerts(alerts: readonly Alert[]): Reports {
  const reports: MonitorReportInput[] = [];
  let ignored = 0;
  alerts.forEach((alert, index) => {
    const slug = alert.labels[SERVICE_LABEL];
    if (slug === undefined) {
      ignored += 1;
      return;
    }
    const field = `alerts.${index}.labels`;
    const serviceSlug = requireServiceSlug(slug, `${field}.${SERVICE_LABEL}`);
    // The status label is checked on resolved alerts too: a typo should show before it matters.
    const failing = failingStatus(alert.labels[STATUS_LABEL], `${field}.${STATUS_LABEL}`);
    reports.push({
      serviceSlug,
      report: alert.status === 'firing' ? failing : { kind: 'recovered' },
      detail: alert.annotations?.summary ?? alert.labels.alertname ?? '',
      alertKey: alertKeyOf(alert),
    });
  });
  return { reports, ignored };
}
