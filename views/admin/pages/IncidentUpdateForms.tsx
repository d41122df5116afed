/** The two forms that publish to an incident: a regular update (with preview) and resolving it. */
import type { AdminChrome } from '../AdminLayout';
import { CsrfField } from '../AdminLayout';
import { Checkbox, FormMessages, TextArea, type FieldErrors, type FormMessage } from '../partials/Form';
import { dirOf, type ContentLanguage } from '../partials/languages';
import { fieldId, fieldName, type ResolveDraft, type ServiceChoice, type ServiceGroupChoice, type UpdateDraft } from './IncidentDrafts';
import { AffectedServiceList, ClearNextUpdate, incidentFieldTarget, NextUpdateFields, PhaseSelect, type PublicWords } from './IncidentFields';
import { UpdatePreview, type UpdatePreviewProps } from './IncidentPreview';

export type { FormMessage };

export interface UpdateFormProps {
  chrome: AdminChrome;
  words: PublicWords;
  /** The site's offered languages, the default (required) first. */
  languages: ContentLanguage[];
  incidentId: number;
  draft: UpdateDraft;
  errors: FieldErrors;
  message: FormMessage;
  affected: ServiceChoice[];
  others: ServiceGroupChoice[];
  currentNextUpdate: string | null;
  timeZoneHint: string;
  preview: Omit<UpdatePreviewProps, 'chrome'> | null;
}

/**
 * Posting an update. "Preview" goes to its own address (formaction without JavaScript, its
 * own data-hx-post with htmx) and writes nothing; "Publish" posts the same fields for real.
 */
export function UpdateForm(props: UpdateFormProps) {
  const { chrome, words, languages, incidentId, draft, errors, message } = props;
  const { t } = chrome;
  const base = `/admin/incidents/${incidentId}/updates`;
  const hasErrors = Object.keys(errors).length > 0;
  const labels: Record<string, string> = {
    phase: t.incidents.phaseLabel,
    serviceIds: t.incidents.affectedServicesLabel,
    nextUpdateDate: `${t.incidents.nextUpdateLabel}: ${t.incidents.dateLabel}`,
    nextUpdateTime: `${t.incidents.nextUpdateLabel}: ${t.incidents.timeLabel}`,
  };
  for (const language of languages) labels[fieldName.updateText(language.locale)] = t.incidents.updateTextLabel(language.name);
  for (const service of [...props.affected, ...props.others.flatMap((group) => group.services)]) labels[fieldName.status(service.id)] = service.name;
  return (
    <section id="post-update" aria-labelledby="post-update-heading">
      <h2 id="post-update-heading">{t.incidents.postUpdateHeading}</h2>
      <FormMessages t={t} message={message} errors={errors} labels={labels} idFor={incidentFieldTarget({ status: 'upd', nextUpdate: 'upd', serviceIds: 'upd-serviceIds' })} />
      <form method="post" action={base} data-hx-post={base} data-hx-target="#incident-content" data-hx-swap="outerHTML" novalidate>
        <CsrfField chrome={chrome} />
        <input type="hidden" name="incidentVersion" value={String(draft.incidentVersion)} />
        {/* Lets a later successful preview replace the whole form, clearing these messages. */}
        {hasErrors && <input type="hidden" name="hadErrors" value="1" />}
        {languages.map((language) => (
          <TextArea
            name={fieldName.updateText(language.locale)}
            id={fieldId(fieldName.updateText(language.locale))}
            label={`${t.incidents.updateTextLabel(language.name)} (${language.required ? t.required : t.optional})`}
            hint={language.required ? t.incidents.updateTextHint : undefined}
            value={draft.texts[language.locale] ?? ''}
            errors={errors}
            required={language.required}
            rows={5}
            lang={language.locale}
            dir={dirOf(language)}
          />
        ))}
        {/* One list (issue 12): ticking a service makes it affected, a status changes it in this
            same update, unticking one takes it out; what it had when loaded rides along. */}
        {props.affected.map((service) => (
          <input type="hidden" name="wasAffected" value={String(service.id)} />
        ))}
        <AffectedServiceList
          chrome={chrome}
          words={words}
          groups={props.affected.length > 0 ? [{ name: t.incidents.affectedServicesGroup, services: props.affected }] : []}
          more={props.others}
          selected={draft.serviceIds}
          statuses={draft.statuses}
          versions={draft.versions}
          errors={errors}
          idPrefix="upd"
          listId="upd-serviceIds"
          hint={t.incidents.updateServicesHint}
        />
        <PhaseSelect chrome={chrome} words={words} value={draft.phase} errors={errors} allowResolved />
        <NextUpdateFields
          chrome={chrome}
          date={draft.nextUpdateDate}
          time={draft.nextUpdateTime}
          errors={errors}
          hint={`${props.timeZoneHint} ${props.currentNextUpdate ? t.incidents.currentlyPromised(props.currentNextUpdate) : t.incidents.noNextUpdatePromised}`}
          idPrefix="upd"
        >
          <ClearNextUpdate chrome={chrome} checked={draft.clearNextUpdate} idPrefix="upd" />
        </NextUpdateFields>
        <div class="actions">
          <button
            type="submit"
            class="secondary"
            formaction={`${base}/preview`}
            data-hx-post={`${base}/preview`}
            data-hx-target="#update-preview"
            data-hx-swap="innerHTML"
          >
            {t.incidents.preview}
          </button>
          <button type="submit">{t.publish}</button>
        </div>
      </form>
      <div id="update-preview">
        {props.preview && <UpdatePreview chrome={chrome} {...props.preview} />}
      </div>
    </section>
  );
}

