/**
 * Services in the admin console: the list by group, create, edit (texts per language,
 * group, order, expected restoration), move, retire. Status is not edited here: it changes
 * only through a published update (the dashboard or an incident).
 */
import { Hono } from 'hono';
import type { ServiceDraft, ServiceEditorProps } from '../../../views/admin/pages/ServicesEditPage';
import { ServiceEditor, ServicesEditPage } from '../../../views/admin/pages/ServicesEditPage';
import { ServiceList, ServicesPage, type ServiceListGroup, type ServiceListRow } from '../../../views/admin/pages/ServicesPage';
import { Announcement } from '../../../views/admin/pages/ServicesParts';
import type { FieldErrors } from '../../../views/admin/partials/Form';
import { messagesFor } from '../../i18n';
import { ConflictError, InputError, NotFoundError } from '../../store/errors';
import { listServiceGroups } from '../../store/groups';
import {
  createService,
  findServiceById,
  listServicesForAdmin,
  moveService,
  nextServicePosition,
  retireService,
  updateService,
  type ServiceTextInput,
} from '../../store/services';
import { loadSite } from '../../store/site';
import { pathsFor } from '../paths';
import { adminFormatter, adminText, conflictIntro, defaultFirst, field, formOf, hasErrors, idParam, languageBlocks, storeFieldError, versionOf } from './catalog-form';
import { blankDraft, draftOf, readServiceForm } from './catalog-services-form';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from './env';
import { requireRole } from './middleware';
import { adminChrome, fragment, page } from './render';

type Service = NonNullable<Awaited<ReturnType<typeof findServiceById>>>;
type Flash = { kind: 'ok' | 'error' | 'warning'; text: string } | null;

async function siteBasics(c: AdminContext) {
  const site = await loadSite(c.var.db);
  const defaultLocale = site?.defaultLocale ?? 'sv';
  const timeZone = site?.timeZone ?? 'Europe/Stockholm';
  return { defaultLocale, timeZone, fmt: adminFormatter(c, timeZone) };
}

type Basics = Awaited<ReturnType<typeof siteBasics>>;

async function groupOptions(c: AdminContext, basics: Basics) {
  const groups = await listServiceGroups(c.var.db);
  return groups.map((group) => ({ id: group.id, name: adminText(c, group.texts, basics.defaultLocale, (row) => row.name).text }));
}

function serviceName(c: AdminContext, service: Pick<Service, 'texts'>, basics: Basics): string {
  return adminText(c, service.texts, basics.defaultLocale, (row) => row.name).text;
}

// ─── The list ──────────────────────────────────────────────────────────────────────────────

