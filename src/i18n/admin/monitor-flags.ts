/**
 * The console's words for monitor flags (docs/decisions/0039-monitor-hooks.md): what a monitor
 * reported that waits for an editor. Kept beside the console's catalogs, read only by the
 * dashboard's flag list, one object per language so a missing string is a type error.
 */
import type { MonitorFlagReason, MonitorSource } from '../../domain/monitoring';

export interface MonitorFlagWords {
  heading: (count: number) => string;
  intro: string;
  source: Record<MonitorSource, string>;
  reason: Record<MonitorFlagReason, string>;
  /** "Reported Down" — the status the monitor asked for. */
  asked: (status: string) => string;
  by: (who: string, at: string) => string;
  /** The button that takes a flag off the dashboard. */
  clear: string;
}

const sv: MonitorFlagWords = {
  heading: (count) => (count === 1 ? 'En rapport från övervakningen väntar på dig' : `${count} rapporter från övervakningen väntar på dig`),
  intro: 'Övervakningen ändrade inte statusen i de här fallen. Titta på tjänsten och ändra statusen om det behövs; flaggan försvinner när statusen ändras eller när du markerar den som klar.',
  source: { alertmanager: 'Alertmanager', grafana: 'Grafana', uptime_kuma: 'Uptime Kuma', heartbeat: 'Hjärtslag' },
  reason: {
    editor_precedence: 'En redaktör ändrade statusen nyss, så övervakningen skrev inte över den.',
    maintenance: 'Tjänsten har planerat underhåll.',
    resolved_review: 'Larmet har upphört. Kontrollera att tjänsten fungerar och återställ statusen själv.',
    editor_changed: 'Larmet har upphört, men statusen har ändrats av en redaktör sedan övervakningen satte den.',
    heartbeat_missed: 'Inga hjärtslag har kommit inom intervallet. Övervakningen kan ha slutat fungera, eller tjänsten.',
  },
  asked: (status) => `Rapporterade: ${status}`,
  by: (who, at) => `${who}, ${at}`,
  clear: 'Klart, jag har sett det',
};

const en: MonitorFlagWords = {
  heading: (count) => (count === 1 ? 'One report from monitoring is waiting for you' : `${count} reports from monitoring are waiting for you`),
  intro: 'Monitoring did not change the status in these cases. Look at the service and change its status if needed; a flag goes away when the status changes, or when you mark it done.',
  source: { alertmanager: 'Alertmanager', grafana: 'Grafana', uptime_kuma: 'Uptime Kuma', heartbeat: 'Heartbeat' },
  reason: {
    editor_precedence: 'An editor changed the status recently, so monitoring did not overwrite it.',
    maintenance: 'The service is in planned maintenance.',
    resolved_review: 'The alert has ended. Check that the service works and restore its status yourself.',
    editor_changed: 'The alert has ended, but an editor has changed the status since monitoring set it.',
    heartbeat_missed: 'No heartbeat arrived within the interval. The monitor may have stopped, or the service.',
  },
  asked: (status) => `Reported: ${status}`,
  by: (who, at) => `${who}, ${at}`,
  clear: 'Done, I have seen it',
};

export function monitorFlagWords(locale: string): MonitorFlagWords {
  return locale === 'en' ? en : sv;
}
