/** Service groups: create, rename per language, reorder, delete when empty. */
import { Hono } from 'hono';
import { GroupList, GroupsEditPage, GroupsPage, type GroupRow } from '../../../views/admin/pages/GroupsPage';
import { Announcement, type ConflictView } from '../../../views/admin/pages/ServicesParts';
import type { FieldErrors } from '../../../views/admin/partials/Form';
import { isSlug, LIMITS } from '../../domain/limits';
import { ConflictError, InputError, NotFoundError } from '../../store/errors';
import {
  countServicesInGroup,
  createServiceGroup,
  deleteServiceGroup,
  findServiceGroupById,
  GroupNotEmptyError,
  listServiceGroups,
  moveServiceGroup,
  nextGroupPosition,
  updateServiceGroup,
} from '../../store/groups';
import { listServicesForAdmin } from '../../store/services';
import { loadSite } from '../../store/site';
import {
  adminFormatter,
  adminText,
  checkText,
  conflictIntro,
  contentLocales,
  defaultFirst,
  field,
  formOf,
  hasErrors,
  idParam,
  languageBlocks,
  storeFieldError,
  versionOf,
  type FormBody,
} from './catalog-form';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from './env';
import { requireRole } from './middleware';
import { adminChrome, fragment, page } from './render';

type Group = NonNullable<Awaited<ReturnType<typeof findServiceGroupById>>>;
type Flash = { kind: 'ok' | 'error' | 'warning'; text: string } | null;

async function siteBasics(c: AdminContext) {
  const site = await loadSite(c.var.db);
  const timeZone = site?.timeZone ?? 'Europe/Stockholm';
  return { defaultLocale: site?.defaultLocale ?? 'sv', fmt: adminFormatter(c, timeZone) };
}

type Basics = Awaited<ReturnType<typeof siteBasics>>;

function groupName(c: AdminContext, group: Pick<Group, 'texts'>, basics: Basics) {
  return adminText(c, group.texts, basics.defaultLocale, (row) => row.name);
}

async function groupRows(c: AdminContext, basics: Basics): Promise<GroupRow[]> {
  const [groups, services] = await Promise.all([listServiceGroups(c.var.db), listServicesForAdmin(c.var.db)]);
  return groups.map((group) => {
    const name = groupName(c, group, basics);
    return {
      id: group.id,
      name: name.text,
      nameLang: name.lang,
      version: group.version,
      serviceCount: services.filter((service) => service.groupId === group.id).length,
    };
  });
}

async function renderGroups(
  c: AdminContext,
  options: { message?: Flash; draft?: { slug: string; names: Record<string, string> }; errors?: FieldErrors } = {},
  status: 200 | 409 | 422 = 200,
) {
  const basics = await siteBasics(c);
  const groups = await groupRows(c, basics);
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
      languages={languageBlocks(c, basics.defaultLocale, [], basics.fmt)}
      draft={options.draft ?? { slug: '', names: {} }}
      errors={options.errors ?? {}}
    />,
    status,
  );
}

async function flashFromQuery(c: AdminContext, basics: Basics): Promise<Flash> {
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
    if (group) return { kind: 'ok', text: say(groupName(c, group, basics).text) };
  }
  return null;
}

/** Names per language: the default language required, others optional (empty = none). */
function readNames(c: AdminContext, body: FormBody, basics: Basics, errors: FieldErrors) {
  const draft: Record<string, string> = {};
  const names: Record<string, string | null> = {};
  for (const locale of contentLocales(basics.defaultLocale)) {
    const raw = field(body, `names.${locale}`);
    draft[locale] = raw;
    const required = locale === basics.defaultLocale;
    if (!required && raw.trim() === '') names[locale] = null;
    else names[locale] = checkText(c, errors, `names.${locale}`, raw, LIMITS.name, true);
  }
  return { draft, names };
}

