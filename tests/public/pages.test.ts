import { describe, expect, it } from 'vitest';
import { createTestApp, visibleText } from '../helpers/app';
import { makeChannel, makeGroup, makeIncident, makeService, publish, setStatus } from '../helpers/factories';

describe('overview page', () => {
  it('tells residents in plain Swedish which services work, what to do instead and when they are back', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock, { sv: 'Vatten och avfall', en: 'Water and waste' });
    const invoices = await makeService(db, clock, {
      groupId: group,
      sv: { name: 'Fakturor vatten', workaround: 'Ring Testby Direkt på 0123-45 67 00.' },
      en: { name: 'Water invoices', workaround: 'Call Testby Direkt on 0123-45 67 00.' },
      expectedRestorationAt: new Date('2026-03-02T09:00:00Z'),
    });
    await makeService(db, clock, { groupId: group, sv: { name: 'Sophämtning', workaround: 'Visas inte' } });
    await setStatus(db, clock, invoices.id, 'rebuilding');

    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    const text = visibleText(html);
    expect(html).toContain('<html lang="sv" dir="ltr">');
    expect(text).toContain('En tjänst fungerar inte just nu.');
    expect(text).toContain('1 av 2 tjänster fungerar inte.');
    expect(text).toContain('Vatten och avfall');
    expect(text).toMatch(/Fakturor vatten\s+Återuppbyggs/);
    expect(text).toContain('Gör så här i stället: Ring Testby Direkt på 0123-45 67 00.');
    expect(text).toContain('Väntas fungera igen: 2 mars 2026 kl. 10.00');
    expect(text).toMatch(/Sophämtning\s+Fungerar/);
    // A working service needs no workaround.
    expect(text).not.toContain('Visas inte');
    expect(text).toMatch(/Senast uppdaterad: \d{1,2} \p{L}+ \d{4} kl\. \d{2}\.\d{2}/u);
    // Status is text + icon + colour class, never colour alone.
    expect(html).toMatch(/<span class="status s-rebuilding"><svg class="icon" aria-hidden="true"[^>]*><use href="\/assets\/icons\.[a-z0-9]+\.svg#rebuilding"><\/use><\/svg>Återuppbyggs<\/span>/);
  });

  it('is served in English under /en/ with the same content translated', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'Mina sidor' }, en: { name: 'My pages' } });
    await setStatus(db, clock, service.id, 'down');
    const html = await (await app.request('/en/')).text();
    const text = visibleText(html);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(text).toContain('One service is not working right now.');
    expect(text).toMatch(/My pages\s+Down/);
    expect(text).toMatch(/Last updated: \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}/);
  });

  it('shows Swedish content marked lang="sv" when the English translation is missing', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    await makeService(db, clock, { groupId: group, sv: { name: 'Bygglov' }, en: null });
    const html = await (await app.request('/en/')).text();
    expect(html).toContain('<span lang="sv">Bygglov</span>');
  });

  it('lists active incidents with their latest dated update and when the next one is due', async () => {
    const { app, db, clock } = await createTestApp();
    const incident = await makeIncident(db, clock, {
      slug: 'it-angrepp',
      impact: 'critical',
      nextUpdateDueAt: new Date('2026-02-12T10:00:00Z'),
      texts: { sv: { title: 'IT-angrepp' }, en: { title: 'Cyber attack' } },
    });
    await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Första beskedet.', en: 'First notice.' } });
    clock.advance(3_600_000);
    await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Andra beskedet.', en: 'Second notice.' } });
    const text = visibleText(await (await app.request('/')).text());
    expect(text).toContain('Pågående händelser IT-angrepp');
    expect(text).toContain('Senaste uppdatering: 11 februari 2026 kl. 15.00 Andra beskedet.');
    expect(text).not.toContain('Första beskedet.');
    expect(text).toMatch(/Nästa uppdatering väntas: 12 februari 2026 kl\. 11\.00 ?\./);
  });

  it('says the next update is late once its time has passed', async () => {
    const { app, db, clock } = await createTestApp();
    await makeIncident(db, clock, { nextUpdateDueAt: new Date('2026-02-11T14:00:00Z') });
    expect(visibleText(await (await app.request('/')).text())).not.toContain('försenad');
    clock.set('2026-02-11T14:30:00Z');
    expect(visibleText(await (await app.request('/')).text())).toContain('Nästa uppdatering är försenad.');
  });

  it('shows contact channels with opening hours and whether they are open right now', async () => {
    const { app, db, clock } = await createTestApp(); // Wednesday 14:00 CET
    await makeChannel(db, clock, {
      texts: { sv: { name: 'Testby Direkt', note: 'Långa väntetider.' }, en: { name: 'Testby Direkt' } },
      weekly: [
        { dayOfWeek: 1, opens: '08:00', closes: '16:00' },
        { dayOfWeek: 2, opens: '08:00', closes: '18:00' },
        { dayOfWeek: 3, opens: '08:00', closes: '16:00' },
        { dayOfWeek: 4, opens: '08:00', closes: '16:00' },
        { dayOfWeek: 5, opens: '08:00', closes: '15:30' },
      ],
    });
    let text = visibleText(await (await app.request('/')).text());
    expect(text).toContain('Testby Direkt 0123-45 67 00 Öppet nu – stänger 16.00');
    expect(text).toContain('Öppettider: mån, ons, tors 08.00–16.00; tis 08.00–18.00; fre 08.00–15.30. Övriga dagar stängt.');
    expect(text).toContain('Långa väntetider.');
    clock.set('2026-02-11T15:30:00Z'); // 16:30 CET
    text = visibleText(await (await app.request('/')).text());
    expect(text).toContain('Stängt nu – öppnar torsdag 12 februari kl. 08.00');
    const html = await (await app.request('/')).text();
    expect(html).toContain('href="tel:0123456700"');
  });
});

