/** Form pieces shared by the incident forms: the notice, status changes, the next-update time. */
import type { Child } from 'hono/jsx';
import { INCIDENT_IMPACTS, INCIDENT_PHASES, NOTICE_QUESTIONS } from '../../../src/domain/incident';
import { SERVICE_STATUSES } from '../../../src/domain/status';
import type { Messages } from '../../../src/i18n/messages';
import type { AdminChrome } from '../AdminLayout';
import { Checkbox, Select, TextArea, TextField, type FieldErrors } from '../partials/Form';
import { dirOf, type ContentLanguage } from '../partials/languages';
import { fieldId, fieldName, type NoticeDraft, type NoticeTextDraft, type ServiceChoice, type ServiceGroupChoice } from './IncidentDrafts';

/** Public words (statuses, phases, questions) in the admin's language. */
export type PublicWords = Messages;

export function ImpactSelect({ chrome, words, value, errors }: { chrome: AdminChrome; words: PublicWords; value: string; errors: FieldErrors }) {
  return (
    <Select
      name="impact"
      id="f-impact"
      label={chrome.t.incidents.impactLabel}
      hint={chrome.t.incidents.impactHint}
      value={value}
      errors={errors}
      options={INCIDENT_IMPACTS.map((impact) => ({ value: impact, label: words.impact[impact] }))}
    />
  );
}

export function PhaseSelect({
  chrome,
  words,
  value,
  errors,
  allowResolved,
  id = 'f-phase',
}: {
  chrome: AdminChrome;
  words: PublicWords;
  value: string;
  errors: FieldErrors;
  allowResolved: boolean;
  id?: string;
}) {
  return (
    <Select
      name="phase"
      id={id}
      label={chrome.t.incidents.phaseLabel}
      value={value}
      errors={errors}
      options={INCIDENT_PHASES.filter((phase) => allowResolved || phase !== 'resolved').map((phase) => ({ value: phase, label: words.phase[phase] }))}
    />
  );
}

/** The notice in every content language: a title and the five questions of crisis communication. */
export function NoticeTextFields({
  chrome,
  words,
  languages,
  draft,
  errors,
  staleNotes = {},
}: {
  chrome: AdminChrome;
  words: PublicWords;
  /** The site's offered languages, the default (required) first. */
  languages: ContentLanguage[];
  draft: NoticeDraft;
  errors: FieldErrors;
  /** Per language: set when its stored notice is older than the default language's. */
  staleNotes?: Record<string, string | null>;
}) {
  const { t } = chrome;
  return (
    <>
      {languages.map((language) => {
        const { locale } = language;
        const texts: Partial<NoticeTextDraft> = draft.texts[locale] ?? {};
        return (
          <fieldset>
            <legend>
              {t.incidents.noticeInLanguage(language.name)} ({language.required ? t.required : t.optional})
            </legend>
            {staleNotes[locale] && <p class="stale-translation">{staleNotes[locale]}</p>}
            <TextField
              name={fieldName.notice(locale, 'title')}
              id={fieldId(fieldName.notice(locale, 'title'))}
              label={t.incidents.noticeTitleLabel}
              value={texts.title ?? ''}
              errors={errors}
              required={language.required}
              maxLength={200}
              lang={locale}
              dir={dirOf(language)}
            />
            {NOTICE_QUESTIONS.map((question) => (
              <TextArea
                name={fieldName.notice(locale, question)}
                id={fieldId(fieldName.notice(locale, question))}
                label={words.noticeQuestions[question]}
                hint={language.required ? t.incidents.noticeQuestionHints[question] : undefined}
                value={texts[question] ?? ''}
                errors={errors}
                rows={3}
                lang={locale}
                dir={dirOf(language)}
              />
            ))}
          </fieldset>
        );
      })}
    </>
  );
}

/** The error summary's names for the notice's fields: "Rubrik (engelska)". */
export function noticeFieldLabels(chrome: AdminChrome, words: PublicWords, languages: ContentLanguage[]): Record<string, string> {
  const { t } = chrome;
  const labels: Record<string, string> = {
    impact: t.incidents.impactLabel,
    phase: t.incidents.phaseLabel,
    slug: t.incidents.slugLabel,
    serviceIds: t.incidents.affectedServicesLabel,
    nextUpdateDate: `${t.incidents.nextUpdateLabel}: ${t.incidents.dateLabel}`,
    nextUpdateTime: `${t.incidents.nextUpdateLabel}: ${t.incidents.timeLabel}`,
    startedDate: `${t.incidents.startedLabel}: ${t.incidents.dateLabel}`,
    startedTime: `${t.incidents.startedLabel}: ${t.incidents.timeLabel}`,
  };
  for (const language of languages) {
    labels[fieldName.notice(language.locale, 'title')] = `${t.incidents.noticeTitleLabel} (${language.name})`;
    for (const question of NOTICE_QUESTIONS) labels[fieldName.notice(language.locale, question)] = `${words.noticeQuestions[question]} (${language.name})`;
    labels[fieldName.updateText(language.locale)] = t.incidents.updateTextLabel(language.name);
  }
  return labels;
}

