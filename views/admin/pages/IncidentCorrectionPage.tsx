import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { FormMessages, hasProblem, TextArea, type FieldErrors } from '../partials/Form';
import { dirOf, type ContentLanguage } from '../partials/languages';
import { capitalise } from '../../../src/i18n/admin/capitalise';
import { fieldId, fieldName, type CorrectionDraft } from './IncidentDrafts';
import type { FormMessage } from './IncidentUpdateForms';

export interface CorrectionFormProps {
  chrome: AdminChrome;
  /** The site's offered languages, the default (required) first. */
  languages: ContentLanguage[];
  action: string;
  incidentHref: string;
  draft: CorrectionDraft;
  errors: FieldErrors;
  message: FormMessage;
}

/**
 * Correcting a published update. The original stays on the public record; the correction
 * is shown with its reason and date, and feeds get a new version of the same entry.
 */
export function CorrectionForm({ chrome, languages, action, incidentHref, draft, errors, message }: CorrectionFormProps) {
  const { t } = chrome;
  const labels: Record<string, string> = {};
  for (const language of languages) {
    labels[fieldName.correctionBody(language.locale)] = `${t.incidents.correctedTextLabel} (${language.name})`;
    labels[fieldName.correctionReason(language.locale)] = `${t.incidents.correctionReasonLabel} (${language.name})`;
  }
  return (
    <div id="correction-form">
      <FormMessages t={t} message={message} errors={errors} labels={labels} />
      <form method="post" action={action} data-hx-post={action} data-hx-target="#correction-form" data-hx-swap="outerHTML" novalidate>
        <CsrfField chrome={chrome} />
        {languages.map((language) => {
          const { locale } = language;
          const text = draft.texts[locale] ?? { body: '', reason: '' };
          return (
            <fieldset>
              <legend>
                {capitalise(language.name)} ({language.required ? t.required : t.optional})
              </legend>
              <TextArea
                name={fieldName.correctionBody(locale)}
                id={fieldId(fieldName.correctionBody(locale))}
                label={t.incidents.correctedTextLabel}
                value={text.body}
                errors={errors}
                required={language.required}
                rows={6}
                lang={locale}
                dir={dirOf(language)}
              />
              <TextArea
                name={fieldName.correctionReason(locale)}
                id={fieldId(fieldName.correctionReason(locale))}
                label={t.incidents.correctionReasonLabel}
                hint={t.incidents.correctionReasonHint}
                value={text.reason}
                errors={errors}
                required={language.required}
                rows={2}
                lang={locale}
                dir={dirOf(language)}
              />
            </fieldset>
          );
        })}
        <div class="actions">
          <button type="submit">{t.incidents.publishCorrection}</button>
          <a href={incidentHref}>{t.cancel}</a>
        </div>
      </form>
    </div>
  );
}

export function IncidentCorrectionPage(
  props: CorrectionFormProps & { incidentTitle: string; publishedAt: string; original: { languageName: string; lang: string; text: string }[] },
) {
  const { t } = props.chrome;
  return (
    <AdminLayout chrome={props.chrome} title={t.incidents.correctionTitle} section="incidents" failed={hasProblem(props.errors, props.message)}>
      <p>
        <a href={props.incidentHref}>{t.incidents.backToIncident(props.incidentTitle)}</a>
      </p>
      <h1>{t.incidents.correctionTitle}</h1>
      <p>{t.incidents.correctionIntro(props.publishedAt)}</p>
      <h2>{t.incidents.shownNow}</h2>
      {props.original.map((text) => (
        <blockquote>
          <p>
            <strong>{text.languageName}</strong>
          </p>
          <p class="pre-line" lang={text.lang}>
            {text.text}
          </p>
        </blockquote>
      ))}
      <h2>{t.incidents.yourCorrection}</h2>
      <CorrectionForm {...props} />
    </AdminLayout>
  );
}
