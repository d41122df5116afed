/**
 * The static export's addresses: every app URL becomes a file name that any static host, and
 * a browser opening files from a USB stick, finds without a server's help
 * (docs/decisions/0019-static-export-file-names.md).
 *
 * - A path ending in "/" is a folder's `index.html` ("/" → index.html, "/en/" → en/index.html).
 * - A path whose last segment has no extension gets ".html" ("/tjanster/x" → tjanster/x.html).
 * - A query string becomes part of the name, before the extension ("/historik?page=2" →
 *   historik-page-2.html, "feed.atom?archive=3" → feed-archive-3.atom).
 * - Anything else keeps its name (status.txt, feed.json, the hashed assets).
 *
 * The words of the paths still come from src/urls/paths.ts alone: the export maps the app's
 * `Paths` (mapPaths) instead of building paths of its own. Runtime-neutral.
 */
import { mapPaths, pathsFor, type Paths } from '../urls/paths';

/** A query value that can stand in a file name as it is (ours are page numbers). */
const NAME_SAFE = /^[A-Za-z0-9_]+$/;

/** The export's root-relative address of an app path (no fragment): "/tjanster/x" → "/tjanster/x.html". */
export function exportAddressOf(appPath: string): string {
  const queryAt = appPath.indexOf('?');
  const path = queryAt < 0 ? appPath : appPath.slice(0, queryAt);
  const query = queryAt < 0 ? '' : appPath.slice(queryAt + 1);
  if (!path.startsWith('/') || path.includes('#')) throw new Error(`Not a root-relative path: ${appPath}`);
  let suffix = '';
  for (const [key, value] of new URLSearchParams(query)) {
    if (!NAME_SAFE.test(key) || !NAME_SAFE.test(value)) throw new Error(`Query cannot become a file name: ${appPath}`);
    suffix += `-${key}-${value}`;
  }
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const last = path.slice(slash + 1);
  if (last === '') return suffix ? `${folder}index${suffix}.html` : folder;
  const dot = last.lastIndexOf('.');
  if (dot <= 0) return `${folder}${last}${suffix}.html`;
  return `${folder}${last.slice(0, dot)}${suffix}${last.slice(dot)}`;
}

/** The site's addresses in one language, as the export names them (root-relative). */
export function exportPathsFor(locale: string, defaultLocale: string): Paths {
  return mapPaths(pathsFor(locale, defaultLocale), exportAddressOf);
}

/** The file an export address is written to, relative to the export's folder ("/" → "index.html"). */
export function fileOf(address: string): string {
  const path = address.endsWith('/') ? `${address}index.html` : address;
  return path
    .slice(1)
    .split('/')
    .map((segment) => decodeURIComponent(segment))
    .join('/');
}

/**
 * A link from the file `fromFile` to an export address (with its #fragment, if any), relative
 * and with an explicit file name, so it works from any folder on any host and from file://.
 */
export function relativeLink(fromFile: string, address: string): string {
  const hashAt = address.indexOf('#');
  const fragment = hashAt < 0 ? '' : address.slice(hashAt);
  const target = hashAt < 0 ? address : address.slice(0, hashAt);
  const encodedFile = (target.endsWith('/') ? `${target}index.html` : target).slice(1).split('/');
  const fromFolders = fromFile.split('/').slice(0, -1);
  let common = 0;
  while (common < fromFolders.length && common < encodedFile.length - 1 && fromFolders[common] === decodeURIComponent(encodedFile[common]!)) {
    common++;
  }
  const up = fromFolders.slice(common).map(() => '..');
  return [...up, ...encodedFile.slice(common)].join('/') + fragment;
}