async function renderList(c: AdminContext, message: Flash, status: 200 | 409 | 422 = 200) {
  const basics = await siteBasics(c);
  const [groups, services] = await Promise.all([listServiceGroups(c.var.db), listServicesForAdmin(c.var.db)]);
  const words = messagesFor(c.var.adminLocale);
  const row = (service: (typeof services)[number]): ServiceListRow => {
    const name = adminText(c, service.texts, basics.defaultLocale, (text) => text.name);
    return {
      id: service.id,
      name: name.text,
      nameLang: name.lang,
      status: service.status,
      statusLabel: words.status[service.status],
      version: service.version,
      retiredOn: service.retiredAt ? basics.fmt.date(service.retiredAt) : undefined,
    };
  };
  const listGroups: ServiceListGroup[] = groups.map((group) => {
    const name = adminText(c, group.texts, basics.defaultLocale, (text) => text.name);
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
    if (service) return { kind: 'ok', text: say(serviceName(c, service, await siteBasics(c))) };
  }
  return null;
}

// ─── The form ──────────────────────────────────────────────────────────────────────────────

async function editorProps(
  c: AdminContext,
  basics: Basics,
  service: Service | null,
  draft: ServiceDraft,
  extra: Partial<Pick<ServiceEditorProps, 'errors' | 'message' | 'conflict'>> = {},
): Promise<ServiceEditorProps> {
  return {
    chrome: adminChrome(c),
    service: service
      ? { id: service.id, version: service.version, slug: service.slug, retiredOn: service.retiredAt ? basics.fmt.dateTime(service.retiredAt) : null }
      : null,
    draft,
    groups: await groupOptions(c, basics),
    languages: languageBlocks(c, basics.defaultLocale, service?.texts ?? [], basics.fmt),
    timeZone: basics.timeZone,
    errors: extra.errors ?? {},
    message: extra.message ?? null,
    conflict: extra.conflict ?? null,
  };
}

async function renderEditor(c: AdminContext, service: Service | null, editor: ServiceEditorProps, status: 200 | 404 | 409 | 422 = 200) {
  const basics = await siteBasics(c);
  if (service && isHtmx(c)) {
    const errorCount = Object.keys(editor.errors).length;
    const announce = editor.message?.text ?? (errorCount > 0 ? c.var.t.formHasErrors(errorCount) : null);
    return fragment(
      c,
      <>
        <ServiceEditor {...editor} />
        <Announcement text={announce} />
      </>,
      status === 404 ? 409 : status,
    );
  }
  const t = c.var.t;
  const words = messagesFor(c.var.adminLocale);
  const title = service ? t.catalog.editServiceTitle(serviceName(c, service, basics)) : t.catalog.newServiceTitle;
  const statusInfo = service
    ? {
        status: service.status,
        label: words.status[service.status],
        since: basics.fmt.dateTime(service.statusChangedAt),
        publicHref: pathsFor(basics.defaultLocale, basics.defaultLocale).service(service.slug),
      }
    : null;
  return page(c, <ServicesEditPage editor={editor} title={title} statusInfo={statusInfo} />, status);
}

/** What the service looks like now, for the editor who lost a race to save it. */
async function conflictView(c: AdminContext, service: Service, basics: Basics) {
  const t = c.var.t;
  const groups = await groupOptions(c, basics);
  const rows: { label: string; value: string; lang?: string }[] = [
    { label: t.catalog.groupLabel, value: groups.find((group) => group.id === service.groupId)?.name ?? '' },
    { label: t.catalog.positionLabel, value: String(service.position) },
  ];
  for (const text of defaultFirst(service.texts, basics.defaultLocale)) {
    const language = t.languageName(text.locale);
    rows.push(
      { label: `${t.catalog.nameLabel} (${language})`, value: text.name, lang: text.locale },
      { label: `${t.catalog.descriptionLabel} (${language})`, value: text.description, lang: text.locale },
      { label: `${t.catalog.workaroundLabel} (${language})`, value: text.workaround, lang: text.locale },
      { label: `${t.catalog.restorationNoteLabel} (${language})`, value: text.restorationNote, lang: text.locale },
    );
  }
  rows.push(
    { label: t.catalog.expectedBackLegend, value: service.expectedRestorationAt ? basics.fmt.dateTime(service.expectedRestorationAt) : '' },
    { label: t.catalog.retiredLabel, value: service.retiredAt ? basics.fmt.dateTime(service.retiredAt) : t.catalog.notRetired },
  );
  return { intro: await conflictIntro(c, { type: 'service', id: service.id, changedAt: service.updatedAt }, basics.fmt), rows };
}

// ─── Routes ────────────────────────────────────────────────────────────────────────────────

export function serviceRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/services', requireRole('editor'), async (c) => renderList(c, await flashFromQuery(c)));

  app.get('/services/new', requireRole('editor'), async (c) => {
    const basics = await siteBasics(c);
    const groups = await groupOptions(c, basics);
    const requested = c.req.query('group');
    const groupId = groups.some((group) => String(group.id) === requested) ? requested! : String(groups[0]?.id ?? '');
    return renderEditor(c, null, await editorProps(c, basics, null, blankDraft(groupId)));
  });

  app.post('/services', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const basics = await siteBasics(c);
    const body = await formOf(c);
    const parsed = readServiceForm(c, body, basics, await groupOptions(c, basics), true);
    const again = async (errors: FieldErrors) => renderEditor(c, null, await editorProps(c, basics, null, parsed.draft, { errors }), 422);
    if (hasErrors(parsed.errors)) return again(parsed.errors);
    let id: number;
    try {
      id = await createService(
        db,
        clock,
        {
          slug: parsed.slug,
          groupId: parsed.groupId,
          position: parsed.position ?? (await nextServicePosition(db, parsed.groupId)),
          expectedRestorationAt: parsed.expectedRestorationAt,
          texts: Object.fromEntries(Object.entries(parsed.texts).filter((entry): entry is [string, ServiceTextInput] => entry[1] !== null)),
        },
        authOf(c).actor,
      );
    } catch (error) {
      if (error instanceof InputError) return again(storeFieldError(c, error, 'slug'));
      throw error;
    }
    c.var.publicState.invalidate();
    return c.redirect(`/admin/services?created=${id}#service-${id}`, 303);
  });

  app.get('/services/:id{[0-9]+}/edit', requireRole('editor'), async (c) => {
    const id = idParam(c);
    const service = id === null ? undefined : await findServiceById(c.var.db, id);
    if (!service) return c.notFound();
    const basics = await siteBasics(c);
    const t = c.var.t;
    const done = c.req.query('done');
    const message: Flash =
      done === 'retired'
        ? { kind: 'ok', text: t.catalog.serviceRetired(serviceName(c, service, basics)) }
        : done === 'unretired'
          ? { kind: 'ok', text: t.catalog.serviceUnretired(serviceName(c, service, basics)) }
          : null;
    return renderEditor(c, service, await editorProps(c, basics, service, draftOf(service, basics.timeZone), { message }));
  });

  app.post('/services/:id{[0-9]+}', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const id = idParam(c)!;
    const current = await findServiceById(db, id);
    if (!current) return c.notFound();
    const basics = await siteBasics(c);
    const body = await formOf(c);
    const parsed = readServiceForm(c, body, basics, await groupOptions(c, basics), false);
    // The form carries the version it was loaded with; errors keep it so a later save still checks it.
    const loaded = { ...current, version: versionOf(body) };
    if (hasErrors(parsed.errors)) return renderEditor(c, current, await editorProps(c, basics, loaded, parsed.draft, { errors: parsed.errors }), 422);
    let result: { changed: boolean };
    try {
      result = await updateService(
        db,
        clock,
        id,
        {
          groupId: parsed.groupId,
          position: parsed.position ?? (parsed.groupId === current.groupId ? current.position : await nextServicePosition(db, parsed.groupId)),
          expectedRestorationAt: parsed.expectedRestorationAt,
          texts: parsed.texts,
          expectedVersion: versionOf(body),
        },
        authOf(c).actor,
      );
    } catch (error) {
      if (error instanceof ConflictError) {
        const fresh = await findServiceById(db, id);
        if (!fresh) return c.notFound();
        const editor = await editorProps(c, basics, fresh, parsed.draft, {
          message: { kind: 'error', text: t.conflict },
          conflict: await conflictView(c, fresh, basics),
        });
        return renderEditor(c, fresh, editor, 409);
      }
      if (error instanceof NotFoundError) return c.notFound();
      if (error instanceof InputError) return renderEditor(c, current, await editorProps(c, basics, loaded, parsed.draft, { errors: storeFieldError(c, error, 'texts.sv.name') }), 422);
      throw error;
    }
    // Even an edit that changed nothing ran a write transaction (and bumped the revision).
    c.var.publicState.invalidate();
    const saved = (await findServiceById(db, id))!;
    const message: Flash = { kind: 'ok', text: result.changed ? t.catalog.serviceSaved(serviceName(c, saved, basics)) : t.catalog.nothingChanged };
    if (isHtmx(c)) return renderEditor(c, saved, await editorProps(c, basics, saved, draftOf(saved, basics.timeZone), { message }));
    return c.redirect(result.changed ? `/admin/services?saved=${id}#service-${id}` : `/admin/services/${id}/edit`, 303);
  });

  app.post('/services/:id{[0-9]+}/retire', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const id = idParam(c)!;
    const body = await formOf(c);
    const retired = field(body, 'retired') === '1';
    try {
      await retireService(db, clock, id, { retired, expectedVersion: versionOf(body) }, authOf(c).actor);
    } catch (error) {
      if (error instanceof NotFoundError) return c.notFound();
      if (error instanceof ConflictError) {
        const fresh = (await findServiceById(db, id))!;
        const basics = await siteBasics(c);
        const editor = await editorProps(c, basics, fresh, draftOf(fresh, basics.timeZone), {
          message: { kind: 'error', text: c.var.t.conflict },
          conflict: await conflictView(c, fresh, basics),
        });
        return renderEditor(c, fresh, editor, 409);
      }
      throw error;
    }
    c.var.publicState.invalidate();
    return c.redirect(`/admin/services/${id}/edit?done=${retired ? 'retired' : 'unretired'}`, 303);
  });

  app.post('/services/:id{[0-9]+}/move', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const id = idParam(c)!;
    const body = await formOf(c);
    const direction = field(body, 'direction') === 'up' ? 'up' : 'down';
    try {
      await moveService(db, clock, id, { direction, expectedVersion: versionOf(body) }, authOf(c).actor);
    } catch (error) {
      if (error instanceof NotFoundError) return c.notFound();
      if (error instanceof ConflictError) return renderList(c, { kind: 'error', text: c.var.t.conflict }, 409);
      throw error;
    }
    c.var.publicState.invalidate();
    if (!isHtmx(c)) return c.redirect(`/admin/services?moved=${id}#service-${id}`, 303);
    const service = (await findServiceById(db, id))!;
    return renderList(c, { kind: 'ok', text: c.var.t.catalog.serviceMoved(serviceName(c, service, await siteBasics(c))) });
  });

  return app;
}
