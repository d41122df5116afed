/**
 * The notice on a page served from its last good rendering while the database cannot be
 * reached. It is not part of the stored page: the layout leaves an empty, well-defined slot
 * (`SNAPSHOT_BANNER_SLOT`, an HTML comment) and the server puts this banner there when it
 * serves the stored bytes, so a snapshot needs no re-rendering and no database.
 */
import { raw } from 'hono/html';
import type { Formatter } from '../../src/i18n/format';
import type { Messages } from '../../src/i18n/messages';

/** Where the banner goes: an HTML comment, so the fresh page is unchanged to readers. */
export const SNAPSHOT_BANNER_SLOT = '<!--snapshot-banner-->';

/** The empty slot, as the layout renders it (raw: a constant of ours, no input in it). */
export function SnapshotBannerSlot() {
  return raw(SNAPSHOT_BANNER_SLOT);
}

export interface SnapshotBannerProps {
  t: Messages;
  fmt: Formatter;
  /** When the page was rendered. */
  renderedAt: Date;
}

/** Announced politely (role="status"): it matters, but it must not interrupt. */
export function SnapshotBanner({ t, fmt, renderedAt }: SnapshotBannerProps) {
  return (
    <p class="snapshot-banner" role="status">
      <strong>
        {t.snapshotBanner.shownAsOf} <time datetime={fmt.machine(renderedAt)}>{fmt.dateTime(renderedAt)}</time>.
      </strong>{' '}
      {t.snapshotBanner.cannotRefresh}
    </p>
  );
}