describe('service page', () => {
  it('shows status, description, what to do instead and the history of changes', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, {
      groupId: group,
      slug: 'mina-sidor',
      sv: { name: 'Mina sidor', description: 'Logga in för e-tjänster.', workaround: 'Använd pappersblankett.' },
    });
    await setStatus(db, clock, service.id, 'down', 'Mina sidor fungerar inte.');
    clock.advance(86_400_000);
    await setStatus(db, clock, service.id, 'operational', 'Mina sidor fungerar igen.');
    const response = await app.request('/tjanster/mina-sidor');
    expect(response.status).toBe(200);
    const text = visibleText(await response.text());
    expect(text).toContain('Mina sidor');
    expect(text).toContain('Status just nu Fungerar sedan 12 februari 2026 kl. 14.00');
    expect(text).toContain('Logga in för e-tjänster.');
    expect(text).toMatch(/Mina sidor fungerar igen\. Mina sidor : Ur funktion → Fungerar \(Återställd\)/);
    expect(text).toMatch(/Mina sidor fungerar inte\. Mina sidor : Fungerar → Ur funktion/);
    // Newest first.
    expect(text.indexOf('fungerar igen')).toBeLessThan(text.indexOf('fungerar inte.'));
  });

  it('answers 404 for an unknown service, in the page language', async () => {
    const { app } = await createTestApp();
    const sv = await app.request('/tjanster/finns-inte');
    expect(sv.status).toBe(404);
    expect(visibleText(await sv.text())).toContain('Sidan finns inte');
    const en = await app.request('/en/services/no-such-service');
    expect(en.status).toBe(404);
    expect(visibleText(await en.text())).toContain('Page not found');
  });
});

describe('incident page', () => {
  it('shows the notice and the full dated log, newest first, each entry with its own anchor', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'E-post' } });
    const incident = await makeIncident(db, clock, {
      slug: 'it-angrepp',
      texts: {
        sv: {
          title: 'IT-angrepp',
          whatHappened: 'Vår leverantör drabbades.',
          affectsMe: 'Ja, om du använder e-tjänster.',
          whatWeAreDoing: 'Vi återställer.',
          whatYouShouldDo: 'Vänta med ditt ärende.',
          whoToContact: 'Testby Direkt.',
        },
      },
    });
    const first = await publish(db, clock, {
      incidentId: incident.id,
      texts: { sv: 'Det första beskedet.' },
      changes: [{ serviceId: service.id, to: 'down' }],
    });
    clock.advance(7_200_000);
    const second = await publish(db, clock, { incidentId: incident.id, phase: 'identified', texts: { sv: 'Orsaken är hittad.' } });
    const html = await (await app.request('/handelser/it-angrepp')).text();
    const text = visibleText(html);
    for (const heading of ['Vad har hänt? Vår leverantör drabbades.', 'Påverkar det mig? Ja, om du använder e-tjänster.', 'Vad gör vi? Vi återställer.', 'Vad ska du göra? Vänta med ditt ärende.', 'Vem vänder jag mig till? Testby Direkt.'])
      expect(text).toContain(heading);
    expect(text).toContain('Berörda tjänster E-post Ur funktion');
    expect(html).toContain(`id="update-${first.updateId}"`);
    expect(html).toContain(`href="/handelser/it-angrepp#update-${second.updateId}"`);
    expect(text.indexOf('Orsaken är hittad.')).toBeLessThan(text.indexOf('Det första beskedet.'));
    expect(text).toContain('Uppdatering 11 februari 2026 kl. 16.00');
  });

  it('shows a correction as a correction and keeps the original text', async () => {
    const { app, db, clock } = await createTestApp();
    const incident = await makeIncident(db, clock, { slug: 'telefoni' });
    const { updateId } = await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Ring 0123-45 67 08.' } });
    clock.advance(600_000);
    const { correctUpdate } = await import('../../src/store/publishing');
    await correctUpdate(db, clock, { updateId, texts: { sv: { body: 'Ring 0123-45 67 80.', reason: 'Fel telefonnummer.' } } });
    const text = visibleText(await (await app.request('/handelser/telefoni')).text());
    expect(text).toContain('Rättad 11 februari 2026 kl. 14.10. Varför rättelsen: Fel telefonnummer.');
    expect(text).toContain('Ring 0123-45 67 80.');
    expect(text).toContain('Ursprunglig text Ring 0123-45 67 08.');
  });
});

