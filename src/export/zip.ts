/**
 * The export as one ZIP file, for the console's download: fflate, pure JavaScript, so it runs
 * on Workers as on Node. Synchronous on purpose: fflate's asynchronous API needs Web Workers,
 * which a Worker request does not have.
 */
import { zipSync, type Zippable } from 'fflate';
import type { SiteExport } from './site';

/** Folder-like ZIP entries in export order; every file dated when the export was made. */
export function zipExport(site: SiteExport): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  for (const file of site.files) entries[file.path] = file.bytes;
  // Level 6 (deflate's default): HTML and feeds shrink to about a fifth for little CPU time.
  return zipSync(entries, { level: 6, mtime: site.generatedAt });
}

/** "status-website-20260211T130000Z.zip": sorts by time, safe in every file system. */
export function exportZipName(generatedAt: Date): string {
  return `status-website-${generatedAt.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.zip`;
}
