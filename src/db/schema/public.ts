/**
 * The public data of the status page.
 *
 * Conventions:
 * - Times are stored as UTC milliseconds (`integer … mode: 'timestamp_ms'`); display converts
 *   to the site's time zone.
 * - Everything a resident reads exists per language in a `*_texts` table keyed by
 *   (owner id, locale). Each text row has its own `updated_at` so a translation that is older
 *   than the Swedish original can say so.
 * - Published updates are public records: `updates`, `update_texts` and `update_services`
 *   are only ever inserted into. A correction is a new `update_corrections` row; the
 *   original text stays.
 * - `public_revision` is bumped in the same transaction as every write to public data;
 *   ETags, page caches and feeds key on it.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
} from 'drizzle-orm/sqlite-core';
import { SERVICE_STATUSES, type ServiceStatus } from '../../domain/status';
import {
  INCIDENT_IMPACTS,
  INCIDENT_PHASES,
  type IncidentImpact,
  type IncidentPhase,
  type NoticeQuestion,
} from '../../domain/incident';
import type { ChannelKind, OpeningHoursMode } from '../../domain/contact';
import { MAINTENANCE_STATUSES, type MaintenanceStatus } from '../../domain/maintenance';
import { createdAt, inVocabulary, timestamp, updatedAt } from './columns';

/**
 * The order migration 0000 wrote the status check in (DOMAIN.md's table); SERVICE_STATUSES is
 * in the admin's choice order. drizzle-kit compares check constraints as text, and SQLite
 * changes one only by rebuilding the table, so the derived check keeps this order: the same
 * SQL, no migration. Which keys the check allows comes from the vocabulary alone: a key added
 * there goes at the end, a key removed drops out, and drizzle-kit writes that migration.
 */
const STATUS_CHECK_ORDER: readonly ServiceStatus[] = ['operational', 'degraded', 'down', 'investigating', 'rebuilding', 'lost', 'maintenance'];
const checkRank = (status: ServiceStatus) => {
  const rank = STATUS_CHECK_ORDER.indexOf(status);
  return rank === -1 ? STATUS_CHECK_ORDER.length : rank;
};
const statusCheck = (column: string) =>
  inVocabulary(column, [...SERVICE_STATUSES].sort((a, b) => checkRank(a) - checkRank(b)));

/** One row (id = 1): the organisation's site. */
export const siteSettings = sqliteTable(
  'site_settings',
  {
    id: integer('id').primaryKey(),
    publicUrl: text('public_url').notNull(),
    defaultLocale: text('default_locale').notNull(),
    /** Locales offered to readers, default first, e.g. ["sv","en"]. */
    offeredLocales: text('offered_locales', { mode: 'json' }).$type<string[]>().notNull(),
    timeZone: text('time_zone').notNull(),
    /** Shown as a banner on every page so nobody mistakes the demo for a real outage. */
    isExampleData: integer('is_example_data', { mode: 'boolean' }).notNull().default(false),
    /** Date (YYYY-MM-DD) the accessibility statement was last reviewed. */
    accessibilityReviewedOn: text('accessibility_reviewed_on'),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [check('site_settings_single_row', sql`${t.id} = 1`)],
);

export const siteTexts = sqliteTable(
  'site_texts',
  {
    locale: text('locale').primaryKey(),
    /** e.g. "Exempelviks kommun". */
    organisationName: text('organisation_name').notNull(),
    /** e.g. "Driftstatus för Exempelviks kommun". */
    siteTitle: text('site_title').notNull(),
    /** Optional standing message under the headline (e.g. where else to find information). */
    notice: text('notice').notNull().default(''),
    updatedAt: updatedAt(),
  },
);

/** One row (id = 1): the revision of everything the public can see. */
export const publicRevision = sqliteTable(
  'public_revision',
  {
    id: integer('id').primaryKey(),
    revision: integer('revision').notNull(),
    changedAt: timestamp('changed_at').notNull(),
    /**
     * How many updates there are, counted in the transaction that publishes each (updates are
     * never deleted): the history's page count without `count(*)`, which reads the whole
     * index and grows with the history (BENCHMARKS.md).
     */
    updateCount: integer('update_count').notNull().default(0),
  },
  (t) => [check('public_revision_single_row', sql`${t.id} = 1`)],
);

export const serviceGroups = sqliteTable('service_groups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  position: integer('position').notNull().default(0),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const serviceGroupTexts = sqliteTable(
  'service_group_texts',
  {
    groupId: integer('group_id')
      .notNull()
      .references(() => serviceGroups.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.locale] })],
);

