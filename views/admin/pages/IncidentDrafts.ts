/**
 * What the incident forms hold while an editor works on them: plain strings exactly as typed,
 * so a form shown again (after an error, a conflict or a preview) keeps every character. These
 * are the forms' props and field names, so they live with the views; the route that reads a
 * form imports them from here (downwards). The vocabularies they are built from (languages,
 * notice questions) live in src/domain.
 */
import type { NoticeTextField } from '../../../src/domain/incident';
import type { ServiceStatus } from '../../../src/domain/status';
import { fieldId as formFieldId } from '../partials/Form';

export type NoticeTextDraft = Record<NoticeTextField, string>;

export interface NoticeDraft {
  impact: string;
  texts: Record<string, NoticeTextDraft>;
  serviceIds: number[];
  nextUpdateDate: string;
  nextUpdateTime: string;
}

export interface NewIncidentDraft extends NoticeDraft {
  slug: string;
  phase: string;
  /** When it began, as typed (site's zone); the form starts with now. */
  startedDate: string;
  startedTime: string;
  /** The optional first update. */
  update: { texts: Record<string, string>; statuses: Record<number, string>; versions: Record<number, number> };
}

export interface UpdateDraft {
  texts: Record<string, string>;
  /** Services ticked as affected (the one list: a new status makes one affected too). */
  serviceIds: number[];
  /** New status per service id; '' keeps the current one. */
  statuses: Record<number, string>;
  /** Service versions the form was loaded with. */
  versions: Record<number, number>;
  phase: string;
  nextUpdateDate: string;
  nextUpdateTime: string;
  clearNextUpdate: boolean;
  incidentVersion: number;
}

export interface CorrectionDraft {
  texts: Record<string, { body: string; reason: string }>;
}

/** A service as the forms list it: grouped, with its current status and version. */
export interface ServiceChoice {
  id: number;
  name: string;
  status: ServiceStatus;
  version: number;
}

export interface ServiceGroupChoice {
  name: string;
  services: ServiceChoice[];
}

/** Field names used in the forms, shared by the views and the route that reads them. */
export const fieldName = {
  notice: (locale: string, field: NoticeTextField) => `${locale}.${field}`,
  updateText: (locale: string) => `update.${locale}`,
  status: (serviceId: number) => `status.${serviceId}`,
  version: (serviceId: number) => `version.${serviceId}`,
  closing: (locale: string) => `closing.${locale}`,
  correctionBody: (locale: string) => `${locale}.body`,
  correctionReason: (locale: string) => `${locale}.reason`,
};

/** A field name as an id (one scheme for every console form: views/admin/partials/Form.tsx). */
export const fieldId = formFieldId;

export interface ResolveDraft {
  texts: Record<string, string>;
  /** Affected services to set back to operational with the closing update. */
  restore: number[];
  versions: Record<number, number>;
  incidentVersion: number;
}
