// ─── Incident templates (issue 12): what a new incident starts from ────────────────────────
// Admin-side data: never shown to the public, read only by the console's "new incident from a
// template". Texts are one row per language like every other text, so a third offered language
// gets its fields with no migration (docs/decisions/0043-incident-templates.md).

import { check, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { INCIDENT_IMPACTS, type IncidentImpact, type IncidentPhase } from '../../domain/incident';
import { SERVICE_STATUSES, type ServiceStatus } from '../../domain/status';
import { createdAt, inVocabulary, updatedAt } from './columns';
import { services } from './public';

/** The phases a new incident may open in: never "resolved". */
const OPENING_PHASES = ['investigating', 'identified', 'monitoring'] as const satisfies readonly IncidentPhase[];

export const incidentTemplates = sqliteTable(
  'incident_templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    impact: text('impact').$type<IncidentImpact>().notNull(),
    phase: text('phase').$type<IncidentPhase>().notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('incident_templates_impact_known', inVocabulary(t.impact, INCIDENT_IMPACTS)), check('incident_templates_phase_opening', inVocabulary(t.phase, OPENING_PHASES))],
);

/** A template's words in one language: its own name, the notice's title and questions, the first update. */
export const incidentTemplateTexts = sqliteTable(
  'incident_template_texts',
  {
    templateId: integer('template_id')
      .notNull()
      .references(() => incidentTemplates.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    /** What the console lists it as ("E-post fungerar inte"); not published. */
    name: text('name').notNull(),
    title: text('title').notNull(),
    whatHappened: text('what_happened').notNull().default(''),
    affectsMe: text('affects_me').notNull().default(''),
    whatWeAreDoing: text('what_we_are_doing').notNull().default(''),
    whatYouShouldDo: text('what_you_should_do').notNull().default(''),
    whoToContact: text('who_to_contact').notNull().default(''),
    /** The first update's text; empty: the incident's first update says the notice (0032). */
    updateBody: text('update_body').notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.locale] })],
);

/** Services a template marks affected, each with the status the first update gives it. */
export const incidentTemplateServices = sqliteTable(
  'incident_template_services',
  {
    templateId: integer('template_id')
      .notNull()
      .references(() => incidentTemplates.id, { onDelete: 'cascade' }),
    // A service removed from the catalogue drops out of the templates that named it.
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    status: text('status').$type<ServiceStatus>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.serviceId] }), check('incident_template_services_status_known', inVocabulary(t.status, SERVICE_STATUSES))],
);
