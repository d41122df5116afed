/**
 * The static export of the example municipality: complete (every page and feed the live app
 * serves, in every language), with no broken link from file paths or from a plain static
 * server, no link back to the app except where an absolute URL belongs, the same visible text
 * as the live pages, and feeds that parse with the live feeds' entries.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { publicLocalesOf } from '../../src/domain/locales';
import { fileOf, exportAddressOf, exportPathsFor, relativeLink } from '../../src/export/addresses';
import { messagesFor } from '../../src/i18n';
import { apiWordsFor } from '../../src/i18n/api';
import { loadSite } from '../../src/store/site';
import { createTestApp, visibleText, type TestContext } from '../helpers/app';
import { makeGroup, makeService, makeSite, publish, setStatus } from '../helpers/factories';
import { atomLinks, expectWellFormed, parseFeed } from '../helpers/feeds';
import { parseCalendar } from '../maintenance/ical';
import { counterparts, exportInto, filesUnder, MANIFEST, readHtml, serveFolder, temporaryFolder, type Counterpart } from './helpers';

const BASE = 'https://status.example.org';
/** Exporting and reading back ~200 files, and asking the live app for each, on a shared machine. */
const SLOW = 120_000;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

describe('export file names', () => {
  it('gives every app URL a file name of its own, and links relative with explicit file names', () => {
    expect(exportAddressOf('/')).toBe('/');
    expect(exportAddressOf('/en/')).toBe('/en/');
    expect(exportAddressOf('/tjanster/mina-sidor')).toBe('/tjanster/mina-sidor.html');
    expect(exportAddressOf('/historik?page=2')).toBe('/historik-page-2.html');
    expect(exportAddressOf('/en/services/x/feed.atom?archive=3')).toBe('/en/services/x/feed-archive-3.atom');
    expect(exportAddressOf('/status.txt')).toBe('/status.txt');
    expect(() => exportAddressOf('/historik?page=../../x')).toThrow(/file name/);
    expect(fileOf('/')).toBe('index.html');
    expect(fileOf('/en/')).toBe('en/index.html');
    expect(relativeLink('tjanster/x.html', '/tjanster/x.html')).toBe('x.html');
    expect(relativeLink('tjanster/x.html', '/')).toBe('../index.html');
    expect(relativeLink('tjanster/x.html', '/en/services/x.html')).toBe('../en/services/x.html');
    expect(relativeLink('en/services/x.html', '/handelser/y.html#update-3')).toBe('../../handelser/y.html#update-3');
    expect(relativeLink('index.html', '/assets/site.1.css')).toBe('assets/site.1.css');
  });
});

