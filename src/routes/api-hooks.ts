/**
 * Monitor hooks under /api/v1/hooks/ (docs/decisions/0039-monitor-hooks.md): Alertmanager,
 * Grafana, Uptime Kuma and heartbeats, each with a token that has the scope `hooks`. Thin:
 * the payload is validated (src/api/hooks/), one store call applies it in one transaction
 * (src/store/monitoring.ts, src/store/heartbeats.ts), the answer says per service what was
 * done: changed, unchanged, or flagged for an editor and why.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DEFAULT_MONITOR_HOOK_CONFIG } from '../api/hooks/config';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyGrafanaSignature } from '../api/hooks/grafana-signature';
import { alertmanagerPayload, grafanaPayload, uptimeKumaPayload } from '../api/hooks/payloads';
import { parseBody } from '../api/write/request';
import { failingStatus, reportsFromAlerts, requireServiceSlug, type Reports } from '../api/hooks/reports';
import { answered, pathParam, writeAnswer } from '../api/hooks/respond';
import { requireToken } from '../api/write/auth';
import { ApiWriteError, apiWriteErrorResponse, invalidField, readJsonBody, WRITE_BODY_LIMIT_BYTES } from '../api/write/errors';
import { HEARTBEAT_INTERVAL_LIMITS, type MonitorFlagReason, type MonitorSource } from '../domain/monitoring';
import type { AppEnv } from '../env';
import { recordHeartbeat } from '../store/heartbeats';
import { MONITOR_WORDS, monitorWordsForDefault } from '../i18n/monitoring';
import { applyMonitorReports, type AutomaticWords, type MonitorOutcome } from '../store/monitoring';

export const HOOKS_PREFIX = '/api/v1/hooks';

/** What a flag means, in the answer: monitors' operators read these in their logs. */
const FLAG_EXPLANATIONS: Record<MonitorFlagReason, (minutes: number) => string> = {
  editor_precedence: (minutes) =>
    `A person set this service's status within the last ${minutes} minutes; it was not overwritten. The report is flagged for an editor.`,
  maintenance: () => 'The service is in planned maintenance; the report is flagged for an editor instead of changing it.',
  resolved_review: () => 'This token does not restore services by itself; the recovery is flagged for an editor.',
  editor_changed: () => 'A person has changed the status since the monitor set it; the recovery is flagged for an editor.',
  heartbeat_missed: () => 'No heartbeat arrived within the interval; flagged for an editor.',
};

const monitorWordsFor = (locale: string, isDefault: boolean): AutomaticWords | null =>
  isDefault ? monitorWordsForDefault(locale) : (MONITOR_WORDS[locale] ?? null);

function hookConfig(c: Context<AppEnv>) {
  return c.var.config.monitorHooks ?? DEFAULT_MONITOR_HOOK_CONFIG;
}

function outcomeAnswer(outcome: MonitorOutcome, minutes: number) {
  return outcome.outcome === 'flagged' ? { ...outcome, message: FLAG_EXPLANATIONS[outcome.reason](minutes) } : outcome;
}

async function applyReports(c: Context<AppEnv>, source: MonitorSource, { reports, ignored }: Reports): Promise<Response> {
  const { editorPrecedenceMinutes } = hookConfig(c);
  const outcomes =
    reports.length === 0
      ? []
      : await applyMonitorReports(
          c.var.db,
          c.var.clock,
          reports,
          { source, restoreOnResolve: c.var.apiToken.restoreOnResolve, precedenceMinutes: editorPrecedenceMinutes, wordsFor: monitorWordsFor },
          c.var.apiActor,
        );
  return writeAnswer(c, { results: outcomes.map((outcome) => outcomeAnswer(outcome, editorPrecedenceMinutes)), ignored });
}

/** The raw body (for the signature), at most 1 MB, then parsed as JSON. */
const limitedBody = bodyLimit({
  maxSize: WRITE_BODY_LIMIT_BYTES,
  onError: (c) => apiWriteErrorResponse(c, new ApiWriteError(413, 'too-large', `The body is larger than ${WRITE_BODY_LIMIT_BYTES / 1024} KiB.`)),
});

