/**
 * The shape of the built-in example data. The data itself (example-data.ts) is plain values;
 * the loader (example.ts) writes it through the store, so the example exercises the same
 * write path as an admin would.
 */
import type { ChannelKind, OpeningHoursMode } from '../domain/contact';
import type { IncidentImpact, IncidentPhase, NoticeTextField } from '../domain/incident';
import type { ServiceStatus } from '../domain/status';

/**
 * Swedish is required; English is given for everything in the example; other languages where
 * they are written (example-translations.ts).
 */
// A type alias (not an interface) so it is assignable to Record<string, T>.
export type Bilingual<T> = {
  sv: T;
  en: T;
  [locale: string]: T;
};

/**
 * A wall-clock time in the site's time zone, relative to the day the example is loaded:
 * `{ daysAgo: 27, time: '03:10' }` is 03.10 local time 27 days before today.
 * Negative `daysAgo` lies in the future.
 */
export interface RelativeTime {
  daysAgo: number;
  time: string; // HH:MM, 24-hour
}

export interface ExampleSettings {
  publicUrl: string;
  /** The languages offered, Swedish (the default) first; Swedish and English when left out. */
  offeredLocales?: string[];
  texts: Bilingual<{ organisationName: string; siteTitle: string; notice: string }>;
}

export interface ExampleGroup {
  slug: string;
  names: Bilingual<string>;
}

export interface ExampleService {
  slug: string;
  group: string; // ExampleGroup.slug
  texts: Bilingual<{
    name: string;
    description: string;
    workaround: string;
    restorationNote: string;
  }>;
  expectedRestoration?: RelativeTime;
  /**
   * When set, the English text was last edited this many hours before the Swedish one, so
   * the page marks it as an older translation.
   */
  englishOlderByHours?: number;
}

export interface ExampleWeeklyHours {
  days: number[]; // ISO weekdays 1 = Monday … 7 = Sunday
  opens: string; // HH:MM
  closes: string; // HH:MM; at or before opens = past midnight
}

export interface ExampleOverride {
  /** First and last local day, relative to today (0 = today, -3 = in three days). */
  fromDaysAgo: number;
  throughDaysAgo: number;
  opens?: string;
  closes?: string; // both absent = closed
}

export interface ExampleChannel {
  slug: string;
  kind: ChannelKind;
  address: string;
  openingHoursMode: OpeningHoursMode;
  texts: Bilingual<{ name: string; note: string }>;
  weekly: ExampleWeeklyHours[];
  overrides: ExampleOverride[];
}

export interface ExampleIncident {
  slug: string;
  impact: IncidentImpact;
  startedAt: RelativeTime;
  resolvedAt?: RelativeTime;
  nextUpdateDue?: RelativeTime;
  texts: Bilingual<Record<NoticeTextField, string>>;
  services: string[]; // ExampleService.slug
}

/** A planned maintenance, scheduled at `announcedAt` and started and ended by the clock. */
export interface ExampleMaintenance {
  slug: string;
  impact: IncidentImpact;
  announcedAt: RelativeTime;
  startsAt: RelativeTime;
  endsAt: RelativeTime;
  texts: Bilingual<Record<NoticeTextField, string>>;
  services: string[]; // ExampleService.slug
}

export interface ExampleUpdate {
  /** Referenced by corrections. */
  key: string;
  incident?: string; // ExampleIncident.slug or ExampleMaintenance.slug; absent = a standalone service note
  publishedAt: RelativeTime;
  phase?: IncidentPhase;
  texts: Bilingual<string>;
  /** Status changes this update made; `from` is derived by replaying the log. */
  changes: { service: string; to: ServiceStatus }[];
  /** Services mentioned without a status change. */
  mentions?: string[];
}

export interface ExampleCorrection {
  update: string; // ExampleUpdate.key
  correctedAt: RelativeTime;
  texts: Bilingual<{ body: string; reason: string }>;
}

export interface ExampleData {
  settings: ExampleSettings;
  groups: ExampleGroup[];
  services: ExampleService[];
  channels: ExampleChannel[];
  incidents: ExampleIncident[];
  /** Replayed like the incidents: each announced, then started and ended when its time came. */
  maintenances: ExampleMaintenance[];
  /** In publishing order (oldest first). Every service starts as operational. */
  updates: ExampleUpdate[];
  corrections: ExampleCorrection[];
}