export const services = sqliteTable(
  'services',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    groupId: integer('group_id')
      .notNull()
      .references(() => serviceGroups.id),
    position: integer('position').notNull().default(0),
    status: text('status').$type<ServiceStatus>().notNull(),
    statusChangedAt: timestamp('status_changed_at').notNull(),
    /** When the service is expected back; null when unknown or not applicable. */
    expectedRestorationAt: timestamp('expected_restoration_at'),
    /** Optimistic concurrency: every edit must name the version it started from. */
    version: integer('version').notNull().default(1),
    /** Retired services disappear from the overview but keep their history. */
    retiredAt: timestamp('retired_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('services_status_known', statusCheck('status')),
    // The overview lists services group by group in their configured order.
    index('services_group_position_idx').on(t.groupId, t.position),
  ],
);

export const serviceTexts = sqliteTable(
  'service_texts',
  {
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** "What to do instead": phone, paper form, visit. */
    workaround: text('workaround').notNull().default(''),
    /** Free-text expectation, e.g. "Tidigast i mars" when no exact time is known. */
    restorationNote: text('restoration_note').notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.locale] })],
);

export const contactChannels = sqliteTable('contact_channels', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  kind: text('kind').$type<ChannelKind>().notNull(),
  /** Phone number, e-mail address, street address or URL, depending on kind. */
  address: text('address').notNull(),
  openingHoursMode: text('opening_hours_mode').$type<OpeningHoursMode>().notNull(),
  position: integer('position').notNull().default(0),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const contactChannelTexts = sqliteTable(
  'contact_channel_texts',
  {
    channelId: integer('channel_id')
      .notNull()
      .references(() => contactChannels.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    note: text('note').notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.locale] })],
);

/**
 * Regular weekly hours, modelled on schema.org OpeningHoursSpecification: several rows per
 * day for split hours; `closes` at or before `opens` means the period ends after midnight.
 */
export const openingHours = sqliteTable(
  'opening_hours',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channelId: integer('channel_id')
      .notNull()
      .references(() => contactChannels.id, { onDelete: 'cascade' }),
    /** ISO weekday: 1 = Monday … 7 = Sunday. */
    dayOfWeek: integer('day_of_week').notNull(),
    opens: text('opens').notNull(),
    closes: text('closes').notNull(),
  },
  (t) => [
    check('opening_hours_day', sql`${t.dayOfWeek} between 1 and 7`),
    index('opening_hours_channel_idx').on(t.channelId),
  ],
);

/**
 * Dated exceptions that replace the weekly hours on the days they cover (holidays, crisis
 * hours). A row without times means closed on those days.
 */
export const openingHoursOverrides = sqliteTable(
  'opening_hours_overrides',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channelId: integer('channel_id')
      .notNull()
      .references(() => contactChannels.id, { onDelete: 'cascade' }),
    /** Local dates, YYYY-MM-DD, inclusive. */
    validFrom: text('valid_from').notNull(),
    validThrough: text('valid_through').notNull(),
    opens: text('opens'),
    closes: text('closes'),
  },
  (t) => [index('opening_hours_overrides_channel_idx').on(t.channelId, t.validFrom)],
);

