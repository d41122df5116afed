/**
 * Settings of the monitor hooks (docs/decisions/0039-monitor-hooks.md), read by the entry
 * points from MONITOR_EDITOR_PRECEDENCE_MINUTES and GRAFANA_WEBHOOK_SECRET.
 */
import { DEFAULT_EDITOR_PRECEDENCE_MINUTES } from '../../domain/monitoring';

export interface MonitorHookConfig {
  /** Minutes during which a person's status change is never overwritten by a monitor (default 30). */
  editorPrecedenceMinutes: number;
  /**
   * The secret Grafana's webhook contact point signs its bodies with (its "HMAC Signature"
   * setting). When set, a Grafana request without a valid X-Grafana-Alerting-Signature is
   * refused; when null, the token alone authenticates it.
   */
  grafanaSecret: string | null;
}

export const DEFAULT_MONITOR_HOOK_CONFIG: MonitorHookConfig = {
  editorPrecedenceMinutes: DEFAULT_EDITOR_PRECEDENCE_MINUTES,
  grafanaSecret: null,
};

/** The settings from environment variables (Node's environment or a Worker's bindings). */
export function readMonitorHookConfig(env: { MONITOR_EDITOR_PRECEDENCE_MINUTES?: string; GRAFANA_WEBHOOK_SECRET?: string }): MonitorHookConfig {
  const raw = env.MONITOR_EDITOR_PRECEDENCE_MINUTES;
  const minutes = raw === undefined || raw === '' ? DEFAULT_EDITOR_PRECEDENCE_MINUTES : Number(raw);
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 7 * 24 * 60)
    throw new Error(`MONITOR_EDITOR_PRECEDENCE_MINUTES must be a whole number of minutes (0 to 10080), got "${raw}"`);
  const secret = env.GRAFANA_WEBHOOK_SECRET?.trim() ?? '';
  return { editorPrecedenceMinutes: minutes, grafanaSecret: secret === '' ? null : secret };
}

/**
 * On Workers a setting is read when the isolate builds the app, at a request: a bad value
 * must not take the whole status page down with it, so it is reported and the default used.
 */
export function readMonitorHookConfigOrDefault(
  env: Parameters<typeof readMonitorHookConfig>[0],
  report: (message: string) => void = console.error,
): MonitorHookConfig {
  try {
    return readMonitorHookConfig(env);
  } catch (error) {
    report(`${(error as Error).message}; using ${DEFAULT_MONITOR_HOOK_CONFIG.editorPrecedenceMinutes} minutes.`);
    return { ...DEFAULT_MONITOR_HOOK_CONFIG, grafanaSecret: env.GRAFANA_WEBHOOK_SECRET?.trim() || null };
  }
}
