import { LIMITS } from '../../../src/domain/limits';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { fieldId, FormMessages, hasProblem, TextField, type FieldErrors } from '../partials/Form';
import { ConflictSummary, dateInputType, LanguageFieldset, languageFieldLabels, type ConflictView, type LanguageBlock, type LanguageField } from './ServicesParts';

export interface SettingsDraft {
  publicUrl: string;
  timeZone: string;
  reviewedOn: string;
  /** Optional languages the admin chose to offer (the default language always is). */
  offered: string[];
  /** A language code typed to add one the list does not show. */
  addLocale: string;
  texts: Record<string, Record<string, string>>;
}

/** A language that may be offered besides the default: its names, direction and, without an interface, what offering it means. */
export interface SettingsPageOptional {
  locale: string;
  /** In the admin's language, mid-sentence ("finska"). */
  name: string;
  /** Its own name ("suomi"). */
  ownName: string;
  dir: 'ltr' | 'rtl';
  contentOnly: string | null;
}

export function SettingsPage({
  chrome,
  version,
  draft,
  languages,
  optionalLocales,
  errors,
  message,
  conflict,
}: {
  chrome: AdminChrome;
  version: number;
  draft: SettingsDraft;
  languages: Omit<LanguageBlock, 'values' | 'prefix'>[];
  /**
   * Languages that may be offered besides the default one, with their names and, for one the
   * public interface does not exist in yet, what offering it means.
   */
  optionalLocales: SettingsPageOptional[];
  errors: FieldErrors;
  message: { kind: 'ok' | 'error' | 'warning'; text: string } | null;
  conflict: ConflictView | null;
}) {
  const { t } = chrome;
  const textFields = (required: boolean): LanguageField[] => [
    { key: 'organisationName', label: t.catalog.organisationNameLabel, hint: t.catalog.organisationNameHint, maxLength: LIMITS.name, required },
    { key: 'siteTitle', label: t.catalog.siteTitleLabel, hint: t.catalog.siteTitleHint, maxLength: LIMITS.name, required },
    { key: 'notice', label: t.catalog.siteNoticeLabel, hint: t.catalog.siteNoticeHint, rows: 3, maxLength: LIMITS.shortText },
  ];
  const labels: Record<string, string> = {
    offeredLocales: t.catalog.languagesLegend,
    addLocale: t.catalog.addLanguageLabel,
    publicUrl: t.catalog.publicUrlLabel,
    timeZone: t.catalog.timeZoneLabel,
    accessibilityReviewedOn: t.catalog.reviewedOnLabel,
  };
  for (const [index, language] of languages.entries()) Object.assign(labels, languageFieldLabels({ prefix: `texts.${language.locale}`, name: language.name }, textFields(index === 0)));
  return (
    <AdminLayout chrome={chrome} title={t.catalog.settingsTitle} section="settings" failed={hasProblem(errors, message)}>
      <h1>{t.catalog.settingsTitle}</h1>
      <p>{t.catalog.settingsIntro}</p>
      <FormMessages t={t} message={message} errors={errors} labels={labels} idFor={(name) => fieldId(name === 'offeredLocales' ? 'addLocale' : name)} />
      {conflict && <ConflictSummary chrome={chrome} conflict={conflict} />}
      <form method="post" action="/admin/settings" novalidate>
        <CsrfField chrome={chrome} />
        <input type="hidden" name="version" value={String(version)} />
        {languages.map((language, index) => (
          <LanguageFieldset
            chrome={chrome}
            block={{ ...language, prefix: `texts.${language.locale}`, values: draft.texts[language.locale] ?? {} }}
            fields={textFields(index === 0)}
            errors={errors}
          />
        ))}
        <fieldset>
          <legend>{t.catalog.languagesLegend}</legend>
          <p class="hint">{t.catalog.defaultLanguageAlways}</p>
          {errors.offeredLocales && (
            <p class="field-error" id="f-offeredLocales-error">
              {errors.offeredLocales}
            </p>
          )}
          {optionalLocales.map((language) => (
            <OfferLanguage language={language} label={t.catalog.offerLanguage(language.name)} checked={draft.offered.includes(language.locale)} />
          ))}
          <TextField name="addLocale" label={t.catalog.addLanguageLabel} hint={t.catalog.addLanguageHint} value={draft.addLocale} errors={errors} maxLength={35} />
        </fieldset>
        <TextField name="publicUrl" type={/^https?:\/\/\S+$/.test(draft.publicUrl) ? 'url' : 'text'} label={t.catalog.publicUrlLabel} hint={t.catalog.publicUrlHint} value={draft.publicUrl} errors={errors} required maxLength={LIMITS.address} />
        <TextField name="timeZone" label={t.catalog.timeZoneLabel} hint={t.catalog.siteTimeZoneHint} value={draft.timeZone} errors={errors} required maxLength={64} />
        <TextField
          name="accessibilityReviewedOn"
          type={dateInputType(draft.reviewedOn)}
          label={t.catalog.reviewedOnLabel}
          hint={t.catalog.reviewedOnHint}
          value={draft.reviewedOn}
          errors={errors}
        />
        <div class="actions">
          <button type="submit">{chrome.t.save}</button>
        </div>
      </form>
    </AdminLayout>
  );
}

/**
 * A tick to offer a language, labelled in the admin's language and by the language's own name
 * ("Erbjud finska (suomi)"), the own name marked with its `lang` and `dir` so a screen reader
 * says it right and Arabic is not reordered. When the public interface does not exist in the
 * language, the hint says that only its texts are kept.
 */
function OfferLanguage({ language, label, checked }: { language: SettingsPageOptional; label: string; checked: boolean }) {
  const id = `f-offer-${language.locale}`;
  const own = language.ownName !== language.name && language.ownName !== language.locale;
  return (
    <div class="checkbox">
      <input type="checkbox" id={id} name={`offer.${language.locale}`} value="1" checked={checked} aria-describedby={language.contentOnly ? `${id}-hint` : undefined} />
      <label for={id}>
        {label}
        {own && (
          <>
            {' ('}
            <span lang={language.locale} dir={language.dir === 'rtl' ? 'rtl' : undefined}>
              {language.ownName}
            </span>
            {')'}
          </>
        )}
      </label>
      {language.contentOnly && (
        <span class="hint" id={`${id}-hint`}>
          {language.contentOnly}
        </span>
      )}
    </div>
  );
}