async function renderEdit(
  c: AdminContext,
  group: Group,
  basics: Basics,
  names: Record<string, string>,
  extra: { errors?: FieldErrors; message?: Flash; conflict?: ConflictView | null; version?: number } = {},
  status: 200 | 409 | 422 = 200,
) {
  return page(
    c,
    <GroupsEditPage
      chrome={adminChrome(c)}
      group={{ id: group.id, version: extra.version ?? group.version, name: groupName(c, group, basics).text, slug: group.slug }}
      languages={languageBlocks(c, basics.defaultLocale, group.texts, basics.fmt)}
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

  app.get('/services/groups', requireRole('editor'), async (c) => renderGroups(c, { message: await flashFromQuery(c, await siteBasics(c)) }));

  app.post('/services/groups', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const basics = await siteBasics(c);
    const body = await formOf(c);
    const errors: FieldErrors = {};
    const slugDraft = field(body, 'slug');
    const slug = slugDraft.trim();
    if (slug === '') errors.slug = t.inputError('required', {});
    else if (!isSlug(slug)) errors.slug = t.inputError('slug', { max: LIMITS.slug });
    const { draft, names } = readNames(c, body, basics, errors);
    const again = (errors: FieldErrors) => renderGroups(c, { draft: { slug: slugDraft, names: draft }, errors }, 422);
    if (hasErrors(errors)) return again(errors);
    let id: number;
    try {
      id = await createServiceGroup(
        db,
        clock,
        {
          slug,
          position: await nextGroupPosition(db),
          names: Object.fromEntries(Object.entries(names).filter((entry): entry is [string, string] => entry[1] !== null)),
        },
        authOf(c).actor,
      );
    } catch (error) {
      if (error instanceof InputError) return again(storeFieldError(c, error, 'slug'));
      throw error;
    }
    c.var.publicState.invalidate();
    return c.redirect(`/admin/services/groups?created=${id}#group-${id}`, 303);
  });

  app.get('/services/groups/:id{[0-9]+}/edit', requireRole('editor'), async (c) => {
    const id = idParam(c);
    const group = id === null ? undefined : await findServiceGroupById(c.var.db, id);
    if (!group) return c.notFound();
    return renderEdit(c, group, await siteBasics(c), namesOf(group));
  });

  app.post('/services/groups/:id{[0-9]+}', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const id = idParam(c)!;
    const current = await findServiceGroupById(db, id);
    if (!current) return c.notFound();
    const basics = await siteBasics(c);
    const body = await formOf(c);
    const errors: FieldErrors = {};
    const { draft, names } = readNames(c, body, basics, errors);
    if (hasErrors(errors)) return renderEdit(c, current, basics, draft, { errors, version: versionOf(body) }, 422);
    let result: { changed: boolean };
    try {
      result = await updateServiceGroup(db, clock, id, { names, expectedVersion: versionOf(body) }, authOf(c).actor);
    } catch (error) {
      if (error instanceof NotFoundError) return c.notFound();
      if (error instanceof ConflictError) {
        const fresh = (await findServiceGroupById(db, id))!;
        const conflict: ConflictView = {
          intro: await conflictIntro(c, { type: 'group', id, changedAt: fresh.updatedAt }, basics.fmt),
          rows: defaultFirst(fresh.texts, basics.defaultLocale).map((row) => ({ label: `${t.catalog.nameLabel} (${t.languageName(row.locale)})`, value: row.name, lang: row.locale })),
        };
        return renderEdit(c, fresh, basics, draft, { message: { kind: 'error', text: t.conflict }, conflict }, 409);
      }
      if (error instanceof InputError) return renderEdit(c, current, basics, draft, { errors: storeFieldError(c, error, 'names.sv'), version: versionOf(body) }, 422);
      throw error;
    }
    c.var.publicState.invalidate();
    if (!result.changed) return renderEdit(c, current, basics, draft, { message: { kind: 'ok', text: t.catalog.nothingChanged } });
    return c.redirect(`/admin/services/groups?saved=${id}#group-${id}`, 303);
  });

  app.post('/services/groups/:id{[0-9]+}/move', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const id = idParam(c)!;
    const body = await formOf(c);
    const direction = field(body, 'direction') === 'up' ? 'up' : 'down';
    try {
      await moveServiceGroup(db, clock, id, { direction, expectedVersion: versionOf(body) }, authOf(c).actor);
    } catch (error) {
      if (error instanceof NotFoundError) return c.notFound();
      if (error instanceof ConflictError) return renderGroups(c, { message: { kind: 'error', text: c.var.t.conflict } }, 409);
      throw error;
    }
    c.var.publicState.invalidate();
    if (!isHtmx(c)) return c.redirect(`/admin/services/groups?moved=${id}#group-${id}`, 303);
    const basics = await siteBasics(c);
    const group = (await findServiceGroupById(db, id))!;
    return renderGroups(c, { message: { kind: 'ok', text: c.var.t.catalog.groupMoved(groupName(c, group, basics).text) } });
  });

  app.post('/services/groups/:id{[0-9]+}/delete', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const id = idParam(c)!;
    const group = await findServiceGroupById(db, id);
    if (!group) return c.notFound();
    const body = await formOf(c);
    try {
      await deleteServiceGroup(db, clock, id, { expectedVersion: versionOf(body) }, authOf(c).actor);
    } catch (error) {
      if (error instanceof NotFoundError) return c.notFound();
      if (error instanceof GroupNotEmptyError) {
        const name = groupName(c, group, await siteBasics(c)).text;
        return renderGroups(c, { message: { kind: 'error', text: t.catalog.groupNotEmpty(name, await countServicesInGroup(db, id)) } }, 409);
      }
      if (error instanceof ConflictError) return renderGroups(c, { message: { kind: 'error', text: t.conflict } }, 409);
      throw error;
    }
    c.var.publicState.invalidate();
    return c.redirect('/admin/services/groups?deleted', 303);
  });

  return app;
}