export const incidents = sqliteTable(
  'incidents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    phase: text('phase').$type<IncidentPhase>().notNull(),
    impact: text('impact').$type<IncidentImpact>().notNull(),
    startedAt: timestamp('started_at').notNull(),
    resolvedAt: timestamp('resolved_at'),
    nextUpdateDueAt: timestamp('next_update_due_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('incidents_phase_known', inVocabulary(t.phase, INCIDENT_PHASES)),
    check('incidents_impact_known', inVocabulary(t.impact, INCIDENT_IMPACTS)),
    // The overview shows unresolved incidents; history pages walk all by start time.
    index('incidents_resolved_idx').on(t.resolvedAt, t.startedAt),
    index('incidents_started_idx').on(t.startedAt),
  ],
);

/** The notice, answering the questions of Swedish crisis-communication guidance. */
export const incidentTexts = sqliteTable(
  'incident_texts',
  {
    incidentId: integer('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    title: text('title').notNull(),
    whatHappened: text('what_happened').notNull().default(''),
    affectsMe: text('affects_me').notNull().default(''),
    whatWeAreDoing: text('what_we_are_doing').notNull().default(''),
    whatYouShouldDo: text('what_you_should_do').notNull().default(''),
    whoToContact: text('who_to_contact').notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.locale] })],
);

// One column per notice question (src/domain/incident.ts): a question without a column, or a
// column that is no question, fails the type check here.
type NoticeColumn = Exclude<keyof typeof incidentTexts.$inferSelect, 'incidentId' | 'locale' | 'title' | 'updatedAt'>;
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type NoticeColumnsAreTheQuestions = Holds<SameKeys<NoticeColumn, NoticeQuestion>>;

export const incidentServices = sqliteTable(
  'incident_services',
  {
    incidentId: integer('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id),
  },
  (t) => [
    primaryKey({ columns: [t.incidentId, t.serviceId] }),
    // A service page lists the service's newest incidents: with the incident id in the index
    // that is a backwards walk of `limit` entries, however many incidents the service had.
    index('incident_services_service_idx').on(t.serviceId, t.incidentId),
  ],
);

/**
 * A planned maintenance is an incident with a schedule (docs/decisions/0024): its notice,
 * affected services, dated updates, page and feeds are the incident's, unchanged. This row
 * makes the incident a maintenance and holds what only a maintenance has.
 */
export const maintenances = sqliteTable(
  'maintenances',
  {
    incidentId: integer('incident_id')
      .primaryKey()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    /** Stable for ever: the iCalendar UID (`maintenance-<uid>@<host>`). */
    uid: text('uid').notNull().unique(),
    status: text('status').$type<MaintenanceStatus>().notNull(),
    scheduledStartAt: timestamp('scheduled_start_at').notNull(),
    scheduledEndAt: timestamp('scheduled_end_at').notNull(),
    /** iCalendar SEQUENCE: bumped on every reschedule and every status change. */
    sequence: integer('sequence').notNull().default(0),
    createdAt: createdAt(),
    /** Moves with every change of the maintenance itself (schedule, status, texts). */
    updatedAt: updatedAt(),
  },
  (t) => [
    check('maintenances_status_known', inVocabulary(t.status, MAINTENANCE_STATUSES)),
    check('maintenances_window', sql`${t.scheduledEndAt} > ${t.scheduledStartAt}`),
    // The transition timer and the pages read the open ones (a few) by status and start.
    index('maintenances_status_start_idx').on(t.status, t.scheduledStartAt),
  ],
);

/**
 * A published, dated update. Append-only: never updated, never deleted. It may belong to an
 * incident, or stand alone (a status change with a short note).
 */
export const updates = sqliteTable(
  'updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stable public identifier (feeds use it as entry id); never changes. */
    uid: text('uid').notNull().unique(),
    incidentId: integer('incident_id').references(() => incidents.id),
    /** Incident phase set by this update, when it changed it. */
    incidentPhase: text('incident_phase').$type<IncidentPhase>(),
    publishedAt: timestamp('published_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // Feeds and history read the newest N updates: this index makes that cost independent
    // of how many updates exist.
    index('updates_published_idx').on(t.publishedAt, t.id),
    index('updates_incident_published_idx').on(t.incidentId, t.publishedAt),
  ],
);

export const updateTexts = sqliteTable(
  'update_texts',
  {
    updateId: integer('update_id')
      .notNull()
      .references(() => updates.id),
    locale: text('locale').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.updateId, t.locale] })],
);

