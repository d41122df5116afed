/** The printable poster, /affisch and /en/poster: what it says, in both languages, and how it is served. */
import { renderSVG } from 'uqr';
import { describe, expect, it } from 'vitest';
import { createTestApp, visibleText } from '../helpers/app';
import { makeChannel, makeGroup, makeService, makeSite, publish, setStatus } from '../helpers/factories';

const MINUTE = 60_000;

/** The dark modules of the QR code in a page, to compare with uqr's own drawing of a text. */
function qrPath(html: string): string | undefined {
  return /<svg[^>]*role="img"[^>]*>[\s\S]*?<path fill="black" d="([^"]+)"/.exec(html)?.[1];
}

function expectedQrPath(text: string): string | undefined {
  return /<path fill="black" d="([^"]+)"/.exec(renderSVG(text, { ecc: 'M', border: 2 }))?.[1];
}

describe('the poster', () => {
  it('shows the example in Swedish: the state, what does not work and what to do, today’s hours, when it was printed', async () => {
    const { app } = await createTestApp({ seed: 'example', now: '2026-02-11T13:00:00Z' });
    const response = await app.request('/affisch');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    const text = visibleText(html);
    expect(html).toContain('<html lang="sv" dir="ltr">');
    expect(html).toContain('<title>Affisch att skriva ut – Driftstatus – Exempelviks kommun</title>');
    expect(html).toMatch(/<h1 id="poster-title">Driftstatus – Exempelviks kommun<\/h1>/);
    expect(text).toContain('Utskriven 11 februari 2026 kl. 14.00 · Senast uppdaterad: 10 februari 2026 kl. 18.00');
    expect(text).toContain('Flera tjänster fungerar inte just nu. 4 av 18 tjänster fungerar inte.');
    expect(text).toContain('Det här fungerar inte som vanligt');
    // Worst first, as a word with its icon; what to do instead, cut at a sentence.
    expect(text).toMatch(
      /Det här fungerar inte som vanligt Kommunens e-post Återuppbyggs Gör så här i stället: Skicka e-post till vår tillfälliga adress direkt@exempelvik-info\.example eller ring Exempelvik Direkt på 0123-45 67 00\. … Väntas fungera igen: 21 februari 2026/,
    );
    expect(html).toMatch(/<span class="status s-rebuilding"><svg class="icon" aria-hidden="true"[^>]*><use href="\/assets\/icons\.[a-z0-9]+\.svg#rebuilding"><\/use><\/svg>Återuppbyggs<\/span>/);
    // Operational services are not on the poster.
    expect(text).not.toContain('Mina sidor');
    // A Wednesday: the contact centre's Wednesday hours, the reception's with its lunch break.
    expect(text).toContain('Hit kan du vända dig i dag, 11 februari 2026');
    expect(text).toContain('Exempelvik Direkt – telefon 0123-45 67 00 I dag 08.00–16.00');
    expect(text).toContain('Besök kommunhusets reception Stortorget 1, Exempelvik I dag 08.00–12.00, 13.00–16.00');
    expect(text).toContain('Exempeldata – kommunen och händelserna är påhittade.');
    // The address as a reader types it, free to wrap after its dots and slashes.
    expect(html).toContain('<a class="poster-url" href="https://status.example.org/">status.<wbr/>example.<wbr/>org/</a>');
    expect(text).toContain('Senaste informationen finns alltid på statussidan:');
    expect(qrPath(html)).toBe(expectedQrPath('https://status.example.org/'));
    expect(html).toMatch(/<svg[^>]*class="poster-qr"[^>]*role="img" aria-label="QR-kod med adressen till statussidan"/);
  });

  it('is the same poster in English under /en/poster, with the QR code to the English page', async () => {
    const { app } = await createTestApp({ seed: 'example', now: '2026-02-11T13:00:00Z' });
    const response = await app.request('/en/poster');
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = visibleText(html);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(text).toContain('Printed 11 February 2026 at 14:00 · Last updated: 10 February 2026 at 18:00');
    expect(text).toContain('Several services are not working right now.');
    expect(text).toMatch(/Not working as usual Municipal e-mail Being rebuilt What to do instead: Send your e-mail/);
    expect(text).toContain('Where to get help today, 11 February 2026');
    expect(text).toContain('Exempelvik Direkt – phone 0123-45 67 00 Today 08:00–16:00');
    expect(qrPath(html)).toBe(expectedQrPath('https://status.example.org/en/'));
    expect(html).toContain('<a class="poster-url" href="https://status.example.org/en/">status.<wbr/>example.<wbr/>org/<wbr/>en/</a>');
  });

  it('follows the public-page conventions: language alternates, canonical, footer links, its own print sheet', async () => {
    const { app } = await createTestApp({ seed: 'example' });
    const html = await (await app.request('/affisch')).text();
    expect(html).toContain('<link rel="canonical" href="https://status.example.org/affisch"/>');
    expect(html).toContain('<link rel="alternate" hreflang="sv" href="https://status.example.org/affisch"/>');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://status.example.org/en/poster"/>');
    expect(html).toContain('<a href="/en/poster" hreflang="en" lang="en">English</a>');
    expect(html).toContain('<a href="/tillganglighet">Tillgänglighetsredogörelse</a>');
    expect(html).toContain('<a href="/status.txt">Samma information som ren text');
    expect(html).not.toMatch(/<script/i);
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
    expect(sheets).toHaveLength(2);
    const poster = await app.request(sheets[1]!);
    expect(poster.status).toBe(200);
    expect(poster.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(poster.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await poster.text()).toContain('@page{size:A4;margin:12mm}');
    // Other pages do not carry the poster's sheet.
    const overview = await (await app.request('/')).text();
    expect(overview).not.toContain(sheets[1]!);
  });

  it('is linked from the overview in both languages', async () => {
    const { app } = await createTestApp({ seed: 'example' });
    expect(await (await app.request('/')).text()).toContain('<a href="/affisch">Skriv ut affisch</a>');
    expect(await (await app.request('/en/')).text()).toContain('<a href="/en/poster">Print a poster</a>');
  });

  it('sends the default language under its code to the root, and has no page in a language not offered', async () => {
    const { app, db, clock } = await createTestApp();
    const prefixed = await app.request('/sv/affisch');
    expect(prefixed.status).toBe(301);
    expect(prefixed.headers.get('location')).toBe('/affisch');
    expect((await app.request('/en/affisch')).status).toBe(404);
    await makeSite(db, clock, { offeredLocales: ['sv'] });
    expect((await app.request('/en/poster')).status).toBe(404);
  });

  it('is printed "now": cached within a minute (304 on the same ETag), rendered again the next', async () => {
    const { app, clock } = await createTestApp({ seed: 'example', now: '2026-02-11T13:00:10Z' });
    const first = await app.request('/affisch');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect(visibleText(await first.text())).toContain('Utskriven 11 februari 2026 kl. 14.00');
    const again = await app.request('/affisch', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    clock.advance(MINUTE);
    const later = await app.request('/affisch', { headers: { 'If-None-Match': etag } });
    expect(later.status).toBe(200);
    expect(later.headers.get('etag')).not.toBe(etag);
    expect(visibleText(await later.text())).toContain('Utskriven 11 februari 2026 kl. 14.01');
    // A Last-Modified check alone must not answer 304 across that minute either.
    const since = await app.request('/affisch', { headers: { 'If-Modified-Since': first.headers.get('last-modified')! } });
    expect(since.status).toBe(200);
  });

  it('shows a publication at once', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'Bygglov', workaround: 'Skicka ritningarna på papper.' } });
    expect(visibleText(await (await app.request('/affisch')).text())).toContain('Alla tjänster fungerar.');
    await setStatus(db, clock, service.id, 'down');
    const text = visibleText(await (await app.request('/affisch')).text());
    expect(text).toContain('En tjänst fungerar inte just nu.');
    expect(text).toContain('Bygglov Ur funktion Gör så här i stället: Skicka ritningarna på papper.');
  });

  it('shows today’s hours in the site’s time zone: a dated override, closed today with the next opening', async () => {
    // Friday 13 February 2026, 23:30 in Stockholm (22:30 UTC): still Friday there.
    const { app, db, clock } = await createTestApp({ now: '2026-02-13T22:30:00Z' });
    await makeChannel(db, clock, {
      texts: { sv: { name: 'Krisöppet kontaktcenter' }, en: { name: 'Crisis contact centre' } },
      overrides: [{ validFrom: '2026-02-13', validThrough: '2026-02-13', opens: '07:00', closes: '22:00' }],
    });
    await makeChannel(db, clock, {
      texts: { sv: { name: 'Reception' }, en: { name: 'Reception' } },
      weekly: [1, 2, 3, 4].map((dayOfWeek) => ({ dayOfWeek, opens: '08:00', closes: '16:00' })),
    });
    await makeChannel(db, clock, {
      kind: 'phone',
      openingHoursMode: 'always',
      address: '112',
      texts: { sv: { name: 'Larmnummer' }, en: { name: 'Emergency number' } },
    });
    const text = visibleText(await (await app.request('/affisch')).text());
    expect(text).toContain('Hit kan du vända dig i dag, 13 februari 2026');
    expect(text).toContain('Krisöppet kontaktcenter 0123-45 67 00 I dag 07.00–22.00');
    expect(text).toContain('Reception 0123-45 67 00 Stängt i dag – öppnar måndag 16 februari kl. 08.00');
    expect(text).toContain('Larmnummer 112 Öppet dygnet runt');
  });

  it('takes the worst services first and says how many more there are', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const changes = [];
    for (let index = 0; index < 12; index++) {
      const service = await makeService(db, clock, { groupId: group, sv: { name: `Tjänst ${index}`, workaround: 'Ring oss.' } });
      changes.push({ serviceId: service.id, to: index === 11 ? ('lost' as const) : ('degraded' as const) });
    }
    await publish(db, clock, { texts: { sv: 'Många ändringar.' }, changes });
    const html = await (await app.request('/affisch')).text();
    const names = [...html.matchAll(/<p class="poster-service-name"><bdi>([^<]+)<\/bdi><\/p>/g)].map((match) => match[1]);
    expect(names).toEqual(['Tjänst 11', ...Array.from({ length: 8 }, (_, index) => `Tjänst ${index}`)]);
    expect(visibleText(html)).toContain('… och 3 tjänster till. Se statussidan.');
  });

  it('prints hostile names as text, each isolated from what follows', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const hostile = '<script>alert(1)</script> faktura\u202Efdp.exe';
    const service = await makeService(db, clock, { groupId: group, sv: { name: hostile, workaround: `Ring ${hostile}` } });
    await setStatus(db, clock, service.id, 'down');
    await makeChannel(db, clock, { address: '<img src=x onerror=alert(1)>', texts: { sv: { name: hostile } } });
    const html = await (await app.request('/affisch')).text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<bdi>&lt;script&gt;alert(1)&lt;/script&gt; fakturafdp.exe</bdi>');
    expect(visibleText(html)).toContain('<img src=x onerror=alert(1)>');
  });
});
