/**
 * The static export ("the alternative website"): data in, a list of files out. Runtime-neutral,
 * so the command line (src/cli/export.ts) writes the files and the console
 * (src/routes/admin/export.tsx) zips them, on Node and on Workers alike.
 *
 * An export shows exactly one revision of the site: every write bumps the revision in its own
 * transaction, so when the revision read before and after rendering is the same, nothing was
 * published in between; otherwise it starts again.
 */
import type { Database } from '../db/database';
import { buildAssets } from '../http/assets';
import { encodeUtf8 } from '../http/page-cache';
import { listPublicSite } from '../store/public-listing';
import { readRevision } from '../store/revision';
import { DEFAULT_SITE, loadSite } from '../store/site';
import { planExport, type PlannedFile, type PublicPageRenderer } from './documents';

export type { PublicPageRenderer } from './documents';

export interface ExportFile {
  /** Relative to the export's folder, with forward slashes. */
  path: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface SiteExport {
  /** Sorted by path. */
  files: ExportFile[];
  revision: number;
  changedAt: Date;
  generatedAt: Date;
  baseUrl: string;
  /** Total size of the files. */
  bytes: number;
}

export interface ExportOptions {
  pages: PublicPageRenderer;
  now: Date;
  /** Where the export will be published; null or absent: the site's public URL. */
  baseUrl?: string | null;
  /** After each file is rendered. */
  onProgress?: (done: number, total: number) => void;
  /** Files rendered at once (a remote database answers faster to several questions at a time). */
  concurrency?: number;
  /** How many times to start again when something is published mid-export. */
  attempts?: number;
}

/** A refusal the user can act on (a bad base URL, a site that never stood still). */
export class ExportError extends Error {}

/** An http(s) URL without query, fragment or credentials, without its trailing slash. */
export function normaliseBaseUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new ExportError(`The base URL "${input}" is not a URL; give one like https://status.example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ExportError(`The base URL must start with https:// or http://, not "${url.protocol}".`);
  if (url.search || url.hash || url.username || url.password) throw new ExportError('The base URL may not have a query, a fragment or credentials.');
  return url.href.replace(/\/+$/, '');
}

async function renderAll(planned: PlannedFile[], concurrency: number, onProgress?: (done: number, total: number) => void): Promise<ExportFile[] | null> {
  const files: ExportFile[] = new Array(planned.length);
  let next = 0;
  let done = 0;
  let vanished = false;
  const worker = async () => {
    while (next < planned.length && !vanished) {
      const index = next++;
      const file = planned[index]!;
      const body = await file.render();
      if (body === null) {
        vanished = true;
        return;
      }
      files[index] = { path: file.path, contentType: file.contentType, bytes: typeof body === 'string' ? encodeUtf8(body) : body };
      onProgress?.(++done, planned.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, planned.length)) }, worker));
  return vanished ? null : files;
}

export async function exportSite(db: Database, options: ExportOptions): Promise<SiteExport> {
  const attempts = options.attempts ?? 5;
  const assets = buildAssets();
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const before = await readRevision(db);
    const site = (await loadSite(db)) ?? DEFAULT_SITE;
    const baseUrl = normaliseBaseUrl(options.baseUrl ?? site.publicUrl);
    const planned = planExport({
      db,
      site,
      listing: await listPublicSite(db),
      baseUrl,
      changedAt: before.changedAt,
      now: options.now,
      assets,
      pages: options.pages,
    });
    const files = await renderAll(planned, options.concurrency ?? 4, options.onProgress);
    const after = await readRevision(db);
    if (after.revision !== before.revision) continue;
    // Same revision, so nothing changed: a page that did not render is a bug, not a race.
    if (!files) throw new Error('A page of the export did not render although nothing was published meanwhile.');
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return {
      files,
      revision: before.revision,
      changedAt: before.changedAt,
      generatedAt: options.now,
      baseUrl,
      bytes: files.reduce((sum, file) => sum + file.bytes.byteLength, 0),
    };
  }
  throw new ExportError(`Something was published during each of ${attempts} attempts to export the site; try again in a moment.`);
}
