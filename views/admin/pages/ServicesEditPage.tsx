import { LIMITS } from '../../../src/domain/limits';
import type { ServiceStatus } from '../../../src/domain/status';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { FormMessages, hasProblem, Select, TextField, type FieldErrors } from '../partials/Form';
import { ConflictSummary, dateInputType, LanguageFieldset, languageFieldLabels, timeInputType, type ConflictView, type LanguageBlock, type LanguageField } from './ServicesParts';

/** The form as typed: every value a string, so nothing the editor wrote is lost on errors. */
export interface ServiceDraft {
  slug: string;
  groupId: string;
  position: string;
  expectedDate: string;
  expectedTime: string;
  texts: Record<string, Record<string, string>>;
}

export interface ServiceEditorProps {
  chrome: AdminChrome;
  /** Null when creating. */
  service: { id: number; version: number; slug: string; retiredOn: string | null } | null;
  draft: ServiceDraft;
  groups: { id: number; name: string }[];
  /** The languages to edit, default first, each with its stale explanation (or null). */
  languages: Omit<LanguageBlock, 'values' | 'prefix'>[];
  timeZone: string;
  errors: FieldErrors;
  message: { kind: 'ok' | 'error' | 'warning'; text: string } | null;
  conflict: ConflictView | null;
}

function textFields(chrome: AdminChrome, required: boolean): LanguageField[] {
  const { t } = chrome;
  return [
    { key: 'name', label: t.catalog.nameLabel, maxLength: LIMITS.name, required },
    { key: 'description', label: t.catalog.descriptionLabel, hint: t.catalog.descriptionHint, rows: 4, maxLength: LIMITS.longText },
    { key: 'workaround', label: t.catalog.workaroundLabel, hint: t.catalog.workaroundHint, rows: 4, maxLength: LIMITS.longText },
    { key: 'restorationNote', label: t.catalog.restorationNoteLabel, hint: t.catalog.restorationNoteHint, rows: 2, maxLength: LIMITS.shortText },
  ];
}

/**
 * The service form with its messages. With htmx an edit is saved in place and this part
 * alone comes back; without JavaScript the form posts and the browser is redirected.
 */
export function ServiceEditor(props: ServiceEditorProps) {
  const { chrome, service, draft, errors } = props;
  const { t } = chrome;
  const action = service ? `/admin/services/${service.id}` : '/admin/services';
  // Morphing keeps focus on the Save button and the scroll position after an in-place save.
  const htmx = service ? { 'data-hx-post': action, 'data-hx-target': '#service-editor', 'data-hx-swap': 'outerMorph' } : {};
  const labels: Record<string, string> = {
    slug: t.catalog.catalogSlugLabel,
    groupId: t.catalog.groupLabel,
    position: t.catalog.positionLabel,
    expectedDate: `${t.catalog.expectedBackLegend}: ${t.catalog.catalogDateLabel}`,
    expectedTime: `${t.catalog.expectedBackLegend}: ${t.catalog.catalogTimeLabel}`,
  };
  for (const [index, language] of props.languages.entries()) {
    Object.assign(labels, languageFieldLabels({ prefix: `texts.${language.locale}`, name: language.name }, textFields(chrome, index === 0)));
  }
  return (
    <div id="service-editor">
      <FormMessages t={t} message={props.message} errors={errors} labels={labels} />
      {props.conflict && <ConflictSummary chrome={chrome} conflict={props.conflict} />}
      <form method="post" action={action} {...htmx} novalidate>
        <CsrfField chrome={chrome} />
        {service && <input type="hidden" name="version" value={String(service.version)} />}
        {service ? (
          <p>{t.catalog.slugFixed(service.slug)}</p>
        ) : (
          <TextField name="slug" label={t.catalog.catalogSlugLabel} hint={t.catalog.serviceSlugHint} value={draft.slug} errors={errors} required maxLength={LIMITS.slug} />
        )}
        <Select
          name="groupId"
          label={t.catalog.groupLabel}
          value={draft.groupId}
          options={props.groups.map((group) => ({ value: String(group.id), label: group.name }))}
          errors={errors}
        />
        <TextField name="position" label={t.catalog.positionLabel} hint={t.catalog.positionHint} value={draft.position} errors={errors} inputMode="numeric" maxLength={6} />
        {props.languages.map((language, index) => (
          <LanguageFieldset
            chrome={chrome}
            block={{ ...language, prefix: `texts.${language.locale}`, values: draft.texts[language.locale] ?? {} }}
            fields={textFields(chrome, index === 0)}
            errors={errors}
          />
        ))}
        <fieldset>
          <legend>{t.catalog.expectedBackLegend}</legend>
          <p class="hint" id="expected-hint">
            {t.catalog.expectedBackHint(props.timeZone)}
          </p>
          <div class="date-time">
            <TextField name="expectedDate" type={dateInputType(draft.expectedDate)} label={t.catalog.catalogDateLabel} hint={t.catalog.dateFormatHint} value={draft.expectedDate} errors={errors} />
            <TextField name="expectedTime" type={timeInputType(draft.expectedTime)} label={t.catalog.catalogTimeLabel} hint={t.catalog.timeFormatHint} value={draft.expectedTime} errors={errors} />
          </div>
        </fieldset>
        <div class="actions">
          <button type="submit" id="service-save">
            {service ? chrome.t.save : t.catalog.createService}
          </button>
        </div>
      </form>
      {service && <RetireSection chrome={chrome} service={service} />}
    </div>
  );
}