function parseJson(text: string): unknown {
  if (text.trim() === '') throw new ApiWriteError(400, 'bad-json', 'The request has no body; send a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiWriteError(400, 'bad-json', 'The body is not valid JSON.');
  }
}

export function hookRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guard = requireToken('hooks');

  app.post(
    `${HOOKS_PREFIX}/alertmanager`,
    guard,
    answered(async (c) => {
      const payload = parseBody(alertmanagerPayload, await readJsonBody(c));
      return applyReports(c, 'alertmanager', reportsFromAlerts(payload.alerts));
    }),
  );

  app.post(
    `${HOOKS_PREFIX}/grafana`,
    guard,
    limitedBody,
    answered(async (c) => {
      const text = await c.req.text();
      const { grafanaSecret } = hookConfig(c);
      if (grafanaSecret !== null) {
        const check = await verifyGrafanaSignature(
          grafanaSecret,
          text,
          { signature: c.req.header(SIGNATURE_HEADER), timestamp: c.req.header(TIMESTAMP_HEADER) },
          c.var.clock.now(),
        );
        if (!check.ok) throw new ApiWriteError(401, 'unauthorized', check.reason);
      }
      const payload = parseBody(grafanaPayload, parseJson(text));
      return applyReports(c, 'grafana', reportsFromAlerts(payload.alerts));
    }),
  );

  app.post(
    `${HOOKS_PREFIX}/uptime-kuma`,
    guard,
    answered(async (c) => {
      const payload = parseBody(uptimeKumaPayload, await readJsonBody(c));
      // Uptime Kuma's "Test" button sends no heartbeat and no monitor.
      if (!payload.heartbeat) return writeAnswer(c, { results: [], ignored: 0, test: true });
      const named = c.req.query('service') ?? payload.monitor?.name;
      if (named === undefined) throw invalidField('service', 'Name the service in the webhook address: ?service=<slug>.');
      const serviceSlug = requireServiceSlug(named, c.req.query('service') === undefined ? 'monitor.name' : 'service');
      const detail = payload.heartbeat.msg || payload.msg || '';
      const { status } = payload.heartbeat;
      // 2 is "pending" (retrying) and 3 "maintenance" in Uptime Kuma: neither says it is down or up.
      if (status === 2 || status === 3) return writeAnswer(c, { results: [], ignored: 1 });
      const report = status === 0 ? failingStatus(c.req.query('status'), 'status') : ({ kind: 'recovered' } as const);
      // Each Uptime Kuma monitor is one alert: two monitors of one service are told apart.
      const alertKey = `monitor:${payload.monitor?.id ?? payload.monitor?.name ?? serviceSlug}`.slice(0, 200);
      return applyReports(c, 'uptime_kuma', { reports: [{ serviceSlug, report, detail, alertKey }], ignored: 0 });
    }),
  );

  app.post(
    `${HOOKS_PREFIX}/heartbeat/:slug`,
    guard,
    answered(async (c) => {
      const serviceSlug = requireServiceSlug(pathParam(c, 'slug'), 'slug');
      const asked = c.req.query('interval');
      let intervalSeconds: number | null = null;
      if (asked !== undefined) {
        intervalSeconds = Number(asked);
        const { min, max } = HEARTBEAT_INTERVAL_LIMITS;
        if (!/^\d+$/.test(asked) || intervalSeconds < min || intervalSeconds > max)
          throw invalidField('interval', `interval: a whole number of seconds from ${min} to ${max}.`);
      }
      const beat = await recordHeartbeat(
        c.var.db,
        c.var.clock,
        { serviceSlug, intervalSeconds, defaultIntervalSeconds: HEARTBEAT_INTERVAL_LIMITS.default },
        c.var.apiActor,
      );
      return writeAnswer(c, {
        service: beat.service,
        interval_seconds: beat.intervalSeconds,
        next_beat_due_at: beat.nextBeatDueAt.toISOString(),
        armed: beat.armed,
        resumed: beat.resumed,
      });
    }),
  );

  return app;
}
