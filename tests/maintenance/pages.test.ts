/**
 * What residents read about a planned maintenance before, during and after its window: on
 * the overview, on the pages of the services it concerns and on its own page, in both
 * languages, right at the start and the end even before the timer has recorded them (the
 * time state changes then), and its updates (the automatic ones too) in the feeds.
 */
import { describe, expect, it } from 'vitest';
import { applyDueMaintenanceTransitions } from '../../src/store/maintenance';
import { createTestApp, visibleText } from '../helpers/app';
import { parseFeed, rssParser } from '../helpers/feeds';
import { publish } from '../helpers/factories';
import { HOUR, makeMaintenance, makeServices } from './helpers';

// 3 December 2026, 18.00–20.00 in Stockholm (CET).
const START = new Date('2026-12-03T17:00:00Z');

/** The text as read: visibleText puts a space for every tag, but a `<time>` is inline, not a word break. */
const textOf = (html: string) => visibleText(html.replace(/<\/?time\b[^>]*>/g, ''));
const END = new Date('2026-12-03T19:00:00Z');

async function setup() {
  const context = await createTestApp({ now: '2026-12-01T09:00:00Z' });
  const services = await makeServices(context.db, context.clock);
  const maintenance = await makeMaintenance(context.db, context.clock, { serviceIds: [services.library.id], startsAt: START, endsAt: END });
  const page = async (path: string) => textOf(await (await context.app.request(path)).text());
  return { ...context, ...services, maintenance, page };
}

