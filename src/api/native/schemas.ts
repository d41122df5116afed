/**
 * The native API's documents (/api/v1/), as zod schemas: each document is parsed through its
 * schema before it is served, and /api/openapi.json is generated from the same schemas, so
 * the description and the answers cannot drift apart.
 */
import { z } from '@hono/zod-openapi';
import { CHANNEL_KINDS, OPENING_HOURS_MODES } from '../../domain/contact';
import { INCIDENT_IMPACTS, INCIDENT_PHASES } from '../../domain/incident';
import { MAINTENANCE_STATUSES } from '../../domain/maintenance';
import { SERVICE_STATUSES } from '../../domain/status';
import { COMPONENT_STATUSES, INDICATORS } from '../statuspage/vocabulary';

const time = z.iso.datetime({ offset: true }).openapi({ example: '2026-02-11T14:00:00.000+01:00' });
const clock = z.string().regex(/^\d{2}:\d{2}$/).openapi({ example: '08:00', description: 'Local wall-clock time, HH:MM.' });
const localDate = z.iso.date();

export const localizedText = z
  .object({
    text: z.string(),
    lang: z.string().openapi({ description: 'The language the text is written in: the original when there is no translation.' }),
    stale: z
      .object({ original_lang: z.string(), original_updated_at: time })
      .nullable()
      .openapi({ description: 'Set when this is a translation older than the original: read the original for the latest.' }),
  })
  .openapi('LocalizedText');

/**
 * A text that may be absent. Written as a union, not `.nullable()`: the generator would render
 * a nullable reference as `allOf: [$ref, {type: [object, null]}]`, which no null satisfies.
 */
const optionalLocalized = z.union([localizedText, z.null()]);

const feeds = z.object({ atom: z.url(), rss: z.url(), json: z.url() }).openapi('Feeds');

export const siteInfo = z
  .object({
    name: z.string(),
    title: z.string(),
    url: z.url(),
    time_zone: z.string(),
    default_lang: z.string(),
    langs: z.array(z.string()).openapi({ description: 'Languages `?lang=` accepts.' }),
    updated_at: time,
    example_data: z.boolean().openapi({ description: 'True for the built-in example: not a real outage.' }),
  })
  .openapi('Site');

const documentBase = { lang: z.string().openapi({ description: 'The language of this document.' }), site: siteInfo };

const statusFields = {
  status: z.enum(SERVICE_STATUSES),
  status_label: z.string().openapi({ description: 'The status in words, in the language of the document.' }),
  statuspage_status: z.enum(COMPONENT_STATUSES).openapi({ description: 'The same status in Statuspage’s vocabulary.' }),
};

export const serviceTranslation = z
  .object({
    lang: z.string(),
    name: z.string(),
    description: z.string(),
    what_to_do_instead: z.string(),
    restoration_note: z.string(),
    updated_at: time,
    older_than_original: z.boolean(),
  })
  .openapi('ServiceTranslation');

export const service = z
  .object({
    slug: z.string(),
    url: z.url(),
    group: z.object({ slug: z.string(), name: localizedText }),
    name: localizedText,
    description: optionalLocalized,
    ...statusFields,
    status_changed_at: time,
    what_to_do_instead: optionalLocalized.openapi({ description: 'Phone, paper form, visit: set while the service does not work as usual.' }),
    expected_restoration_at: time.nullable(),
    restoration_note: optionalLocalized.openapi({ description: 'Free-text expectation ("not before March") when no exact time is known.' }),
    retired_at: time.nullable(),
    translations: z.array(serviceTranslation),
    feeds,
  })
  .openapi('Service');

const serviceRef = z.object({ slug: z.string(), name: localizedText, url: z.url() }).openapi('ServiceRef');

export const statusChange = z
  .object({
    service: z.string().openapi({ description: 'The service’s slug.' }),
    name: localizedText,
    from: z.enum(SERVICE_STATUSES),
    to: z.enum(SERVICE_STATUSES),
    restored: z.boolean().openapi({ description: 'Back in operation: shown as "restored" on the page.' }),
  })
  .openapi('StatusChange');

export const updateVersion = z
  .object({
    number: z.number().int().positive().openapi({ description: '1 is the text as first published; each correction adds one.' }),
    at: time,
    body: localizedText,
    reason: optionalLocalized.openapi({ description: 'Why it was corrected (null for the original).' }),
  })
  .openapi('UpdateVersion');

