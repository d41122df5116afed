/**
 * The static export under test: written to a temporary folder exactly as the command line
 * writes it, read back with a real HTML parser, served by a plain static file server on
 * loopback, and mapped back to the live app's URLs so the two can be compared.
 */
import { Parser } from 'htmlparser2';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { OutputFolder } from '../../src/cli/export-files';
import type { Database } from '../../src/db/database';
import { FEED_FORMATS, type FeedFormat } from '../../src/domain/feed-formats';
import { exportPathsFor, fileOf } from '../../src/export/addresses';
import { exportSite, type SiteExport } from '../../src/export/site';
import { PUBLIC_PAGES } from '../../src/routes/public-export';
import { HISTORY_PAGE_SIZE } from '../../src/routes/public-pages';
import { DEFAULT_SITE, loadSite } from '../../src/store/site';
import { pathOf, pathsFor, type FeedScopeRef, type PageRef } from '../../src/urls/paths';

export const MANIFEST = '.export-manifest.json';

/** A temporary folder, removed by `cleanup`. */
export function temporaryFolder(prefix: string, cleanups: (() => void)[]): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Exports `db` and writes it into `dir` as the command line does. */
export async function exportInto(db: Database, dir: string, now: Date, baseUrl?: string): Promise<SiteExport> {
  const site = await exportSite(db, { pages: PUBLIC_PAGES, now, baseUrl });
  OutputFolder.open(dir).write(site);
  return site;
}

/** Every file under `dir`, relative, with forward slashes. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => statSync(join(dir, entry)).isFile())
    .map((entry) => relative(dir, join(dir, entry)).split(sep).join('/'))
    .sort();
}

export interface HtmlLink {
  tag: string;
  attribute: 'href' | 'src';
  value: string;
  rel: string | null;
  className: string | null;
}

/** Every href and src in an HTML document, and every id (for fragments), read by htmlparser2. */
export function readHtml(html: string): { links: HtmlLink[]; ids: Set<string> } {
  const links: HtmlLink[] = [];
  const ids = new Set<string>();
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (attributes.id) ids.add(attributes.id);
        for (const attribute of ['href', 'src'] as const) {
          const value = attributes[attribute] ?? (attribute === 'href' ? attributes['xlink:href'] : undefined);
          if (value !== undefined) links.push({ tag, attribute, value, rel: attributes.rel ?? null, className: attributes.class ?? null });
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: false },
  );
  parser.write(html);
  parser.end();
  return { links, ids };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface StaticServer {
  url: string;
  /** Every path asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** A plain static file server over `dir` on loopback: files by name, a folder's index.html, else 404. */
export function serveFolder(dir: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir + sep) || path.includes('..')) {
      response.writeHead(400).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** One document of the site: where the live app serves it, and which file of the export holds it. */
export interface Counterpart {
  livePath: string;
  file: string;
  kind: 'page' | 'feed' | 'calendar';
  format?: FeedFormat;
}

/** The live URL and the export file of every page, (current) feed and calendar of the site, in every offered language. */
export async function counterparts(db: Database): Promise<Counterpart[]> {
  const site = (await loadSite(db)) ?? DEFAULT_SITE;
  const services = await db.query.services.findMany();
  const incidents = await db.query.incidents.findMany();
  const updates = (await db.query.updates.findMany()).length;
  const refs: PageRef[] = [
    { kind: 'overview' },
    { kind: 'accessibility' },
    { kind: 'subscribe' },
    { kind: 'poster' },
    { kind: 'statusText' },
    ...Array.from({ length: Math.max(1, Math.ceil(updates / HISTORY_PAGE_SIZE)) }, (_, index) => ({ kind: 'history' as const, page: index + 1 })),
    ...services.map((service) => ({ kind: 'service' as const, slug: service.slug })),
    ...incidents.map((incident) => ({ kind: 'incident' as const, slug: incident.slug })),
  ];
  const scopes: FeedScopeRef[] = [
    { kind: 'site' },
    ...services.map((service) => ({ kind: 'service' as const, slug: service.slug })),
    ...incidents.map((incident) => ({ kind: 'incident' as const, slug: incident.slug })),
  ];
  return site.offeredLocales.flatMap((locale) => {
    const live = pathsFor(locale, site.defaultLocale);
    const exported = exportPathsFor(locale, site.defaultLocale);
    return [
      ...refs.map((ref): Counterpart => ({ livePath: pathOf(ref, live), file: fileOf(pathOf(ref, exported)), kind: 'page' })),
      ...scopes.flatMap((scope) =>
        FEED_FORMATS.map((format): Counterpart => ({ livePath: live.feed(scope, format), file: fileOf(exported.feed(scope, format)), kind: 'feed', format })),
      ),
      { livePath: live.calendar, file: fileOf(exported.calendar), kind: 'calendar' },
    ];
  });
}
