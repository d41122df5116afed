/** The maintenance pages: the list, "plan maintenance", one maintenance with its forms, the cancel confirmation. */
import { LIMITS } from '../../../src/domain/limits';
import { canChangeMaintenanceStatus, type MaintenanceStatus } from '../../../src/domain/maintenance';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { FormMessages, hasProblem, TextArea, type FieldErrors, type FormMessage } from '../partials/Form';
import type { ContentLanguage } from '../partials/languages';
import {
  maintenanceLabels,
  ServiceChoices,
  TextsFields,
  WindowFields,
  type MaintenanceDetail,
  type MaintenanceRow,
  type ServiceOption,
  type TextsValues,
  type WindowValues,
} from './MaintenanceParts';

function Table({ chrome, rows, empty }: { chrome: AdminChrome; rows: MaintenanceRow[]; empty: string }) {
  const w = chrome.t.maintenance;
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{w.titleColumn}</th>
            <th scope="col">{w.statusColumn}</th>
            <th scope="col">{w.windowColumn}</th>
            <th scope="col">{w.servicesColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr id={`maintenance-${row.id}`}>
              <th scope="row">
                <a href={`/admin/maintenance/${row.id}`} lang={row.titleLang}>
                  {row.title}
                </a>
              </th>
              <td>{row.statusText}</td>
              <td>{row.window}</td>
              <td>{row.services.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MaintenanceListPage(props: { chrome: AdminChrome; upcoming: MaintenanceRow[]; underWay: MaintenanceRow[]; past: MaintenanceRow[]; message: FormMessage }) {
  const { chrome } = props;
  const w = chrome.t.maintenance;
  return (
    <AdminLayout chrome={chrome} title={w.listTitle} section="maintenance">
      <h1>{w.listTitle}</h1>
      <FormMessages t={chrome.t} message={props.message} />
      <p>
        <a class="button" href="/admin/maintenance/new">
          {w.newLink}
        </a>
      </p>
      <section aria-labelledby="underway-heading">
        <h2 id="underway-heading">{w.underWayHeading}</h2>
        <Table chrome={chrome} rows={props.underWay} empty={w.noneUnderWay} />
      </section>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{w.upcomingHeading}</h2>
        <Table chrome={chrome} rows={props.upcoming} empty={w.noneUpcoming} />
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading">{w.pastHeading}</h2>
        <Table chrome={chrome} rows={props.past} empty={w.nonePast} />
      </section>
    </AdminLayout>
  );
}

export interface NewMaintenanceProps {
  chrome: AdminChrome;
  languages: readonly ContentLanguage[];
  services: readonly ServiceOption[];
  draft: { texts: TextsValues; serviceIds: number[] } & WindowValues;
  errors: FieldErrors;
}

export function MaintenanceNewPage({ chrome, languages, services, draft, errors }: NewMaintenanceProps) {
  const w = chrome.t.maintenance;
  return (
    <AdminLayout chrome={chrome} title={w.newTitle} section="maintenance" failed={hasProblem(errors)}>
      <h1>{w.newTitle}</h1>
      <form method="post" action="/admin/maintenance" novalidate>
        <CsrfField chrome={chrome} />
        <FormMessages t={chrome.t} message={null} errors={errors} labels={maintenanceLabels(chrome, languages)} />
        <TextsFields chrome={chrome} languages={languages} values={draft.texts} errors={errors} />
        <ServiceChoices chrome={chrome} services={services} chosen={draft.serviceIds} errors={errors} />
        <WindowFields chrome={chrome} values={draft} errors={errors} />
        <button type="submit">{w.schedule}</button>
      </form>
    </AdminLayout>
  );
}

/** Which form on the detail page an answer belongs to: its messages show at its top only. */
export type DetailForm = 'texts' | 'reschedule' | 'status' | 'update';

export interface MaintenanceDetailProps {
  chrome: AdminChrome;
  languages: readonly ContentLanguage[];
  maintenance: MaintenanceDetail;
  texts: TextsValues;
  window: WindowValues;
  update: Record<string, string>;
  /** The services offered while the maintenance is still ahead; null once it has started. */
  services: readonly ServiceOption[] | null;
  chosenServices: readonly number[];
  /** The form the message and errors are for; null for a plain view. */
  form: DetailForm | null;
  message: FormMessage;
  errors: FieldErrors;
  publicUrl: string;
}

const STATUS_BUTTONS: { action: 'start' | 'verify' | 'resume' | 'complete'; from: MaintenanceStatus[]; to: MaintenanceStatus }[] = [
  { action: 'start', from: ['scheduled'], to: 'in_progress' },
  { action: 'verify', from: ['in_progress'], to: 'verifying' },
  { action: 'resume', from: ['verifying'], to: 'in_progress' },
  { action: 'complete', from: ['in_progress', 'verifying'], to: 'completed' },
];

export function MaintenanceDetailPage(props: MaintenanceDetailProps) {
  const { chrome, maintenance, languages, errors } = props;
  const w = chrome.t.maintenance;
  const labels = maintenanceLabels(chrome, languages);
  const open = maintenance.status === 'scheduled' || maintenance.status === 'in_progress' || maintenance.status === 'verifying';
  const messagesFor = (form: DetailForm) =>
    props.form === form ? <FormMessages t={chrome.t} message={props.message} errors={errors} labels={labels} /> : null;
  const errorsFor = (form: DetailForm) => (props.form === form ? errors : {});
  const buttons = STATUS_BUTTONS.filter((button) => button.from.includes(maintenance.status) && canChangeMaintenanceStatus(maintenance.status, button.to));
  return (
    <AdminLayout chrome={chrome} title={maintenance.title} section="maintenance" failed={hasProblem(errors, props.message)}>
      <h1 lang={maintenance.titleLang}>{maintenance.title}</h1>
      <p>
        {w.statusNow(maintenance.statusText)} {maintenance.window}. {maintenance.services.join(', ')}
      </p>
      {props.form === null && <FormMessages t={chrome.t} message={props.message} />}
      <p>
        <a href={props.publicUrl}>{w.publicPageLink}</a>
      </p>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{w.statusHeading}</h2>
        <form method="post" action={`/admin/maintenance/${maintenance.id}/status`} id="status-form" novalidate>
          <CsrfField chrome={chrome} />
          <input type="hidden" name="version" value={String(maintenance.version)} />
          {messagesFor('status')}
          {buttons.length === 0 ? (
            <p>{w.finalStatus}</p>
          ) : (
            <p>
              {buttons.map((button) => (
                <button type="submit" name="action" value={button.action}>
                  {w.action[button.action]}
                </button>
              ))}
            </p>
          )}
        </form>
        {open && (
          <p>
            <a href={`/admin/maintenance/${maintenance.id}/cancel`}>{w.cancelLink}</a>
          </p>
        )}
      </section>

      {open && (
        <section aria-labelledby="reschedule-heading">
          <h2 id="reschedule-heading">{w.rescheduleHeading}</h2>
          <form method="post" action={`/admin/maintenance/${maintenance.id}/reschedule`} id="reschedule-form" novalidate>
            <CsrfField chrome={chrome} />
            <input type="hidden" name="version" value={String(maintenance.version)} />
            {messagesFor('reschedule')}
            <WindowFields chrome={chrome} values={props.window} errors={errorsFor('reschedule')} startFixed={maintenance.status !== 'scheduled'} />
            <button type="submit">{w.reschedule}</button>
          </form>
        </section>
      )}

      <section aria-labelledby="update-heading">
        <h2 id="update-heading">{w.updateHeading}</h2>
        <form method="post" action={`/admin/maintenance/${maintenance.id}/updates`} id="update-form" novalidate>
          <CsrfField chrome={chrome} />
          <input type="hidden" name="version" value={String(maintenance.version)} />
          {messagesFor('update')}
          {languages.map((language) => (
            <TextArea
              name={`update.${language.locale}`}
              label={`${w.updateLabel} (${language.name})`}
              value={props.update[language.locale] ?? ''}
              errors={errorsFor('update')}
              required={language.required}
              maxLength={LIMITS.longText}
              lang={language.locale}
              dir={language.dir === 'rtl' ? 'rtl' : undefined}
            />
          ))}
          <button type="submit">{w.publishUpdate}</button>
        </form>
      </section>

      <section aria-labelledby="texts-heading">
        <h2 id="texts-heading">{w.editHeading}</h2>
        <form method="post" action={`/admin/maintenance/${maintenance.id}/texts`} id="texts-form" novalidate>
          <CsrfField chrome={chrome} />
          <input type="hidden" name="version" value={String(maintenance.version)} />
          {messagesFor('texts')}
          <TextsFields chrome={chrome} languages={languages} values={props.texts} errors={errorsFor('texts')} />
          {props.services && <ServiceChoices chrome={chrome} services={props.services} chosen={props.chosenServices} errors={errorsFor('texts')} />}
          <button type="submit">{w.saveTexts}</button>
        </form>
      </section>
    </AdminLayout>
  );
}

export function MaintenanceCancelPage({ chrome, maintenance, message }: { chrome: AdminChrome; maintenance: MaintenanceDetail; message: FormMessage }) {
  const w = chrome.t.maintenance;
  return (
    <AdminLayout chrome={chrome} title={w.cancelQuestion(maintenance.title)} section="maintenance" failed={hasProblem({}, message)}>
      <h1>{w.cancelQuestion(maintenance.title)}</h1>
      <form method="post" action={`/admin/maintenance/${maintenance.id}/cancel`} novalidate>
        <CsrfField chrome={chrome} />
        <FormMessages t={chrome.t} message={message} />
        <input type="hidden" name="version" value={String(maintenance.version)} />
        <p>
          {maintenance.window}. {maintenance.services.join(', ')}
        </p>
        <p>{w.cancelExplanation}</p>
        <button type="submit" name="confirm" value="yes">
          {w.confirmCancel}
        </button>{' '}
        <a href={`/admin/maintenance/${maintenance.id}`}>{w.keep}</a>
      </form>
    </AdminLayout>
  );
}
