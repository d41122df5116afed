/**
 * Services in the admin console: the list by group, create, edit (texts per language,
 * group, order, expected restoration), move, retire. Status is not edited here: it changes
 * only through a published update (the dashboard or an incident).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { ServiceDraft, ServiceEditorProps } from '../../../../views/admin/pages/ServicesEditPage';
import { ServiceEditor, ServicesEditPage } from '../../../../views/admin/pages/ServicesEditPage';
import { ServiceList, ServicesPage, type ServiceListGroup, type ServiceListRow } from '../../../../views/admin/pages/ServicesPage';
import { Announcement } from '../../../../views/admin/pages/ServicesParts';
import type { FieldErrors } from '../../../../views/admin/partials/Form';
import { listServiceGroups } from '../../../store/groups';
import {
  createService,
  findServiceById,
  listServicesForAdmin,
  moveService,
  nextServicePosition,
  retireService,
  updateService,
  type ServiceTextInput,
} from '../../../store/services';
import { pathsFor } from '../../../urls/paths';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from '../env';
import { raw, routeId, version } from '../forms/fields';
import { readForm, readValues } from '../forms/parse';
import { attempt, sameField } from '../forms/store-errors';
import { requireRole } from '../middleware';
import { adminChrome, fragment, page } from '../render';
import { blankDraft, draftOf, serviceDraftOf, serviceSchema } from './services-form';
import { adminText, conflictIntro, defaultFirst, languageBlocks } from './view-model';

type Service = NonNullable<Awaited<ReturnType<typeof findServiceById>>>;
type Flash = { kind: 'ok' | 'error' | 'warning'; text: string } | null;

async function groupOptions(c: AdminContext) {
  const groups = await listServiceGroups(c.var.db);
  return groups.map((group) => ({ id: group.id, name: adminText(c, group.texts, (row) => row.name).text }));
}

function serviceName(c: AdminContext, service: Pick<Service, 'texts'>): string {
  return adminText(c, service.texts, (row) => row.name).text;
}

// ─── The list ──────────────────────────────────────────────────────────────────────────────

async function renderList(c: AdminContext, message: Flash, status: 200 | 409 | 422 = 200) {
  const { fmt, publicWords } = c.var.admin;
  const [groups, services] = await Promise.all([listServiceGroups(c.var.db), listServicesForAdmin(c.var.db)]);
  const row = (service: (typeof services)[number]): ServiceListRow => {
    const name = adminText(c, service.texts, (text) => text.name);
    return {
      id: service.id,
      name: name.text,
      nameLang: name.lang,
      status: service.status,
      statusLabel: publicWords.status[service.status],
      version: service.version,
      retiredOn: service.retiredAt ? fmt.date(service.retiredAt) : undefined,
    };
  };
  const listGroups: ServiceListGroup[] = groups.map((group) => {
    const name = adminText(c, group.texts, (text) => text.name);
    return {
      id: group.id,
      name: name.text,
      nameLang: name.lang,
      services: services.filter((service) => service.groupId === group.id && service.retiredAt === null).map(row),
    };
  });
  const retired = services.filter((service) => service.retiredAt !== null).map(row);
  const chrome = adminChrome(c);
  if (isHtmx(c)) {
    return fragment(
      c,
      <>
        <ServiceList chrome={chrome} groups={listGroups} retired={retired} message={message} />
        <Announcement text={message?.text} />
      </>,
      status === 409 ? 409 : 200,
    );
  }
  return page(c, <ServicesPage chrome={chrome} groups={listGroups} retired={retired} message={message} />, status);
}

/** The confirmation after a redirect, named by id so nothing from the URL is shown as text. */
async function flashFromQuery(c: AdminContext): Promise<Flash> {
  const t = c.var.t;
  for (const [key, say] of [
    ['created', t.catalog.serviceCreated],
    ['saved', t.catalog.serviceSaved],
    ['moved', t.catalog.serviceMoved],
    ['retired', t.catalog.serviceRetired],
    ['unretired', t.catalog.serviceUnretired],
  ] as const) {
    const id = Number(c.req.query(key));
    if (!Number.isInteger(id) || id <= 0) continue;
    const service = await findServiceById(c.var.db, id);
    if (service) return { kind: 'ok', text: say(serviceName(c, service)) };
  }
  return null;
}

// ─── The form ──────────────────────────────────────────────────────────────────────────────

async function editorProps(
  c: AdminContext,
  service: Service | null,
  draft: ServiceDraft,
  extra: Partial<Pick<ServiceEditorProps, 'errors' | 'message' | 'conflict'>> = {},
): Promise<ServiceEditorProps> {
  const { fmt, site } = c.var.admin;
  return {
    chrome: adminChrome(c),
    service: service
      ? { id: service.id, version: service.version, slug: service.slug, retiredOn: service.retiredAt ? fmt.dateTime(service.retiredAt) : null }
      : null,
    draft,
    groups: await groupOptions(c),
    languages: languageBlocks(c, service?.texts ?? []),
    timeZone: site.timeZone,
    errors: extra.errors ?? {},
    message: extra.message ?? null,
    conflict: extra.conflict ?? null,
  };
}

