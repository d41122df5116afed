/**
 * The native write API's request and answer bodies, as zod schemas: requests are checked with
 * them (a refusal names the field), and /api/openapi.json describes them from the same
 * definitions. Field names are snake_case like the read documents'. Objects are strict: an
 * unknown field is refused by name rather than silently ignored (a typo in `staus` must not
 * publish an update without its status). Texts are cleaned and limited as the console's forms
 * clean and limit them (src/domain/limits.ts).
 */
import { z } from '@hono/zod-openapi';
import { INCIDENT_IMPACTS, INCIDENT_PHASES } from '../../domain/incident';
import { cleanText, LIMITS } from '../../domain/limits';
import { MAINTENANCE_STATUSES } from '../../domain/maintenance';
import { SERVICE_STATUSES } from '../../domain/status';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(LIMITS.slug).openapi({ example: 'mina-sidor' });
const time = z.iso.datetime({ offset: true }).openapi({ example: '2026-02-11T14:00:00+01:00' });

/** Text for people: cleaned (control characters out, ends trimmed), then at most `max` characters. */
const text = (max: number) =>
  z
    .string()
    .transform(cleanText)
    .refine((value) => value.length <= max, { message: `At most ${max} characters.` });

/** One text per language code (`{"sv": "…", "en": "…"}`); the site's default language is required. */
const perLanguage = <T extends z.ZodType>(value: T) =>
  z.record(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/), value);

/** Texts per language; a language left empty is left out, as the console leaves out an empty field. */
const texts = (max: number) =>
  perLanguage(text(max)).transform((given) => Object.fromEntries(Object.entries(given).filter(([, value]) => value !== '')) as Record<string, string>);

const note = texts(LIMITS.shortText).openapi('LanguageTexts', {
  description: 'One text per language code; the site’s default language is required, the others are optional.',
  example: { sv: 'Inloggningen fungerar inte. Ring kundtjänst.', en: 'Sign-in does not work. Call customer service.' },
});

const updateBody = texts(LIMITS.updateBody).openapi({
  description: 'The update’s text per language code; the site’s default language is required.',
  example: { sv: 'Vi felsöker.', en: 'We are investigating.' },
});

/** New statuses of services, by slug. */
const changes = z.record(slug, z.enum(SERVICE_STATUSES)).openapi({
  description: 'New status per service slug.',
  example: { 'mina-sidor': 'down' },
});

export const setServiceStatusRequest = z
  .strictObject({
    status: z.enum(SERVICE_STATUSES),
    note: note.openapi({ description: 'A short note per language, as the console’s dashboard asks for: the default language is required.' }),
    incident: slug.optional().openapi({ description: 'Publish the change as an update of this open incident (one that concerns the service).' }),
  })
  .openapi('SetServiceStatusRequest');

const notice = z
  .strictObject({
    title: text(LIMITS.name),
    what_happened: text(LIMITS.longText).optional(),
    affects_me: text(LIMITS.longText).optional(),
    what_we_are_doing: text(LIMITS.longText).optional(),
    what_you_should_do: text(LIMITS.longText).optional(),
    who_to_contact: text(LIMITS.longText).optional(),
  })
  .openapi('NoticeText');

const notices = perLanguage(notice).openapi({ description: 'The notice per language code; the default language (with a title) is required.' });

export const createIncidentRequest = z
  .strictObject({
    slug: slug.optional().openapi({ description: 'The address; left out, one is made from the default language’s title.' }),
    impact: z.enum(INCIDENT_IMPACTS),
    phase: z.enum(INCIDENT_PHASES.filter((phase) => phase !== 'resolved') as ['investigating', 'identified', 'monitoring']).optional(),
    started_at: time.optional().openapi({ description: 'When it began; not more than five minutes ahead. Default: now.' }),
    next_update_due_at: time.nullable().optional(),
    notice: notices,
    services: z.array(slug).max(500).optional().openapi({ description: 'Affected services by slug.' }),
    first_update: z
      .strictObject({ body: updateBody, changes: changes.optional() })
      .optional()
      .openapi({ description: 'Published with the incident, in the same write.' }),
  })
  .openapi('CreateIncidentRequest');

