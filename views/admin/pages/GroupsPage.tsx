import { LIMITS } from '../../../src/domain/limits';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { FormMessages, hasProblem, Message, TextField, type FieldErrors } from '../partials/Form';
import { ConflictSummary, LanguageFieldset, MoveButtons, type ConflictView, type LanguageBlock } from './ServicesParts';

export interface GroupRow {
  id: number;
  name: string;
  nameLang?: string;
  serviceCount: number;
  version: number;
}

type Flash = { kind: 'ok' | 'error' | 'warning'; text: string } | null;

export type GroupLanguage = Omit<LanguageBlock, 'values' | 'prefix'>;

/** The error summary's names for the fields of the group forms. */
function groupFieldLabels(chrome: AdminChrome, languages: GroupLanguage[]): Record<string, string> {
  const { t } = chrome;
  return {
    slug: t.catalog.catalogSlugLabel,
    ...Object.fromEntries(languages.map((language) => [`names.${language.locale}`, `${t.catalog.nameLabel} (${language.name})`])),
  };
}

/** One block per language with the group's name in it; inputs are named `names.<locale>`. */
export function GroupNameFields({
  chrome,
  languages,
  names,
  errors,
}: {
  chrome: AdminChrome;
  languages: GroupLanguage[];
  names: Record<string, string>;
  errors: FieldErrors;
}) {
  return (
    <>
      {languages.map((language, index) => (
        <LanguageFieldset
          chrome={chrome}
          block={{ ...language, prefix: 'names', values: { [language.locale]: names[language.locale] ?? '' } }}
          fields={[{ key: language.locale, label: chrome.t.catalog.nameLabel, maxLength: LIMITS.name, required: index === 0 }]}
          errors={errors}
        />
      ))}
    </>
  );
}

export function GroupList({ chrome, groups, message }: { chrome: AdminChrome; groups: GroupRow[]; message: Flash }) {
  const { t } = chrome;
  return (
    <div id="group-list">
      {message && <Message kind={message.kind}>{message.text}</Message>}
      {groups.length === 0 ? (
        <p>{t.catalog.noGroupsYet}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.catalog.nameColumn}</th>
                <th scope="col">{t.catalog.servicesCountColumn}</th>
                <th scope="col">{t.catalog.orderColumn}</th>
                <th scope="col">{t.catalog.actionsColumn}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group, index) => (
                <tr id={`group-${group.id}`}>
                  <th scope="row">
                    <a href={`/admin/services/groups/${group.id}/edit`} lang={group.nameLang}>
                      {group.name}
                    </a>
                  </th>
                  <td>{group.serviceCount}</td>
                  <td>
                    <MoveButtons
                      chrome={chrome}
                      action={`/admin/services/groups/${group.id}/move`}
                      version={group.version}
                      name={group.name}
                      idPrefix={`move-group-${group.id}`}
                      target="#group-list"
                      first={index === 0}
                      last={index === groups.length - 1}
                    />
                  </td>
                  <td>
                    <form method="post" action={`/admin/services/groups/${group.id}/delete`} class="inline-form">
                      <CsrfField chrome={chrome} />
                      <input type="hidden" name="version" value={String(group.version)} />
                      <button type="submit" class="secondary small">
                        {t.catalog.deleteGroup}
                        <span class="visually-hidden">: {group.name}</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function GroupsPage({
  chrome,
  groups,
  message,
  languages,
  draft,
  errors,
}: {
  chrome: AdminChrome;
  groups: GroupRow[];
  message: Flash;
  languages: GroupLanguage[];
  draft: { slug: string; names: Record<string, string> };
  errors: FieldErrors;
}) {
  const { t } = chrome;
  return (
    <AdminLayout chrome={chrome} title={t.catalog.groupsTitle} section="services" failed={hasProblem(errors)}>
      <p>
        <a href="/admin/services">{t.catalog.backToServices}</a>
      </p>
      <h1>{t.catalog.groupsTitle}</h1>
      <p>{t.catalog.groupsIntro}</p>
      <GroupList chrome={chrome} groups={groups} message={message} />
      <section aria-labelledby="new-group-heading">
        <h2 id="new-group-heading">{t.catalog.newGroupHeading}</h2>
        <FormMessages t={t} message={null} errors={errors} labels={groupFieldLabels(chrome, languages)} />
        <form method="post" action="/admin/services/groups" novalidate>
          <CsrfField chrome={chrome} />
          <TextField name="slug" label={t.catalog.catalogSlugLabel} hint={t.catalog.groupSlugHint} value={draft.slug} errors={errors} required maxLength={LIMITS.slug} />
          <GroupNameFields chrome={chrome} languages={languages} names={draft.names} errors={errors} />
          <div class="actions">
            <button type="submit">{t.catalog.createGroup}</button>
          </div>
        </form>
      </section>
    </AdminLayout>
  );
}

export function GroupsEditPage({
  chrome,
  group,
  languages,
  names,
  errors,
  message,
  conflict,
}: {
  chrome: AdminChrome;
  group: { id: number; version: number; name: string; slug: string };
  languages: GroupLanguage[];
  names: Record<string, string>;
  errors: FieldErrors;
  message: Flash;
  conflict: ConflictView | null;
}) {
  const { t } = chrome;
  const title = t.catalog.editGroupTitle(group.name);
  return (
    <AdminLayout chrome={chrome} title={title} section="services" failed={hasProblem(errors, message)}>
      <p>
        <a href="/admin/services/groups">{t.catalog.backToGroups}</a>
      </p>
      <h1>{title}</h1>
      <FormMessages t={t} message={message} errors={errors} labels={groupFieldLabels(chrome, languages)} />
      {conflict && <ConflictSummary chrome={chrome} conflict={conflict} />}
      <form method="post" action={`/admin/services/groups/${group.id}`} novalidate>
        <CsrfField chrome={chrome} />
        <input type="hidden" name="version" value={String(group.version)} />
        <p>{t.catalog.slugFixed(group.slug)}</p>
        <GroupNameFields chrome={chrome} languages={languages} names={names} errors={errors} />
        <div class="actions">
          <button type="submit">{chrome.t.save}</button>
        </div>
      </form>
    </AdminLayout>
  );
}
