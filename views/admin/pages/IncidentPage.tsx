/**
 * One incident in the console: facts, the notice with its edit form, posting and resolving,
 * and the update log as the public sees it, each entry with "Correct". Every htmx write on
 * this page answers with #incident-content, so all version fields stay current together.
 */
import type { PageChrome } from '../../chrome';
import { UpdateEntry, type UpdateEntryProps } from '../../partials/UpdateEntry';
import { DeliveryStatus, type DeliveryStatusProps } from '../partials/DeliveryStatus';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { FormMessages, hasProblem, Message, type FieldErrors } from '../partials/Form';
import type { ContentLanguage } from '../partials/languages';
import type { NoticeDraft, ServiceGroupChoice } from './IncidentDrafts';
import {
  AffectedServicesField,
  ClearNextUpdate,
  ImpactSelect,
  incidentFieldTarget,
  NextUpdateFields,
  noticeFieldLabels,
  NoticeTextFields,
  type PublicWords,
} from './IncidentFields';
import { ResolveForm, UpdateForm, type FormMessage, type ResolveFormProps, type UpdateFormProps } from './IncidentUpdateForms';

export interface NoticeLanguage {
  locale: string;
  languageName: string;
  title: string;
  answers: { question: string; text: string }[];
  updatedAt: string;
  /** Set when this translation is older than the Swedish text. */
  staleNote: string | null;
}

export interface AdminIncident {
  id: number;
  title: string;
  publicHref: string;
  phase: string;
  impact: string;
  startedAt: string;
  resolvedAt: string | null;
  nextUpdateDue: string | null;
  overdue: boolean;
  version: number;
  affectedNames: string[];
  notice: NoticeLanguage[];
}

export interface LogEntry {
  entry: UpdateEntryProps;
  /** When it was published, in the admin's language (names the "Correct" link). */
  publishedAt: string;
  correctHref: string;
  /** How often and when last corrected, in the admin's language; null when never. */
  correctionNote: string | null;
  /** Who has been told about it (docs/decisions/0040); absent for an update that is not announced. */
  delivery?: DeliveryStatusProps;
}

export interface NoticeFormState {
  draft: NoticeDraft & { clearNextUpdate: boolean };
  version: number;
  errors: FieldErrors;
  message: FormMessage;
  open: boolean;
  /** Per language: set when its stored notice is older than the default language's. */
  staleNotes: Record<string, string | null>;
}

export interface IncidentContentProps {
  chrome: AdminChrome;
  words: PublicWords;
  /** Public chrome in the admin's language, to render log entries as the public sees them. */
  publicChrome: PageChrome;
  /** The site's offered languages, the default (required) first. */
  languages: ContentLanguage[];
  incident: AdminIncident;
  flash: string | null;
  groups: ServiceGroupChoice[];
  noticeForm: NoticeFormState;
  timeZoneHint: string;
  updateForm: Omit<UpdateFormProps, 'chrome' | 'words' | 'languages' | 'incidentId' | 'timeZoneHint'>;
  resolveForm: Omit<ResolveFormProps, 'chrome' | 'words' | 'languages' | 'incidentId'> | null;
  log: LogEntry[];
}

function NoticeView({ chrome, incident }: { chrome: AdminChrome; incident: AdminIncident }) {
  const { t } = chrome;
  return (
    <>
      {incident.notice.map((language) => (
        <div class="notice-language" lang={language.locale}>
          <h3 lang={chrome.lang}>
            {language.languageName}: <span lang={language.locale}>{language.title}</span>
          </h3>
          <p class="hint" lang={chrome.lang}>
            {t.incidents.textEditedAt(language.updatedAt)}
            {language.staleNote && <strong> {language.staleNote}</strong>}
          </p>
          <dl>
            {language.answers.map((answer) => (
              <>
                <dt lang={chrome.lang}>{answer.question}</dt>
                <dd class="pre-line">{answer.text}</dd>
              </>
            ))}
          </dl>
        </div>
      ))}
      <p>
        {t.incidents.affectedServicesLabel}: {incident.affectedNames.length > 0 ? incident.affectedNames.join(', ') : t.incidents.none}
      </p>
    </>
  );
}