export const postUpdateRequest = z
  .strictObject({
    body: updateBody,
    phase: z.enum(INCIDENT_PHASES).optional().openapi({ description: 'A new phase; `resolved` resolves (or use …/resolve).' }),
    changes: changes.optional(),
    next_update_due_at: time.nullable().optional().openapi({ description: 'The next update promised; null clears the promise.' }),
  })
  .openapi('PostUpdateRequest');

export const resolveIncidentRequest = z
  .strictObject({
    body: updateBody,
    changes: changes.optional().openapi({ description: 'Statuses to set as it is resolved, typically `operational`.' }),
  })
  .openapi('ResolveIncidentRequest');

export const createMaintenanceRequest = z
  .strictObject({
    slug,
    impact: z.enum(INCIDENT_IMPACTS).optional(),
    notice: notices,
    services: z.array(slug).min(1).max(500),
    starts_at: time,
    ends_at: time,
    announcement: updateBody.optional().openapi({ description: 'The announcement’s words; left out, it is worded automatically.' }),
  })
  .openapi('CreateMaintenanceRequest');

export const changeMaintenanceRequest = z
  .strictObject({
    status: z.enum(MAINTENANCE_STATUSES).optional().openapi({ description: 'Start early, verifying, complete or cancel.' }),
    starts_at: time.optional(),
    ends_at: time.optional(),
    body: updateBody.optional().openapi({ description: 'The words of the update a status change or new time publishes; left out, worded automatically.' }),
    impact: z.enum(INCIDENT_IMPACTS).optional(),
    notice: notices.optional().openapi({ description: 'Replaces the notice (every language it should have).' }),
    services: z.array(slug).min(1).max(500).optional().openapi({ description: 'Only while the maintenance is still ahead.' }),
  })
  .openapi('ChangeMaintenanceRequest');

// ─── Answers ───────────────────────────────────────────────────────────────────────────────

const publishedUpdate = z
  .object({ id: z.string().openapi({ description: 'The update’s stable id (as in the read documents and feeds).' }) })
  .openapi('PublishedUpdateRef');

export const serviceStatusAnswer = z
  .object({
    service: z.object({
      slug: z.string(),
      status: z.enum(SERVICE_STATUSES),
      status_changed_at: time,
      version: z.number().int().openapi({ description: 'Send it as `If-Match: "<version>"` with the next change.' }),
    }),
    update: publishedUpdate,
  })
  .openapi('ServiceStatusAnswer');

export const incidentAnswer = z
  .object({
    incident: z.object({
      slug: z.string(),
      url: z.string().openapi({ description: 'The read document: /api/v1/incidents/{slug}.' }),
      phase: z.enum(INCIDENT_PHASES),
      version: z.number().int().openapi({ description: 'Send it as `If-Match: "<version>"` with the next change.' }),
    }),
    update: publishedUpdate.nullable(),
  })
  .openapi('IncidentAnswer');

export const maintenanceAnswer = z
  .object({
    maintenance: z.object({
      slug: z.string(),
      url: z.string(),
      status: z.enum(MAINTENANCE_STATUSES),
      starts_at: time,
      ends_at: time,
      version: z.number().int().openapi({ description: 'Send it as `If-Match: "<version>"` with the next change.' }),
    }),
    update: publishedUpdate.nullable(),
  })
  .openapi('MaintenanceAnswer');

export const writeError = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid' }),
      message: z.string(),
      field: z.string().optional().openapi({ description: 'The request field (or header) the refusal is about.', example: 'status' }),
    }),
  })
  .openapi('WriteError');

export type SetServiceStatusRequest = z.infer<typeof setServiceStatusRequest>;
export type CreateIncidentRequest = z.infer<typeof createIncidentRequest>;
export type PostUpdateRequest = z.infer<typeof postUpdateRequest>;
export type ResolveIncidentRequest = z.infer<typeof resolveIncidentRequest>;
export type CreateMaintenanceRequest = z.infer<typeof createMaintenanceRequest>;
export type ChangeMaintenanceRequest = z.infer<typeof changeMaintenanceRequest>;
