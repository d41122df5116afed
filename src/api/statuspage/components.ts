/**
 * Statuspage's components from our service groups and services: one flat list, each group
 * followed by its services, as the overview lists them (docs/decisions/0029-statuspage-v2-exactly.md).
 */
import type { ServiceStatus } from '../../domain/status';
import { localText, optionalText } from '../../present/localize';
import type { StatuspageComponent } from './schemas';
import type { StatuspageContext } from './documents';
import { componentStatusOf, worstComponentStatus } from './vocabulary';

interface TextRow {
  locale: string;
  updatedAt?: Date;
}

/** Component ids: groups and services share one list, so each kind has its own prefix. */
export const serviceComponentId = (slug: string) => `service-${slug}`;
export const groupComponentId = (slug: string) => `group-${slug}`;

export interface GroupRow {
  slug: string;
  createdAt: Date;
  updatedAt: Date;
  texts: (TextRow & { name: string })[];
}

export interface ServiceRow {
  id: number;
  slug: string;
  groupId: number;
  status: ServiceStatus;
  createdAt: Date;
  updatedAt: Date;
  texts: (TextRow & { name: string; description: string })[];
}

export interface Components {
  /** Groups and their services in one flat list, in page order (`position` counts it). */
  list: StatuspageComponent[];
  byServiceId: Map<number, StatuspageComponent>;
}

/**
 * Statuspage's components: each group, then its services, as the overview lists them. A group
 * shows the worst status of its services; a group without active services is left out.
 */
export function buildComponents(
  groups: readonly (GroupRow & { id: number })[],
  services: readonly ServiceRow[],
  context: StatuspageContext,
): Components {
  const { page, languages, time } = context;
  const list: StatuspageComponent[] = [];
  const byServiceId = new Map<number, StatuspageComponent>();
  for (const group of groups) {
    const members = services.filter((service) => service.groupId === group.id);
    if (members.length === 0) continue;
    const groupId = groupComponentId(group.slug);
    const children = members.map((service) => ({
      id: serviceComponentId(service.slug),
      name: localText(service.texts, languages, (row) => row.name).text,
      status: componentStatusOf(service.status),
      created_at: time(service.createdAt),
      updated_at: time(service.updatedAt),
      position: 0,
      description: optionalText(service.texts, languages, (row) => row.description)?.text ?? null,
      showcase: false,
      start_date: null,
      group_id: groupId,
      page_id: page.id,
      group: false,
      only_show_if_degraded: false,
    }));
    list.push({
      id: groupId,
      name: localText(group.texts, languages, (row) => row.name).text,
      status: worstComponentStatus(children.map((child) => child.status)),
      created_at: time(group.createdAt),
      updated_at: time(group.updatedAt),
      position: 0,
      description: null,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id: page.id,
      group: true,
      only_show_if_degraded: false,
      components: children.map((child) => child.id),
    });
    children.forEach((child, index) => {
      list.push(child);
      byServiceId.set(members[index]!.id, child);
    });
  }
  list.forEach((component, index) => (component.position = index + 1));
  return { list, byServiceId };
}
