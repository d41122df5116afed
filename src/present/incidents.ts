import type { IncidentSummary } from '../../views/pages/OverviewPage';
import { isNextUpdateOverdue } from '../domain/incident';
import type { IncidentWithDetails } from '../store/incidents';
import type { UpdateWithDetails } from '../store/updates';
import type { PageContext } from './chrome';
import { localText } from './localize';
import { presentUpdate } from './update';

export function presentIncidentSummary(
  incident: Pick<IncidentWithDetails, 'slug' | 'texts' | 'startedAt' | 'resolvedAt' | 'nextUpdateDueAt'>,
  latest: UpdateWithDetails | null,
  context: PageContext,
): IncidentSummary {
  return {
    title: localText(incident.texts, context.languages, (row) => row.title),
    href: context.paths.incident(incident.slug),
    startedAt: incident.startedAt,
    nextUpdateDueAt: incident.resolvedAt ? null : incident.nextUpdateDueAt,
    nextUpdateOverdue: isNextUpdateOverdue(incident, context.now),
    latest: latest ? presentUpdate(latest, context) : null,
  };
}