describe('dates', () => {
  it('shows Stockholm time with the right offset on both sides of the spring DST change', async () => {
    const { app, db, clock } = await createTestApp({ now: '2026-03-29T00:30:00Z' }); // 01:30 CET
    const incident = await makeIncident(db, clock, { slug: 'dst' });
    await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Före omställningen.' } });
    clock.set('2026-03-29T01:30:00Z'); // 03:30 CEST
    await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Efter omställningen.' } });
    const html = await (await app.request('/handelser/dst')).text();
    expect(html).toContain('<time datetime="2026-03-29T01:30:00+01:00">29 mars 2026 kl. 01.30</time>');
    expect(html).toContain('<time datetime="2026-03-29T03:30:00+02:00">29 mars 2026 kl. 03.30</time>');
  });
});

describe('translations', () => {
  it('says when an English text is older than the Swedish original', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const { createService } = await import('../../src/store/services');
    await createService(db, clock, {
      slug: 'skola',
      groupId: group,
      status: 'down',
      texts: { sv: { name: 'Skolplattform', workaround: 'Ring skolan.' }, en: { name: 'School platform', workaround: 'Call the school.' } },
      textUpdatedAt: { sv: new Date('2026-02-10T09:00:00Z'), en: new Date('2026-02-01T09:00:00Z') },
    });
    const text = visibleText(await (await app.request('/en/')).text());
    expect(text).toContain('Call the school. This translation is older than the Swedish text (updated 10 February 2026).');
    expect(visibleText(await (await app.request('/')).text())).not.toContain('Översättningen');
  });
});

describe('history', () => {
  it('lists every update newest first, paginated', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group });
    for (let i = 1; i <= 25; i++) {
      clock.advance(60_000);
      await publish(db, clock, { texts: { sv: `Notis nummer ${i}.` }, mentions: [service.id] });
    }
    const first = visibleText(await (await app.request('/historik')).text());
    expect(first).toContain('Sida 1 av 2');
    expect(first).toContain('Notis nummer 25.');
    expect(first).toContain('Notis nummer 6.');
    expect(first).not.toContain('Notis nummer 5.');
    const second = await app.request('/historik?page=2');
    expect(second.status).toBe(200);
    const secondText = visibleText(await second.text());
    expect(secondText).toContain('Notis nummer 1.');
    expect(secondText).toContain('Nyare uppdateringar');
    expect((await app.request('/en/history?page=2')).status).toBe(200);
  });

  it('rejects bad page numbers and malformed query strings with a 4xx page, never a 500', async () => {
    const { app, errors } = await createTestApp();
    for (const query of ['page=0', 'page=-1', 'page=abc', 'page=1.5', 'page=99999999', 'page=%E0%A4%A']) {
      const response = await app.request(`/historik?${query}`);
      expect(response.status, query).toBe(400);
      expect(visibleText(await response.text())).toContain('Felaktig adress');
    }
    expect((await app.request('/historik?page=3')).status).toBe(404);
    expect((await app.request('/en/history?page=x')).status).toBe(400);
    expect(errors).toEqual([]);
  });
});

