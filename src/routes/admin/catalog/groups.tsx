/** Service groups: create, rename per language, reorder, delete when empty. */
import { Hono } from 'hono';
import { z } from 'zod';
import { GroupList, GroupsEditPage, GroupsPage, type GroupRow } from '../../../../views/admin/pages/GroupsPage';
import { Announcement, type ConflictView } from '../../../../views/admin/pages/ServicesParts';
import type { FieldErrors } from '../../../../views/admin/partials/Form';
import {
  createServiceGroup,
  deleteServiceGroup,
  findServiceGroupById,
  listServiceGroups,
  moveServiceGroup,
  nextGroupPosition,
  updateServiceGroup,
} from '../../../store/groups';
import { listServicesForAdmin } from '../../../store/services';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from '../env';
import { raw, routeId, version } from '../forms/fields';
import { readForm, readValues } from '../forms/parse';
import { attempt, sameField } from '../forms/store-errors';
import { requireRole } from '../middleware';
import { adminChrome, fragment, page } from '../render';
import { groupDraftOf, groupSchema, type GroupDraft } from './groups-form';
import { adminText, conflictIntro, defaultFirst, languageBlocks } from './view-model';

type Group = NonNullable<Awaited<ReturnType<typeof findServiceGroupById>>>;
type Flash = { kind: 'ok' | 'error' | 'warning'; text: string } | null;

function groupName(c: AdminContext, group: Pick<Group, 'texts'>) {
  return adminText(c, group.texts, (row) => row.name);
}

async function groupRows(c: AdminContext): Promise<GroupRow[]> {
  const [groups, services] = await Promise.all([listServiceGroups(c.var.db), listServicesForAdmin(c.var.db)]);
  return groups.map((group) => {
    const name = groupName(c, group);
    return {
      id: group.id,
      name: name.text,
      nameLang: name.lang,
      version: group.version,
      serviceCount: services.filter((service) => service.groupId === group.id).length,
    };
  });
}

async function renderGroups(c: AdminContext, options: { message?: Flash; draft?: GroupDraft; errors?: FieldErrors } = {}, status: 200 | 409 | 422 = 200) {
  const groups = await groupRows(c);
  const chrome = adminChrome(c);
  const message = options.message ?? null;
  if (isHtmx(c)) {
    return fragment(
      c,
      <>
        <GroupList chrome={chrome} groups={groups} message={message} />
        <Announcement text={message?.text} />
      </>,
      status,
    );
  }
  return page(
    c,
    <GroupsPage
      chrome={chrome}
      groups={groups}
      message={message}
      languages={languageBlocks(c, [])}
      draft={options.draft ?? { slug: '', names: {} }}
      errors={options.errors ?? {}}
    />,
    status,
  );
}

async function flashFromQuery(c: AdminContext): Promise<Flash> {
  const t = c.var.t;
  if (c.req.query('deleted') !== undefined) return { kind: 'ok', text: t.catalog.groupDeleted };
  for (const [key, say] of [
    ['created', t.catalog.groupCreated],
    ['saved', t.catalog.groupSaved],
    ['moved', t.catalog.groupMoved],
  ] as const) {
    const id = Number(c.req.query(key));
    if (!Number.isInteger(id) || id <= 0) continue;
    const group = await findServiceGroupById(c.var.db, id);
    if (group) return { kind: 'ok', text: say(groupName(c, group).text) };
  }
  return null;
}

async function renderEdit(
  c: AdminContext,
  group: Group,
  names: Record<string, string>,
  extra: { errors?: FieldErrors; message?: Flash; conflict?: ConflictView | null; version?: number } = {},
  status: 200 | 409 | 422 = 200,
) {
  return page(
    c,
    <GroupsEditPage
      chrome={adminChrome(c)}
      group={{ id: group.id, version: extra.version ?? group.version, name: groupName(c, group).text, slug: group.slug }}
      languages={languageBlocks(c, group.texts)}
      names={names}
      errors={extra.errors ?? {}}
      message={extra.message ?? null}
      conflict={extra.conflict ?? null}
    />,
    status,
  );
}

function namesOf(group: Group): Record<string, string> {
  return Object.fromEntries(group.texts.map((row) => [row.locale, row.name]));
}

