/**
 * The template form: one schema turning the posted body into the store's input (or a message
 * per field), and the draft that shows the form again as typed.
 *
 * Field names: per content language `<locale>.name|title|<question>|update` (the default
 * language's name and title required; another language counts once anything in it is
 * written), `impact`, `phase`, and `status.<serviceId>` ('' = not affected).
 */
import { z } from 'zod';
import { TEMPLATE_TEXT_FIELDS, type TemplateDraft, type TemplateTextField } from '../../../../views/admin/pages/TemplateDrafts';
import { INCIDENT_IMPACTS, INCIDENT_PHASES } from '../../../domain/incident';
import { LIMITS } from '../../../domain/limits';
import { isServiceStatus, SERVICE_STATUSES, type ServiceStatus } from '../../../domain/status';
import type { TemplateInput, TemplateTextInput } from '../../../store/templates';
import { choice, group, idOf, optionalGroup, text, version, withBody, sent, type FormLanguage } from '../forms/fields';
import { isGroup, typed, typedGroup, type FormBody, type FormKit } from '../forms/parse';

export const OPENING_PHASES = INCIDENT_PHASES.filter((phase) => phase !== 'resolved');

export interface TemplateFormSettings {
  languages: readonly FormLanguage[];
  /** The services a template may name (the active ones). */
  serviceIds: readonly number[];
}

function languageFields(kit: FormKit) {
  const limit = (field: TemplateTextField) => (field === 'name' || field === 'title' ? LIMITS.name : field === 'update' ? LIMITS.updateBody : LIMITS.longText);
  return Object.fromEntries(TEMPLATE_TEXT_FIELDS.map((field) => [field, text(kit, limit(field), { required: field === 'name' || field === 'title' })])) as Record<
    TemplateTextField,
    ReturnType<typeof text>
  >;
}

function templateTexts(kit: FormKit, languages: readonly FormLanguage[]) {
  const shape = Object.fromEntries(languages.map((language) => [language.locale, language.required ? group(languageFields(kit)) : optionalGroup(languageFields(kit))]));
  return z.object(shape).transform((texts) => {
    const given: Record<string, TemplateTextInput> = {};
    for (const [locale, value] of Object.entries(texts)) if (value) given[locale] = value as TemplateTextInput;
    return given;
  });
}

/** `status.<id>` per service: '' leaves it out, a status makes it affected with that status. */
function templateServices(kit: FormKit, serviceIds: readonly number[]) {
  const known = new Set(serviceIds);
  return sent().transform((value, ctx) => {
    const statuses = typedGroup(isGroup(value) ? value : {}, 'status');
    const chosen: TemplateInput['services'] = [];
    for (const [key, status] of Object.entries(statuses)) {
      if (status === '') continue;
      const serviceId = idOf(key);
      if (serviceId === null || !known.has(serviceId) || !isServiceStatus(status)) {
        ctx.addIssue({ code: 'custom', continue: true, path: ['status', key], message: kit.t.inputError('unknown-choice', {}) });
        continue;
      }
      chosen.push({ serviceId, status: status as ServiceStatus });
    }
    return chosen;
  });
}

export function templateSchema(kit: FormKit, settings: TemplateFormSettings) {
  return withBody(z.object({ version: version(), impact: choice(kit, INCIDENT_IMPACTS), phase: choice(kit, OPENING_PHASES) }), {
    texts: templateTexts(kit, settings.languages),
    services: templateServices(kit, settings.serviceIds),
  });
}

export type TemplateForm = z.output<ReturnType<typeof templateSchema>>;

// ─── The draft: the form as typed ──────────────────────────────────────────────────────────

export function emptyTemplateTexts(): Record<TemplateTextField, string> {
  return Object.fromEntries(TEMPLATE_TEXT_FIELDS.map((field) => [field, ''])) as Record<TemplateTextField, string>;
}

export function templateDraftOf(body: FormBody, languages: readonly FormLanguage[]): TemplateDraft {
  const statuses: Record<number, string> = {};
  for (const [key, status] of Object.entries(typedGroup(body, 'status'))) {
    const id = idOf(key);
    if (id !== null && (status === '' || (SERVICE_STATUSES as readonly string[]).includes(status))) statuses[id] = status;
  }
  return {
    version: version().parse(body.version),
    impact: typed(body, 'impact'),
    phase: typed(body, 'phase'),
    texts: Object.fromEntries(
      languages.map(({ locale }) => [locale, Object.fromEntries(TEMPLATE_TEXT_FIELDS.map((field) => [field, typed(body, `${locale}.${field}`)])) as Record<TemplateTextField, string>]),
    ),
    statuses,
  };
}