describe('languages and navigation', () => {
  it('links every page to the same page in the other language, with hreflang alternates', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    await makeService(db, clock, { groupId: group, slug: 'bygglov' });
    const html = await (await app.request('/tjanster/bygglov')).text();
    expect(html).toContain('<link rel="alternate" hreflang="sv" href="https://status.example.org/tjanster/bygglov"/>');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://status.example.org/en/services/bygglov"/>');
    expect(html).toContain('<a href="/en/services/bygglov" hreflang="en" lang="en">English</a>');
    const english = await (await app.request('/en/services/bygglov')).text();
    expect(english).toContain('<a href="/tjanster/bygglov" hreflang="sv" lang="sv">Svenska</a>');
  });

  it('links the accessibility statement from every page footer, in both languages', async () => {
    const { app } = await createTestApp();
    for (const [path, link, heading] of [
      ['/', '/tillganglighet', 'Tillgänglighetsredogörelse'],
      ['/historik', '/tillganglighet', 'Tillgänglighetsredogörelse'],
      ['/en/', '/en/accessibility', 'Accessibility statement'],
    ] as const) {
      const html = await (await app.request(path)).text();
      expect(html).toContain(`<a href="${link}">${heading}</a>`);
    }
    const statement = visibleText(await (await app.request('/tillganglighet')).text());
    expect(statement).toContain('WCAG');
    expect(statement).toContain('Digg');
    const english = visibleText(await (await app.request('/en/accessibility')).text());
    expect(english).toContain('How accessible is the website?');
  });

  it('redirects /en to /en/ and /sv/… to the unprefixed default language', async () => {
    const { app } = await createTestApp();
    const en = await app.request('/en');
    expect(en.status).toBe(301);
    expect(en.headers.get('location')).toBe('/en/');
    const sv = await app.request('/sv/historik');
    expect(sv.status).toBe(301);
    expect(sv.headers.get('location')).toBe('/historik');
  });

  it('forgives a trailing slash and answers HEAD like GET without a body', async () => {
    const { app } = await createTestApp();
    const slash = await app.request('/historik/');
    expect(slash.status).toBe(301);
    expect(slash.headers.get('location')).toMatch(/\/historik$/);
    const head = await app.request('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBeTruthy();
    expect(await head.text()).toBe('');
  });

  it('does not serve a language the organisation does not offer', async () => {
    const { app, db, clock } = await createTestApp();
    const { makeSite } = await import('../helpers/factories');
    await makeSite(db, clock, { offeredLocales: ['sv'] });
    expect((await app.request('/en/')).status).toBe(404);
    const html = await (await app.request('/')).text();
    expect(html).not.toContain('hreflang');
  });
});

describe('HTTP behaviour', () => {
  it('sends security headers on every response, with a CSP without unsafe-inline', async () => {
    const { app } = await createTestApp();
    for (const path of ['/', '/en/', '/no-such-page', '/historik?page=x']) {
      const response = await app.request(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('answers a repeat visit with 304 from the revision, and a new publication with 200', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group });
    const first = await app.request('/');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toContain('stale-if-error');
    expect(first.headers.get('last-modified')).toBeTruthy();
    expect((await app.request('/', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    clock.advance(60_000);
    await setStatus(db, clock, service.id, 'down');
    const after = await app.request('/', { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(visibleText(await after.text())).toContain('Ur funktion');
  });

  it('changes the ETag when a contact channel opens or closes, without any write', async () => {
    const { app, db, clock } = await createTestApp({ now: '2026-02-11T14:50:00Z' }); // 15:50 CET
    await makeChannel(db, clock);
    const open = await app.request('/');
    expect(visibleText(await open.text())).toContain('Öppet nu');
    clock.set('2026-02-11T15:00:00Z'); // 16:00 CET, closing time
    const closed = await app.request('/', { headers: { 'If-None-Match': open.headers.get('etag')! } });
    expect(closed.status).toBe(200);
    expect(visibleText(await closed.text())).toContain('Stängt nu');
  });

  it('serves gzip to clients that accept it, and identity to those that do not', async () => {
    const { app } = await createTestApp({ seed: 'example' });
    const gz = await app.request('/', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('vary')).toBe('Accept-Encoding');
    const plain = await app.request('/', { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('Exempelviks kommun');
  });

  it('serves the stylesheet and icons from the app with immutable caching', async () => {
    const { app } = await createTestApp();
    const html = await (await app.request('/')).text();
    const css = /href="(\/assets\/site\.[a-z0-9]+\.css)"/.exec(html)![1]!;
    const response = await app.request(css);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/assets/site.old.css')).status).toBe(404);
  });

  it('renders a 500 page with a request id when something breaks, and logs it', async () => {
    const { app, db, errors } = await createTestApp();
    db.$client.close();
    const response = await app.request('/');
    expect(response.status).toBe(500);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = visibleText(await response.text());
    expect(text).toContain('Något gick fel');
    expect(text).toMatch(/felkod [0-9a-f-]{8,}/);
    expect(errors).toHaveLength(1);
    const english = await app.request('/en/history');
    expect(visibleText(await english.text())).toContain('Something went wrong');
  });
});
