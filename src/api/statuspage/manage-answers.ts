/**
 * What the manage shape answers: the component or incident as the read side builds it for
 * /api/v2/ (./assemble.ts, ./documents.ts), parsed through the same schemas, so a tool reads
 * back exactly what the public documents will say. Always in the site's default language.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../../env';
import { findIncidentForApi, updatesOfIncidents } from '../../store/api-reads';
import { readRevision } from '../../store/revision';
import { DEFAULT_SITE, loadSite } from '../../store/site';
import type { ApiRequest } from '../request';
import { notFound } from '../write/errors';
import { contextOf, readComponents } from './assemble';
import { buildIncident } from './documents';
import { statuspageComponent, statuspageIncident, type StatuspageComponent, type StatuspageIncident } from './schemas';

/** The request as the read side sees it, read after the write (its revision and time). */
export async function manageRequestOf(c: Context<AppEnv>): Promise<ApiRequest> {
  const { db } = c.var;
  const [site, revision] = await Promise.all([loadSite(db), readRevision(db)]);
  const known = site ?? DEFAULT_SITE;
  return {
    db,
    site: known,
    lang: known.defaultLocale,
    publicUrl: c.var.config.publicUrl ?? known.publicUrl,
    changedAt: revision.changedAt,
    now: c.var.clock.now(),
  };
}

/** Statuspage's `page_id` of this site, as the read side publishes it: the public address's host. */
export function pageIdOf(request: ApiRequest): string {
  return contextOf(request).page.id;
}

export async function componentAnswer(request: ApiRequest, componentId: string): Promise<StatuspageComponent> {
  const { components } = await readComponents(request, contextOf(request));
  const component = components.list.find((candidate) => candidate.id === componentId);
  if (!component) throw notFound(`There is no component "${componentId}".`, 'component_id');
  return statuspageComponent.parse(component);
}

export async function incidentAnswer(request: ApiRequest, slug: string): Promise<StatuspageIncident> {
  const context = contextOf(request);
  const [{ components }, incident] = await Promise.all([readComponents(request, context), findIncidentForApi(request.db, slug)]);
  if (!incident) throw notFound(`There is no incident "${slug}".`, 'incident_id');
  const updates = await updatesOfIncidents(request.db, [incident.id]);
  return statuspageIncident.parse(buildIncident(incident, updates.byIncident.get(incident.id)!, components, context));
}
