/**
 * The words of updates a monitor publishes (docs/decisions/0039-monitor-hooks.md): every one
 * opens with "Automatic:" in the reader's language, so nobody mistakes a machine's report for a
 * person's assessment. Written in each offered content language that has words here;
 * others read the default language's text, as for any untranslated update. The monitor's own
 * alert text is never published (it is written for engineers and may name internal hosts);
 * it is kept in the flag and the audit log.
 */
import type { ServiceStatus } from '../domain/status';

export interface MonitorWords {
  /** A failing report that set `status`. */
  failing: (service: string, status: ServiceStatus) => string;
  /** A recovery that set the service back to operational. */
  recovered: (service: string) => string;
}

const sv: MonitorWords = {
  failing: (service, status) =>
    status === 'degraded'
      ? `Automatiskt: övervakningen rapporterar att ${service} fungerar med begränsningar.`
      : status === 'investigating'
        ? `Automatiskt: övervakningen rapporterar ett fel i ${service}. Vi utreder.`
        : `Automatiskt: övervakningen rapporterar att ${service} inte svarar.`,
  recovered: (service) => `Automatiskt: övervakningen rapporterar att ${service} svarar igen.`,
};

const en: MonitorWords = {
  failing: (service, status) =>
    status === 'degraded'
      ? `Automatic: monitoring reports that ${service} works with limitations.`
      : status === 'investigating'
        ? `Automatic: monitoring reports a fault in ${service}. We are investigating.`
        : `Automatic: monitoring reports that ${service} is not responding.`,
  recovered: (service) => `Automatic: monitoring reports that ${service} is responding again.`,
};

/** Languages without words here read the default language's update, as for any untranslated text. */
export const MONITOR_WORDS: Readonly<Partial<Record<string, MonitorWords>>> = { sv, en };

/** The default language's words; Swedish if the default has none here (it always has on this site today). */
export function monitorWordsForDefault(locale: string): MonitorWords {
  return MONITOR_WORDS[locale] ?? sv;
}
