/** Props and shared fields of the maintenance pages: the texts per language, the window, the services. */
import type { MaintenanceStatus } from '../../../src/domain/maintenance';
import { LIMITS } from '../../../src/domain/limits';
import type { AdminChrome } from '../AdminLayout';
import { Checkbox, TextArea, TextField, fieldId, type FieldErrors } from '../partials/Form';
import type { ContentLanguage } from '../partials/languages';

export interface MaintenanceRow {
  id: number;
  title: string;
  titleLang?: string;
  status: MaintenanceStatus;
  statusText: string;
  window: string;
  services: string[];
}

export interface MaintenanceDetail extends MaintenanceRow {
  version: number;
  slug: string;
  serviceIds: number[];
}

export interface ServiceOption {
  id: number;
  name: string;
  lang?: string;
}

export type TextsValues = Record<string, Partial<Record<'title' | 'whatHappened' | 'affectsMe', string>>>;
export interface WindowValues {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
}

/** The error summary's names for the fields of the maintenance forms. */
export function maintenanceLabels(chrome: AdminChrome, languages: readonly ContentLanguage[]): Record<string, string> {
  const w = chrome.t.maintenance;
  const labels: Record<string, string> = {
    serviceIds: w.servicesLegend,
    startDate: `${w.startLegend}: ${w.dateLabel}`,
    startTime: `${w.startLegend}: ${w.timeLabel}`,
    endDate: `${w.endLegend}: ${w.dateLabel}`,
    endTime: `${w.endLegend}: ${w.timeLabel}`,
  };
  for (const language of languages) {
    labels[`texts.${language.locale}.title`] = `${w.titleLabel} (${language.name})`;
    labels[`texts.${language.locale}.whatHappened`] = `${w.whatHappenedLabel} (${language.name})`;
    labels[`texts.${language.locale}.affectsMe`] = `${w.affectsMeLabel} (${language.name})`;
    labels[`update.${language.locale}`] = `${w.updateLabel} (${language.name})`;
  }
  return labels;
}

export function TextsFields({ chrome, languages, values, errors }: { chrome: AdminChrome; languages: readonly ContentLanguage[]; values: TextsValues; errors: FieldErrors }) {
  const w = chrome.t.maintenance;
  return (
    <>
      {languages.map((language) => {
        const value = values[language.locale] ?? {};
        const name = (field: string) => `texts.${language.locale}.${field}`;
        const dir = language.dir === 'rtl' ? 'rtl' : undefined;
        return (
          <fieldset lang={language.locale} dir={dir}>
            <legend>{w.languageLegend(language.name, language.required)}</legend>
            {!language.required && <p class="hint">{w.optionalLanguageHint}</p>}
            <TextField name={name('title')} label={w.titleLabel} value={value.title ?? ''} errors={errors} required={language.required} maxLength={LIMITS.name} lang={language.locale} dir={dir} />
            <TextArea name={name('whatHappened')} label={w.whatHappenedLabel} value={value.whatHappened ?? ''} errors={errors} maxLength={LIMITS.longText} lang={language.locale} dir={dir} />
            <TextArea name={name('affectsMe')} label={w.affectsMeLabel} value={value.affectsMe ?? ''} errors={errors} maxLength={LIMITS.longText} lang={language.locale} dir={dir} />
          </fieldset>
        );
      })}
    </>
  );
}

export function WindowFields({ chrome, values, errors, startFixed = false }: { chrome: AdminChrome; values: WindowValues; errors: FieldErrors; startFixed?: boolean }) {
  const w = chrome.t.maintenance;
  const pair = (prefix: 'start' | 'end', legend: string, fixed: boolean) => (
    <fieldset>
      <legend>{legend}</legend>
      {fixed ? (
        <>
          <p class="hint">{w.rescheduleOnlyEnd}</p>
          <input type="hidden" name={`${prefix}Date`} value={values[`${prefix}Date`]} />
          <input type="hidden" name={`${prefix}Time`} value={values[`${prefix}Time`]} />
          <p>
            {values[`${prefix}Date`]} {values[`${prefix}Time`]}
          </p>
        </>
      ) : (
        <>
          <TextField name={`${prefix}Date`} label={w.dateLabel} hint={w.dateHint} value={values[`${prefix}Date`]} errors={errors} required />
          <TextField name={`${prefix}Time`} label={w.timeLabel} hint={w.timeHint} value={values[`${prefix}Time`]} errors={errors} required />
        </>
      )}
    </fieldset>
  );
  return (
    <>
      {pair('start', w.startLegend, startFixed)}
      {pair('end', w.endLegend, false)}
    </>
  );
}

export function ServiceChoices({ chrome, services, chosen, errors }: { chrome: AdminChrome; services: readonly ServiceOption[]; chosen: readonly number[]; errors: FieldErrors }) {
  const error = errors.serviceIds;
  return (
    <fieldset id={fieldId('serviceIds')} tabindex={-1} aria-describedby={error ? `${fieldId('serviceIds')}-error` : undefined}>
      <legend>{chrome.t.maintenance.servicesLegend}</legend>
      {error && (
        <p class="field-error" id={`${fieldId('serviceIds')}-error`}>
          {error}
        </p>
      )}
      {services.map((service) => (
        <Checkbox name="serviceIds" id={`service-${service.id}`} value={String(service.id)} label={service.name} checked={chosen.includes(service.id)} />
      ))}
    </fieldset>
  );
}