export interface ResolveFormProps {
  chrome: AdminChrome;
  words: PublicWords;
  /** The site's offered languages, the default (required) first. */
  languages: ContentLanguage[];
  incidentId: number;
  draft: ResolveDraft;
  errors: FieldErrors;
  message: FormMessage;
  /** Affected services that are not operational: offered to be set back in the same update. */
  restorable: ServiceChoice[];
}

export function ResolveForm({ chrome, words, languages, incidentId, draft, errors, message, restorable }: ResolveFormProps) {
  const { t } = chrome;
  const action = `/admin/incidents/${incidentId}/resolve`;
  const restore = new Set(draft.restore);
  const labels = Object.fromEntries(languages.map((language) => [fieldName.closing(language.locale), t.incidents.closingTextLabel(language.name)]));
  return (
    <section id="resolve" aria-labelledby="resolve-heading">
      <h2 id="resolve-heading">{t.incidents.resolveHeading}</h2>
      <p>{t.incidents.resolveIntro}</p>
      <FormMessages t={t} message={message} errors={errors} labels={labels} />
      <form method="post" action={action} data-hx-post={action} data-hx-target="#incident-content" data-hx-swap="outerHTML" novalidate>
        <CsrfField chrome={chrome} />
        <input type="hidden" name="incidentVersion" value={String(draft.incidentVersion)} />
        {languages.map((language) => (
          <TextArea
            name={fieldName.closing(language.locale)}
            id={fieldId(fieldName.closing(language.locale))}
            label={`${t.incidents.closingTextLabel(language.name)} (${language.required ? t.required : t.optional})`}
            value={draft.texts[language.locale] ?? ''}
            errors={errors}
            required={language.required}
            rows={4}
            lang={language.locale}
            dir={dirOf(language)}
          />
        ))}
        {restorable.length > 0 && (
          <fieldset>
            <legend>{t.incidents.restoreLegend(words.status.operational)}</legend>
            {restorable.map((service) => (
              <>
                <input type="hidden" name={fieldName.version(service.id)} value={String(draft.versions[service.id] ?? service.version)} />
                <Checkbox
                  name="restore"
                  id={`f-restore-${service.id}`}
                  value={String(service.id)}
                  label={service.name}
                  hint={t.incidents.currentStatus(words.status[service.status])}
                  checked={restore.has(service.id)}
                />
              </>
            ))}
          </fieldset>
        )}
        <div class="actions">
          <button type="submit">{t.incidents.resolveButton}</button>
        </div>
      </form>
    </section>
  );
}
