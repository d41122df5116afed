/**
 * Incident templates (issue 12): the admins' list and the form that creates or edits one. A
 * template holds what a new incident needs — its name, the notice's title and questions and the
 * first update in every content language, impact and phase, and the affected services with the
 * status each gets — and the new-incident page offers them as "start from a template".
 */
import { INCIDENT_IMPACTS, INCIDENT_PHASES, NOTICE_QUESTIONS } from '../../../src/domain/incident';
import { SERVICE_STATUSES } from '../../../src/domain/status';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { FormMessages, hasProblem, Select, TextArea, TextField, type FieldErrors, type FormMessage } from '../partials/Form';
import { dirOf, type ContentLanguage } from '../partials/languages';
import type { ServiceGroupChoice } from './IncidentDrafts';
import type { PublicWords } from './IncidentFields';
import { templateFieldName, type TemplateDraft } from './TemplateDrafts';

export interface TemplateRow {
  id: number;
  name: string;
  /** The language the name is shown in, when it is not the admin's. */
  nameLang: string | null;
  services: string[];
}

export function TemplateListPage({ chrome, rows, message }: { chrome: AdminChrome; rows: TemplateRow[]; message: FormMessage }) {
  const { t } = chrome;
  return (
    <AdminLayout chrome={chrome} title={t.templates.listTitle} section="incidents">
      <p>
        <a href="/admin/incidents">{t.incidents.backToIncidents}</a>
      </p>
      <h1>{t.templates.listTitle}</h1>
      <FormMessages t={t} message={message} />
      <p>{t.templates.listIntro}</p>
      <p>
        <a class="button" href="/admin/settings/templates/new">
          {t.templates.newLink}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{t.templates.none}</p>
      ) : (
        <ul class="template-list">
          {rows.map((row) => (
            <li id={`template-${row.id}`}>
              <a href={`/admin/settings/templates/${row.id}`} lang={row.nameLang ?? undefined}>
                {row.name}
              </a>
              <span class="hint">
                {t.templates.servicesColumn}: {row.services.length > 0 ? row.services.join(', ') : t.templates.noServices}
              </span>
            </li>
          ))}
        </ul>
      )}
    </AdminLayout>
  );
}

export interface TemplateEditProps {
  chrome: AdminChrome;
  words: PublicWords;
  languages: ContentLanguage[];
  groups: ServiceGroupChoice[];
  /** Null while creating one. */
  template: { id: number; name: string } | null;
  draft: TemplateDraft;
  errors: FieldErrors;
  message: FormMessage;
}

/** The error summary's names for the template's fields: "Rubrik (engelska)". */
export function templateFieldLabels(chrome: AdminChrome, words: PublicWords, languages: ContentLanguage[], groups: ServiceGroupChoice[]): Record<string, string> {
  const { t } = chrome;
  const labels: Record<string, string> = { impact: t.incidents.impactLabel, phase: t.incidents.phaseLabel, texts: t.templates.nameLegend };
  for (const language of languages) {
    labels[templateFieldName(language.locale, 'name')] = t.templates.nameLabel(language.name);
    labels[templateFieldName(language.locale, 'title')] = `${t.incidents.noticeTitleLabel} (${language.name})`;
    for (const question of NOTICE_QUESTIONS) labels[templateFieldName(language.locale, question)] = `${words.noticeQuestions[question]} (${language.name})`;
    labels[templateFieldName(language.locale, 'update')] = t.incidents.updateTextLabel(language.name);
  }
  for (const group of groups) for (const service of group.services) labels[`status.${service.id}`] = service.name;
  return labels;
}

