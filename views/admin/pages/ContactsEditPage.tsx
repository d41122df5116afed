import { CHANNEL_KINDS, OPENING_HOURS_MODES } from '../../../src/domain/contact';
import { LIMITS } from '../../../src/domain/limits';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { fieldId, FormMessages, hasProblem, Select, TextField, type FieldErrors } from '../partials/Form';
import { OverrideFields, WeeklyHoursFields, type OverrideDraft, type PeriodDraft } from './ContactsHoursFields';
import { ConflictSummary, LanguageFieldset, languageFieldLabels, type ConflictView, type LanguageBlock, type LanguageField } from './ServicesParts';

export interface ChannelDraft {
  kind: string;
  address: string;
  mode: string;
  position: string;
  texts: Record<string, Record<string, string>>;
  /** Index 0 = Monday. */
  weekly: PeriodDraft[][];
  slots: number;
  overrides: OverrideDraft[];
}

export interface ContactsEditPageProps {
  chrome: AdminChrome;
  /** Null when creating. */
  channel: { id: number; version: number; name: string } | null;
  draft: ChannelDraft;
  languages: Omit<LanguageBlock, 'values' | 'prefix'>[];
  dayNames: string[];
  errors: FieldErrors;
  message: { kind: 'ok' | 'error' | 'warning'; text: string } | null;
  conflict: ConflictView | null;
}

function textFields(chrome: AdminChrome, required: boolean): LanguageField[] {
  const { t } = chrome;
  return [
    { key: 'name', label: t.catalog.nameLabel, maxLength: LIMITS.name, required },
    { key: 'note', label: t.catalog.channelNoteLabel, hint: t.catalog.channelNoteHint, rows: 2, maxLength: LIMITS.shortText },
  ];
}

/**
 * Where the error summary's links lead: a period's message belongs to its pair of inputs (the
 * first one takes the focus), the store's message about the hours to the table's first input.
 */
function summaryTarget(name: string): string {
  if (name === 'weekly') return fieldId('hours.1.0.opens');
  const period = /^hours\.(\d+)\.(\d+)$/.exec(name);
  if (period) return fieldId(`${name}.opens`);
  const override = /^(overrides\.\d+)\.(dates|hours)$/.exec(name);
  if (override) return fieldId(`${override[1]}.${override[2] === 'dates' ? 'from' : 'opens'}`);
  return fieldId(name);
}

function summaryLabels(props: ContactsEditPageProps): Record<string, string> {
  const { t } = props.chrome;
  const labels: Record<string, string> = {
    kind: t.catalog.kindLabel,
    address: t.catalog.addressLabel,
    openingHoursMode: t.catalog.modeLabel,
    position: t.catalog.positionLabel,
    weekly: t.catalog.weeklyHoursLegend,
  };
  for (const [index, language] of props.languages.entries()) {
    Object.assign(labels, languageFieldLabels({ prefix: `texts.${language.locale}`, name: language.name }, textFields(props.chrome, index === 0)));
  }
  for (const name of Object.keys(props.errors)) {
    const period = /^hours\.(\d+)\.(\d+)$/.exec(name);
    if (period) labels[name] = `${props.dayNames[Number(period[1]) - 1] ?? ''}, ${t.catalog.periodN(Number(period[2]) + 1).toLowerCase()}`;
    const override = /^overrides\.(\d+)\.(dates|hours)$/.exec(name);
    if (override)
      labels[name] = `${t.catalog.overridesLegend}, ${t.catalog.overrideRowN(Number(override[1]) + 1).toLowerCase()}: ${override[2] === 'dates' ? t.catalog.overrideDatesColumn : t.catalog.overrideHoursColumn}`;
  }
  return labels;
}

export function ContactsEditPage(props: ContactsEditPageProps) {
  const { chrome, channel, draft, errors } = props;
  const { t } = chrome;
  const title = channel ? t.catalog.editChannelTitle(channel.name) : t.catalog.newChannelTitle;
  const action = channel ? `/admin/contacts/${channel.id}` : '/admin/contacts';
  return (
    <AdminLayout chrome={chrome} title={title} section="contacts" failed={hasProblem(errors, props.message)}>
      <p>
        <a href="/admin/contacts">{t.catalog.backToContacts}</a>
      </p>
      <h1>{title}</h1>
      <FormMessages t={t} message={props.message} errors={errors} labels={summaryLabels(props)} idFor={summaryTarget} />
      {props.conflict && <ConflictSummary chrome={chrome} conflict={props.conflict} />}
      <form method="post" action={action} novalidate>
        <CsrfField chrome={chrome} />
        {channel && <input type="hidden" name="version" value={String(channel.version)} />}
        <Select
          name="kind"
          label={t.catalog.kindLabel}
          value={draft.kind}
          options={CHANNEL_KINDS.map((kind) => ({ value: kind, label: t.catalog.kindName[kind] }))}
          errors={errors}
        />
        <TextField name="address" label={t.catalog.addressLabel} hint={t.catalog.addressHint} value={draft.address} errors={errors} required maxLength={LIMITS.address} />
        <Select
          name="openingHoursMode"
          label={t.catalog.modeLabel}
          value={draft.mode}
          options={OPENING_HOURS_MODES.map((mode) => ({ value: mode, label: t.catalog.modeName[mode] }))}
          errors={errors}
        />
        <TextField name="position" label={t.catalog.positionLabel} hint={t.catalog.channelPositionHint} value={draft.position} errors={errors} inputMode="numeric" maxLength={6} />
        {props.languages.map((language, index) => (
          <LanguageFieldset
            chrome={chrome}
            block={{ ...language, prefix: `texts.${language.locale}`, values: draft.texts[language.locale] ?? {} }}
            fields={textFields(chrome, index === 0)}
            errors={errors}
          />
        ))}
        <WeeklyHoursFields chrome={chrome} dayNames={props.dayNames} weekly={draft.weekly} slots={draft.slots} errors={errors} />
        <OverrideFields chrome={chrome} overrides={draft.overrides} errors={errors} />
        <div class="actions">
          <button type="submit" name="intent" value="save">
            {channel ? chrome.t.save : t.catalog.createChannel}
          </button>
          <button type="submit" name="intent" value="more-periods" class="secondary">
            {t.catalog.morePeriods}
          </button>
          <button type="submit" name="intent" value="add-override" class="secondary">
            {t.catalog.addOverrideRow}
          </button>
        </div>
      </form>
      {channel && (
        <p>
          <a href={`/admin/contacts/${channel.id}/delete`}>{t.catalog.deleteChannelLink}</a>
        </p>
      )}
    </AdminLayout>
  );
}
