/**
 * What the incident forms hold while an editor works on them: plain strings exactly as typed,
 * so a form shown again (after an error, a conflict or a preview) keeps every character.
 */
import type { ServiceStatus } from '../../../src/domain/status';

/** Content languages of incident texts: Swedish required, English optional. */
export const CONTENT_LOCALES = ['sv', 'en'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

export const NOTICE_QUESTIONS = ['whatHappened', 'affectsMe', 'whatWeAreDoing', 'whatYouShouldDo', 'whoToContact'] as const;
export type NoticeQuestion = (typeof NOTICE_QUESTIONS)[number];
export type NoticeTextField = 'title' | NoticeQuestion;
export const NOTICE_TEXT_FIELDS: readonly NoticeTextField[] = ['title', ...NOTICE_QUESTIONS];

export type NoticeTextDraft = Record<NoticeTextField, string>;

export interface NoticeDraft {
  impact: string;
  texts: Record<ContentLocale, NoticeTextDraft>;
  serviceIds: number[];
  nextUpdateDate: string;
  nextUpdateTime: string;
}

export interface NewIncidentDraft extends NoticeDraft {
  slug: string;
  phase: string;
  /** The optional first update. */
  update: { texts: Record<ContentLocale, string>; statuses: Record<number, string>; versions: Record<number, number> };
}

export interface UpdateDraft {
  texts: Record<ContentLocale, string>;
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
  texts: Record<ContentLocale, { body: string; reason: string }>;
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

export function emptyNoticeText(): NoticeTextDraft {
  return { title: '', whatHappened: '', affectsMe: '', whatWeAreDoing: '', whatYouShouldDo: '', whoToContact: '' };
}

/** Field names used in the forms, shared by the views and the route that reads them. */
export const fieldName = {
  notice: (locale: ContentLocale, field: NoticeTextField) => `${locale}.${field}`,
  updateText: (locale: ContentLocale) => `update.${locale}`,
  status: (serviceId: number) => `status.${serviceId}`,
  version: (serviceId: number) => `version.${serviceId}`,
  correctionBody: (locale: ContentLocale) => `${locale}.body`,
  correctionReason: (locale: ContentLocale) => `${locale}.reason`,
};

/** A field name as an id fragment (ids are also CSS selectors: no dots). */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, '-')}`;
}

export interface ResolveDraft {
  texts: Record<ContentLocale, string>;
  /** Affected services to set back to operational with the closing update. */
  restore: number[];
  versions: Record<number, number>;
  incidentVersion: number;
}

/** Language names start lower-case in Swedish; headings and legends start with a capital. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
