import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { FormMessages, hasProblem, TextArea, TextField, type FieldErrors } from '../partials/Form';
import { dirOf, type ContentLanguage } from '../partials/languages';
import { UpdatePreview, type UpdatePreviewProps } from './IncidentPreview';
import { fieldId, fieldName, type NewIncidentDraft, type ServiceGroupChoice } from './IncidentDrafts';
import {
  AffectedServiceList,
  ImpactSelect,
  incidentFieldTarget,
  noticeFieldLabels,
  NextUpdateFields,
  NoticeTextFields,
  PhaseSelect,
  StartedFields,
  type PublicWords,
} from './IncidentFields';

export interface NewIncidentFormProps {
  chrome: AdminChrome;
  words: PublicWords;
  /** The site's offered languages, the default (required) first. */
  languages: ContentLanguage[];
  draft: NewIncidentDraft;
  errors: FieldErrors;
  groups: ServiceGroupChoice[];
  message: { kind: 'ok' | 'error' | 'warning'; text: string } | null;
  /** Incident templates to start from (issue 12): each link opens this form filled from one. */
  templates: { name: string; lang: string | null; href: string }[];
  timeZoneHint: string;
  /** Set after "Förhandsgranska": the incident as it will be published; nothing is written yet. */
  preview: (Omit<UpdatePreviewProps, 'chrome'> & { address: string }) | null;
}

/** The form alone: what an htmx post gets back when something needs fixing. */
export function NewIncidentForm({ chrome, words, languages, draft, errors, groups, message, timeZoneHint, preview }: NewIncidentFormProps) {
  const { t } = chrome;
  const labels = noticeFieldLabels(chrome, words, languages);
  for (const group of groups) for (const service of group.services) labels[`status.${service.id}`] = service.name;
  return (
    <div id="new-incident">
      <FormMessages t={t} message={message} errors={errors} labels={labels} idFor={incidentFieldTarget({ status: 'new' })} />
      {preview && (
        <div id="new-incident-preview" tabindex={-1} autofocus>
          <p>
            {t.incidents.previewAddress}: <code>{preview.address}</code>
          </p>
          <UpdatePreview chrome={chrome} versions={preview.versions} effects={preview.effects} contentOnly={preview.contentOnly} notices={preview.notices} headingLevel={2} />
        </div>
      )}
      <form method="post" action="/admin/incidents" data-hx-post="/admin/incidents" data-hx-target="#new-incident" data-hx-swap="outerHTML" novalidate>
        <CsrfField chrome={chrome} />
        <TextField name="slug" id="f-slug" label={t.incidents.slugLabel} hint={t.incidents.slugHint} value={draft.slug} errors={errors} maxLength={80} />
        <ImpactSelect chrome={chrome} words={words} value={draft.impact} errors={errors} />
        <PhaseSelect chrome={chrome} words={words} value={draft.phase} errors={errors} allowResolved={false} />
        <StartedFields chrome={chrome} date={draft.startedDate} time={draft.startedTime} errors={errors} hint={timeZoneHint} />
        <NoticeTextFields chrome={chrome} words={words} languages={languages} draft={draft} errors={errors} />
        <AffectedServiceList
          chrome={chrome}
          words={words}
          groups={groups}
          selected={draft.serviceIds}
          statuses={draft.update.statuses}
          versions={draft.update.versions}
          errors={errors}
          idPrefix="new"
        />
        <NextUpdateFields chrome={chrome} date={draft.nextUpdateDate} time={draft.nextUpdateTime} errors={errors} hint={timeZoneHint} />
        <fieldset>
          <legend>{t.incidents.firstUpdateLegend}</legend>
          <p class="hint">{t.incidents.firstUpdateHint}</p>
          {languages.map((language) => (
            <TextArea
              name={fieldName.updateText(language.locale)}
              id={fieldId(fieldName.updateText(language.locale))}
              label={t.incidents.updateTextLabel(language.name)}
              value={draft.update.texts[language.locale] ?? ''}
              errors={errors}
              rows={4}
              lang={language.locale}
              dir={dirOf(language)}
            />
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit">{preview ? t.incidents.publishIncident : t.incidents.createIncident}</button>
          <button type="submit" class="secondary" formaction="/admin/incidents/new/preview" data-hx-post="/admin/incidents/new/preview" data-hx-target="#new-incident" data-hx-swap="outerHTML">
            {t.incidents.preview}
          </button>
          <a href="/admin/incidents">{t.cancel}</a>
        </div>
      </form>
    </div>
  );
}

export function IncidentNewPage(props: NewIncidentFormProps) {
  const { t } = props.chrome;
  return (
    <AdminLayout chrome={props.chrome} title={t.incidents.newIncidentTitle} section="incidents" failed={hasProblem(props.errors, props.message)}>
      <p>
        <a href="/admin/incidents">{t.incidents.backToIncidents}</a>
      </p>
      <h1>{t.incidents.newIncidentTitle}</h1>
      {(props.templates.length > 0 || props.chrome.user?.role === 'admin') && (
        <nav class="from-template" aria-labelledby="from-template-heading">
          <h2 id="from-template-heading">{t.templates.fromTemplateHeading}</h2>
          {props.templates.length > 0 && (
            <>
              <p class="hint">{t.templates.fromTemplateHint}</p>
              <ul>
                {props.templates.map((template) => (
                  <li>
                    <a href={template.href} lang={template.lang ?? undefined}>
                      {t.templates.useTemplate(template.name)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {props.chrome.user?.role === 'admin' && (
            <p>
              <a href="/admin/settings/templates">{t.templates.manage}</a>
            </p>
          )}
        </nav>
      )}
      <NewIncidentForm {...props} />
    </AdminLayout>
  );
}
