import { LIMITS } from '../../../src/domain/limits';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { Checkbox, Message, TextField, type FieldErrors } from '../partials/Form';
import { ConflictSummary, dateInputType, LanguageFieldset, type ConflictView, type LanguageBlock } from './ServicesParts';

export interface SettingsDraft {
  publicUrl: string;
  timeZone: string;
  reviewedOn: string;
  /** Optional languages the admin chose to offer (the default language always is). */
  offered: string[];
  texts: Record<string, Record<string, string>>;
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
  /** Languages that may be offered besides the default one, with their names. */
  optionalLocales: { locale: string; name: string }[];
  errors: FieldErrors;
  message: { kind: 'ok' | 'error' | 'warning'; text: string } | null;
  conflict: ConflictView | null;
}) {
  const { t } = chrome;
  const errorCount = Object.keys(errors).length;
  return (
    <AdminLayout chrome={chrome} title={t.catalog.settingsTitle} section="settings">
      <h1>{t.catalog.settingsTitle}</h1>
      <p>{t.catalog.settingsIntro}</p>
      {message && <Message kind={message.kind}>{message.text}</Message>}
      {!message && errorCount > 0 && <Message kind="error">{t.formHasErrors(errorCount)}</Message>}
      {conflict && <ConflictSummary chrome={chrome} conflict={conflict} />}
      <form method="post" action="/admin/settings" novalidate>
        <CsrfField chrome={chrome} />
        <input type="hidden" name="version" value={String(version)} />
        {languages.map((language, index) => (
          <LanguageFieldset
            chrome={chrome}
            block={{ ...language, prefix: `texts.${language.locale}`, values: draft.texts[language.locale] ?? {} }}
            fields={[
              { key: 'organisationName', label: t.catalog.organisationNameLabel, hint: t.catalog.organisationNameHint, maxLength: LIMITS.name, required: index === 0 },
              { key: 'siteTitle', label: t.catalog.siteTitleLabel, hint: t.catalog.siteTitleHint, maxLength: LIMITS.name, required: index === 0 },
              { key: 'notice', label: t.catalog.siteNoticeLabel, hint: t.catalog.siteNoticeHint, rows: 3, maxLength: LIMITS.shortText },
            ]}
            errors={errors}
          />
        ))}
        <fieldset>
          <legend>{t.catalog.languagesLegend}</legend>
          <p class="hint">{t.catalog.defaultLanguageAlways}</p>
          {errors.offeredLocales && <p class="field-error">{errors.offeredLocales}</p>}
          {optionalLocales.map(({ locale, name }) => (
            <Checkbox name={`offer.${locale}`} id={`f-offer-${locale}`} label={t.catalog.offerLanguage(name)} checked={draft.offered.includes(locale)} value="1" />
          ))}
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
