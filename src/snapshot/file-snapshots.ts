/**
 * Snapshots as files under SNAPSHOT_DIR, so a restarted Node server can serve the last good
 * pages before it has reached its database. Node-only (node:fs); the app sees the
 * runtime-neutral SnapshotStore.
 *
 * One file per document, named by a hash of its key (keys hold slashes and query strings).
 * A file is one header line of JSON (format, key, meta) and then the body's exact bytes.
 * Each is written to a temporary file, flushed, and renamed over the old one, so a reader (or
 * a restart after a crash or power cut) finds the old snapshot or the new one, never half of
 * one. Saves of one key run one after the other, so the newest rendering is the one kept.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bytes } from '../http/page-cache';
import { newerOf, type Snapshot, type SnapshotMeta, type SnapshotStats, type SnapshotStore } from './store';

const FORMAT = 1;
const SUFFIX = '.snapshot';
const TEMPORARY = '.tmp';
/** Far more than a header needs (a key is a path of at most a few hundred characters). */
const HEADER_LIMIT = 8_192;

interface Header extends SnapshotMeta {
  format: number;
  key: string;
}

function parseHeader(bytes: Uint8Array): { header: Header; bodyStart: number } | null {
  const end = bytes.indexOf(0x0a);
  if (end < 0) return null;
  try {
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, end))) as Partial<Header>;
    if (header.format !== FORMAT || typeof header.key !== 'string' || typeof header.renderedAt !== 'string') return null;
    if (typeof header.contentType !== 'string' || typeof header.locale !== 'string' || typeof header.timeZone !== 'string') return null;
    return { header: header as Header, bodyStart: end + 1 };
  } catch {
    return null;
  }
}

export class FileSnapshots implements SnapshotStore {
  readonly kind = 'file';
  /** key → renderedAt of what is on disk, for /healthz without reading the directory. */
  private readonly index = new Map<string, string>();
  private readonly writing = new Map<string, Promise<void>>();

  private constructor(readonly directory: string) {}

  /** Creates the directory if needed, removes leftovers of interrupted writes, indexes the rest. */
  static async open(directory: string): Promise<FileSnapshots> {
    await mkdir(directory, { recursive: true });
    const store = new FileSnapshots(directory);
    for (const name of await readdir(directory)) {
      const path = join(directory, name);
      if (name.endsWith(TEMPORARY)) {
        await rm(path, { force: true });
        continue;
      }
      if (!name.endsWith(SUFFIX)) continue;
      const handle = await open(path, 'r').catch(() => null);
      if (!handle) continue;
      try {
        const buffer = new Uint8Array(HEADER_LIMIT);
        const { bytesRead } = await handle.read(buffer, 0, HEADER_LIMIT, 0);
        const parsed = parseHeader(buffer.subarray(0, bytesRead));
        if (parsed) store.index.set(parsed.header.key, parsed.header.renderedAt);
      } finally {
        await handle.close();
      }
    }
    return store;
  }

  private fileOf(key: string): string {
    return join(this.directory, createHash('sha256').update(key).digest('hex').slice(0, 40) + SUFFIX);
  }

  save(key: string, snapshot: Snapshot): Promise<void> {
    const previous = this.writing.get(key) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(() => this.write(key, snapshot));
    this.writing.set(key, next);
    void next.finally(() => {
      if (this.writing.get(key) === next) this.writing.delete(key);
    }).catch(() => {});
    return next;
  }

  private async write(key: string, snapshot: Snapshot): Promise<void> {
    const file = this.fileOf(key);
    const temporary = `${file}.${randomUUID()}${TEMPORARY}`;
    const header = new TextEncoder().encode(`${JSON.stringify({ format: FORMAT, key, ...snapshot.meta } satisfies Header)}\n`);
    try {
      const handle = await open(temporary, 'w', 0o644);
      try {
        await handle.write(header);
        await handle.write(snapshot.body);
        // On disk before it replaces the old copy: a power cut leaves one or the other.
        await handle.datasync();
      } finally {
        await handle.close();
      }
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    this.index.set(key, snapshot.meta.renderedAt);
  }

  async load(key: string): Promise<Snapshot | null> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.fileOf(key));
    } catch {
      return null;
    }
    const parsed = parseHeader(bytes.subarray(0, HEADER_LIMIT));
    // A different key means a hash collision: not this document.
    if (!parsed || parsed.header.key !== key) return null;
    const { format: _format, key: _key, ...meta } = parsed.header;
    const body: Bytes = new Uint8Array(bytes.subarray(parsed.bodyStart));
    return { meta, body };
  }

  async stats(): Promise<SnapshotStats> {
    let newest: string | null = null;
    for (const renderedAt of this.index.values()) newest = newerOf(newest, renderedAt);
    return { count: this.index.size, newest };
  }
}
