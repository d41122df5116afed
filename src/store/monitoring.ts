/**
 * Monitor reports applied to services (docs/decisions/0039-monitor-hooks.md): one request's
 * reports in one write transaction, through the same update publishing as the console
 * (./publishing.ts insertUpdate), so a monitor's change is a dated update with its audit
 * entry and revision bump like any other. The rules are in src/domain/monitoring.ts.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Transaction } from '../db/database';
import { monitorStatusMarks, services, serviceTexts, siteSettings } from '../db/schema';
import { decideMonitorReport, type MonitorFlagReason, type MonitorReport, type MonitorSource } from '../domain/monitoring';
import type { ServiceStatus } from '../domain/status';
import type { Actor } from './audit';
import { NotFoundError } from './errors';
import { countFiringAlerts, recordAlert } from './firing-alerts';
import { monitorDetail, raiseFlag } from './monitor-flags';
import { insertUpdate } from './publishing';
import { writeTransaction, type Audit } from './revision';

export interface MonitorReportInput {
  serviceSlug: string;
  report: MonitorReport;
  /** The alert's name or summary, kept with a flag and in the audit log, never published. */
  detail: string;
  /** The sender's id of the alert (a fingerprint), so its resolution is told from others'; null when it has none. */
  alertKey: string | null;
}

export type MonitorOutcome =
  | { service: string; outcome: 'changed'; from: ServiceStatus; to: ServiceStatus; update: string }
  | { service: string; outcome: 'unchanged'; status: ServiceStatus; /** Other alerts about it still firing. */ stillFiring?: number }
  | { service: string; outcome: 'flagged'; status: ServiceStatus; reason: MonitorFlagReason };

/** How an automatic update reads in one language (src/i18n/monitoring.ts; given, so the store needs no catalog). */
export interface AutomaticWords {
  failing: (service: string, status: ServiceStatus) => string;
  recovered: (service: string) => string;
}

export interface MonitorOptions {
  source: MonitorSource;
  restoreOnResolve: boolean;
  precedenceMinutes: number;
  /** The words in a language; null where there are none (that language reads the default's). Never null for the default. */
  wordsFor: (locale: string, isDefault: boolean) => AutomaticWords | null;
}

/** Refused inside the transaction so it rolls back: nothing was worth writing. */
class NothingToWrite extends Error {
  constructor(readonly outcomes: MonitorOutcome[]) {
    super('nothing to write');
  }
}

/** Several reports about one service in one request: failing wins (the worst status), else recovered. */
export function combineReports(inputs: readonly MonitorReportInput[]): MonitorReportInput[] {
  const bySlug = new Map<string, MonitorReportInput>();
  for (const input of inputs) {
    const seen = bySlug.get(input.serviceSlug);
    if (!seen || (seen.report.kind === 'recovered' && input.report.kind === 'failing')) bySlug.set(input.serviceSlug, input);
    else if (seen.report.kind === 'failing' && input.report.kind === 'failing' && severityRank(input.report.status) > severityRank(seen.report.status))
      bySlug.set(input.serviceSlug, input);
  }
  return [...bySlug.values()];
}

const RANK: Partial<Record<ServiceStatus, number>> = { degraded: 1, investigating: 2, down: 3 };
const severityRank = (status: ServiceStatus) => RANK[status] ?? 0;

/**
 * Applies a request's reports: every service must exist (else NotFoundError and nothing is
 * written); each alert's state is recorded (./firing-alerts.ts), then each service is changed,
 * left as it is (a recovery while another alert about it still fires), or flagged for an editor. A request that changes
 * and flags nothing writes nothing (Alertmanager repeats firing alerts; the revision and every
 * cache stay as they are).
 */
export async function applyMonitorReports(
  db: Database,
  clock: Clock,
  inputs: readonly MonitorReportInput[],
  options: MonitorOptions,
  actor: Actor,
): Promise<MonitorOutcome[]> {
  try {
    return await writeTransaction(
      db,
      clock,
      async (tx, now, audit) => {
        const outcomes: MonitorOutcome[] = [];
        let wrote = false;
        const named = new Map<string, ServiceState>();
        for (const input of inputs) {
          const service = named.get(input.serviceSlug) ?? (await serviceNamed(tx, input.serviceSlug));
          named.set(input.serviceSlug, service);
          if (input.alertKey !== null)
            wrote = (await recordAlert(tx, now, { serviceId: service.id, source: options.source, alertKey: input.alertKey, report: input.report })) || wrote;
        }
        for (const input of combineReports(inputs)) {
          const service = named.get(input.serviceSlug)!;
          const stillFiring = input.report.kind === 'recovered' ? await countFiringAlerts(tx, service.id, now) : 0;
          if (stillFiring > 0) {
            outcomes.push({ service: service.slug, outcome: 'unchanged', status: service.status, stillFiring });
            continue;
          }
          const result = await applyOne(tx, now, audit, service, input, options, actor);
          outcomes.push(result.outcome);
          wrote ||= result.wrote;
        }
        if (!wrote) throw new NothingToWrite(outcomes);
        return outcomes;
      },
      actor,
    );
  } catch (error) {
    if (error instanceof NothingToWrite) return error.outcomes;
    throw error;
  }
}

