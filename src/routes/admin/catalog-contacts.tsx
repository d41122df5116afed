/**
 * Contact channels: list, create, edit (texts, weekly hours with several periods a day and
 * past midnight, dated overrides), delete. The hours form works as plain HTML: extra rows
 * come from posting the form with an "add" intent, which shows it again without saving.
 */
import { Hono } from 'hono';
import { ContactsDeletePage, ContactsPage, type ChannelRow } from '../../../views/admin/pages/ContactsPage';
import { ContactsEditPage, type ChannelDraft, type ContactsEditPageProps } from '../../../views/admin/pages/ContactsEditPage';
import type { FieldErrors } from '../../../views/admin/partials/Form';
import { openStateAt } from '../../domain/opening-hours';
import { createContactChannel, deleteContactChannel, updateContactChannel } from '../../store/contact-editing';
import {
  findContactChannel,
  freeChannelSlug,
  listContactChannels,
  nextChannelPosition,
  scheduleOf,
  type ChannelWithDetails,
} from '../../store/contacts';
import { ConflictError, InputError, NotFoundError } from '../../store/errors';
import { loadSite } from '../../store/site';
import { blankDraft, draftOf, hoursSummary, readChannelForm, withMoreRows } from './catalog-contacts-form';
import { adminFormatter, adminText, conflictIntro, defaultFirst, field, formOf, hasErrors, idParam, languageBlocks, storeFieldError, versionOf } from './catalog-form';
import { authOf, type AdminContext, type AdminEnv } from './env';
import { requireRole } from './middleware';
import { adminChrome, page } from './render';

type Flash = { kind: 'ok' | 'error' | 'warning'; text: string } | null;

async function siteBasics(c: AdminContext) {
  const site = await loadSite(c.var.db);
  const timeZone = site?.timeZone ?? 'Europe/Stockholm';
  return { defaultLocale: site?.defaultLocale ?? 'sv', timeZone, fmt: adminFormatter(c, timeZone) };
}

type Basics = Awaited<ReturnType<typeof siteBasics>>;

function dayNames(c: AdminContext): string[] {
  const format = new Intl.DateTimeFormat(c.var.adminLocale, { weekday: 'long', timeZone: 'UTC' });
  // 1970-01-05 was a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const name = format.format(Date.UTC(1970, 0, 5 + index));
    return name.charAt(0).toUpperCase() + name.slice(1);
  });
}

function channelName(c: AdminContext, channel: Pick<ChannelWithDetails, 'texts'>, basics: Basics) {
  return adminText(c, channel.texts, basics.defaultLocale, (row) => row.name);
}

async function renderForm(
  c: AdminContext,
  basics: Basics,
  channel: ChannelWithDetails | null,
  draft: ChannelDraft,
  extra: Partial<Pick<ContactsEditPageProps, 'errors' | 'message' | 'conflict'>> & { version?: number } = {},
  status: 200 | 409 | 422 = 200,
) {
  return page(
    c,
    <ContactsEditPage
      chrome={adminChrome(c)}
      channel={channel ? { id: channel.id, version: extra.version ?? channel.version, name: channelName(c, channel, basics).text } : null}
      draft={draft}
      languages={languageBlocks(c, basics.defaultLocale, channel?.texts ?? [], basics.fmt)}
      dayNames={dayNames(c)}
      errors={extra.errors ?? {}}
      message={extra.message ?? null}
      conflict={extra.conflict ?? null}
    />,
    status,
  );
}

