/**
 * Writing the static export into a folder, so that a web server or a mirror reading it never
 * sees a half-written file: each changed file is written in a hidden staging folder inside the
 * output folder and renamed into place (a rename within one file system is atomic). Files the
 * pages link to land before the pages, the overview last; files the new export no longer has
 * go after that. Unchanged files are left alone, so a mirror copies only what changed.
 *
 * The folder holds a manifest (`.export-manifest.json`) of the files an export wrote. Only those
 * are ever removed, and a folder that is neither empty nor an earlier export is refused, so a
 * mistyped --out cannot wipe someone's files. Node only.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pid } from 'node:process';
import type { SiteExport } from '../export/site';

export const MANIFEST_FILE = '.export-manifest.json';
/** Hidden working folders; a mirror should skip `.export-*` (rsync --exclude '.export-*'). */
const STAGING_PREFIX = '.export-staging-';
const MANIFEST_FORMAT = 'worst-day-status-export';

interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  revision: number;
  generatedAt: string;
  baseUrl: string;
  files: string[];
}

/** The folder cannot be used: not writable, not a folder, or holding files that are not an export. */
export class OutputError extends Error {}

export interface WriteResult {
  written: number;
  unchanged: number;
  removed: number;
}

function fail(dir: string, what: string, error: unknown): never {
  throw new OutputError(`Cannot ${what} ${dir}: ${error instanceof Error ? error.message : String(error)}`);
}

function readManifest(dir: string): Manifest | null {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) return null;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
    if (parsed.format === MANIFEST_FORMAT && Array.isArray(parsed.files)) return parsed as Manifest;
  } catch {
    // Unreadable: treated like a folder that holds something else.
  }
  throw new OutputError(`${path} is not a manifest of an earlier export; choose an empty or new folder.`);
}

function isRunning(processId: number): boolean {
  try {
    process.kill(processId, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A path from the export, checked to stay inside the folder (it always should: the names are ours). */
function safeRelative(path: string): string {
  const segments = path.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment.includes('\\'))) {
    throw new Error(`Refusing to write the export file "${path}"`);
  }
  return path;
}

/** Removes `dir` and its parents up to `root` while they are empty. */
function pruneEmptyFolders(root: string, dir: string): void {
  let current = dir;
  while (current.startsWith(`${root}/`) && readdirSync(current).length === 0) {
    rmdirSync(current);
    current = dirname(current);
  }
}

/** Links before the pages that use them; the overviews, the first thing anyone opens, last. */
function writeOrder(path: string): number {
  if (path === 'index.html') return 3;
  if (path.endsWith('/index.html')) return 2;
  return path.endsWith('.html') ? 1 : 0;
}

export class OutputFolder {
  private constructor(
    readonly dir: string,
    private manifest: Manifest | null,
  ) {}

  /**
   * Opens (creating it if need be) the folder for exports, refusing one that holds anything
   * but an earlier export, and clears staging folders that an interrupted run left.
   */
  static open(path: string): OutputFolder {
    const dir = resolve(path);
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      fail(dir, 'create the folder', error);
    }
    if (!statSync(dir).isDirectory()) throw new OutputError(`${dir} is not a folder.`);
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch (error) {
      fail(dir, 'read the folder', error);
    }
    const manifest = readManifest(dir);
    for (const entry of entries) {
      const owner = entry.startsWith(STAGING_PREFIX) ? Number(entry.slice(STAGING_PREFIX.length).split('-')[0]) : NaN;
      if (Number.isInteger(owner) && !isRunning(owner)) rmSync(join(dir, entry), { recursive: true, force: true });
    }
    const others = readdirSync(dir).filter((entry) => entry !== MANIFEST_FILE && !entry.startsWith(STAGING_PREFIX));
    if (!manifest && others.length > 0) {
      throw new OutputError(`${dir} is not empty and holds no earlier export (no ${MANIFEST_FILE}); choose an empty or new folder.`);
    }
    // Fail now, before any work, if the folder cannot be written to.
    const probe = join(dir, `${STAGING_PREFIX}${pid}-probe`);
    try {
      writeFileSync(probe, '');
      unlinkSync(probe);
    } catch (error) {
      fail(dir, 'write to', error);
    }
    return new OutputFolder(dir, manifest);
  }

  /** The revision of the export in the folder, if any. */
  get revision(): number | null {
    return this.manifest?.revision ?? null;
  }

  write(site: SiteExport): WriteResult {
    const staging = join(this.dir, `${STAGING_PREFIX}${pid}-${Date.now().toString(36)}`);
    const changed: string[] = [];
    let unchanged = 0;
    try {
      mkdirSync(staging);
      for (const file of site.files) {
        const path = safeRelative(file.path);
        const target = join(this.dir, path);
        if (existsSync(target) && statSync(target).isFile() && Buffer.from(file.bytes).equals(readFileSync(target))) {
          unchanged++;
          continue;
        }
        mkdirSync(dirname(join(staging, path)), { recursive: true });
        writeFileSync(join(staging, path), file.bytes);
        changed.push(path);
      }
      changed.sort((a, b) => writeOrder(a) - writeOrder(b));
      for (const path of changed) {
        mkdirSync(dirname(join(this.dir, path)), { recursive: true });
        renameSync(join(staging, path), join(this.dir, path));
      }
      const manifest: Manifest = {
        format: MANIFEST_FORMAT,
        version: 1,
        revision: site.revision,
        generatedAt: site.generatedAt.toISOString(),
        baseUrl: site.baseUrl,
        files: site.files.map((file) => file.path),
      };
      writeFileSync(join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
      renameSync(join(staging, MANIFEST_FILE), join(this.dir, MANIFEST_FILE));

      const kept = new Set(manifest.files);
      let removed = 0;
      for (const path of this.manifest?.files ?? []) {
        if (kept.has(path)) continue;
        const target = join(this.dir, safeRelative(path));
        if (existsSync(target) && statSync(target).isFile()) {
          unlinkSync(target);
          removed++;
        }
        pruneEmptyFolders(this.dir, dirname(target));
      }
      this.manifest = manifest;
      return { written: changed.length, unchanged, removed };
    } catch (error) {
      if (error instanceof OutputError) throw error;
      fail(this.dir, 'write the export to', error);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
}
