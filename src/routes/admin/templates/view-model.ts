/**
 * Templates as the console shows them: a row in the list, the form's draft, and — the reason
 * they exist — the new-incident form's draft filled from one, in every content language.
 */
import type { NewIncidentDraft } from '../../../../views/admin/pages/IncidentDrafts';
import { TEMPLATE_TEXT_FIELDS, type TemplateDraft, type TemplateTextField } from '../../../../views/admin/pages/TemplateDrafts';
import type { TemplateRow } from '../../../../views/admin/pages/TemplatePages';
import type { ContentLanguage } from '../../../../views/admin/partials/languages';
import { NOTICE_QUESTIONS } from '../../../domain/incident';
import { localText, type Languages } from '../../../present/localize';
import type { IncidentTemplate, TemplateTextRow } from '../../../store/templates';
import type { ServiceChoice } from '../../../../views/admin/pages/IncidentDrafts';

export function templateName(template: Pick<IncidentTemplate, 'texts'>, languages: Languages): { text: string; lang: string } {
  const name = localText(template.texts, languages, (row) => row.name);
  return { text: name.text, lang: name.lang };
}

export function templateRows(templates: readonly IncidentTemplate[], languages: Languages, services: readonly ServiceChoice[]): TemplateRow[] {
  const names = new Map(services.map((service) => [service.id, service.name]));
  return templates
    .map((template) => {
      const name = templateName(template, languages);
      return {
        id: template.id,
        name: name.text,
        nameLang: name.lang === languages.locale ? null : name.lang,
        services: template.services.flatMap((entry) => (names.has(entry.serviceId) ? [names.get(entry.serviceId)!] : [])),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, languages.locale));
}

function textsOfRow(row: TemplateTextRow | undefined): Record<TemplateTextField, string> {
  const texts = Object.fromEntries(TEMPLATE_TEXT_FIELDS.map((field) => [field, ''])) as Record<TemplateTextField, string>;
  if (!row) return texts;
  texts.name = row.name;
  texts.title = row.title;
  for (const question of NOTICE_QUESTIONS) texts[question] = row[question];
  texts.update = row.updateBody;
  return texts;
}

export function emptyTemplateDraft(languages: readonly ContentLanguage[]): TemplateDraft {
  return { version: -1, impact: 'major', phase: 'investigating', texts: Object.fromEntries(languages.map(({ locale }) => [locale, textsOfRow(undefined)])), statuses: {} };
}

export function templateDraft(template: IncidentTemplate, languages: readonly ContentLanguage[]): TemplateDraft {
  return {
    version: template.version,
    impact: template.impact,
    phase: template.phase,
    texts: Object.fromEntries(languages.map(({ locale }) => [locale, textsOfRow(template.texts.find((row) => row.locale === locale))])),
    statuses: Object.fromEntries(template.services.map((entry) => [entry.serviceId, entry.status])),
  };
}

/**
 * The new-incident form filled from a template: the notice and first update in each content
 * language the template has words for (a language it lacks stays empty, never filled with
 * another's text), impact, phase, and the affected services that are still in the catalogue
 * with their statuses. Start time and address stay as the fresh form has them (now; generated).
 */
export function incidentDraftFromTemplate(template: IncidentTemplate, fresh: NewIncidentDraft, languages: readonly ContentLanguage[], active: readonly ServiceChoice[]): NewIncidentDraft {
  const texts = { ...fresh.texts };
  const updateTexts = { ...fresh.update.texts };
  for (const { locale } of languages) {
    const row = template.texts.find((entry) => entry.locale === locale);
    if (!row) continue;
    const { name: _name, update, ...notice } = textsOfRow(row);
    texts[locale] = notice;
    updateTexts[locale] = update;
  }
  const known = new Set(active.map((service) => service.id));
  const chosen = template.services.filter((entry) => known.has(entry.serviceId));
  return {
    ...fresh,
    impact: template.impact,
    phase: template.phase,
    texts,
    serviceIds: chosen.map((entry) => entry.serviceId),
    update: { texts: updateTexts, statuses: Object.fromEntries(chosen.map((entry) => [entry.serviceId, entry.status])), versions: {} },
  };
}