/** Inside the editor, so that after an in-place save it carries the new version too. */
function RetireSection({ chrome, service }: { chrome: AdminChrome; service: NonNullable<ServiceEditorProps['service']> }) {
  const { t } = chrome;
  return (
    <section aria-labelledby="retire-heading">
      <h2 id="retire-heading">{t.catalog.retireHeading}</h2>
      <p>{service.retiredOn ? t.catalog.retiredState(service.retiredOn) : t.catalog.retireExplanation}</p>
      <form method="post" action={`/admin/services/${service.id}/retire`}>
        <CsrfField chrome={chrome} />
        <input type="hidden" name="version" value={String(service.version)} />
        <input type="hidden" name="retired" value={service.retiredOn ? '0' : '1'} />
        <button type="submit" class="secondary">
          {service.retiredOn ? t.catalog.unretireButton : t.catalog.retireButton}
        </button>
      </form>
    </section>
  );
}

export interface ServiceStatusInfo {
  status: ServiceStatus;
  label: string;
  since: string;
  publicHref: string;
}

export function ServicesEditPage({
  editor,
  title,
  statusInfo,
}: {
  editor: ServiceEditorProps;
  title: string;
  statusInfo: ServiceStatusInfo | null;
}) {
  const { chrome, service } = editor;
  const { t } = chrome;
  return (
    <AdminLayout chrome={chrome} title={title} section="services" failed={hasProblem(editor.errors, editor.message)}>
      <p>
        <a href="/admin/services">{t.catalog.backToServices}</a>
      </p>
      <h1>{title}</h1>
      {service && statusInfo && (
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">{t.catalog.statusHeading}</h2>
          <p>
            <span class={`status s-${statusInfo.status}`}>{statusInfo.label}</span> {chrome.t.since(statusInfo.since)}.
          </p>
          <p>
            {t.catalog.statusHowTo} <a href={`/admin#service-${service.id}`}>{t.catalog.changeStatusOnDashboard}</a>.{' '}
            <a href={statusInfo.publicHref}>{t.catalog.viewPublicPage}</a>
          </p>
        </section>
      )}
      {service && <h2>{t.catalog.editDetailsHeading}</h2>}
      <ServiceEditor {...editor} />
    </AdminLayout>
  );
}
