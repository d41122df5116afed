/** Words of the maintenance area (planned maintenance: list, schedule, edit, reschedule, status, cancel). */
import type { MaintenanceStatus } from '../../domain/maintenance';

/** Namespaced under `t.maintenance`, so no other area's words can collide with these. */
export interface MaintenanceWords {
  listTitle: string;
  newLink: string;
  upcomingHeading: string;
  underWayHeading: string;
  pastHeading: string;
  noneUpcoming: string;
  noneUnderWay: string;
  nonePast: string;
  titleColumn: string;
  statusColumn: string;
  windowColumn: string;
  servicesColumn: string;
  status: Record<MaintenanceStatus, string>;
  window: (from: string, to: string) => string;
  newTitle: string;
  languageLegend: (language: string, required: boolean) => string;
  optionalLanguageHint: string;
  titleLabel: string;
  whatHappenedLabel: string;
  affectsMeLabel: string;
  servicesLegend: string;
  servicesRequired: string;
  startLegend: string;
  endLegend: string;
  dateLabel: string;
  timeLabel: string;
  dateHint: string;
  timeHint: string;
  incomplete: string;
  nonexistent: string;
  endBeforeStart: string;
  schedule: string;
  created: string;
  editHeading: string;
  saveTexts: string;
  saved: string;
  rescheduleHeading: string;
  rescheduleOnlyEnd: string;
  reschedule: string;
  rescheduled: string;
  statusHeading: string;
  statusNow: (status: string) => string;
  action: Record<'start' | 'verify' | 'resume' | 'complete', string>;
  statusChanged: string;
  finalStatus: string;
  cancelLink: string;
  cancelQuestion: (title: string) => string;
  cancelExplanation: string;
  confirmCancel: string;
  keep: string;
  cancelled: string;
  updateHeading: string;
  updateLabel: string;
  publishUpdate: string;
  updatePublished: string;
  conflictNewer: string;
  publicPageLink: string;
}

export interface AdminMaintenanceMessages {
  maintenance: MaintenanceWords;
}

export { svMaintenance } from './maintenance.sv';
export { enMaintenance } from './maintenance.en';