export const update = z
  .object({
    id: z.string().openapi({ description: 'Stable for ever, across corrections (the feeds’ entry id).' }),
    url: z.url(),
    published_at: time,
    updated_at: time.openapi({ description: 'When the version shown appeared: the publication or the latest correction.' }),
    phase: z.enum(INCIDENT_PHASES).nullable().openapi({ description: 'The phase this update set, if it set one.' }),
    maintenance_status: z.enum(MAINTENANCE_STATUSES).nullable(),
    body: localizedText,
    changes: z.array(statusChange),
    mentions: z.array(serviceRef),
    corrected: z.boolean(),
    versions: z.array(updateVersion).openapi({ description: 'Every version, oldest first; the last is the one shown.' }),
  })
  .openapi('Update');

const noticeAnswer = optionalLocalized;

export const incident = z
  .object({
    slug: z.string(),
    url: z.url(),
    kind: z.enum(['incident', 'maintenance']),
    title: localizedText,
    phase: z.enum(INCIDENT_PHASES),
    phase_label: z.string(),
    impact: z.enum(INCIDENT_IMPACTS),
    started_at: time,
    resolved_at: time.nullable(),
    next_update_due_at: time.nullable(),
    next_update_overdue: z.boolean(),
    notice: z.object({
      what_happened: noticeAnswer,
      affects_me: noticeAnswer,
      what_we_are_doing: noticeAnswer,
      what_you_should_do: noticeAnswer,
      who_to_contact: noticeAnswer,
    }),
    services: z.array(serviceRef),
    maintenance: z
      .object({ status: z.enum(MAINTENANCE_STATUSES), scheduled_start_at: time, scheduled_end_at: time })
      .nullable()
      .openapi({ description: 'The schedule, for a planned maintenance.' }),
    updates: z.array(update).openapi({ description: 'Newest first.' }),
    translations: z.array(z.object({ lang: z.string(), updated_at: time, older_than_original: z.boolean() })),
    feeds,
  })
  .openapi('Incident');

export const contact = z
  .object({
    kind: z.enum(CHANNEL_KINDS),
    name: localizedText,
    note: optionalLocalized,
    address: z.string(),
    href: z.string().nullable().openapi({ description: 'tel:, mailto: or https: link for the address, when it has one.' }),
    open_now: z.boolean().nullable().openapi({ description: 'Null when opening hours do not apply (an e-mail address).' }),
    closes_at: time.nullable(),
    opens_at: time.nullable(),
    opening_hours: z.object({
      mode: z.enum(OPENING_HOURS_MODES),
      weekly: z.array(z.object({ day_of_week: z.number().int().min(1).max(7), opens: clock, closes: clock })),
      overrides: z.array(z.object({ valid_from: localDate, valid_through: localDate, opens: clock.nullable(), closes: clock.nullable() })),
    }),
  })
  .openapi('Contact');

export const statusDocument = z
  .object({
    ...documentBase,
    overall: z.object({
      indicator: z.enum(INDICATORS),
      headline: z.string(),
      detail: z.string(),
      services_total: z.number().int(),
      services_not_working: z.number().int(),
      services_impaired: z.number().int(),
      services_in_maintenance: z.number().int(),
    }),
    active_incidents: z
      .array(z.object({ slug: z.string(), title: localizedText, url: z.url(), kind: z.enum(['incident', 'maintenance']) }))
      .openapi({ description: 'Unresolved incidents, and planned maintenance under way now.' }),
  })
  .openapi('StatusDocument');

export const servicesDocument = z
  .object({
    ...documentBase,
    groups: z.array(z.object({ slug: z.string(), name: localizedText, services: z.array(z.string()) })),
    services: z.array(service),
  })
  .openapi('ServicesDocument');

export const serviceDocument = z
  .object({ ...documentBase, service, incidents: z.array(z.object({ slug: z.string(), title: localizedText, url: z.url() })) })
  .openapi('ServiceDocument');

export const incidentsDocument = z
  .object({
    ...documentBase,
    incidents: z.array(incident),
    pagination: z.object({ page: z.number().int(), pages: z.number().int(), per_page: z.number().int(), next: z.url().nullable(), prev: z.url().nullable() }),
  })
  .openapi('IncidentsDocument');

export const incidentDocument = z.object({ ...documentBase, incident }).openapi('IncidentDocument');

export const maintenancesDocument = z.object({ ...documentBase, maintenances: z.array(incident) }).openapi('MaintenancesDocument');

export const contactsDocument = z.object({ ...documentBase, contacts: z.array(contact) }).openapi('ContactsDocument');

export const apiError = z
  .object({ error: z.object({ status: z.number().int(), message: z.string() }) })
  .openapi('Error');

export type LocalizedText = z.infer<typeof localizedText>;
export type NativeService = z.infer<typeof service>;
export type NativeIncident = z.infer<typeof incident>;
export type NativeUpdate = z.infer<typeof update>;
export type NativeContact = z.infer<typeof contact>;
export type SiteInfo = z.infer<typeof siteInfo>;
