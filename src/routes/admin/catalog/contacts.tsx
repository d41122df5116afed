/**
 * Contact channels: list, create, edit (texts, weekly hours with several periods a day and
 * past midnight, dated overrides), delete. The hours form works as plain HTML: extra rows
 * come from posting the form with an "add" intent, which shows it again without saving.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { ContactsDeletePage, ContactsPage, type ChannelRow } from '../../../../views/admin/pages/ContactsPage';
import { ContactsEditPage, type ChannelDraft, type ContactsEditPageProps } from '../../../../views/admin/pages/ContactsEditPage';
import type { FieldErrors } from '../../../../views/admin/partials/Form';
import { openStateAt } from '../../../domain/opening-hours';
import { createContactChannel, deleteContactChannel, updateContactChannel } from '../../../store/contact-editing';
import {
  findContactChannel,
  freeChannelSlug,
  listContactChannels,
  nextChannelPosition,
  scheduleOf,
  type ChannelWithDetails,
} from '../../../store/contacts';
import { authOf, type AdminContext, type AdminEnv } from '../env';
import { routeId, version } from '../forms/fields';
import { readForm, readValues, typed } from '../forms/parse';
import { attempt, type FieldOf } from '../forms/store-errors';
import { requireRole } from '../middleware';
import { adminChrome, page } from '../render';
import { blankDraft, channelDraftOf, channelSchema, draftOf, hoursSummary, withMoreRows } from './contacts-form';
import { adminText, conflictIntro, defaultFirst, languageBlocks } from './view-model';

function dayNames(c: AdminContext): string[] {
  const format = new Intl.DateTimeFormat(c.var.adminLocale, { weekday: 'long', timeZone: 'UTC' });
  // 1970-01-05 was a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const name = format.format(Date.UTC(1970, 0, 5 + index));
    return name.charAt(0).toUpperCase() + name.slice(1);
  });
}

function channelName(c: AdminContext, channel: Pick<ChannelWithDetails, 'texts'>) {
  return adminText(c, channel.texts, (row) => row.name);
}

async function renderForm(
  c: AdminContext,
  channel: ChannelWithDetails | null,
  draft: ChannelDraft,
  extra: Partial<Pick<ContactsEditPageProps, 'errors' | 'message' | 'conflict'>> & { version?: number } = {},
  status: 200 | 409 | 422 = 200,
) {
  return page(
    c,
    <ContactsEditPage
      chrome={adminChrome(c)}
      channel={channel ? { id: channel.id, version: extra.version ?? channel.version, name: channelName(c, channel).text } : null}
      draft={draft}
      languages={languageBlocks(c, channel?.texts ?? [])}
      dayNames={dayNames(c)}
      errors={extra.errors ?? {}}
      message={extra.message ?? null}
      conflict={extra.conflict ?? null}
    />,
    status,
  );
}

async function conflictView(c: AdminContext, channel: ChannelWithDetails) {
  const { t, fmt, site } = c.var.admin;
  const rows: { label: string; value: string; lang?: string }[] = [
    { label: t.catalog.kindLabel, value: t.catalog.kindName[channel.kind] },
    { label: t.catalog.addressLabel, value: channel.address },
    { label: t.catalog.positionLabel, value: String(channel.position) },
  ];
  for (const text of defaultFirst(channel.texts, site.defaultLocale)) {
    const language = t.languageName(text.locale);
    rows.push(
      { label: `${t.catalog.nameLabel} (${language})`, value: text.name, lang: text.locale },
      { label: `${t.catalog.channelNoteLabel} (${language})`, value: text.note, lang: text.locale },
    );
  }
  rows.push({ label: t.catalog.hoursColumn, value: hoursSummary(t, channel, fmt) });
  return { intro: await conflictIntro(c, { type: 'channel', id: channel.id, changedAt: channel.updatedAt }), rows };
}

/**
 * Store fields for hours are positional ("weekly.3.opens"): their message goes next to the
 * table. The slug is made from the default language's name: if another channel took it
 * meanwhile, the message goes there.
 */
function channelField(defaultLocale: string): FieldOf {
  return (field) => {
    if (field?.startsWith('weekly')) return 'weekly';
    if (field?.startsWith('overrides')) return 'overrides.0.dates';
    if (field === 'slug') return `texts.${defaultLocale}.name`;
    return field ?? 'address';
  };
}