async function renderEditor(c: AdminContext, service: Service | null, editor: ServiceEditorProps, status: 200 | 409 | 422 = 200) {
  if (service && isHtmx(c)) {
    // A problem is read out by the error summary, which takes the focus: the status region says only what went well.
    const announce = editor.message?.kind === 'error' || Object.keys(editor.errors).length > 0 ? null : editor.message?.text;
    return fragment(
      c,
      <>
        <ServiceEditor {...editor} />
        <Announcement text={announce} />
      </>,
      status,
    );
  }
  const { t, publicWords, fmt, site } = c.var.admin;
  const title = service ? t.catalog.editServiceTitle(serviceName(c, service)) : t.catalog.newServiceTitle;
  const statusInfo = service
    ? {
        status: service.status,
        label: publicWords.status[service.status],
        since: fmt.dateTime(service.statusChangedAt),
        publicHref: pathsFor(site.defaultLocale, site.defaultLocale).service(service.slug),
      }
    : null;
  return page(c, <ServicesEditPage editor={editor} title={title} statusInfo={statusInfo} />, status);
}

/** What the service looks like now, for the editor who lost a race to save it. */
async function conflictView(c: AdminContext, service: Service) {
  const { t, fmt, site } = c.var.admin;
  const groups = await groupOptions(c);
  const rows: { label: string; value: string; lang?: string }[] = [
    { label: t.catalog.groupLabel, value: groups.find((group) => group.id === service.groupId)?.name ?? '' },
    { label: t.catalog.positionLabel, value: String(service.position) },
  ];
  for (const text of defaultFirst(service.texts, site.defaultLocale)) {
    const language = t.languageName(text.locale);
    rows.push(
      { label: `${t.catalog.nameLabel} (${language})`, value: text.name, lang: text.locale },
      { label: `${t.catalog.descriptionLabel} (${language})`, value: text.description, lang: text.locale },
      { label: `${t.catalog.workaroundLabel} (${language})`, value: text.workaround, lang: text.locale },
      { label: `${t.catalog.restorationNoteLabel} (${language})`, value: text.restorationNote, lang: text.locale },
    );
  }
  rows.push(
    { label: t.catalog.expectedBackLegend, value: service.expectedRestorationAt ? fmt.dateTime(service.expectedRestorationAt) : '' },
    { label: t.catalog.retiredLabel, value: service.retiredAt ? fmt.dateTime(service.retiredAt) : t.catalog.notRetired },
  );
  return { intro: await conflictIntro(c, { type: 'service', id: service.id, changedAt: service.updatedAt }), rows };
}

/** The editor showing the service as it is now, with the editor's draft kept: after a lost race. */
async function conflictAnswer(c: AdminContext, id: number, draft: ServiceDraft) {
  const fresh = await findServiceById(c.var.db, id);
  if (!fresh) return c.notFound();
  const editor = await editorProps(c, fresh, draft, { message: { kind: 'error', text: c.var.t.conflict }, conflict: await conflictView(c, fresh) });
  return renderEditor(c, fresh, editor, 409);
}

function textsGiven(texts: Record<string, ServiceTextInput | null>): Record<string, ServiceTextInput> {
  return Object.fromEntries(Object.entries(texts).filter((entry): entry is [string, ServiceTextInput] => entry[1] !== null));
}

// ─── Routes ────────────────────────────────────────────────────────────────────────────────

