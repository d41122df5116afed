import { describe, expect, it } from 'vitest';
import { correctUpdate } from '../../src/store/publishing';
import { createTestApp } from '../helpers/app';
import { makeGroup, makeIncident, makeService, makeSite, publish } from '../helpers/factories';
import {
  atomLinks,
  decodeHtml,
  expectWellFormed,
  extractFromJson,
  extractFromXml,
  parseFeed,
  rssParser,
} from '../helpers/feeds';

async function incidentWithUpdates() {
  const context = await createTestApp(); // 2026-02-11 14:00 CET
  const { db, clock } = context;
  const group = await makeGroup(db, clock);
  const minaSidor = await makeService(db, clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor' }, en: { name: 'My pages' } });
  const epost = await makeService(db, clock, { groupId: group, slug: 'e-post', sv: { name: 'E-post' }, en: { name: 'E-mail' } });
  const incident = await makeIncident(db, clock, {
    slug: 'it-angrepp',
    texts: { sv: { title: 'IT-angrepp' }, en: { title: 'Cyber attack' } },
  });
  const first = await publish(db, clock, {
    incidentId: incident.id,
    texts: { sv: 'Mina sidor och e-posten fungerar inte.', en: 'My pages and e-mail are down.' },
    changes: [
      { serviceId: minaSidor.id, to: 'down' },
      { serviceId: epost.id, to: 'down' },
    ],
  });
  clock.set('2026-02-12T10:00:00Z'); // 11:00 CET
  const second = await publish(db, clock, {
    incidentId: incident.id,
    texts: { sv: 'Mina sidor fungerar igen.', en: 'My pages work again.' },
    changes: [{ serviceId: minaSidor.id, to: 'operational' }],
  });
  clock.set('2026-02-12T12:00:00Z');
  const standalone = await publish(db, clock, { texts: { sv: 'E-posten återuppbyggs.' }, changes: [{ serviceId: epost.id, to: 'rebuilding' }] });
  return { ...context, minaSidor, epost, incident, first, second, standalone };
}

describe('the whole-site feed', () => {
  it('is served as Atom, RSS and JSON Feed with proper media types', async () => {
    const { app } = await incidentWithUpdates();
    const types = {
      '/feed.atom': 'application/atom+xml; charset=utf-8',
      '/feed.rss': 'application/rss+xml; charset=utf-8',
      '/feed.json': 'application/feed+json; charset=utf-8',
      '/en/feed.atom': 'application/atom+xml; charset=utf-8',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
    }
  });

  it('gives each update one Atom entry with a stable id, dated title, permalink, dates and categories', async () => {
    const { app, db, first, second } = await incidentWithUpdates();
    const xml = await (await app.request('/feed.atom')).text();
    expectWellFormed(xml);
    expect(xml).toContain('xml:lang="sv"');
    const feed = parseFeed(xml);
    expect(feed.title).toBe('Driftstatus Testby');
    expect(feed.items).toHaveLength(3);
    const uid = (await db.query.updates.findFirst({ where: (u, { eq }) => eq(u.id, second.updateId) }))!.uid;
    const entry = feed.items.find((item) => item.id === `urn:uuid:${uid}`)!;
    expect(entry.title).toBe('Uppdatering 12 februari 2026 kl. 11.00: IT-angrepp');
    expect(entry.url).toBe(`https://status.example.org/handelser/it-angrepp#update-${second.updateId}`);
    expect(entry.published?.toISOString()).toBe('2026-02-12T10:00:00.000Z');
    expect(entry.updated?.toISOString()).toBe('2026-02-12T10:00:00.000Z');
    expect(entry.categories.map((category) => category.label)).toEqual(['Mina sidor']);
    expect(entry.content).toContain('Mina sidor: Ur funktion → Fungerar (Återställd)');
    // Newest first.
    expect(feed.items[0]!.title).toBe('Uppdatering 12 februari 2026 kl. 13.00: E-post');
    expect(feed.items[2]!.url).toContain(`#update-${first.updateId}`);
    expect(atomLinks(xml, 'self')).toEqual(['https://status.example.org/feed.atom']);
  });

  it('parses the same entries from RSS with RFC 822 dates and from JSON Feed 1.1', async () => {
    const { app } = await incidentWithUpdates();
    const rssXml = await (await app.request('/feed.rss')).text();
    expectWellFormed(rssXml);
    const rss = await rssParser.parseString(rssXml);
    expect(rss.items).toHaveLength(3);
    expect(rss.items[1]!.title).toBe('Uppdatering 12 februari 2026 kl. 11.00: IT-angrepp');
    expect(rss.items[1]!.pubDate).toBe('Thu, 12 Feb 2026 10:00:00 GMT');
    expect(rss.items[1]!.guid).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(rssXml).toContain('<language>sv</language>');
    expect(atomLinks(rssXml, 'self')).toEqual(['https://status.example.org/feed.rss']);

    const jsonText = await (await app.request('/feed.json')).text();
    const json = JSON.parse(jsonText);
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.language).toBe('sv');
    expect(json.feed_url).toBe('https://status.example.org/feed.json');
    expect(json.items[1].title).toBe('Uppdatering 12 februari 2026 kl. 11.00: IT-angrepp');
    expect(json.items[1].date_published).toBe('2026-02-12T10:00:00.000Z');
    expect(json.items[1].id).toBe(rss.items[1]!.guid);
    for (const item of json.items) {
      expect(item).toMatchObject({ id: expect.any(String), url: expect.stringMatching(/^https:\/\//), content_html: expect.any(String) });
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    }
    expect(json.authors).toEqual([{ name: 'Testby kommun' }]);
    expect(json).not.toHaveProperty('author');
    const extracted = extractFromJson(json);
    expect(extracted.entries?.map((entry) => entry.id)).toEqual(rss.items.map((item) => item.guid));
  });

  it('is offered in English with English titles and status words', async () => {
    const { app } = await incidentWithUpdates();
    const xml = await (await app.request('/en/feed.atom')).text();
    expect(xml).toContain('xml:lang="en"');
    const feed = parseFeed(xml);
    expect(feed.title).toBe('Testby service status');
    expect(feed.items[1]!.title).toBe('Update 12 February 2026 at 11:00: Cyber attack');
    expect(feed.items[1]!.url).toContain('https://status.example.org/en/incidents/it-angrepp#update-');
    expect(feed.items[1]!.content).toContain('My pages: Down → Operational (Restored)');
  });
});

describe('per service and per incident', () => {
  it('holds only the updates that changed or mentioned that service', async () => {
    const { app } = await incidentWithUpdates();
    const minaSidor = parseFeed(await (await app.request('/tjanster/mina-sidor/feed.atom')).text());
    expect(minaSidor.title).toBe('Mina sidor – Driftstatus Testby');
    expect(minaSidor.items.map((item) => item.title)).toEqual([
      'Uppdatering 12 februari 2026 kl. 11.00: IT-angrepp',
      'Uppdatering 11 februari 2026 kl. 14.00: IT-angrepp',
    ]);
    const epost = await rssParser.parseString(await (await app.request('/en/services/e-post/feed.rss')).text());
    expect(epost.items.map((item) => item.title)).toEqual([
      'Update 12 February 2026 at 13:00: E-mail',
      'Update 11 February 2026 at 14:00: Cyber attack',
    ]);
  });

  it('holds only the updates of that incident', async () => {
    const { app } = await incidentWithUpdates();
    const json = JSON.parse(await (await app.request('/handelser/it-angrepp/feed.json')).text());
    expect(json.title).toBe('IT-angrepp – Driftstatus Testby');
    expect(json.home_page_url).toBe('https://status.example.org/handelser/it-angrepp');
    expect(json.items).toHaveLength(2);
  });

  it('answers 404, not an empty feed, for unknown services, incidents and archive pages', async () => {
    const { app } = await incidentWithUpdates();
    for (const path of ['/tjanster/finns-inte/feed.atom', '/en/incidents/nope/feed.json', '/feed.rss?archive=1', '/tjanster/NOT_A_SLUG/feed.rss'])
      expect((await app.request(path)).status, path).toBe(404);
    for (const path of ['/feed.atom?archive=0', '/feed.atom?archive=x', '/feed.json?archive=%E0'])
      expect((await app.request(path)).status, path).toBe(400);
  });
});

describe('corrections', () => {
  it('keeps the entry id, moves its updated date, shows the correction and never hides the original', async () => {
    const { app, db, clock, second } = await incidentWithUpdates();
    const before = parseFeed(await (await app.request('/feed.atom')).text());
    const original = before.items.find((item) => item.url?.endsWith(`#update-${second.updateId}`))!;
    clock.set('2026-02-13T08:00:00Z');
    await correctUpdate(db, clock, {
      updateId: second.updateId,
      texts: { sv: { body: 'Mina sidor fungerar igen sedan kl. 10.30.', reason: 'Fel tid angavs.' } },
    });
    const xml = await (await app.request('/feed.atom')).text();
    const after = parseFeed(xml);
    const corrected = after.items.filter((item) => item.id === original.id);
    expect(corrected).toHaveLength(1);
    expect(corrected[0]!.published?.toISOString()).toBe('2026-02-12T10:00:00.000Z');
    expect(corrected[0]!.updated?.toISOString()).toBe('2026-02-13T08:00:00.000Z');
    expect(corrected[0]!.title).toBe('Uppdatering 12 februari 2026 kl. 11.00: IT-angrepp (Rättad 13 februari 2026 kl. 09.00)');
    expect(corrected[0]!.content).toContain('Rättad 13 februari 2026 kl. 09.00.');
    expect(corrected[0]!.content).toContain('Fel tid angavs.');
    expect(corrected[0]!.content).toContain('Mina sidor fungerar igen sedan kl. 10.30.');
    expect(corrected[0]!.content).toContain('Ursprunglig text:');
    expect(corrected[0]!.content).toContain('Mina sidor fungerar igen.');
  });
});

describe('full history (RFC 5005 archives, JSON Feed paging)', () => {
  async function longHistory(count: number) {
    const context = await createTestApp();
    const { db, clock } = context;
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, slug: 'tjanst' });
    for (let i = 1; i <= count; i++) {
      clock.advance(60_000);
      await publish(db, clock, { texts: { sv: `Notis ${i}.` }, mentions: [service.id] });
    }
    return context;
  }

  it('keeps the newest 50 in the subscription document and every older entry reachable through archives', async () => {
    const { app } = await longHistory(120);
    const current = await (await app.request('/feed.atom')).text();
    expect(parseFeed(current).items).toHaveLength(50);
    expect(atomLinks(current, 'prev-archive')).toEqual(['https://status.example.org/feed.atom?archive=2']);
    expect(current).not.toContain('fh:archive');

    const seen = new Set(parseFeed(current).items.map((item) => item.id));
    let next: string | undefined = atomLinks(current, 'prev-archive')[0];
    const visited: string[] = [];
    while (next) {
      const path = next.replace('https://status.example.org', '');
      visited.push(path);
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      const xml = await response.text();
      expectWellFormed(xml);
      expect(xml).toContain('<fh:archive/>');
      expect(atomLinks(xml, 'current')).toEqual(['https://status.example.org/feed.atom']);
      expect(atomLinks(xml, 'self')).toEqual([next]);
      for (const item of parseFeed(xml).items) seen.add(item.id);
      next = atomLinks(xml, 'prev-archive')[0];
    }
    expect(visited).toEqual(['/feed.atom?archive=2', '/feed.atom?archive=1']);
    expect(seen.size).toBe(120);
    const archive1 = await (await app.request('/feed.atom?archive=1')).text();
    expect(atomLinks(archive1, 'next-archive')).toEqual(['https://status.example.org/feed.atom?archive=2']);
  });

  it('pages JSON Feed with next_url and RSS with atom:link archives', async () => {
    const { app } = await longHistory(120);
    let url: string | undefined = '/feed.json';
    const ids = new Set<string>();
    let documents = 0;
    while (url) {
      const json = JSON.parse(await (await app.request(url)).text());
      documents++;
      for (const item of json.items) ids.add(item.id);
      url = json.next_url?.replace('https://status.example.org', '');
    }
    expect(documents).toBe(3);
    expect(ids.size).toBe(120);
    const rss = await (await app.request('/feed.rss?archive=1')).text();
    expectWellFormed(rss);
    expect(atomLinks(rss, 'next-archive')).toEqual(['https://status.example.org/feed.rss?archive=2']);
    expect(rss).toContain('<fh:archive xmlns:fh="http://purl.org/syndication/history/1.0"/>');
  });

  it('never changes a full archive document, and lets it be cached for ever', async () => {
    const { app, db, clock } = await longHistory(60);
    const response = await app.request('/feed.atom?archive=1');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const before = await response.text();
    const service = await db.query.services.findFirst();
    const firstUpdate = await db.query.updates.findFirst({ orderBy: (u, { asc }) => [asc(u.id)] });
    clock.advance(60_000);
    await publish(db, clock, { texts: { sv: 'En till.' }, mentions: [service!.id] });
    await correctUpdate(db, clock, { updateId: firstUpdate!.id, texts: { sv: { body: 'Rättad notis 1.', reason: 'Stavfel.' } } });
    expect(await (await app.request('/feed.atom?archive=1')).text()).toBe(before);
    // The correction reaches subscribers as a new version of the entry in the current document.
    const current = parseFeed(await (await app.request('/feed.atom')).text());
    expect(current.items[0]!.content).toContain('Rättad notis 1.');
    expect(current.items[0]!.published?.getTime()).toBe(firstUpdate!.publishedAt.getTime());
  });
});

describe('conditional GET', () => {
  it('answers If-None-Match and If-Modified-Since with 304 until something is published', async () => {
    const { app, db, clock, epost } = await incidentWithUpdates();
    const first = await app.request('/feed.atom');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toBeTruthy();
    expect(new Date(lastModified).toISOString()).toBe('2026-02-12T12:00:00.000Z');
    expect((await app.request('/feed.atom', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await app.request('/feed.atom', { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);
    clock.set('2026-02-14T08:00:00Z');
    await publish(db, clock, { texts: { sv: 'Ny notis.' }, mentions: [epost.id] });
    expect((await app.request('/feed.atom', { headers: { 'If-None-Match': etag } })).status).toBe(200);
    expect((await app.request('/feed.atom', { headers: { 'If-Modified-Since': lastModified } })).status).toBe(200);
  });
});

describe('hostile content in feeds', () => {
  const HOSTILE = `<script>alert("x")</script> ]]> & "q" 'a' \u202Eevil\u202C مرحبا 🚒`;

  it('stays well-formed and valid, with the text intact and escaped, in every format', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, slug: 'tjanst', sv: { name: `Tjänst ${HOSTILE}` } });
    const incident = await makeIncident(db, clock, { slug: 'farlig', texts: { sv: { title: `Rubrik ${HOSTILE}` } } });
    const long = `Början ${'x'.repeat(100_000)} slut`;
    await publish(db, clock, {
      incidentId: incident.id,
      texts: { sv: `Text ${HOSTILE}\u0000\u0008\n\n${long}` },
      changes: [{ serviceId: service.id, to: 'down' }],
    });

    for (const path of ['/feed.atom', '/handelser/farlig/feed.atom', '/tjanster/tjanst/feed.atom']) {
      const xml = await (await app.request(path)).text();
      expectWellFormed(xml);
      expect(xml).not.toContain('<script>');
      // The admin's text is escaped inside the entry's HTML …
      expect(xml).toContain('<p>Text &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ]]&gt; &amp;');
      const entry = parseFeed(xml).items[0]!;
      // … and comes out of a real parser as the same text.
      expect(decodeHtml(entry.title!)).toContain(`Rubrik ${HOSTILE}`);
      expect(decodeHtml(entry.content!)).toContain(`Text ${HOSTILE}`);
      expect(entry.content).toContain('slut');
      expect(entry.categories[0]!.label).toBe(`Tjänst ${HOSTILE}`);
      const extracted = extractFromXml(xml);
      expect(extracted.entries).toHaveLength(1);
    }

    const rssXml = await (await app.request('/feed.rss')).text();
    expectWellFormed(rssXml);
    const rss = await rssParser.parseString(rssXml);
    // RSS titles are plain text, with & and < as hexadecimal references (RSS Best Practices Profile).
    expect(rssXml).toContain('Rubrik &#x3C;script&#x3E;alert("x")&#x3C;/script&#x3E; ]]&#x3E; &#x26;');
    expect(rss.items[0]!.title).toContain(`Rubrik ${HOSTILE}`);
    expect((rss.items[0] as { contentEncoded?: string }).contentEncoded).toContain('&lt;script&gt;alert');

    const json = JSON.parse(await (await app.request('/feed.json')).text());
    expect(json.items[0].title).toContain(`Rubrik ${HOSTILE}`);
    expect(json.items[0].content_html).toContain('&lt;script&gt;');
    expect(json.items[0].content_html).not.toContain('\u0000');
  });

  it('gives back literal entity text and markup in feed-level titles, descriptions and author exactly as typed', async () => {
    const TYPED = 'Kommun &amp; <b>x</b> ]]>';
    const { app, db, clock } = await createTestApp();
    await makeSite(db, clock, {
      texts: {
        sv: { organisationName: `Org ${TYPED}`, siteTitle: `Titel ${TYPED}`, notice: '' },
        en: { organisationName: 'Testby Municipality', siteTitle: 'Testby service status', notice: '' },
      },
    });
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, slug: 'tjanst', sv: { name: `Tjänst ${TYPED}` } });
    await publish(db, clock, { texts: { sv: 'Nere.' }, changes: [{ serviceId: service.id, to: 'down' }] });

    const atomXml = await (await app.request('/feed.atom')).text();
    expectWellFormed(atomXml);
    const atom = parseFeed(atomXml);
    expect(atom.title).toBe(`Titel ${TYPED}`);
    expect(atom.description).toContain(`från Org ${TYPED}.`);
    expect(atom.authors.map((author) => author.name)).toEqual([`Org ${TYPED}`]);
    // rss-parser reads Atom's type="html" text as HTML: decoded once, it is the typed text.
    const atomByRssParser = await rssParser.parseString(atomXml);
    expect(decodeHtml(atomByRssParser.title!)).toBe(`Titel ${TYPED}`);
    expect(extractFromXml(atomXml).title).toBe(`Titel ${TYPED}`);

    const rssXml = await (await app.request('/feed.rss')).text();
    expectWellFormed(rssXml);
    expect(rssXml).not.toContain('<b>');
    const rss = await rssParser.parseString(rssXml);
    expect(rss.title).toBe(`Titel ${TYPED}`);
    // The channel description is HTML, like every RSS description: the markup arrives as text.
    expect(decodeHtml(rss.description!)).toContain(`från Org ${TYPED}.`);
    expect(rss.items[0]!.categories).toEqual([expect.objectContaining({ _: `Tjänst ${TYPED}` })]);
    const rssByFeedParser = parseFeed(rssXml);
    expect(rssByFeedParser.title).toBe(`Titel ${TYPED}`);
    expect(rssByFeedParser.description).toContain(`från Org ${TYPED}.`);
    expect(rssByFeedParser.items[0]!.categories.map((category) => category.label)).toEqual([`Tjänst ${TYPED}`]);
    expect(extractFromXml(rssXml).title).toBe(`Titel ${TYPED}`);

    const serviceAtom = parseFeed(await (await app.request('/tjanster/tjanst/feed.atom')).text());
    expect(serviceAtom.title).toBe(`Tjänst ${TYPED} – Titel ${TYPED}`);
    expect(serviceAtom.items[0]!.categories.map((category) => category.label)).toEqual([`Tjänst ${TYPED}`]);

    const json = JSON.parse(await (await app.request('/feed.json')).text());
    expect(json.title).toBe(`Titel ${TYPED}`);
    expect(json.authors).toEqual([{ name: `Org ${TYPED}` }]);
  });
});