export function groupRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/services/groups', requireRole('editor'), async (c) => renderGroups(c, { message: await flashFromQuery(c) }));

  app.post('/services/groups', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const { languages } = c.var.admin;
    const form = await readForm(c, (kit) => groupSchema(kit, { languages, creating: true }));
    const draft = groupDraftOf(form.body, languages);
    const again = (errors: FieldErrors) => renderGroups(c, { draft, errors }, 422);
    if (!form.ok) return again(form.errors);
    const { value } = form;
    const created = await attempt(
      c.var.t,
      async () =>
        createServiceGroup(
          db,
          clock,
          {
            slug: value.slug,
            position: await nextGroupPosition(db),
            names: Object.fromEntries(Object.entries(value.names).filter((entry): entry is [string, string] => entry[1] !== null)),
          },
          authOf(c).actor,
        ),
      sameField('slug'),
      { invalid: again, conflict: () => again({}), notFound: () => c.notFound() },
    );
    if (!created.ok) return created.answer;
    return c.redirect(`/admin/services/groups?created=${created.value}#group-${created.value}`, 303);
  });

  app.get('/services/groups/:id{[0-9]+}/edit', requireRole('editor'), async (c) => {
    const id = routeId(c);
    const group = id === null ? undefined : await findServiceGroupById(c.var.db, id);
    if (!group) return c.notFound();
    return renderEdit(c, group, namesOf(group));
  });

  app.post('/services/groups/:id{[0-9]+}', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const { t, languages, site } = c.var.admin;
    const id = routeId(c);
    const current = id === null ? undefined : await findServiceGroupById(db, id);
    if (!current) return c.notFound();
    const form = await readForm(c, (kit) => groupSchema(kit, { languages, creating: false }));
    const { names } = groupDraftOf(form.body, languages);
    const loadedVersion = version().parse(form.body.version);
    const again = (errors: FieldErrors) => renderEdit(c, current, names, { errors, version: loadedVersion }, 422);
    if (!form.ok) return again(form.errors);
    const saved = await attempt(t, () => updateServiceGroup(db, clock, current.id, { names: form.value.names, expectedVersion: form.value.version }, authOf(c).actor), sameField(`names.${site.defaultLocale}`), {
      invalid: again,
      conflict: async () => {
        const fresh = await findServiceGroupById(db, current.id);
        if (!fresh) return c.notFound();
        const conflict: ConflictView = {
          intro: await conflictIntro(c, { type: 'group', id: current.id, changedAt: fresh.updatedAt }),
          rows: defaultFirst(fresh.texts, site.defaultLocale).map((row) => ({ label: `${t.catalog.nameLabel} (${t.languageName(row.locale)})`, value: row.name, lang: row.locale })),
        };
        return renderEdit(c, fresh, names, { message: { kind: 'error', text: t.conflict }, conflict }, 409);
      },
      notFound: () => c.notFound(),
    });
    if (!saved.ok) return saved.answer;
    if (!saved.value.changed) return renderEdit(c, current, names, { message: { kind: 'ok', text: t.catalog.nothingChanged } });
    return c.redirect(`/admin/services/groups?saved=${current.id}#group-${current.id}`, 303);
  });

  app.post('/services/groups/:id{[0-9]+}/move', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const id = routeId(c);
    if (id === null) return c.notFound();
    const form = await readValues(c, z.object({ version: version(), direction: raw() }));
    const direction = form.direction === 'up' ? 'up' : 'down';
    const moved = await attempt(c.var.t, () => moveServiceGroup(db, clock, id, { direction, expectedVersion: form.version }, authOf(c).actor), sameField('direction'), {
      invalid: (errors) => renderGroups(c, { message: { kind: 'error', text: Object.values(errors).join(' ') } }, 422),
      conflict: () => renderGroups(c, { message: { kind: 'error', text: c.var.t.conflict } }, 409),
      notFound: () => c.notFound(),
    });
    if (!moved.ok) return moved.answer;
    if (!isHtmx(c)) return c.redirect(`/admin/services/groups?moved=${id}#group-${id}`, 303);
    const group = (await findServiceGroupById(db, id))!;
    return renderGroups(c, { message: { kind: 'ok', text: c.var.t.catalog.groupMoved(groupName(c, group).text) } });
  });

  app.post('/services/groups/:id{[0-9]+}/delete', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const id = routeId(c);
    const group = id === null ? undefined : await findServiceGroupById(db, id);
    if (!group) return c.notFound();
    const form = await readValues(c, z.object({ version: version() }));
    const deleted = await attempt(t, () => deleteServiceGroup(db, clock, group.id, { expectedVersion: form.version }, authOf(c).actor), sameField('version'), {
      invalid: (errors) => renderGroups(c, { message: { kind: 'error', text: Object.values(errors).join(' ') } }, 422),
      conflict: (refusal) =>
        renderGroups(
          c,
          { message: { kind: 'error', text: refusal.refused?.reason === 'group-not-empty' ? t.catalog.groupNotEmpty(groupName(c, group).text, refusal.refused.count) : t.conflict } },
          409,
        ),
      notFound: () => c.notFound(),
    });
    if (!deleted.ok) return deleted.answer;
    return c.redirect('/admin/services/groups?deleted', 303);
  });

  return app;
}
