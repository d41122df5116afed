/**
 * Last known good (docs/decisions/0025-last-known-good.md): every public page, feed and JSON
 * document is kept as it was last rendered, and served from there with 200 when the database
 * cannot be asked.
 *
 * - Remembering happens once per rendering (a page-cache miss), in the background: the
 *   response never waits for the store, and a request served from the page cache does
 *   nothing extra.
 * - A page served this way carries `X-Status-Snapshot: <when it was rendered, RFC 3339>` and,
 *   HTML only, the banner in its language, put into the layout's empty slot. Feeds and JSON
 *   keep their exact bytes (a reader's parser must not meet a banner). Each prepared variant
 *   (banner in, compressed) is built once and kept, since during an outage it is every
 *   request's answer.
 * - `Cache-Control: no-cache` and no ETag: no cache may keep the banner page as if it were
 *   current, and a reader gets the fresh page as soon as the database answers.
 */
import type { Context } from 'hono';
import { SNAPSHOT_BANNER_SLOT, SnapshotBanner } from '../../views/layouts/SnapshotBanner';
import { isDatabaseUnavailable } from '../db/availability';
import { DatabaseUnavailableError } from '../db/outage-errors';
import type { AppEnv } from '../env';
import { messagesFor } from '../i18n';
import { formatterFor } from '../i18n/format';
import type { Snapshot, SnapshotStore } from '../snapshot/store';
import { encodeUtf8, gzip, type Bytes } from './page-cache';
import { renderDocumentFragment } from './render';
import { acceptsGzip } from './serve-page';

export const SNAPSHOT_HEADER = 'X-Status-Snapshot';
const SNAPSHOT_CACHE_CONTROL = 'no-cache';
/** Log a failing store at most this often: during a disk problem every rendering would. */
const SAVE_FAILURE_LOG_INTERVAL_MS = 60_000;
const FAULT_LOG_INTERVAL_MS = 10_000;

export interface Rendering {
  body: Bytes;
  contentType: string;
  locale: string;
  timeZone: string;
  renderedAt: Date;
}

interface Prepared {
  contentType: string;
  body: Bytes;
  gzip: Bytes | null;
  /** The X-Status-Snapshot value. */
  stamp: string;
}

/** Keeps `work` alive after the response where the runtime needs it (Workers' waitUntil). */
export function inBackground(c: Context, work: Promise<unknown>): void {
  let context: { waitUntil(promise: Promise<unknown>): void } | null = null;
  try {
    context = c.executionCtx;
  } catch {
    // Node: no execution context, and none needed: the promise runs on by itself.
  }
  context?.waitUntil(work);
}

/** The page with the banner in its slot (or, for a page stored before there was a slot, after <body>). */
function withBanner(body: Bytes, banner: string): Bytes {
  const html = new TextDecoder().decode(body);
  const slot = html.indexOf(SNAPSHOT_BANNER_SLOT);
  if (slot >= 0) return encodeUtf8(html.slice(0, slot) + banner + html.slice(slot + SNAPSHOT_BANNER_SLOT.length));
  const bodyTag = /<body[^>]*>/i.exec(html);
  if (!bodyTag) return body;
  const at = bodyTag.index + bodyTag[0].length;
  return encodeUtf8(html.slice(0, at) + banner + html.slice(at));
}

export class LastKnownGood {
  private readonly prepared = new Map<string, Prepared>();
  private lastSaveFailureLoggedAt = -Infinity;
  private lastFaultLoggedAt = -Infinity;

  constructor(
    readonly store: SnapshotStore,
    private readonly options: {
      precompress: boolean;
      log: (message: string, error?: unknown) => void;
      /** Prepared variants kept in memory (the most recently served). */
      maxPrepared?: number;
    },
  ) {}

