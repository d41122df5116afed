/**
 * Words of the incidents area (incidents, updates, preview, corrections). They live under
 * `t.incidents` so that generic names (preview, dateLabel …) never collide with another
 * area's words when the catalogs are merged.
 */
import type { NoticeQuestion } from '../../domain/incident';

export interface IncidentWords {
  incidentsTitle: string;
  newIncident: string;
  newIncidentTitle: string;
  backToIncidents: string;
  backToIncident: (title: string) => string;
  ongoingIncidents: string;
  noOngoingIncidents: string;
  resolvedIncidents: string;
  noResolvedIncidents: string;
  startedOn: (when: string) => string;
  noNextUpdatePromised: string;
  incidentColumn: string;
  startedColumn: string;
  resolvedColumn: string;
  resolvedPagesLabel: string;
  pageOf: (page: number, pages: number) => string;
  newerIncidents: string;
  olderIncidents: string;

  slugLabel: string;
  slugHint: string;
  impactLabel: string;
  impactHint: string;
  phaseLabel: string;
  noticeInLanguage: (language: string) => string;
  noticeTitleLabel: string;
  noticeQuestionHints: Record<NoticeQuestion, string>;
  affectedServicesLabel: string;
  noServicesYet: string;
  nextUpdateLabel: string;
  timeZoneHint: (zone: string) => string;
  dateLabel: string;
  dateHint: string;
  timeLabel: string;
  timeHint: string;
  clearNextUpdate: string;
  nextUpdateIncomplete: string;
  nextUpdateNonexistent: string;
  nextUpdateInPast: string;
  nextUpdateClearOrSet: string;
  nextUpdateEditHint: string;
  currentlyPromised: (when: string) => string;
  /** When the incident began, which may be before it is written down ("03.10 this night"). */
  startedLabel: string;
  startedHint: string;
  startedInFuture: string;
  startedIncomplete: string;
  startedNonexistent: string;
  /** Beside each service of the one list: affected, and its status with the first update. */
  affectedLabel: string;
  affectedServicesHint: string;
  /** The update form's one list: ticking, a new status, unticking (issue 12). */
  updateServicesHint: string;
  firstUpdateLegend: string;
  firstUpdateHint: string;
  createIncident: string;
  incidentCreated: string;
  /** A service changed while a new incident was being written: nothing was created. */
  createConflict: string;

  noticeHeading: string;
  editNotice: string;
  saveNotice: string;
  noticeSaved: string;
  noticeConflict: string;
  textEditedAt: (when: string) => string;
  olderThanOriginal: (language: string, when: string) => string;
  none: string;
  viewPublicIncident: string;

  postUpdateHeading: string;
  updateTextLabel: (language: string) => string;
  updateTextHint: string;
  statusChangesLegend: string;
  statusChangesHint: string;
  affectedServicesGroup: string;
  otherServices: string;
  currentStatus: (status: string) => string;
  keepStatus: string;
  preview: string;
  updatePublished: string;
  updateConflict: string;
  alreadyResolved: string;

  previewHeading: string;
  previewReady: string;
  previewNotPublished: string;
  previewOnPage: (language: string) => string;
  /** A content language the public pages are not served in yet: its text, as written. */
  previewContentOnly: (language: string) => string;
  /** The notice as the public incident page will show it, in one language. */
  previewNoticeIn: (language: string) => string;
  previewResolves: string;
  previewPhase: (phase: string) => string;
  /** The new incident's preview: when it began, where it will be, the button that publishes it. */
  previewStarted: (when: string) => string;
  previewAddress: string;
  publishIncident: string;
  previewNextCleared: string;
  previewNextSet: (when: string) => string;

  resolveHeading: string;
  resolveIntro: string;
  closingTextLabel: (language: string) => string;
  restoreLegend: (status: string) => string;
  resolveButton: string;
  incidentResolved: string;

  updateLogHeading: string;
  noUpdatesYet: string;
  correctUpdate: (when: string) => string;
  correctedTimes: (count: number, when: string) => string;
  correctionTitle: string;
  correctionIntro: (when: string) => string;
  shownNow: string;
  yourCorrection: string;
  correctedTextLabel: string;
  correctionReasonLabel: string;
  correctionReasonHint: string;
  correctionUnchanged: string;
  publishCorrection: string;
  correctionPublished: string;
}

export interface AdminIncidentMessages {
  incidents: IncidentWords;
}

export { svIncidents } from './incidents.sv';
export { enIncidents } from './incidents.en';