export function contactRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/contacts', requireRole('editor'), async (c) => {
    const { t, fmt, site, now } = c.var.admin;
    const channels: ChannelRow[] = (await listContactChannels(c.var.db)).map((channel) => {
      const name = channelName(c, channel);
      const state = openStateAt(scheduleOf(channel), now, site.timeZone);
      return {
        id: channel.id,
        name: name.text,
        nameLang: name.lang,
        kind: t.catalog.kindName[channel.kind],
        address: channel.address,
        hours: hoursSummary(t, channel, fmt),
        openNow: state.kind === 'open' || state.kind === 'always-open' ? t.catalog.openNowLabel : state.kind === 'closed' ? t.catalog.closedNowLabel : null,
      };
    });
    let message: ContactsEditPageProps['message'] = null;
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

  app.get('/contacts/new', requireRole('editor'), async (c) => renderForm(c, null, blankDraft()));

  app.post('/contacts', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const { t, languages, site } = c.var.admin;
    const form = await readForm(c, (kit) => channelSchema(kit, languages));
    const draft = channelDraftOf(form.body, languages);
    const more = withMoreRows(draft, typed(form.body, 'intent'));
    if (more) return renderForm(c, null, more, { message: { kind: 'ok', text: t.catalog.rowsAdded } });
    const again = (errors: FieldErrors) => renderForm(c, null, draft, { errors }, 422);
    if (!form.ok) return again(form.errors);
    const { value } = form;
    const created = await attempt(
      t,
      async () =>
        createContactChannel(
          db,
          clock,
          {
            slug: await freeChannelSlug(db, value.texts[site.defaultLocale]!.name),
            kind: value.kind,
            address: value.address,
            openingHoursMode: value.openingHoursMode,
            position: value.position ?? (await nextChannelPosition(db)),
            texts: Object.fromEntries(Object.entries(value.texts).filter((entry): entry is [string, { name: string; note: string }] => entry[1] !== null)),
            weekly: value.weekly,
            overrides: value.overrides,
          },
          authOf(c).actor,
        ),
      channelField(site.defaultLocale),
      { invalid: again, conflict: () => again({}), notFound: () => c.notFound() },
    );
    if (!created.ok) return created.answer;
    return c.redirect(`/admin/contacts?created=${created.value}#channel-${created.value}`, 303);
  });

  app.get('/contacts/:id{[0-9]+}/edit', requireRole('editor'), async (c) => {
    const id = routeId(c);
    const channel = id === null ? undefined : await findContactChannel(c.var.db, id);
    if (!channel) return c.notFound();
    return renderForm(c, channel, draftOf(channel));
  });

  app.post('/contacts/:id{[0-9]+}', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const { t, languages, site } = c.var.admin;
    const id = routeId(c);
    const current = id === null ? undefined : await findContactChannel(db, id);
    if (!current) return c.notFound();
    const form = await readForm(c, (kit) => channelSchema(kit, languages));
    const loadedVersion = version().parse(form.body.version);
    const draft = channelDraftOf(form.body, languages);
    const more = withMoreRows(draft, typed(form.body, 'intent'));
    if (more) return renderForm(c, current, more, { message: { kind: 'ok', text: t.catalog.rowsAdded }, version: loadedVersion });
    const again = (errors: FieldErrors) => renderForm(c, current, draft, { errors, version: loadedVersion }, 422);
    if (!form.ok) return again(form.errors);
    const { value } = form;
    const saved = await attempt(
      t,
      () =>
        updateContactChannel(
          db,
          clock,
          current.id,
          {
            kind: value.kind,
            address: value.address,
            openingHoursMode: value.openingHoursMode,
            position: value.position ?? current.position,
            texts: value.texts,
            weekly: value.weekly,
            overrides: value.overrides,
            expectedVersion: value.version,
          },
          authOf(c).actor,
        ),
      channelField(site.defaultLocale),
      {
        invalid: again,
        conflict: async () => {
          const fresh = await findContactChannel(db, current.id);
          if (!fresh) return c.notFound();
          return renderForm(c, fresh, draft, { message: { kind: 'error', text: t.conflict }, conflict: await conflictView(c, fresh) }, 409);
        },
        notFound: () => c.notFound(),
      },
    );
    if (!saved.ok) return saved.answer;
    if (!saved.value.changed) return renderForm(c, current, draft, { message: { kind: 'ok', text: t.catalog.nothingChanged } });
    return c.redirect(`/admin/contacts?saved=${current.id}#channel-${current.id}`, 303);
  });

  app.get('/contacts/:id{[0-9]+}/delete', requireRole('editor'), async (c) => {
    const id = routeId(c);
    const channel = id === null ? undefined : await findContactChannel(c.var.db, id);
    if (!channel) return c.notFound();
    const name = channelName(c, channel);
    return page(
      c,
      <ContactsDeletePage chrome={adminChrome(c)} channel={{ id: channel.id, name: name.text, address: channel.address, version: channel.version }} message={null} />,
    );
  });

  app.post('/contacts/:id{[0-9]+}/delete', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const id = routeId(c);
    if (id === null) return c.notFound();
    const form = await readValues(c, z.object({ version: version() }));
    const deleted = await attempt(c.var.t, () => deleteContactChannel(db, clock, id, { expectedVersion: form.version }, authOf(c).actor), () => 'version', {
      invalid: () => c.notFound(),
      conflict: async () => {
        const fresh = await findContactChannel(db, id);
        if (!fresh) return c.notFound();
        const name = channelName(c, fresh);
        return page(
          c,
          <ContactsDeletePage
            chrome={adminChrome(c)}
            channel={{ id: fresh.id, name: name.text, address: fresh.address, version: fresh.version }}
            message={{ kind: 'error', text: c.var.t.conflict }}
          />,
          409,
        );
      },
      notFound: () => c.notFound(),
    });
    if (!deleted.ok) return deleted.answer;
    return c.redirect('/admin/contacts?deleted', 303);
  });

  return app;
}
