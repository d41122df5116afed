/**
 * The audit log, newest first, one page at a time, filterable by user and kind of event.
 * Entries are a list rather than a wide table so they read on a phone.
 */
import { AdminLayout, type AdminChrome } from '../AdminLayout';
import { AuditChanges } from './AuditChanges';
import { Time, type ShownTime } from './UsersPages';

export interface AuditEntryView {
  id: number;
  at: ShownTime;
  who: string;
  action: string;
  actionKey: string;
  target: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditPageProps {
  chrome: AdminChrome;
  entries: AuditEntryView[];
  filter: { user: string; action: string };
  userOptions: { value: string; label: string }[];
  actionOptions: { value: string; label: string }[];
  olderHref: string | null;
  newestHref: string | null;
}

function FilterSelect({ name, label, value, options }: { name: string; label: string; value: string; options: { value: string; label: string }[] }) {
  const id = `filter-${name}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function AuditPage({ chrome, entries, filter, userOptions, actionOptions, olderHref, newestHref }: AuditPageProps) {
  const w = chrome.t.people;
  const words = { field: w.field, before: w.before, after: w.after, yes: w.yes, no: w.no, empty: w.empty };
  const filtered = filter.user !== '' || filter.action !== '';
  return (
    <AdminLayout chrome={chrome} title={w.auditTitle} section="audit">
      <h1>{w.auditTitle}</h1>
      <p>{w.auditIntro}</p>
      <form method="get" action="/admin/audit" class="audit-filter" aria-labelledby="filter-heading">
        <h2 id="filter-heading" class="visually-hidden">
          {w.filterHeading}
        </h2>
        <FilterSelect name="user" label={w.filterUser} value={filter.user} options={[{ value: '', label: w.allUsers }, ...userOptions]} />
        <FilterSelect name="action" label={w.filterAction} value={filter.action} options={[{ value: '', label: w.allActions }, ...actionOptions]} />
        <div class="actions">
          <button type="submit">{w.showFiltered}</button>
          {filtered && (
            <a class="button secondary" href="/admin/audit">
              {w.clearFilter}
            </a>
          )}
        </div>
      </form>
      {entries.length === 0 && <p>{w.noEntries}</p>}
      <ol class="audit-list">
        {entries.map((entry) => (
          <li class="audit-entry" id={`entry-${entry.id}`}>
            <p class="audit-head">
              <Time time={entry.at} />
              <br />
              <strong>{entry.who}:</strong> {entry.action}
            </p>
            <dl class="audit-meta">
              {entry.target && (
                <>
                  <dt>{w.target}</dt>
                  <dd>{entry.target}</dd>
                </>
              )}
              <dt>{w.ip}</dt>
              <dd>{entry.ip ?? w.empty}</dd>
              <dt>{w.actionKey}</dt>
              <dd>
                <code>{entry.actionKey}</code>
              </dd>
            </dl>
            <AuditChanges before={entry.before} after={entry.after} words={words} caption={`${w.changes}: ${entry.action}`} />
          </li>
        ))}
      </ol>
      {(olderHref || newestHref) && (
        <nav aria-label={w.auditPagination} class="actions">
          {newestHref && <a href={newestHref}>{w.newestEntries}</a>}
          {olderHref && (
            <a href={olderHref} rel="next">
              {w.olderEntries}
            </a>
          )}
        </nav>
      )}
    </AdminLayout>
  );
}