/** Affected services as checkboxes, one fieldset per service group. */
export function AffectedServicesField({
  chrome,
  groups,
  selected,
  errors,
}: {
  chrome: AdminChrome;
  groups: ServiceGroupChoice[];
  selected: number[];
  errors: FieldErrors;
}) {
  const { t } = chrome;
  const chosen = new Set(selected);
  return (
    <fieldset id="f-serviceIds" aria-describedby={errors.serviceIds ? 'f-serviceIds-error' : undefined}>
      <legend>{t.incidents.affectedServicesLabel}</legend>
      {errors.serviceIds && (
        <p class="field-error" id="f-serviceIds-error">
          {errors.serviceIds}
        </p>
      )}
      {groups.length === 0 && <p>{t.incidents.noServicesYet}</p>}
      {groups.map((group, index) => (
        <fieldset class="service-group">
          <legend>{group.name}</legend>
          {group.services.map((service) => (
            <Checkbox
              name="serviceIds"
              id={`f-service-${index}-${service.id}`}
              value={String(service.id)}
              label={service.name}
              checked={chosen.has(service.id)}
            />
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}

/**
 * One list of services for a new incident: each row says whether the service is affected and
 * which status it gets with the first update, so choosing the affected services and setting
 * their status is one step. Field names are those of the two lists it replaces (`serviceIds`,
 * `status.<id>`, `version.<id>`), so the schema reads them as before.
 */
export function AffectedServiceList({
  chrome,
  words,
  groups,
  more = [],
  selected,
  statuses,
  versions,
  errors,
  idPrefix,
  listId = 'f-serviceIds',
  hint,
}: {
  chrome: AdminChrome;
  words: PublicWords;
  groups: ServiceGroupChoice[];
  /** Further groups in a disclosure (the update form: the services not affected yet), opened when the draft touches one. */
  more?: ServiceGroupChoice[];
  selected: number[];
  statuses: Record<number, string>;
  versions: Record<number, number>;
  errors: FieldErrors;
  idPrefix: string;
  /** The list's id; two forms on one page each need their own (the incident page). */
  listId?: string;
  /** Defaults to the new-incident form's. */
  hint?: string;
}) {
  const { t } = chrome;
  const chosen = new Set(selected);
  const checkboxPrefix = listId === 'f-serviceIds' ? 'f-service' : `${idPrefix}-service`;
  const group = (entry: ServiceGroupChoice, index: number) => (
    <fieldset class="service-group">
      <legend>{entry.name}</legend>
      {entry.services.map((service) => (
        <div class="affected-service">
          <Checkbox
            name="serviceIds"
            id={`${checkboxPrefix}-${index}-${service.id}`}
            value={String(service.id)}
            label={`${t.incidents.affectedLabel}: ${service.name}`}
            checked={chosen.has(service.id) || (statuses[service.id] ?? '') !== ''}
          />
          <StatusChoice
            chrome={chrome}
            words={words}
            service={service}
            value={statuses[service.id] ?? ''}
            version={versions[service.id] ?? service.version}
            errors={errors}
            idPrefix={idPrefix}
          />
        </div>
      ))}
    </fieldset>
  );
  const touched = (entry: ServiceGroupChoice) =>
    entry.services.some((service) => chosen.has(service.id) || (statuses[service.id] ?? '') !== '' || errors[fieldName.status(service.id)] !== undefined);
  return (
    <fieldset id={listId} class="affected-services" aria-describedby={errors.serviceIds ? `${listId}-hint ${listId}-error` : `${listId}-hint`}>
      <legend>{t.incidents.affectedServicesLabel}</legend>
      <p class="hint" id={`${listId}-hint`}>
        {hint ?? t.incidents.affectedServicesHint}
      </p>
      {errors.serviceIds && (
        <p class="field-error" id={`${listId}-error`}>
          {errors.serviceIds}
        </p>
      )}
      {groups.length === 0 && more.length === 0 && <p>{t.incidents.noServicesYet}</p>}
      {groups.map(group)}
      {more.length > 0 && (
        <details open={more.some(touched)}>
          <summary>{t.incidents.otherServices}</summary>
          {more.map((entry, index) => group(entry, groups.length + index))}
        </details>
      )}
    </fieldset>
  );
}

/** When the incident began: date and time in the site's zone, filled in with now. */
export function StartedFields({ chrome, date, time, errors, hint }: { chrome: AdminChrome; date: string; time: string; errors: FieldErrors; hint: string }) {
  const { t } = chrome;
  return (
    <fieldset class="started-fields" aria-describedby="f-started-hint">
      <legend>{t.incidents.startedLabel}</legend>
      <p class="hint" id="f-started-hint">
        {t.incidents.startedHint} {hint}
      </p>
      <TextField name="startedDate" id="f-startedDate" type="date" label={t.incidents.dateLabel} hint={t.incidents.dateHint} value={date} errors={errors} />
      <TextField name="startedTime" id="f-startedTime" type="time" label={t.incidents.timeLabel} hint={t.incidents.timeHint} value={time} errors={errors} />
    </fieldset>
  );
}

/** Date and time (site time zone) of the promised next update. */
export function NextUpdateFields({
  chrome,
  date,
  time,
  errors,
  hint,
  idPrefix = 'f',
  children,
}: {
  chrome: AdminChrome;
  date: string;
  time: string;
  errors: FieldErrors;
  hint: string;
  /** Two forms on one page each need their own ids. */
  idPrefix?: string;
  children?: Child;
}) {
  const { t } = chrome;
  return (
    <fieldset class="next-update-fields" aria-describedby={`${idPrefix}-next-update-hint`}>
      <legend>{t.incidents.nextUpdateLabel}</legend>
      <p class="hint" id={`${idPrefix}-next-update-hint`}>
        {hint}
      </p>
      <TextField name="nextUpdateDate" id={`${idPrefix}-nextUpdateDate`} type="date" label={t.incidents.dateLabel} hint={t.incidents.dateHint} value={date} errors={errors} />
      <TextField name="nextUpdateTime" id={`${idPrefix}-nextUpdateTime`} type="time" label={t.incidents.timeLabel} hint={t.incidents.timeHint} value={time} errors={errors} />
      {children}
    </fieldset>
  );
}

function StatusChoice({
  chrome,
  words,
  service,
  value,
  version,
  errors,
  idPrefix,
}: {
  chrome: AdminChrome;
  words: PublicWords;
  service: ServiceChoice;
  value: string;
  version: number;
  errors: FieldErrors;
  idPrefix: string;
}) {
  const name = fieldName.status(service.id);
  return (
    <div class="status-choice">
      <input type="hidden" name={fieldName.version(service.id)} value={String(version)} />
      <Select
        name={name}
        id={`${idPrefix}-${fieldId(name)}`}
        label={service.name}
        hint={chrome.t.incidents.currentStatus(words.status[service.status])}
        value={value}
        errors={errors}
        options={[
          { value: '', label: chrome.t.incidents.keepStatus },
          ...SERVICE_STATUSES.map((status) => ({ value: status, label: words.status[status] })),
        ]}
      />
    </div>
  );
}

/**
 * Where the error summary's links lead in a form whose status and next-update fields carry a
 * prefix (two forms on one page each need their own ids).
 */
export function incidentFieldTarget(prefixes: { status?: string; nextUpdate?: string; serviceIds?: string }) {
  return (name: string): string => {
    if (name === 'serviceIds' && prefixes.serviceIds) return prefixes.serviceIds;
    if (name.startsWith('status.') && prefixes.status) return `${prefixes.status}-${fieldId(name)}`;
    if ((name === 'nextUpdateDate' || name === 'nextUpdateTime') && prefixes.nextUpdate) return `${prefixes.nextUpdate}-${name}`;
    return fieldId(name);
  };
}

/** "No next update promised": clears an earlier promise. */
export function ClearNextUpdate({ chrome, checked, idPrefix = 'f' }: { chrome: AdminChrome; checked: boolean; idPrefix?: string }) {
  return <Checkbox name="clearNextUpdate" id={`${idPrefix}-clearNextUpdate`} label={chrome.t.incidents.clearNextUpdate} checked={checked} />;
}