export function serviceRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/services', requireRole('editor'), async (c) => renderList(c, await flashFromQuery(c)));

  app.get('/services/new', requireRole('editor'), async (c) => {
    const groups = await groupOptions(c);
    const requested = c.req.query('group');
    const groupId = groups.some((group) => String(group.id) === requested) ? requested! : String(groups[0]?.id ?? '');
    return renderEditor(c, null, await editorProps(c, null, blankDraft(groupId)));
  });

  app.post('/services', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const { languages, site } = c.var.admin;
    const groups = await groupOptions(c);
    const form = await readForm(c, (kit) =>
      serviceSchema(kit, { languages, groupIds: groups.map((group) => group.id), timeZone: site.timeZone, creating: true }),
    );
    const draft = serviceDraftOf(form.body, languages);
    const again = async (errors: FieldErrors) => renderEditor(c, null, await editorProps(c, null, draft, { errors }), 422);
    if (!form.ok) return again(form.errors);
    const { value } = form;
    const created = await attempt(
      c.var.t,
      async () =>
        createService(
          db,
          clock,
          {
            slug: value.slug,
            groupId: value.groupId,
            position: value.position ?? (await nextServicePosition(db, value.groupId)),
            expectedRestorationAt: value.expectedRestorationAt,
            texts: textsGiven(value.texts),
          },
          authOf(c).actor,
        ),
      sameField('slug'),
      { invalid: again, conflict: () => again({}), notFound: () => c.notFound() },
    );
    if (!created.ok) return created.answer;
    return c.redirect(`/admin/services?created=${created.value}#service-${created.value}`, 303);
  });

  app.get('/services/:id{[0-9]+}/edit', requireRole('editor'), async (c) => {
    const id = routeId(c);
    const service = id === null ? undefined : await findServiceById(c.var.db, id);
    if (!service) return c.notFound();
    const t = c.var.t;
    const done = c.req.query('done');
    const message: Flash =
      done === 'retired'
        ? { kind: 'ok', text: t.catalog.serviceRetired(serviceName(c, service)) }
        : done === 'unretired'
          ? { kind: 'ok', text: t.catalog.serviceUnretired(serviceName(c, service)) }
          : null;
    return renderEditor(c, service, await editorProps(c, service, draftOf(service, c.var.admin.site.timeZone), { message }));
  });

  app.post('/services/:id{[0-9]+}', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const { t, languages, site } = c.var.admin;
    const id = routeId(c);
    const current = id === null ? undefined : await findServiceById(db, id);
    if (!current) return c.notFound();
    const groups = await groupOptions(c);
    const form = await readForm(c, (kit) =>
      serviceSchema(kit, { languages, groupIds: groups.map((group) => group.id), timeZone: site.timeZone, creating: false }),
    );
    const draft = serviceDraftOf(form.body, languages);
    // The form carries the version it was loaded with; errors keep it so a later save still checks it.
    const loaded = { ...current, version: version().parse(form.body.version) };
    const again = async (errors: FieldErrors) => renderEditor(c, current, await editorProps(c, loaded, draft, { errors }), 422);
    if (!form.ok) return again(form.errors);
    const { value } = form;
    const saved = await attempt(
      t,
      async () =>
        updateService(
          db,
          clock,
          current.id,
          {
            groupId: value.groupId,
            position: value.position ?? (value.groupId === current.groupId ? current.position : await nextServicePosition(db, value.groupId)),
            expectedRestorationAt: value.expectedRestorationAt,
            texts: value.texts,
            expectedVersion: value.version,
          },
          authOf(c).actor,
        ),
      sameField(`texts.${site.defaultLocale}.name`),
      { invalid: again, conflict: () => conflictAnswer(c, current.id, draft), notFound: () => c.notFound() },
    );
    if (!saved.ok) return saved.answer;
    const after = (await findServiceById(db, current.id))!;
    const message: Flash = { kind: 'ok', text: saved.value.changed ? t.catalog.serviceSaved(serviceName(c, after)) : t.catalog.nothingChanged };
    if (isHtmx(c)) return renderEditor(c, after, await editorProps(c, after, draftOf(after, site.timeZone), { message }));
    return c.redirect(saved.value.changed ? `/admin/services?saved=${current.id}#service-${current.id}` : `/admin/services/${current.id}/edit`, 303);
  });

  app.post('/services/:id{[0-9]+}/retire', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const id = routeId(c);
    if (id === null) return c.notFound();
    const form = await readValues(c, z.object({ version: version(), retired: raw() }));
    const retired = form.retired === '1';
    const done = await attempt(c.var.t, () => retireService(db, clock, id, { retired, expectedVersion: form.version }, authOf(c).actor), sameField('retired'), {
      invalid: async (errors) => renderList(c, { kind: 'error', text: Object.values(errors).join(' ') }, 422),
      conflict: async () => {
        const fresh = await findServiceById(db, id);
        return fresh ? conflictAnswer(c, id, draftOf(fresh, c.var.admin.site.timeZone)) : c.notFound();
      },
      notFound: () => c.notFound(),
    });
    if (!done.ok) return done.answer;
    return c.redirect(`/admin/services/${id}/edit?done=${retired ? 'retired' : 'unretired'}`, 303);
  });

  app.post('/services/:id{[0-9]+}/move', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const id = routeId(c);
    if (id === null) return c.notFound();
    const form = await readValues(c, z.object({ version: version(), direction: raw() }));
    const direction = form.direction === 'up' ? 'up' : 'down';
    const moved = await attempt(c.var.t, () => moveService(db, clock, id, { direction, expectedVersion: form.version }, authOf(c).actor), sameField('direction'), {
      invalid: (errors) => renderList(c, { kind: 'error', text: Object.values(errors).join(' ') }, 422),
      conflict: () => renderList(c, { kind: 'error', text: c.var.t.conflict }, 409),
      notFound: () => c.notFound(),
    });
    if (!moved.ok) return moved.answer;
    if (!isHtmx(c)) return c.redirect(`/admin/services?moved=${id}#service-${id}`, 303);
    const service = (await findServiceById(db, id))!;
    return renderList(c, { kind: 'ok', text: c.var.t.catalog.serviceMoved(serviceName(c, service)) });
  });

  return app;
}
