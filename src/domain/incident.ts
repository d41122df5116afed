/** Incident phases and impacts, named as Atlassian Statuspage names them so the API maps 1:1. */
export const INCIDENT_PHASES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentPhase = (typeof INCIDENT_PHASES)[number];

export const INCIDENT_IMPACTS = ['none', 'minor', 'major', 'critical'] as const;
export type IncidentImpact = (typeof INCIDENT_IMPACTS)[number];

export function isIncidentPhase(value: unknown): value is IncidentPhase {
  return typeof value === 'string' && (INCIDENT_PHASES as readonly string[]).includes(value);
}

export function isIncidentImpact(value: unknown): value is IncidentImpact {
  return typeof value === 'string' && (INCIDENT_IMPACTS as readonly string[]).includes(value);
}

/** An unresolved incident whose promised next update time has passed. */
export function isNextUpdateOverdue(
  incident: { resolvedAt: Date | null; nextUpdateDueAt: Date | null },
  now: Date,
): boolean {
  return (
    incident.resolvedAt === null &&
    incident.nextUpdateDueAt !== null &&
    incident.nextUpdateDueAt.getTime() < now.getTime()
  );
}