interface ServiceState {
  id: number;
  slug: string;
  status: ServiceStatus;
  statusChangedAt: Date;
}

async function serviceNamed(tx: Transaction, slug: string): Promise<ServiceState> {
  const service = await tx
    .select({ id: services.id, slug: services.slug, status: services.status, statusChangedAt: services.statusChangedAt })
    .from(services)
    .where(and(eq(services.slug, slug), isNull(services.retiredAt)))
    .get();
  if (!service) throw new NotFoundError(`There is no service "${slug}".`);
  return service;
}

async function applyOne(
  tx: Transaction,
  now: Date,
  audit: Audit,
  service: ServiceState,
  input: MonitorReportInput,
  options: MonitorOptions,
  actor: Actor,
): Promise<{ outcome: MonitorOutcome; wrote: boolean }> {
  const mark = await tx.select().from(monitorStatusMarks).where(eq(monitorStatusMarks.serviceId, service.id)).get();
  const decision = decideMonitorReport(input.report, service, mark ?? null, {
    now,
    precedenceMinutes: options.precedenceMinutes,
    restoreOnResolve: options.restoreOnResolve,
  });
  const slug = service.slug;
  if (decision.action === 'unchanged') return { outcome: { service: slug, outcome: 'unchanged', status: service.status }, wrote: false };
  if (decision.action === 'flag') {
    const reportedStatus = input.report.kind === 'failing' ? input.report.status : null;
    const wrote = await raiseFlag(tx, now, audit, {
      serviceId: service.id,
      statusChangedAt: service.statusChangedAt,
      source: options.source,
      reason: decision.reason,
      reportedStatus,
      detail: input.detail,
      reportedBy: actor.username,
    });
    return { outcome: { service: slug, outcome: 'flagged', status: service.status, reason: decision.reason }, wrote };
  }
  const published = await insertUpdate(tx, now, audit, {
    texts: await automaticTexts(tx, service.id, input.report.kind === 'failing' ? decision.to : null, options.wordsFor),
    changes: [{ serviceId: service.id, to: decision.to }],
  });
  // insertUpdate stamps the change with `now`: that stamp is what makes the status "the monitor's".
  await tx
    .insert(monitorStatusMarks)
    .values({ serviceId: service.id, status: decision.to, statusChangedAt: now, source: options.source })
    .onConflictDoUpdate({ target: monitorStatusMarks.serviceId, set: { status: decision.to, statusChangedAt: now, source: options.source } });
  await audit({
    action: 'monitor.report',
    targetType: 'service',
    targetId: service.id,
    before: { status: service.status },
    after: { status: decision.to, source: options.source, detail: monitorDetail(input.detail), update: published.uid },
  });
  return { outcome: { service: slug, outcome: 'changed', from: service.status, to: decision.to, update: published.uid }, wrote: true };
}

/** The automatic wording in every offered language that has words for it (the default always has). */
async function automaticTexts(
  tx: Transaction,
  serviceId: number,
  failing: ServiceStatus | null,
  wordsFor: MonitorOptions['wordsFor'],
): Promise<Record<string, string>> {
  const settings = await tx
    .select({ defaultLocale: siteSettings.defaultLocale, offered: siteSettings.offeredLocales })
    .from(siteSettings)
    .where(eq(siteSettings.id, 1))
    .get();
  const defaultLocale = settings?.defaultLocale ?? 'sv';
  const offered = settings?.offered ?? [defaultLocale];
  const names = await tx.select({ locale: serviceTexts.locale, name: serviceTexts.name }).from(serviceTexts).where(eq(serviceTexts.serviceId, serviceId)).all();
  const nameIn = (locale: string) =>
    names.find((row) => row.locale === locale && row.name !== '')?.name ?? names.find((row) => row.locale === defaultLocale)?.name ?? '';
  const texts: Record<string, string> = {};
  for (const locale of new Set([defaultLocale, ...offered])) {
    const words = wordsFor(locale, locale === defaultLocale);
    if (!words) continue;
    texts[locale] = failing === null ? words.recovered(nameIn(locale)) : words.failing(nameIn(locale), failing);
  }
  return texts;
}