async function conflictView(c: AdminContext, channel: ChannelWithDetails, basics: Basics) {
  const t = c.var.t;
  const rows: { label: string; value: string; lang?: string }[] = [
    { label: t.catalog.kindLabel, value: t.catalog.kindName[channel.kind] },
    { label: t.catalog.addressLabel, value: channel.address },
    { label: t.catalog.positionLabel, value: String(channel.position) },
  ];
  for (const text of defaultFirst(channel.texts, basics.defaultLocale)) {
    const language = t.languageName(text.locale);
    rows.push(
      { label: `${t.catalog.nameLabel} (${language})`, value: text.name, lang: text.locale },
      { label: `${t.catalog.channelNoteLabel} (${language})`, value: text.note, lang: text.locale },
    );
  }
  rows.push({ label: t.catalog.hoursColumn, value: hoursSummary(c, channel, basics.fmt) });
  return { intro: await conflictIntro(c, { type: 'channel', id: channel.id, changedAt: channel.updatedAt }, basics.fmt), rows };
}

function storeErrors(c: AdminContext, error: InputError): FieldErrors {
  // Store fields for hours are positional ("weekly.3.opens"); the form shows those next to the table.
  if (error.field?.startsWith('weekly')) return { weekly: c.var.t.inputError(error.code, error.params) };
  if (error.field?.startsWith('overrides')) return { 'overrides.0.dates': c.var.t.inputError(error.code, error.params) };
  // The slug is made from the Swedish name; if another channel took it meanwhile, say so there.
  if (error.field === 'slug') return { 'texts.sv.name': c.var.t.inputError(error.code, error.params) };
  return storeFieldError(c, error, 'address');
}

