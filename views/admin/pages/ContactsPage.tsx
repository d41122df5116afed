import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { Message } from '../partials/Form';

export interface ChannelRow {
  id: number;
  name: string;
  nameLang?: string;
  kind: string;
  address: string;
  /** "mån–fre 08.00–16.00", "Dygnet runt" … */
  hours: string;
  /** "Öppet nu" / "Stängt nu", or null when hours do not apply. */
  openNow: string | null;
}

type Flash = { kind: 'ok' | 'error' | 'warning'; text: string } | null;

export function ContactsPage({ chrome, channels, message }: { chrome: AdminChrome; channels: ChannelRow[]; message: Flash }) {
  const { t } = chrome;
  return (
    <AdminLayout chrome={chrome} title={t.catalog.contactsTitle} section="contacts">
      <h1>{t.catalog.contactsTitle}</h1>
      <p>{t.catalog.contactsIntro}</p>
      {message && <Message kind={message.kind}>{message.text}</Message>}
      <p class="actions">
        <a class="button" href="/admin/contacts/new">
          {t.catalog.newChannel}
        </a>
      </p>
      {channels.length === 0 ? (
        <p>{t.catalog.noChannelsYet}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.catalog.nameColumn}</th>
                <th scope="col">{t.catalog.kindLabel}</th>
                <th scope="col">{t.catalog.addressLabel}</th>
                <th scope="col">{t.catalog.hoursColumn}</th>
              </tr>
            </thead>
            <tbody>
              {channels.map((channel) => (
                <tr id={`channel-${channel.id}`}>
                  <th scope="row">
                    <a href={`/admin/contacts/${channel.id}/edit`} lang={channel.nameLang}>
                      {channel.name}
                    </a>
                  </th>
                  <td>{channel.kind}</td>
                  <td class="address">{channel.address}</td>
                  <td>
                    {channel.hours}
                    {channel.openNow && (
                      <>
                        {' '}
                        <strong>({channel.openNow})</strong>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}

export function ContactsDeletePage({
  chrome,
  channel,
  message,
}: {
  chrome: AdminChrome;
  channel: { id: number; name: string; address: string; version: number };
  message: Flash;
}) {
  const { t } = chrome;
  return (
    <AdminLayout chrome={chrome} title={t.catalog.deleteChannelHeading} section="contacts">
      <p>
        <a href={`/admin/contacts/${channel.id}/edit`}>{t.catalog.backToChannel}</a>
      </p>
      <h1>{t.catalog.deleteChannelHeading}</h1>
      {message && <Message kind={message.kind}>{message.text}</Message>}
      <p>{t.catalog.deleteChannelQuestion(channel.name, channel.address)}</p>
      <form method="post" action={`/admin/contacts/${channel.id}/delete`}>
        <CsrfField chrome={chrome} />
        <input type="hidden" name="version" value={String(channel.version)} />
        <div class="actions">
          <button type="submit" class="danger">
            {t.catalog.deleteChannelButton}
          </button>
          <a class="button secondary" href={`/admin/contacts/${channel.id}/edit`}>
            {chrome.t.cancel}
          </a>
        </div>
      </form>
    </AdminLayout>
  );
}
