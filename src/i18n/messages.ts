/**
 * The words of the interface, per language. Content (service names, updates) lives in the
 * database; these are the words around it. Every catalog implements this type, so a
 * missing translation is a type error, not a blank on the page.
 */
import type { IncidentImpact, IncidentPhase, NoticeQuestion } from '../domain/incident';
import type { MaintenanceStatus } from '../domain/maintenance';
import type { OverallState } from '../domain/overall';
import type { ServiceStatus } from '../domain/status';
import type { MachineWords } from './machine';
import type { PosterWords } from './poster';

export interface PathWords {
  services: string;
  incidents: string;
  history: string;
  accessibility: string;
  subscribe: string;
  poster: string;
  /** The maintenance calendar's file name (`/underhall.ics`). */
  maintenance: string;
}

/** What a maintenance's update did, for its automatic wording: a status, or a new time. */
export type MaintenanceChange = MaintenanceStatus | 'rescheduled';

export interface AccessibilityStatementProps {
  organisationName: string;
  reviewedOn: string | null;
}

export interface Messages {
  /** BCP 47 tag for `lang` attributes. */
  lang: string;
  /** Locale for Intl formatting. */
  intlLocale: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, for the language switch. */
  languageName: string;
  paths: PathWords;

  skipToContent: string;
  languageSwitchLabel: string;
  exampleBanner: string;
  /**
   * The banner on a page served from its last good copy while the database cannot be read:
   * `shownAsOf` + the date and time of the copy + "." + `cannotRefresh`.
   */
  snapshotBanner: { shownAsOf: string; cannotRefresh: string };
  lastUpdated: string;
  mainNavigationLabel: string;
  overviewLink: string;
  historyLink: string;
  accessibilityLink: string;
  footerNote: (organisationName: string) => string;

  status: Record<ServiceStatus, string>;
  restored: string;
  phase: Record<IncidentPhase, string>;
  impact: Record<IncidentImpact, string>;

  overallHeadline: (state: OverallState) => string;
  overallDetail: (state: OverallState) => string;

  activeIncidents: string;
  noActiveIncidents: string;
  servicesHeading: string;
  noServices: string;
  whatToDoInstead: string;
  expectedBack: string;
  latestUpdate: string;
  nextUpdateExpected: string;
  nextUpdateOverdue: string;
  readMoreAbout: (title: string) => string;
  incidentPhaseLabel: string;
  startedAt: string;
  resolvedAt: string;
  affectedServices: string;
  statusSince: string;

  contactHeading: string;
  openNow: string;
  closesAt: (time: string) => string;
  closedNow: string;
  opensAt: (when: string) => string;
  openAroundTheClock: string;
  regularHours: string;
  otherDaysClosed: string;
  temporaryHours: string;
  closedOn: string;
  dateRange: (from: string, through: string) => string;
  dayRange: (first: string, last: string) => string;

  /** Planned maintenance: the status words, the window line ("Planerat underhåll 3 december …"). */
  maintenanceStatus: Record<MaintenanceStatus, string>;
  plannedMaintenance: string;
  maintenanceWindowLabel: string;
  /** The first notice question, as a maintenance asks it ("Vad ska göras?"). */
  maintenanceWhatWillBeDone: string;
  /** The words of an update that has none of its own (an automatic start or end). */
  maintenanceAutomatic: Record<MaintenanceChange, string>;
  /** The iCalendar feed of planned maintenance. */
  calendarLinkTitle: string;
  calendarName: (siteTitle: string) => string;
  calendarDescription: (organisation: string) => string;
  calendarCancelled: (title: string) => string;
  calendarMoreInformation: string;
  subscribeCalendar: { heading: string; paragraphs: string[] };

  noticeQuestions: Record<NoticeQuestion, string>;
  updateLog: string;
  noUpdates: string;
  updateHeading: (publishedAt: string) => string;
  permalink: string;
  corrected: (when: string) => string;
  correctionReason: string;
  originalText: string;
  statusChange: (service: string, from: string, to: string) => string;
  mentioned: string;
  standaloneUpdate: string;

  serviceStatusHeading: string;
  aboutService: string;
  serviceHistory: string;
  noServiceHistory: string;
  relatedIncidents: string;

  historyTitle: string;
  historyIntro: string;
  pageOf: (page: number, pages: number) => string;
  previousPage: string;
  nextPage: string;
  paginationLabel: string;
  incidentUpdate: (incidentTitle: string) => string;

  olderTranslation: (originalLanguage: string, updatedOn: string) => string;
  missingTranslation: (originalLanguage: string) => string;
  /** Beside a name whose translation is older than the original: short, since names are everywhere. */
  olderTranslationMark: string;

  subscribeLink: string;
  subscribeTitle: string;
  subscribeIntro: string[];
  subscribeHowTo: { heading: string; steps: string[] };
  subscribeFormats: { heading: string; paragraphs: string[] };
  subscribeWholeSite: string;
  subscribeIncidents: string;
  subscribeServices: string;
  feedFormatName: Record<'atom' | 'rss' | 'json', string>;
  /** Description of the whole-site feed. */
  feedDescription: (organisation: string) => string;
  /** Every public page's meta description (what search results show under the title). */
  pageDescription: (organisation: string) => string;
  /** Title of a feed about one service or incident. */
  feedTitleFor: (subject: string, siteTitle: string) => string;
  /** Title shown for an autodiscovery link. */
  feedLinkTitle: (subject: string, format: string) => string;

  /** The printable poster and the plain-text summary. */
  poster: PosterWords;
  /** CAP alerts, badges, the embeddable state and the subscribe page's section about them. */
  machine: MachineWords;

  accessibilityTitle: string;
  accessibilityStatement: (props: AccessibilityStatementProps) => AccessibilitySection[];

  notFoundTitle: string;
  notFoundText: string;
  forbiddenTitle: string;
  forbiddenText: string;
  forbiddenCsrfText: string;
  badRequestTitle: string;
  badRequestText: string;
  serverErrorTitle: string;
  serverErrorText: (requestId: string) => string;
  /** 400 for a form body that could not be read (truncated, wrong boundary). */
  badBodyTitle: string;
  badBodyText: string;
  /** 503: the database is busy or cannot be reached. */
  unavailableTitle: string;
  unavailableText: string;
  backToOverview: string;
}

export interface AccessibilitySection {
  heading: string;
  paragraphs: string[];
  /** Optional link shown after the paragraphs. */
  link?: { href: string; text: string };
}