describe('a planned maintenance on the public pages', () => {
  it('is announced before the window on the overview, the service’s page and its own page, in both languages', async () => {
    const { page, library, portal, maintenance } = await setup();
    const overview = await page('/');
    expect(overview).toContain(`Planerat underhåll Uppgradering ${maintenance.slug} Planerat underhåll 3 december 2026 kl. 18.00–20.00 Planerat Berörda tjänster: Bibliotekets lån`);
    // Its own section: not an ongoing incident, and no service is in maintenance yet.
    expect(overview).toContain('Pågående händelser Det finns inga pågående händelser.');
    expect(overview).toContain('Alla tjänster fungerar.');

    const english = await page('/en/');
    expect(english).toContain(`Planned maintenance Upgrade ${maintenance.slug} Planned maintenance 3 December 2026 at 18:00–20:00 Scheduled Affected services: Library loans`);

    expect(await page(`/tjanster/${library.slug}`)).toContain('Planerat underhåll 3 december 2026 kl. 18.00–20.00 Planerat');
    expect(await page(`/tjanster/${portal.slug}`)).not.toContain('Planerat underhåll 3 december');

    const own = await page(`/handelser/${maintenance.slug}`);
    expect(own).toContain('Läge Planerat Tid Planerat underhåll 3 december 2026 kl. 18.00–20.00');
    expect(own).toContain('Vad ska göras? Vi byter server. Påverkar det mig? Du kan inte logga in.');
    expect(own).not.toContain('Vad har hänt?');
    // The announcement is the first dated update, worded automatically.
    expect(own).toContain('Planerat · Planerat underhåll 3 december 2026 kl. 18.00–20.00 Vi har planerat ett underhåll.');
    const ownEnglish = await page(`/en/incidents/${maintenance.slug}`);
    expect(ownEnglish).toContain('Status Scheduled When Planned maintenance 3 December 2026 at 18:00–20:00 What will be done? We are replacing a server.');
  });

  it('shows machine-readable times and the status as text with an icon', async () => {
    const { app } = await setup();
    const html = await (await app.request('/')).text();
    expect(html).toContain('<time datetime="2026-12-03T18:00:00+01:00">3 december 2026 kl. 18.00</time>–<time datetime="2026-12-03T20:00:00+01:00">20.00</time>');
    expect(html).toMatch(/<span class="status s-maintenance"><svg class="icon" aria-hidden="true" focusable="false"><use href="[^"]+#maintenance"><\/use><\/svg>Planerat<\/span>/);
  });

  it('says it is under way from the first moment of the window, before and after the start is recorded', async () => {
    const { app, db, clock, page, library, maintenance } = await setup();
    const before = await app.request('/');
    const etag = before.headers.get('ETag')!;

    // At the start the time state changes, so the cached overview is not served again.
    clock.set(START);
    const revalidated = await app.request('/', { headers: { 'If-None-Match': etag } });
    expect(revalidated.status).toBe(200);
    expect(textOf(await revalidated.text())).toContain('Planerat underhåll 3 december 2026 kl. 18.00–20.00 Pågår');

    // The timer records it: the service goes to "Planerat underhåll", with a dated update.
    clock.advance(20_000);
    await applyDueMaintenanceTransitions(db, clock);
    const overview = await page('/');
    expect(overview).toContain('Planerat underhåll pågår.');
    expect(overview).toMatch(/Bibliotekets lån Planerat underhåll/);
    const service = await page(`/tjanster/${library.slug}`);
    expect(service).toContain('Status just nu Planerat underhåll sedan 3 december 2026 kl. 18.00');
    const own = await page(`/handelser/${maintenance.slug}`);
    expect(own).toContain('Pågår · Planerat underhåll 3 december 2026 kl. 18.00–20.00 Underhållet har börjat. Bibliotekets lån : Fungerar → Planerat underhåll');
    const english = await page(`/en/incidents/${maintenance.slug}`);
    expect(english).toContain('In progress · Planned maintenance 3 December 2026 at 18:00–20:00 The maintenance has started.');
  });

  it('is over at the end: off the overview, the service back to operational as a restoration', async () => {
    const { db, clock, page, library, maintenance } = await setup();
    clock.set(START);
    await applyDueMaintenanceTransitions(db, clock);

    // At the end, before the timer has recorded it: no longer listed as ahead or under way.
    clock.set(END);
    expect(await page('/')).not.toContain(`Uppgradering ${maintenance.slug}`);
    expect(await page(`/handelser/${maintenance.slug}`)).toContain('Läge Avslutat');

    clock.advance(20_000);
    await applyDueMaintenanceTransitions(db, clock);
    const overview = await page('/');
    expect(overview).toContain('Alla tjänster fungerar.');
    expect(overview).not.toContain(`Uppgradering ${maintenance.slug}`);
    const own = await page(`/handelser/${maintenance.slug}`);
    expect(own).toContain('Avslutat · Planerat underhåll 3 december 2026 kl. 18.00–20.00 Underhållet är klart. Bibliotekets lån : Planerat underhåll → Fungerar (Återställd)');
    expect(await page(`/tjanster/${library.slug}`)).toContain('Status just nu Fungerar');
  });

  it('shows a window over two days with both dates', async () => {
    const { db, clock, page, portal } = await setup();
    await makeMaintenance(db, clock, {
      serviceIds: [portal.id],
      startsAt: new Date('2026-12-05T20:00:00Z'),
      endsAt: new Date('2026-12-06T04:00:00Z'),
    });
    expect(await page('/')).toContain('Planerat underhåll 5 december 2026 kl. 21.00 – 6 december 2026 kl. 05.00');
    expect(await page('/en/')).toContain('Planned maintenance 5 December 2026 at 21:00 – 6 December 2026 at 05:00');
  });

  it('shows hostile text in a maintenance as text', async () => {
    const { app, db, clock, portal } = await setup();
    await makeMaintenance(db, clock, {
      slug: 'farligt',
      serviceIds: [portal.id],
      startsAt: START,
      endsAt: END,
      texts: { sv: { title: '<script>alert(1)</script> & "x"', whatHappened: '<img src=x onerror=alert(1)>' } },
    });
    for (const path of ['/', '/handelser/farligt', `/tjanster/${portal.slug}`]) {
      const html = await (await app.request(path)).text();
      expect(html, path).not.toContain('<script>alert(1)');
      expect(html, path).not.toContain('<img src=x');
      expect(html, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    }
  });
});

describe('a planned maintenance in the feeds', () => {
  it('has every update as an entry, the automatic ones worded in the feed’s language, in the site, service and own feeds', async () => {
    const { app, db, clock, library, maintenance } = await setup();
    clock.advance(HOUR);
    await publish(db, clock, { incidentId: maintenance.incidentId, texts: { sv: 'Allt är förberett.', en: 'Everything is ready.' } });
    clock.set(START);
    await applyDueMaintenanceTransitions(db, clock);
    clock.set(END);
    await applyDueMaintenanceTransitions(db, clock);

    const site = await rssParser.parseString(await (await app.request('/feed.atom')).text());
    const contents = site.items.map((item) => item.content ?? '');
    expect(contents[0]).toContain('Underhållet är klart.');
    expect(contents[0]).toContain('Avslutat · Planerat underhåll 3 december 2026 kl. 18.00–20.00');
    expect(contents[0]).toContain('Bibliotekets lån: Planerat underhåll → Fungerar (Återställd)');
    expect(contents[1]).toContain('Underhållet har börjat.');
    expect(contents[2]).toContain('Allt är förberett.');
    expect(contents[3]).toContain('Vi har planerat ett underhåll.');
    expect(site.items[1]!.title).toBe(`Uppdatering 3 december 2026 kl. 18.00: Uppgradering ${maintenance.slug}`);
    expect(site.items[1]!.link).toMatch(new RegExp(`/handelser/${maintenance.slug}#update-\\d+$`));

    const english = await parseFeed(await (await app.request('/en/feed.atom')).text());
    expect(english.items[1]!.content).toContain('The maintenance has started.');
    expect(english.items[1]!.description).toBe('The maintenance has started.');

    for (const path of [`/tjanster/${library.slug}/feed.json`, `/handelser/${maintenance.slug}/feed.json`]) {
      const json = JSON.parse(await (await app.request(path)).text()) as { items: { content_html: string }[] };
      expect(json.items.map((item) => item.content_html.includes('Underhållet har börjat.'))).toContain(true);
      expect(json.items).toHaveLength(path.includes('handelser') ? 4 : 3);
    }
  });
});