  /** Keeps a fresh rendering as the last good copy of `key`, off the response's path. */
  remember(c: Context, key: string, rendering: Rendering): void {
    this.prepared.delete(key);
    const snapshot: Snapshot = {
      meta: {
        contentType: rendering.contentType,
        locale: rendering.locale,
        timeZone: rendering.timeZone,
        renderedAt: rendering.renderedAt.toISOString(),
      },
      body: rendering.body,
    };
    inBackground(
      c,
      this.store.save(key, snapshot).catch((error: unknown) => {
        const now = Date.now();
        if (now - this.lastSaveFailureLoggedAt < SAVE_FAILURE_LOG_INTERVAL_MS) return;
        this.lastSaveFailureLoggedAt = now;
        this.options.log(`could not keep the last good copy of ${key} (${this.store.kind})`, error);
      }),
    );
  }

  /**
   * 200 from the last good copy of `key`, with the banner and header. Without one, `cause`
   * is thrown on (the app's error handler then answers 503, or 500 for a failure that is no
   * outage). A probe of the database that `cause` started is kept alive meanwhile.
   */
  async respond(c: Context<AppEnv>, key: string, cause: unknown): Promise<Response> {
    if (cause instanceof DatabaseUnavailableError && cause.probe) inBackground(c, cause.probe);
    const prepared = this.prepared.get(key) ?? (await this.prepare(key));
    if (!prepared) throw cause;
    // An outage is logged once, where it is noticed (./database-health.ts); anything else is a
    // fault the snapshot would otherwise hide (at most every few seconds: it may be every request).
    if (!isDatabaseUnavailable(cause) && Date.now() - this.lastFaultLoggedAt >= FAULT_LOG_INTERVAL_MS) {
      this.lastFaultLoggedAt = Date.now();
      this.options.log(`[${c.get('requestId')}] ${c.req.path} failed; served its last good copy`, cause);
    }
    const headers: Record<string, string> = {
      'Content-Type': prepared.contentType,
      'Cache-Control': SNAPSHOT_CACHE_CONTROL,
      Vary: 'Accept-Encoding',
      [SNAPSHOT_HEADER]: prepared.stamp,
    };
    if (prepared.gzip && acceptsGzip(c.req.header('Accept-Encoding'))) {
      headers['Content-Encoding'] = 'gzip';
      return c.body(prepared.gzip, 200, headers);
    }
    return c.body(prepared.body, 200, headers);
  }

  private async prepare(key: string): Promise<Prepared | null> {
    const snapshot = await this.store.load(key).catch((error: unknown) => {
      this.options.log(`could not read the last good copy of ${key} (${this.store.kind})`, error);
      return null;
    });
    if (!snapshot) return null;
    const { meta } = snapshot;
    // Whole seconds: what a reader and X-Status-Snapshot need, and what the formatter shows.
    const renderedAt = new Date(Math.floor(Date.parse(meta.renderedAt) / 1000) * 1000);
    const t = messagesFor(meta.locale);
    let fmt;
    try {
      fmt = formatterFor(t.intlLocale, meta.timeZone);
    } catch {
      // A time zone this runtime does not know: the site's default.
      fmt = formatterFor(t.intlLocale, 'Europe/Stockholm');
    }
    let body = snapshot.body;
    if (meta.contentType.startsWith('text/html')) {
      body = withBanner(body, await renderDocumentFragment(<SnapshotBanner t={t} fmt={fmt} renderedAt={renderedAt} />));
    }
    const prepared: Prepared = {
      contentType: meta.contentType,
      body,
      gzip: this.options.precompress ? await gzip(body) : null,
      stamp: fmt.machine(renderedAt),
    };
    this.prepared.delete(key);
    this.prepared.set(key, prepared);
    const limit = this.options.maxPrepared ?? 300;
    while (this.prepared.size > limit) {
      const oldest = this.prepared.keys().next().value;
      if (oldest === undefined) break;
      this.prepared.delete(oldest);
    }
    return prepared;
  }
}
