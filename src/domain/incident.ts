/** Incident phases and impacts, named as Atlassian Statuspage names them so the API maps 1:1. */
export const INCIDENT_PHASES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentPhase = (typeof INCIDENT_PHASES)[number];

export const INCIDENT_IMPACTS = ['none', 'minor', 'major', 'critical'] as const;
export type IncidentImpact = (typeof INCIDENT_IMPACTS)[number];

/**
 * The questions a notice answers, from Swedish crisis-communication guidance (DOMAIN.md), in
 * the order a resident reads them. Each is a column of `incident_texts` (checked by the type
 * check in src/db/schema/public.ts), a field of the admin form and a heading on the page.
 */
export const NOTICE_QUESTIONS = ['whatHappened', 'affectsMe', 'whatWeAreDoing', 'whatYouShouldDo', 'whoToContact'] as const;
export type NoticeQuestion = (typeof NOTICE_QUESTIONS)[number];

/** The texts of a notice in one language: its title and the answers. */
export const NOTICE_TEXT_FIELDS = ['title', ...NOTICE_QUESTIONS] as const;
export type NoticeTextField = (typeof NOTICE_TEXT_FIELDS)[number];

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
