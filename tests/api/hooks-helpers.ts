/** A site with one service and a monitor's token, and the requests monitoring systems send. */
import type { MonitorHookConfig } from '../../src/api/hooks/config';
import type { ApiScope } from '../../src/domain/api-scopes';
import { findServiceBySlug } from '../../src/store/services';
import { createTestApp, visibleText, type TestContext } from '../helpers/app';
import { issueApiToken } from '../helpers/api-tokens';
import { makeGroup, makeService } from '../helpers/factories';

export const MINUTE = 60_000;

export interface HookSite extends TestContext {
  service: { id: number; slug: string };
  token: string;
}

export async function hookSite(
  options: { restoreOnResolve?: boolean; scopes?: ApiScope[]; monitorHooks?: MonitorHookConfig; serviceName?: string } = {},
): Promise<HookSite> {
  const context = await createTestApp({ monitorHooks: options.monitorHooks });
  const group = await makeGroup(context.db, context.clock);
  const service = await makeService(context.db, context.clock, {
    groupId: group,
    slug: 'mina-sidor',
    sv: { name: options.serviceName ?? 'Mina sidor' },
    en: { name: options.serviceName ?? 'My pages' },
  });
  const token = await issueApiToken(context, { scopes: options.scopes ?? ['hooks'], name: 'prometheus', restoreOnResolve: options.restoreOnResolve });
  // The service was created "now"; a monitor's first report comes well after any person's edit.
  context.clock.advance(60 * MINUTE);
  return { ...context, service, token };
}

export function postJson(site: Pick<TestContext, 'app'>, path: string, body: unknown, token: string | null, headers: Record<string, string> = {}) {
  return site.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** One alert as Alertmanager (and Grafana) sends it. */
export function alert(status: 'firing' | 'resolved', labels: Record<string, string>, summary = 'Probe failed') {
  return {
    status,
    labels: { alertname: 'ProbeFailure', ...labels },
    annotations: { summary },
    startsAt: '2026-02-11T13:55:00.000Z',
    endsAt: status === 'resolved' ? '2026-02-11T14:10:00.000Z' : '0001-01-01T00:00:00Z',
    generatorURL: 'http://prometheus.example.org:9090/graph',
    fingerprint: '1a30ba71cca2921f',
  };
}

/** Alertmanager's webhook payload, version 4. */
export function alertmanagerPayload(alerts: ReturnType<typeof alert>[]) {
  return {
    receiver: 'status-page',
    status: alerts.some((one) => one.status === 'firing') ? 'firing' : 'resolved',
    alerts,
    groupLabels: { alertname: 'ProbeFailure' },
    commonLabels: alerts[0]?.labels ?? {},
    commonAnnotations: {},
    externalURL: 'http://alertmanager.example.org:9093',
    version: '4',
    groupKey: '{}:{alertname="ProbeFailure"}',
    truncatedAlerts: 0,
  };
}

export async function statusOf(site: Pick<TestContext, 'db'>, slug = 'mina-sidor') {
  return (await findServiceBySlug(site.db, slug))!.status;
}

/** The service's public page as a reader sees it. */
export async function servicePageText(site: Pick<TestContext, 'app'>, slug = 'mina-sidor'): Promise<string> {
  return visibleText(await (await site.app.request(`/tjanster/${slug}`)).text());
}
