/**
 * Statuspage's manage requests in our terms (docs/decisions/0039-monitor-hooks.md): component
 * ids as the read side publishes them (`service-{slug}`, `group-{slug}`) back to services,
 * Statuspage's `components` map to status changes, and the text an update gets when the
 * request sends none (Statuspage allows a status change without a body; our every update
 * says something, in every offered language with an interface catalog).
 */
import type { IncidentPhase } from '../../domain/incident';
import { isInterfaceLocale } from '../../domain/locales';
import type { ServiceStatus } from '../../domain/status';
import { messagesFor } from '../../i18n';
import type { StatusChangeInput } from '../../store/publishing';
import type { ServiceWithTexts } from '../../store/services';
import type { Site } from '../../store/site';
import { ApiWriteError, invalidField, notFound } from '../write/errors';
import { SERVICE_STATUS_OF_COMPONENT } from './manage-payloads';
import type { ComponentStatus } from './vocabulary';

const SERVICE_PREFIX = 'service-';
const GROUP_PREFIX = 'group-';

/** The service a component id names; a group is refused (its status is its services' worst). */
export function serviceOfComponent(id: string, services: readonly ServiceWithTexts[], field: string | null): ServiceWithTexts {
  const service = id.startsWith(SERVICE_PREFIX) ? services.find((candidate) => candidate.slug === id.slice(SERVICE_PREFIX.length)) : undefined;
  if (service) return service;
  if (id.startsWith(GROUP_PREFIX)) {
    const message = `"${id}" is a group: its status is the worst of its services'. Set a service (service-…) instead.`;
    throw field === null ? new ApiWriteError(422, 'invalid', message, 'component_id') : invalidField(field, message);
  }
  const message = `There is no component "${id}". Component ids are listed in /api/v2/components.json.`;
  throw field === null ? notFound(message, 'component_id') : invalidField(field, message);
}

/** Statuspage's `components: { id: status }` as status changes, each naming its field when wrong. */
export function changesOf(components: Record<string, ComponentStatus> | undefined, services: readonly ServiceWithTexts[]): StatusChangeInput[] {
  return Object.entries(components ?? {}).map(([id, status]) => ({
    serviceId: serviceOfComponent(id, services, `incident.components.${id}`).id,
    to: SERVICE_STATUS_OF_COMPONENT[status],
  }));
}

function nameIn(service: ServiceWithTexts, locale: string, defaultLocale: string): string {
  return (
    service.texts.find((row) => row.locale === locale && row.name !== '')?.name ??
    service.texts.find((row) => row.locale === defaultLocale)?.name ??
    service.slug
  );
}

/**
 * An update's text when the request has none, from the interface's own words: the phase
 * ("Åtgärdat.") and each change ("Mina sidor: Ur funktion."), in the default language and
 * every other offered language with a catalog. A content-only language reads the default's.
 */
export function wordedTexts(
  site: Pick<Site, 'defaultLocale' | 'offeredLocales'>,
  phase: IncidentPhase | undefined,
  changes: readonly { service: ServiceWithTexts; to: ServiceStatus }[],
): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const locale of new Set([site.defaultLocale, ...site.offeredLocales])) {
    if (!isInterfaceLocale(locale)) continue;
    const t = messagesFor(locale);
    const sentences = [
      ...(phase === undefined ? [] : [`${t.phase[phase]}.`]),
      ...changes.map((change) => `${nameIn(change.service, locale, site.defaultLocale)}: ${t.status[change.to]}.`),
    ];
    texts[locale] = sentences.join(' ');
  }
  return texts;
}