export function TemplateEditPage({ chrome, words, languages, groups, template, draft, errors, message }: TemplateEditProps) {
  const { t } = chrome;
  const title = template ? t.templates.editTitle(template.name) : t.templates.newTitle;
  const action = template ? `/admin/settings/templates/${template.id}` : '/admin/settings/templates';
  return (
    <AdminLayout chrome={chrome} title={title} section="incidents" failed={hasProblem(errors, message)}>
      <p>
        <a href="/admin/settings/templates">{t.templates.backToList}</a>
      </p>
      <h1>{title}</h1>
      <FormMessages t={t} message={message} errors={errors} labels={templateFieldLabels(chrome, words, languages, groups)} />
      <form method="post" action={action} novalidate>
        <CsrfField chrome={chrome} />
        <input type="hidden" name="version" value={String(draft.version)} />
        <fieldset>
          <legend>{t.templates.nameLegend}</legend>
          <p class="hint">{t.templates.nameHint}</p>
          {languages.map((language) => (
            <TextField
              name={templateFieldName(language.locale, 'name')}
              label={`${t.templates.nameLabel(language.name)} (${language.required ? t.required : t.optional})`}
              value={draft.texts[language.locale]?.name ?? ''}
              errors={errors}
              required={language.required}
              lang={language.locale}
              dir={dirOf(language)}
            />
          ))}
        </fieldset>
        <Select
          name="impact"
          label={t.incidents.impactLabel}
          hint={t.incidents.impactHint}
          value={draft.impact}
          errors={errors}
          options={INCIDENT_IMPACTS.map((impact) => ({ value: impact, label: words.impact[impact] }))}
        />
        <Select
          name="phase"
          label={t.incidents.phaseLabel}
          value={draft.phase}
          errors={errors}
          options={INCIDENT_PHASES.filter((phase) => phase !== 'resolved').map((phase) => ({ value: phase, label: words.phase[phase] }))}
        />
        {languages.map((language) => {
          const texts = draft.texts[language.locale];
          const field = (name: Parameters<typeof templateFieldName>[1]) => templateFieldName(language.locale, name);
          return (
            <fieldset>
              <legend>
                {t.incidents.noticeInLanguage(language.name)} ({language.required ? t.required : t.optional})
              </legend>
              <TextField
                name={field('title')}
                label={t.incidents.noticeTitleLabel}
                value={texts?.title ?? ''}
                errors={errors}
                required={language.required}
                lang={language.locale}
                dir={dirOf(language)}
              />
              {NOTICE_QUESTIONS.map((question) => (
                <TextArea
                  name={field(question)}
                  label={words.noticeQuestions[question]}
                  hint={language.required ? t.incidents.noticeQuestionHints[question] : undefined}
                  value={texts?.[question] ?? ''}
                  errors={errors}
                  rows={3}
                  lang={language.locale}
                  dir={dirOf(language)}
                />
              ))}
              <TextArea
                name={field('update')}
                label={t.incidents.updateTextLabel(language.name)}
                hint={language.required ? t.templates.updateHint : undefined}
                value={texts?.update ?? ''}
                errors={errors}
                rows={3}
                lang={language.locale}
                dir={dirOf(language)}
              />
            </fieldset>
          );
        })}
        <fieldset>
          <legend>{t.templates.servicesLegend}</legend>
          <p class="hint">{t.templates.servicesHint}</p>
          {groups.length === 0 && <p>{t.incidents.noServicesYet}</p>}
          {groups.map((group) => (
            <fieldset class="service-group">
              <legend>{group.name}</legend>
              {group.services.map((service) => (
                <Select
                  name={`status.${service.id}`}
                  label={service.name}
                  value={draft.statuses[service.id] ?? ''}
                  errors={errors}
                  options={[{ value: '', label: t.templates.notAffected }, ...SERVICE_STATUSES.map((status) => ({ value: status, label: words.status[status] }))]}
                />
              ))}
            </fieldset>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit">{template ? t.templates.save : t.templates.create}</button>
          <a href="/admin/settings/templates">{t.cancel}</a>
        </div>
      </form>
      {template && (
        <section aria-labelledby="delete-template-heading">
          <h2 id="delete-template-heading">{t.templates.deleteHeading}</h2>
          <p>{t.templates.deleteHint}</p>
          <form method="post" action={`/admin/settings/templates/${template.id}/delete`}>
            <CsrfField chrome={chrome} />
            <input type="hidden" name="version" value={String(draft.version)} />
            <button type="submit" class="danger">
              {t.templates.deleteButton}
            </button>
          </form>
        </section>
      )}
    </AdminLayout>
  );
}
