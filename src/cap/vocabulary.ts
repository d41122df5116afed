/**
 * Our vocabulary in CAP's words: message type, response type, urgency, severity and certainty
 * of one message, from what it reports (docs/decisions/0027-cap-badges-embed.md has the
 * table and the reasons). Pure: the builder gathers the facts.
 */
import type { IncidentImpact, IncidentPhase } from '../domain/incident';
import type { MaintenanceStatus } from '../domain/maintenance';
import { severity as statusRank, type ServiceStatus } from '../domain/status';

export type CapMsgType = 'Alert' | 'Update' | 'Cancel';
export type CapResponseType = 'Prepare' | 'Monitor' | 'AllClear' | 'None';
export type CapUrgency = 'Immediate' | 'Expected' | 'Future' | 'Past' | 'Unknown';
export type CapSeverity = 'Extreme' | 'Severe' | 'Moderate' | 'Minor' | 'Unknown';
export type CapCertainty = 'Observed' | 'Likely' | 'Possible' | 'Unlikely' | 'Unknown';

/** What a message is about: an incident, a planned maintenance, or a service's own status change. */
export type CapKind = 'incident' | 'maintenance' | 'service';

export interface MessageFacts {
  kind: CapKind;
  /** The statuses of the services it concerns, as they stood right after the update it shows. */
  statuses: readonly ServiceStatus[];
  /** The incident's impact (incidents and maintenances), the editor's assessment of the whole. */
  impact: IncidentImpact | null;
  /** The incident phase the update set, if it set one. */
  phase: IncidentPhase | null;
  /** The maintenance status the update recorded (maintenances only). */
  maintenance: MaintenanceStatus | null;
  /** Whether the update brought a service back to operational (standalone updates). */
  restores: boolean;
  /** Whether earlier messages of the same incident or service episode exist. */
  hasEarlier: boolean;
}

export interface CapClassification {
  msgType: CapMsgType;
  responseType: CapResponseType;
  urgency: CapUrgency;
  severity: CapSeverity;
  certainty: CapCertainty;
  /** Over (all clear) or called off: no instruction is given any more. */
  closed: boolean;
}

/**
 * Severity of a status. CAP's Severe and Extreme speak of threats to life or property, which
 * no status word can claim; Moderate is the most a status says.
 */
const STATUS_SEVERITY: Record<ServiceStatus, CapSeverity> = {
  operational: 'Minor',
  maintenance: 'Minor',
  degraded: 'Minor',
  investigating: 'Moderate',
  down: 'Moderate',
  rebuilding: 'Moderate',
  lost: 'Moderate',
};

/** "Under utredning": a problem has been reported, its extent is not yet known. */
const STATUS_CERTAINTY: Record<ServiceStatus, CapCertainty> = {
  operational: 'Observed',
  maintenance: 'Observed',
  degraded: 'Observed',
  investigating: 'Likely',
  down: 'Observed',
  rebuilding: 'Observed',
  lost: 'Observed',
};

/** The editor's impact may raise the severity; "critical" is the one level that says Severe. */
const IMPACT_SEVERITY: Record<IncidentImpact, CapSeverity> = {
  none: 'Minor',
  minor: 'Minor',
  major: 'Moderate',
  critical: 'Severe',
};

const SEVERITY_ORDER: readonly CapSeverity[] = ['Unknown', 'Minor', 'Moderate', 'Severe', 'Extreme'];

function worse(a: CapSeverity, b: CapSeverity): CapSeverity {
  return SEVERITY_ORDER.indexOf(a) >= SEVERITY_ORDER.indexOf(b) ? a : b;
}

function isOver(facts: MessageFacts): boolean {
  switch (facts.kind) {
    case 'incident':
      return facts.phase === 'resolved';
    case 'maintenance':
      return facts.maintenance === 'completed';
    case 'service':
      return facts.restores && facts.statuses.every((status) => status === 'operational');
  }
}

export function classifyMessage(facts: MessageFacts): CapClassification {
  const cancelled = facts.kind === 'maintenance' && facts.maintenance === 'cancelled';
  const over = isOver(facts);
  // Cancel withdraws what was announced, so it needs something to withdraw.
  const msgType: CapMsgType = !facts.hasEarlier ? 'Alert' : cancelled ? 'Cancel' : 'Update';
  if (cancelled) return { msgType, responseType: 'None', urgency: 'Past', severity: 'Minor', certainty: 'Observed', closed: true };
  if (over) return { msgType, responseType: 'AllClear', urgency: 'Past', severity: 'Minor', certainty: 'Observed', closed: true };

  const worst = facts.statuses.reduce<ServiceStatus | null>(
    (current, status) => (current === null || statusRank(status) > statusRank(current) ? status : current),
    null,
  );
  const fromStatus: CapSeverity = worst === null ? 'Unknown' : STATUS_SEVERITY[worst];
  const severity = facts.impact === null ? fromStatus : worse(fromStatus, IMPACT_SEVERITY[facts.impact]);
  if (facts.kind === 'maintenance' && facts.maintenance === 'scheduled') {
    return { msgType, responseType: 'Prepare', urgency: 'Future', severity, certainty: 'Likely', closed: false };
  }
  const somethingBroken = worst !== null && worst !== 'operational';
  return {
    msgType,
    responseType: 'Monitor',
    urgency: somethingBroken ? 'Immediate' : 'Unknown',
    severity,
    certainty: worst === null ? 'Unknown' : STATUS_CERTAINTY[worst],
    closed: false,
  };
}
