import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { Message, TextArea, TextField, type FieldErrors } from '../partials/Form';
import { CONTENT_LOCALES, fieldId, fieldName, type NewIncidentDraft, type ServiceGroupChoice } from './IncidentDrafts';
import {
  AffectedServicesField,
  ImpactSelect,
  NextUpdateFields,
  NoticeTextFields,
  PhaseSelect,
  StatusChangeFields,
  type PublicWords,
} from './IncidentFields';

export interface NewIncidentFormProps {
  chrome: AdminChrome;
  words: PublicWords;
  draft: NewIncidentDraft;
  errors: FieldErrors;
  groups: ServiceGroupChoice[];
  message: { kind: 'error' | 'warning'; text: string } | null;
  timeZoneHint: string;
}

/** The form alone: what an htmx post gets back when something needs fixing. */
export function NewIncidentForm({ chrome, words, draft, errors, groups, message, timeZoneHint }: NewIncidentFormProps) {
  const { t } = chrome;
  return (
    <div id="new-incident">
      {message && <Message kind={message.kind}>{message.text}</Message>}
      <form method="post" action="/admin/incidents" data-hx-post="/admin/incidents" data-hx-target="#new-incident" data-hx-swap="outerHTML">
        <CsrfField chrome={chrome} />
        <TextField name="slug" id="f-slug" label={t.incidents.slugLabel} hint={t.incidents.slugHint} value={draft.slug} errors={errors} required maxLength={80} />
        <ImpactSelect chrome={chrome} words={words} value={draft.impact} errors={errors} />
        <PhaseSelect chrome={chrome} words={words} value={draft.phase} errors={errors} allowResolved={false} />
        <NoticeTextFields chrome={chrome} words={words} draft={draft} errors={errors} />
        <AffectedServicesField chrome={chrome} groups={groups} selected={draft.serviceIds} errors={errors} />
        <NextUpdateFields chrome={chrome} date={draft.nextUpdateDate} time={draft.nextUpdateTime} errors={errors} hint={timeZoneHint} />
        <fieldset>
          <legend>{t.incidents.firstUpdateLegend}</legend>
          <p class="hint">{t.incidents.firstUpdateHint}</p>
          {CONTENT_LOCALES.map((locale) => (
            <TextArea
              name={fieldName.updateText(locale)}
              id={fieldId(fieldName.updateText(locale))}
              label={t.incidents.updateTextLabel(t.languageName(locale))}
              value={draft.update.texts[locale]}
              errors={errors}
              rows={4}
              lang={locale}
            />
          ))}
          <StatusChangeFields
            chrome={chrome}
            words={words}
            legend={t.incidents.statusChangesLegend}
            shown={groups}
            more={[]}
            statuses={draft.update.statuses}
            versions={draft.update.versions}
            errors={errors}
            idPrefix="new"
          />
        </fieldset>
        <div class="actions">
          <button type="submit">{t.incidents.createIncident}</button>
          <a href="/admin/incidents">{t.cancel}</a>
        </div>
      </form>
    </div>
  );
}

export function IncidentNewPage(props: NewIncidentFormProps) {
  const { t } = props.chrome;
  return (
    <AdminLayout chrome={props.chrome} title={t.incidents.newIncidentTitle} section="incidents">
      <p>
        <a href="/admin/incidents">{t.incidents.backToIncidents}</a>
      </p>
      <h1>{t.incidents.newIncidentTitle}</h1>
      <NewIncidentForm {...props} />
    </AdminLayout>
  );
}