export function contactRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/contacts', requireRole('editor'), async (c) => {
    const t = c.var.t;
    const basics = await siteBasics(c);
    const now = c.var.clock.now();
    const channels: ChannelRow[] = (await listContactChannels(c.var.db)).map((channel) => {
      const name = channelName(c, channel, basics);
      const state = openStateAt(scheduleOf(channel), now, basics.timeZone);
      return {
        id: channel.id,
        name: name.text,
        nameLang: name.lang,
        kind: t.catalog.kindName[channel.kind],
        address: channel.address,
        hours: hoursSummary(c, channel, basics.fmt),
        openNow: state.kind === 'open' || state.kind === 'always-open' ? t.catalog.openNowLabel : state.kind === 'closed' ? t.catalog.closedNowLabel : null,
      };
    });
    let message: Flash = null;
    if (c.req.query('deleted') !== undefined) message = { kind: 'ok', text: t.catalog.channelDeleted };
    for (const [key, say] of [
      ['created', t.catalog.channelCreated],
      ['saved', t.catalog.channelSaved],
    ] as const) {
      const found = channels.find((channel) => String(channel.id) === c.req.query(key));
      if (found) message = { kind: 'ok', text: say(found.name) };
    }
    return page(c, <ContactsPage chrome={adminChrome(c)} channels={channels} message={message} />);
  });

  app.get('/contacts/new', requireRole('editor'), async (c) => renderForm(c, await siteBasics(c), null, blankDraft()));

  app.post('/contacts', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const basics = await siteBasics(c);
    const body = await formOf(c);
    const parsed = readChannelForm(c, body, basics.defaultLocale);
    const more = withMoreRows(parsed.draft, field(body, 'intent'));
    if (more) return renderForm(c, basics, null, more, { message: { kind: 'ok', text: c.var.t.catalog.rowsAdded } });
    if (hasErrors(parsed.errors)) return renderForm(c, basics, null, parsed.draft, { errors: parsed.errors }, 422);
    const swedishName = parsed.texts[basics.defaultLocale]!.name;
    let id: number;
    try {
      id = await createContactChannel(
        db,
        clock,
        {
          slug: await freeChannelSlug(db, swedishName),
          kind: parsed.kind,
          address: parsed.address,
          openingHoursMode: parsed.mode,
          position: parsed.position ?? (await nextChannelPosition(db)),
          texts: Object.fromEntries(Object.entries(parsed.texts).filter((entry): entry is [string, { name: string; note: string }] => entry[1] !== null)),
          weekly: parsed.weekly,
          overrides: parsed.overrides,
        },
        authOf(c).actor,
      );
    } catch (error) {
      if (error instanceof InputError) return renderForm(c, basics, null, parsed.draft, { errors: storeErrors(c, error) }, 422);
      throw error;
    }
    c.var.publicState.invalidate();
    return c.redirect(`/admin/contacts?created=${id}#channel-${id}`, 303);
  });

  app.get('/contacts/:id{[0-9]+}/edit', requireRole('editor'), async (c) => {
    const id = idParam(c);
    const channel = id === null ? undefined : await findContactChannel(c.var.db, id);
    if (!channel) return c.notFound();
    return renderForm(c, await siteBasics(c), channel, draftOf(channel));
  });

  app.post('/contacts/:id{[0-9]+}', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const id = idParam(c)!;
    const current = await findContactChannel(db, id);
    if (!current) return c.notFound();
    const basics = await siteBasics(c);
    const body = await formOf(c);
    const version = versionOf(body);
    const parsed = readChannelForm(c, body, basics.defaultLocale);
    const more = withMoreRows(parsed.draft, field(body, 'intent'));
    if (more) return renderForm(c, basics, current, more, { message: { kind: 'ok', text: t.catalog.rowsAdded }, version });
    if (hasErrors(parsed.errors)) return renderForm(c, basics, current, parsed.draft, { errors: parsed.errors, version }, 422);
    let result: { changed: boolean };
    try {
      result = await updateContactChannel(
        db,
        clock,
        id,
        {
          kind: parsed.kind,
          address: parsed.address,
          openingHoursMode: parsed.mode,
          position: parsed.position ?? current.position,
          texts: parsed.texts,
          weekly: parsed.weekly,
          overrides: parsed.overrides,
          expectedVersion: version,
        },
        authOf(c).actor,
      );
    } catch (error) {
      if (error instanceof NotFoundError) return c.notFound();
      if (error instanceof ConflictError) {
        const fresh = (await findContactChannel(db, id))!;
        return renderForm(c, basics, fresh, parsed.draft, { message: { kind: 'error', text: t.conflict }, conflict: await conflictView(c, fresh, basics) }, 409);
      }
      if (error instanceof InputError) return renderForm(c, basics, current, parsed.draft, { errors: storeErrors(c, error), version }, 422);
      throw error;
    }
    c.var.publicState.invalidate();
    if (!result.changed) return renderForm(c, basics, current, parsed.draft, { message: { kind: 'ok', text: t.catalog.nothingChanged } });
    return c.redirect(`/admin/contacts?saved=${id}#channel-${id}`, 303);
  });

  app.get('/contacts/:id{[0-9]+}/delete', requireRole('editor'), async (c) => {
    const id = idParam(c);
    const channel = id === null ? undefined : await findContactChannel(c.var.db, id);
    if (!channel) return c.notFound();
    const name = channelName(c, channel, await siteBasics(c));
    return page(
      c,
      <ContactsDeletePage chrome={adminChrome(c)} channel={{ id: channel.id, name: name.text, address: channel.address, version: channel.version }} message={null} />,
    );
  });

  app.post('/contacts/:id{[0-9]+}/delete', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const id = idParam(c)!;
    const body = await formOf(c);
    try {
      await deleteContactChannel(db, clock, id, { expectedVersion: versionOf(body) }, authOf(c).actor);
    } catch (error) {
      if (error instanceof NotFoundError) return c.notFound();
      if (error instanceof ConflictError) {
        const fresh = (await findContactChannel(db, id))!;
        const name = channelName(c, fresh, await siteBasics(c));
        return page(
          c,
          <ContactsDeletePage
            chrome={adminChrome(c)}
            channel={{ id: fresh.id, name: name.text, address: fresh.address, version: fresh.version }}
            message={{ kind: 'error', text: c.var.t.conflict }}
          />,
          409,
        );
      }
      throw error;
    }
    c.var.publicState.invalidate();
    return c.redirect('/admin/contacts?deleted', 303);
  });

  return app;
}