describe('autodiscovery and the subscribe page', () => {
  it('announces the feeds relevant to each page', async () => {
    const { app } = await incidentWithUpdates();
    const overview = await (await app.request('/')).text();
    expect(overview).toContain('<link rel="alternate" type="application/rss+xml" title="Driftstatus Testby (RSS)" href="https://status.example.org/feed.rss"/>');
    expect(overview).toContain('type="application/atom+xml"');
    expect(overview).toContain('type="application/feed+json"');
    const incident = await (await app.request('/en/incidents/it-angrepp')).text();
    expect(incident).toContain('href="https://status.example.org/en/feed.atom"');
    expect(incident).toContain('title="Cyber attack (Atom)" href="https://status.example.org/en/incidents/it-angrepp/feed.atom"');
    const service = await (await app.request('/tjanster/mina-sidor')).text();
    expect(service).toContain('href="https://status.example.org/tjanster/mina-sidor/feed.rss"');
  });

  it('explains feeds in plain language and lists every feed address', async () => {
    const { app } = await incidentWithUpdates();
    const response = await app.request('/prenumerera');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Prenumerera på uppdateringar');
    expect(html).toContain('<code>https://status.example.org/feed.rss</code>');
    expect(html).toContain('href="https://status.example.org/handelser/it-angrepp/feed.rss"');
    expect(html).toContain('href="https://status.example.org/tjanster/e-post/feed.json"');
    expect((await app.request('/en/subscribe')).status).toBe(200);
    expect(await (await app.request('/')).text()).toContain('<a href="/prenumerera">Prenumerera</a>');
  });
});
