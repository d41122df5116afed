/**
 * The one plain sentence at the top of the overview ("Flera tjänster fungerar inte just nu")
 * is chosen from this summary; the message catalogs turn it into words.
 */
import { isImpaired, isNotWorking, type ServiceStatus } from './status';

/** Atlassian Statuspage's page indicator, so the JSON API can reuse this summary. */
export type OverallIndicator = 'none' | 'maintenance' | 'minor' | 'major' | 'critical';

export type OverallKind =
  | 'no-services'
  | 'all-operational'
  | 'maintenance'
  | 'some-impaired'
  | 'one-not-working'
  | 'several-not-working';

export interface OverallState {
  kind: OverallKind;
  indicator: OverallIndicator;
  total: number;
  /** Cannot be used at all (down, being rebuilt, will not be restored). */
  notWorking: number;
  /** Works, but not fully or not certainly (degraded, under investigation). */
  impaired: number;
  maintenance: number;
}

export function summariseStatuses(statuses: readonly ServiceStatus[]): OverallState {
  const total = statuses.length;
  const notWorking = statuses.filter(isNotWorking).length;
  const impaired = statuses.filter(isImpaired).length;
  const maintenance = statuses.filter((status) => status === 'maintenance').length;
  const counts = { total, notWorking, impaired, maintenance };

  if (total === 0) return { kind: 'no-services', indicator: 'none', ...counts };
  if (notWorking > 1) {
    // Statuspage calls it critical when the outage is broad; half of all services is broad.
    const indicator = notWorking * 2 >= total ? 'critical' : 'major';
    return { kind: 'several-not-working', indicator, ...counts };
  }
  if (notWorking === 1) return { kind: 'one-not-working', indicator: 'major', ...counts };
  if (impaired > 0) return { kind: 'some-impaired', indicator: 'minor', ...counts };
  if (maintenance > 0) return { kind: 'maintenance', indicator: 'maintenance', ...counts };
  return { kind: 'all-operational', indicator: 'none', ...counts };
}