/**
 * Services an update concerned: a status change (from → to) or only a mention
 * (both statuses null).
 */
export const updateServices = sqliteTable(
  'update_services',
  {
    updateId: integer('update_id')
      .notNull()
      .references(() => updates.id),
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id),
    statusBefore: text('status_before').$type<ServiceStatus>(),
    statusAfter: text('status_after').$type<ServiceStatus>(),
  },
  (t) => [
    primaryKey({ columns: [t.updateId, t.serviceId] }),
    // Per-service history and feeds walk a service's updates newest first.
    index('update_services_service_idx').on(t.serviceId, t.updateId),
  ],
);

/**
 * What an update of a maintenance did to it: the status it left it in and the window as it
 * stood then, so an announcement keeps the time it announced after a reschedule. Part of the
 * public record: append-only like the update itself (migration 0010's triggers). An update
 * without a text of its own (an automatic transition) is worded from this row when shown.
 */
export const updateMaintenance = sqliteTable(
  'update_maintenance',
  {
    updateId: integer('update_id')
      .primaryKey()
      .references(() => updates.id),
    status: text('status').$type<MaintenanceStatus>().notNull(),
    /** The window changed with this update (a reschedule) rather than the status. */
    rescheduled: integer('rescheduled', { mode: 'boolean' }).notNull().default(false),
    scheduledStartAt: timestamp('scheduled_start_at').notNull(),
    scheduledEndAt: timestamp('scheduled_end_at').notNull(),
  },
  (t) => [check('update_maintenance_status_known', inVocabulary(t.status, MAINTENANCE_STATUSES))],
);

/** A correction of a published update; the newest one holds the text shown. */
export const updateCorrections = sqliteTable(
  'update_corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    updateId: integer('update_id')
      .notNull()
      .references(() => updates.id),
    correctedAt: timestamp('corrected_at').notNull(),
  },
  (t) => [index('update_corrections_update_idx').on(t.updateId, t.correctedAt)],
);

export const correctionTexts = sqliteTable(
  'correction_texts',
  {
    correctionId: integer('correction_id')
      .notNull()
      .references(() => updateCorrections.id),
    locale: text('locale').notNull(),
    /** The corrected text in full. */
    body: text('body').notNull(),
    /** Why it was corrected, shown with the correction. */
    reason: text('reason').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.correctionId, t.locale] })],
);

/**
 * The feeds' own append-only log: one row per published update and per correction, in every
 * feed scope it belongs to ('site', 'service:<id>', 'incident:<id>'), numbered 1, 2, 3 … in
 * publishing order within the scope. Archive page k of a scope is the rows with seq in
 * ((k-1)·50, k·50], found through the primary key: a feed reads only the entries it shows,
 * however long the history, and a full archive page never changes.
 */
export const feedItems = sqliteTable(
  'feed_items',
  {
    scope: text('scope').notNull(),
    seq: integer('seq').notNull(),
    updateId: integer('update_id')
      .notNull()
      .references(() => updates.id),
    /** Set when this item is a new version of the entry: the correction that made it. */
    correctionId: integer('correction_id').references(() => updateCorrections.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.seq] })],
);

export type SiteSettingsRow = typeof siteSettings.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;
export type IncidentRow = typeof incidents.$inferSelect;
export type UpdateRow = typeof updates.$inferSelect;
export type MaintenanceRow = typeof maintenances.$inferSelect;
