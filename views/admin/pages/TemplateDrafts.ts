/**
 * What the template form holds while an admin works on it: plain strings exactly as typed, so
 * the form shown again (after an error or a conflict) keeps every character. The route that
 * reads the form imports these from here (downwards), as the incident forms do.
 */
import { NOTICE_TEXT_FIELDS } from '../../../src/domain/incident';

/** The words of a template in one language, as the form names them (`<locale>.<field>`). */
export const TEMPLATE_TEXT_FIELDS = ['name', ...NOTICE_TEXT_FIELDS, 'update'] as const;
export type TemplateTextField = (typeof TEMPLATE_TEXT_FIELDS)[number];

export interface TemplateDraft {
  /** The version the form was loaded with (-1 for a new template). */
  version: number;
  impact: string;
  phase: string;
  texts: Record<string, Record<TemplateTextField, string>>;
  /** Status per service id; '' = not affected. */
  statuses: Record<number, string>;
}

export const templateFieldName = (locale: string, field: TemplateTextField) => `${locale}.${field}`;