describe('the exported example municipality', () => {
  let context: TestContext;
  let dir: string;
  let files: string[];
  let pairs: Counterpart[];
  const folders: (() => void)[] = [];

  beforeAll(async () => {
    context = await createTestApp({ seed: 'example' });
    dir = temporaryFolder('export-site-', folders);
    await exportInto(context.db, dir, context.clock.now());
    files = filesUnder(dir).filter((file) => file !== MANIFEST);
    pairs = await counterparts(context.db);
    return () => folders.forEach((cleanup) => cleanup());
  }, SLOW);

  it('holds every page and feed of the live site in both languages, and the assets they use', () => {
    for (const pair of pairs) expect(files, pair.livePath).toContain(pair.file);
    expect(files).toContain('index.html');
    expect(files).toContain('en/index.html');
    expect(files).toContain('affisch.html');
    expect(files).toContain('en/poster.html');
    expect(files).toContain('status.txt');
    expect(files).toContain('en/status.txt');
    expect(files).toContain('historik-page-2.html');
    expect(files.filter((file) => file.startsWith('assets/')).map((file) => file.replace(/\.[a-z0-9]+\./, '.'))).toEqual([
      'assets/poster.css',
      'assets/site.css',
    ]);
    // Nothing but what the pairs and the assets account for.
    expect(files.length).toBe(pairs.length + 2);
    // The icons travel inside every page: a sprite in another file is refused under file://.
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toMatch(/<div hidden=""><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"><symbol id="operational"/);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('<use href="#down"></use>');
  });

  it('has no broken link, image or fragment when opened from file paths', { timeout: SLOW }, () => {
    const idsOf = new Map<string, Set<string>>();
    const html = files.filter((file) => file.endsWith('.html'));
    for (const file of html) idsOf.set(file, readHtml(readFileSync(join(dir, file), 'utf8')).ids);
    let checked = 0;
    for (const file of html) {
      for (const link of readHtml(readFileSync(join(dir, file), 'utf8')).links) {
        if (/^(mailto|tel):/.test(link.value)) continue;
        const absolute = /^[a-z]+:/i.test(link.value);
        if (absolute && !link.value.startsWith(BASE)) {
          // Elsewhere on the web (the municipality's temporary site, the supervisory authority).
          expect(new URL(link.value).hostname, `${file}: ${link.value}`).not.toMatch(/^(localhost|127\.|status\.example\.org$)/);
          continue;
        }
        const url = absolute
          ? new URL(link.value.replace(BASE, 'file:///export'))
          : new URL(link.value, `file:///export/${file}`);
        expect(url.protocol, `${file}: ${link.value}`).toBe('file:');
        const target = decodeURIComponent(url.pathname).replace(/^\/export\//, '').replace(/(^|\/)$/, '$1index.html');
        expect(existsSync(join(dir, target)), `${file} links ${link.value} → ${target}`).toBe(true);
        if (url.hash && target.endsWith('.html')) {
          expect(idsOf.get(target)!.has(decodeURIComponent(url.hash.slice(1))), `${file}: ${link.value}`).toBe(true);
        }
        // Relative links name their file: nothing depends on a server finding index.html.
        if (!absolute && !link.value.startsWith('#')) expect(link.value, file).toMatch(/\.(html|css|svg|txt|atom|rss|json)(#.*)?$/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('links back to the site’s address only where an absolute URL belongs', () => {
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      for (const link of readHtml(readFileSync(join(dir, file), 'utf8')).links) {
        if (!/^https?:/.test(link.value) || !link.value.startsWith(BASE)) continue;
        const allowed =
          (link.tag === 'link' && (link.rel === 'canonical' || link.rel === 'alternate')) ||
          // The subscribe page gives the feeds' (and the calendar's) addresses to copy into a reader.
          /\.(atom|rss|json|ics)$/.test(link.value) ||
          // The poster prints the status page's address (and its QR code).
          link.className === 'poster-url';
        expect(allowed, `${file}: <${link.tag} rel=${link.rel}> ${link.value}`).toBe(true);
      }
      expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/(href|src)="\/(?!\/)/);
    }
  });

  it('serves from a plain static file server with every page reachable by following links from the overview', { timeout: SLOW }, async () => {
    const server = await serveFolder(dir);
    try {
      const seen = new Set<string>(['/index.html']);
      const queue = ['/index.html'];
      let fetched = 0;
      while (queue.length > 0) {
        const path = queue.shift()!;
        const response = await fetch(server.url + path);
        fetched++;
        expect(response.status, path).toBe(200);
        if (!path.endsWith('.html')) {
          await response.arrayBuffer();
          continue;
        }
        for (const link of readHtml(await response.text()).links) {
          if (/^(mailto|tel):/.test(link.value) || link.value.startsWith('#')) continue;
          const absolute = /^[a-z]+:/i.test(link.value);
          if (absolute && !link.value.startsWith(BASE)) continue;
          const url = new URL(absolute ? link.value.replace(BASE, server.url) : link.value, server.url + path);
          const target = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
          if (!seen.has(target)) {
            seen.add(target);
            queue.push(target);
          }
        }
      }
      const reached = [...seen].map((path) => decodeURIComponent(path.slice(1)));
      for (const file of files.filter((name) => !/feed-archive-/.test(name))) expect(reached, file).toContain(file);
      expect(fetched).toBe(seen.size);
      expect(server.requests.every((path) => !path.startsWith('/admin'))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('shows the same visible text as the live page, for every page in both languages', { timeout: SLOW }, async () => {
    for (const pair of pairs.filter((candidate) => candidate.kind === 'page')) {
      const response = await context.app.request(pair.livePath);
      expect(response.status, pair.livePath).toBe(200);
      const live = await response.text();
      const exported = readFileSync(join(dir, pair.file), 'utf8');
      if (pair.file.endsWith('.txt')) {
        expect(exported, pair.file).toBe(live);
        continue;
      }
      // What a static copy leaves out, since it cannot serve them: the footer's link to the API,
      // and the subscribe page's section on CAP, badges and embedding (src/routes/public-pages.tsx).
      const lang = /<html lang="([^"]+)"/.exec(live)![1]!;
      const apiLink = apiWordsFor(lang).footerLink;
      expect(visibleText(live), pair.livePath).toContain(` ${apiLink} `);
      const liveOnly = /<section aria-labelledby="for-other-systems">[\s\S]*?<\/section>/;
      expect(liveOnly.test(live), pair.livePath).toBe(pair.livePath.endsWith(`/${messagesFor(lang).paths.subscribe}`));
      // …and the e-mail subscription section (a form needs the live app: docs/decisions/0042).
      const emailOnly = /<section aria-labelledby="email-subscription">[\s\S]*?<\/section>/;
      expect(visibleText(exported), pair.file).toBe(visibleText(live.replace(liveOnly, '').replace(emailOnly, '')).replace(` ${apiLink} `, ' '));
    }
  });

  it('writes the maintenance calendars with the live ones’ events, linking the export’s own pages', async () => {
    const calendars = pairs.filter((candidate) => candidate.kind === 'calendar');
    // One calendar per offered language with pages, at its export address ("underhall.ics", "en/maintenance.ics" …).
    const languages = publicLocalesOf((await loadSite(context.db))!.offeredLocales);
    expect(calendars.map((pair) => pair.file)).toEqual(languages.map((locale) => fileOf(exportPathsFor(locale, 'sv').calendar)));
    const incidentFolders = languages.map((locale) => exportPathsFor(locale, 'sv').incident('x').slice(1, -'/x.html'.length));
    for (const pair of calendars) {
      const live = parseCalendar(await (await context.app.request(pair.livePath)).text());
      const exported = parseCalendar(readFileSync(join(dir, pair.file), 'utf8'));
      const facts = (calendar: typeof live) => calendar.events.map(({ uid, sequence, status, summary, start, end }) => ({ uid, sequence, status, summary, start, end }));
      expect(facts(exported)).toEqual(facts(live));
      expect(exported.events.length).toBeGreaterThan(0);
      for (const event of exported.events) expect(event.url).toMatch(new RegExp(`^${BASE}/(${incidentFolders.join('|')})/[a-z0-9-]+\\.html$`));
    }
  });

  it('writes feeds that parse, with the live feeds’ entries, linking the export’s own files', { timeout: SLOW }, async () => {
    for (const pair of pairs.filter((candidate) => candidate.kind === 'feed')) {
      const live = await (await context.app.request(pair.livePath)).text();
      const exported = readFileSync(join(dir, pair.file), 'utf8');
      if (pair.format === 'json') {
        const liveItems = JSON.parse(live).items as { id: string; url: string }[];
        const exportedItems = JSON.parse(exported).items as { id: string; url: string }[];
        expect(exportedItems.map((item) => item.id), pair.file).toEqual(liveItems.map((item) => item.id));
        for (const item of exportedItems) expect(existsSync(join(dir, fileOf(new URL(item.url).pathname))), item.url).toBe(true);
      } else {
        expectWellFormed(exported);
        const [liveFeed, exportedFeed] = [parseFeed(live), parseFeed(exported)];
        expect(exportedFeed.items.length, pair.file).toBe(liveFeed.items.length);
        expect(exportedFeed.items.map((item) => item.id)).toEqual(liveFeed.items.map((item) => item.id));
        for (const item of exportedFeed.items) {
          const url = new URL(item.url!);
          expect(url.origin).toBe(BASE);
          expect(existsSync(join(dir, fileOf(url.pathname))), item.url!).toBe(true);
        }
      }
    }
    const siteFeed = readFileSync(join(dir, 'feed.atom'), 'utf8');
    expect(atomLinks(siteFeed, 'self')).toEqual([`${BASE}/feed.atom`]);
    expect(parseFeed(siteFeed).items.length).toBeGreaterThan(10);
  });
});

describe('archives and history pages', () => {
  it('writes every RFC 5005 archive page and history page under a file name of its own, linked from the feeds', { timeout: SLOW }, async () => {
    const context = await createTestApp();
    const { db, clock } = context;
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, slug: 'tjanst' });
    for (let i = 1; i <= 120; i++) {
      clock.advance(60_000);
      await publish(db, clock, { texts: { sv: `Notis ${i}.`, en: `Notice ${i}.` }, mentions: [service.id] });
    }
    const dir = temporaryFolder('export-archives-', cleanups);
    await exportInto(context.db, dir, clock.now(), 'https://mirror.example.net/status');
    const files = filesUnder(dir);
    for (const format of ['atom', 'rss', 'json']) {
      for (const prefix of ['', 'en/', 'tjanster/tjanst/', 'en/services/tjanst/']) {
        expect(files).toContain(`${prefix}feed-archive-1.${format}`);
        expect(files).toContain(`${prefix}feed-archive-2.${format}`);
        expect(files).not.toContain(`${prefix}feed-archive-3.${format}`);
      }
    }
    for (let page = 2; page <= 6; page++) expect(files).toContain(`historik-page-${page}.html`);
    expect(files).not.toContain('historik-page-7.html');

    // Following the archive chain through the export's own files reaches every entry once.
    const ids = new Set<string>();
    let next: string | undefined = 'https://mirror.example.net/status/feed.atom';
    const visited: string[] = [];
    while (next) {
      const file: string = next.replace('https://mirror.example.net/status/', '');
      visited.push(file);
      const xml: string = readFileSync(join(dir, file), 'utf8');
      expect(atomLinks(xml, 'self')).toEqual([next]);
      for (const item of parseFeed(xml).items) ids.add(String(item.id));
      next = atomLinks(xml, 'prev-archive')[0];
    }
    expect(visited).toEqual(['feed.atom', 'feed-archive-2.atom', 'feed-archive-1.atom']);
    expect(ids.size).toBe(120);
    const json = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    expect(json.next_url).toBe('https://mirror.example.net/status/feed-archive-2.json');

    // The history pages link each other, relative, by file name.
    const page2 = readHtml(readFileSync(join(dir, 'historik-page-2.html'), 'utf8')).links.map((link) => link.value);
    expect(page2).toContain('historik.html');
    expect(page2).toContain('historik-page-3.html');
    const canonical = readHtml(readFileSync(join(dir, 'historik-page-2.html'), 'utf8')).links.find((link) => link.rel === 'canonical');
    expect(canonical?.value).toBe('https://mirror.example.net/status/historik-page-2.html');
  });
});

describe('a language offered for content only', () => {
  it('is exported as the live site serves it: no pages or feeds of its own, since it has no interface', async () => {
    const context = await createTestApp({ seed: 'none' });
    // Northern Sami: content may be offered in it, but the interface has no catalog for it.
    await makeSite(context.db, context.clock, { offeredLocales: ['sv', 'en', 'se'] });
    const group = await makeGroup(context.db, context.clock);
    const service = await makeService(context.db, context.clock, { groupId: group });
    await setStatus(context.db, context.clock, service.id, 'down');
    expect((await context.app.request('/se')).status).toBe(404);
    const dir = temporaryFolder('export-content-only-', cleanups);
    await exportInto(context.db, dir, context.clock.now(), BASE);
    const files = filesUnder(dir);
    expect(files).toContain('en/index.html');
    expect(files.filter((file) => file.startsWith('se/'))).toEqual([]);
  });
});
