import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { Message, TextArea, type FieldErrors } from '../partials/Form';
import { capitalise, CONTENT_LOCALES, fieldId, fieldName, type CorrectionDraft } from './IncidentDrafts';
import type { FormMessage } from './IncidentUpdateForms';

export interface CorrectionFormProps {
  chrome: AdminChrome;
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
export function CorrectionForm({ chrome, action, incidentHref, draft, errors, message }: CorrectionFormProps) {
  const { t } = chrome;
  return (
    <div id="correction-form">
      {message && <Message kind={message.kind}>{message.text}</Message>}
      <form method="post" action={action} data-hx-post={action} data-hx-target="#correction-form" data-hx-swap="outerHTML">
        <CsrfField chrome={chrome} />
        {CONTENT_LOCALES.map((locale) => (
          <fieldset>
            <legend>
              {capitalise(t.languageName(locale))} ({locale === 'sv' ? t.required : t.optional})
            </legend>
            <TextArea
              name={fieldName.correctionBody(locale)}
              id={fieldId(fieldName.correctionBody(locale))}
              label={t.incidents.correctedTextLabel}
              value={draft.texts[locale].body}
              errors={errors}
              required={locale === 'sv'}
              rows={6}
              lang={locale}
            />
            <TextArea
              name={fieldName.correctionReason(locale)}
              id={fieldId(fieldName.correctionReason(locale))}
              label={t.incidents.correctionReasonLabel}
              hint={t.incidents.correctionReasonHint}
              value={draft.texts[locale].reason}
              errors={errors}
              required={locale === 'sv'}
              rows={2}
              lang={locale}
            />
          </fieldset>
        ))}
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
    <AdminLayout chrome={props.chrome} title={t.incidents.correctionTitle} section="incidents">
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