function NoticeSection({
  chrome,
  words,
  languages,
  incident,
  groups,
  form,
  timeZoneHint,
}: {
  chrome: AdminChrome;
  words: PublicWords;
  languages: ContentLanguage[];
  incident: AdminIncident;
  groups: ServiceGroupChoice[];
  form: NoticeFormState;
  timeZoneHint: string;
}) {
  const { t } = chrome;
  const action = `/admin/incidents/${incident.id}/notice`;
  return (
    <section id="notice" aria-labelledby="notice-heading">
      <h2 id="notice-heading">{t.incidents.noticeHeading}</h2>
      <FormMessages t={t} message={form.message} errors={form.errors} labels={noticeFieldLabels(chrome, words, languages)} idFor={incidentFieldTarget({ nextUpdate: 'notice' })} />
      <NoticeView chrome={chrome} incident={incident} />
      <details open={form.open}>
        <summary>{t.incidents.editNotice}</summary>
        <form method="post" action={action} data-hx-post={action} data-hx-target="#incident-content" data-hx-swap="outerHTML" novalidate>
          <CsrfField chrome={chrome} />
          <input type="hidden" name="version" value={String(form.version)} />
          <ImpactSelect chrome={chrome} words={words} value={form.draft.impact} errors={form.errors} />
          <NoticeTextFields chrome={chrome} words={words} languages={languages} draft={form.draft} errors={form.errors} staleNotes={form.staleNotes} />
          <AffectedServicesField chrome={chrome} groups={groups} selected={form.draft.serviceIds} errors={form.errors} />
          <NextUpdateFields chrome={chrome} date={form.draft.nextUpdateDate} time={form.draft.nextUpdateTime} errors={form.errors} hint={`${timeZoneHint} ${t.incidents.nextUpdateEditHint}`} idPrefix="notice">
            <ClearNextUpdate chrome={chrome} checked={form.draft.clearNextUpdate} idPrefix="notice" />
          </NextUpdateFields>
          <div class="actions">
            <button type="submit">{t.incidents.saveNotice}</button>
          </div>
        </form>
      </details>
    </section>
  );
}

export function IncidentContent(props: IncidentContentProps) {
  const { chrome, words, incident } = props;
  const { t } = chrome;
  return (
    <div id="incident-content">
      <h1>{incident.title}</h1>
      {props.flash && <Message>{props.flash}</Message>}
      <dl class="facts">
        <div>
          <dt>{t.incidents.phaseLabel}</dt>
          <dd>{incident.phase}</dd>
        </div>
        <div>
          <dt>{t.incidents.impactLabel}</dt>
          <dd>{incident.impact}</dd>
        </div>
        <div>
          <dt>{t.incidents.startedColumn}</dt>
          <dd>{incident.startedAt}</dd>
        </div>
        {incident.resolvedAt && (
          <div>
            <dt>{t.incidents.resolvedColumn}</dt>
            <dd>{incident.resolvedAt}</dd>
          </div>
        )}
      </dl>
      {incident.overdue && incident.nextUpdateDue ? (
        <Message kind="warning">
          <strong>{t.overdueWarning(incident.title, incident.nextUpdateDue)}</strong>
        </Message>
      ) : (
        !incident.resolvedAt && <p>{incident.nextUpdateDue ? t.nextUpdateDue(incident.nextUpdateDue) : t.incidents.noNextUpdatePromised}</p>
      )}
      <p>
        <a href={incident.publicHref}>{t.incidents.viewPublicIncident}</a>
      </p>
      <NoticeSection
        chrome={chrome}
        words={words}
        languages={props.languages}
        incident={incident}
        groups={props.groups}
        form={props.noticeForm}
        timeZoneHint={props.timeZoneHint}
      />
      <UpdateForm chrome={chrome} words={words} languages={props.languages} incidentId={incident.id} timeZoneHint={props.timeZoneHint} {...props.updateForm} />
      {props.resolveForm && <ResolveForm chrome={chrome} words={words} languages={props.languages} incidentId={incident.id} {...props.resolveForm} />}
      <section id="log" aria-labelledby="log-heading">
        <h2 id="log-heading">{t.incidents.updateLogHeading}</h2>
        {props.log.length === 0 && <p>{t.incidents.noUpdatesYet}</p>}
        {props.log.map((item) => (
          <div class="admin-log-entry">
            <UpdateEntry chrome={props.publicChrome} update={item.entry} headingLevel={3} />
            {item.correctionNote && <p class="correction-admin-note">{item.correctionNote}</p>}
            {item.delivery && <DeliveryStatus {...item.delivery} />}
            <p>
              <a href={item.correctHref}>{t.incidents.correctUpdate(item.publishedAt)}</a>
            </p>
          </div>
        ))}
      </section>
    </div>
  );
}

/**
 * Words for the console's status region (#announcer, outside the swapped content), sent
 * out of band with htmx answers: a live region that is itself swapped in is often not read.
 */
export function Announcement({ text }: { text: string }) {
  return (
    <div id="announcer" role="status" class="visually-hidden" data-hx-swap-oob="true">
      {text}
    </div>
  );
}

export function IncidentAdminPage(props: IncidentContentProps) {
  const { t } = props.chrome;
  return (
    <AdminLayout
      chrome={props.chrome}
      title={props.incident.title}
      section="incidents"
      failed={
        hasProblem(props.noticeForm.errors, props.noticeForm.message) ||
        hasProblem(props.updateForm.errors, props.updateForm.message) ||
        (props.resolveForm !== null && hasProblem(props.resolveForm.errors, props.resolveForm.message))
      }
    >
      <p>
        <a href="/admin/incidents">{t.incidents.backToIncidents}</a>
      </p>
      <IncidentContent {...props} />
    </AdminLayout>
  );
}

export type { FormMessage };
