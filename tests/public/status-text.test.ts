/**
 * /status.txt and /en/status.txt: the overview as plain text, short enough for local radio, a
 * text message or a social-media post, served from the page cache like the pages.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits';
import { plainLine, shorten } from '../../src/present/shorten';
import { createTestApp } from '../helpers/app';
import { makeChannel, makeGroup, makeService, publish, setStatus } from '../helpers/factories';

const DAY = 86_400_000;

describe('the plain-text summary', () => {
  it('says in Swedish what does not work, what to do instead, who is open today, when it was updated and where to read more', async () => {
    const { app } = await createTestApp({ seed: 'example', now: '2026-02-11T13:00:00Z' });
    const response = await app.request('/status.txt');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    expect(text.length).toBeLessThan(3000);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Driftstatus – Exempelviks kommun',
      'Exempeldata – kommunen och händelserna är påhittade.',
      'Flera tjänster fungerar inte just nu. 4 av 18 tjänster fungerar inte. 4 tjänster fungerar med begränsningar. 1 tjänst har planerat underhåll.',
    ]);
    expect(lines).toContain('Det här fungerar inte som vanligt:');
    // Worst first; each service one line with its status word and what to do instead.
    const services = lines.filter((line) => line.startsWith('- ') && /: (Ur funktion|Återuppbyggs|Kommer inte|Under|Begränsad|Planerat)/.test(line));
    expect(services).toHaveLength(9);
    expect(services[0]).toBe(
      '- Kommunens e-post: Återuppbyggs. Gör så här i stället: Skicka e-post till vår tillfälliga adress direkt@exempelvik-info.example eller ring Exempelvik Direkt på 0123-45 67 00.\u00A0… Väntas fungera igen: 21 februari 2026 kl. 08.00.',
    );
    expect(services.at(-1)).toMatch(/^- Bibliotekets lån och reservationer: Planerat underhåll\. /);
    expect(text).not.toContain('Mina sidor');
    expect(lines).toContain('Hit kan du vända dig i dag, 11 februari 2026:');
    expect(lines).toContain('- Exempelvik Direkt – telefon, 0123-45 67 00: 08.00–16.00');
    expect(lines).toContain('- Besök kommunhusets reception, Stortorget 1, Exempelvik: 08.00–12.00, 13.00–16.00');
    expect(lines).toContain('- Tillfällig e-postadress till Exempelvik Direkt, direkt@exempelvik-info.example');
    expect(text.endsWith('Senast uppdaterad: 10 februari 2026 kl. 18.00\nhttps://status.example.org/\n')).toBe(true);
  });

  it('is the same in English under /en/status.txt', async () => {
    const { app } = await createTestApp({ seed: 'example', now: '2026-02-11T13:00:00Z' });
    const response = await app.request('/en/status.txt');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    expect(text.length).toBeLessThan(3000);
    expect(text.startsWith('Service status – Exempelvik Municipality\n')).toBe(true);
    expect(text).toContain('Several services are not working right now. 4 of 18 services are not working.');
    expect(text).toContain('Not working as usual:\n- Municipal e-mail: Being rebuilt. What to do instead: Send your e-mail');
    expect(text).toContain('Where to get help today, 11 February 2026:\n- Exempelvik Direkt – phone, 0123-45 67 00: 08:00–16:00\n');
    expect(text.endsWith('Last updated: 10 February 2026 at 18:00\nhttps://status.example.org/en/\n')).toBe(true);
  });

  it('is cached per revision: 304 for the same ETag, new text and ETag after a publication, gzip on request', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'Bygglov', workaround: 'Skicka ritningarna på papper.' } });
    const first = await app.request('/status.txt');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get('cache-control')).toContain('public');
    expect(await first.text()).toContain('Alla tjänster fungerar.');

    const unchanged = await app.request('/status.txt', { headers: { 'If-None-Match': etag } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');

    await setStatus(db, clock, service.id, 'down');
    const changed = await app.request('/status.txt', { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain('- Bygglov: Ur funktion. Gör så här i stället: Skicka ritningarna på papper.\n');

    const zipped = await app.request('/status.txt', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const unzipped = await new Response(zipped.body!.pipeThrough(new DecompressionStream('gzip'))).text();
    expect(unzipped).toContain('- Bygglov: Ur funktion.');
  });

  it('lists the channels open today, and changes at midnight in the site’s time zone', async () => {
    // Friday 13 February 2026, 23:30 in Stockholm: still Friday there, Saturday in 30 minutes.
    const { app, db, clock } = await createTestApp({ now: '2026-02-13T22:30:00Z' });
    await makeChannel(db, clock, {
      texts: { sv: { name: 'Kontaktcenter' } },
      weekly: [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, opens: '08:00', closes: '16:00' })),
    });
    await makeChannel(db, clock, {
      address: '0123-45 67 90',
      texts: { sv: { name: 'Socialjouren' } },
      weekly: [6, 7].map((dayOfWeek) => ({ dayOfWeek, opens: '00:00', closes: '24:00' })),
    });
    await makeChannel(db, clock, { kind: 'email', address: 'info@example.org', openingHoursMode: 'none', texts: { sv: { name: 'E-post' } } });

    const friday = await app.request('/status.txt');
    const fridayText = await friday.text();
    expect(fridayText).toContain('Hit kan du vända dig i dag, 13 februari 2026:\n- Kontaktcenter, 0123-45 67 00: 08.00–16.00\n- E-post, info@example.org\n');
    expect(fridayText).not.toContain('Socialjouren');

    clock.advance(DAY / 24);
    const saturday = await app.request('/status.txt', { headers: { 'If-None-Match': friday.headers.get('etag')! } });
    expect(saturday.status).toBe(200);
    const saturdayText = await saturday.text();
    expect(saturdayText).toContain('Hit kan du vända dig i dag, 14 februari 2026:\n- Socialjouren, 0123-45 67 90: 00.00–24.00\n- E-post, info@example.org\n');
    expect(saturdayText).not.toContain('Kontaktcenter');
  });

  it('stays under 3 000 characters with many services and long texts, and says where the rest is', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const changes = [];
    for (let index = 0; index < 40; index++) {
      const service = await makeService(db, clock, {
        groupId: group,
        sv: { name: `Tjänst ${index} ${'x'.repeat(LIMITS.name - 20)}`, workaround: `Ring oss. ${'Mer text här. '.repeat(200)}` },
      });
      changes.push({ serviceId: service.id, to: index % 2 === 0 ? ('down' as const) : ('degraded' as const) });
    }
    await publish(db, clock, { texts: { sv: 'Många ändringar.' }, changes });
    for (let index = 0; index < 20; index++) {
      await makeChannel(db, clock, {
        address: `0123-${index} ${'9'.repeat(400)}`,
        texts: { sv: { name: `Kanal ${index} ${'med ett långt namn '.repeat(10)}` } },
      });
    }
    for (const path of ['/status.txt', '/en/status.txt']) {
      const text = await (await app.request(path)).text();
      expect(text.length, path).toBeLessThan(3000);
      expect(text, path).toMatch(/(… och \d+ tjänster till\. Se statussidan\.|… and \d+ more services\. See the status page\.)\n/);
      expect(text, path).toMatch(/(… och \d+ kontaktvägar till på statussidan\.|… and \d+ more ways to reach us on the status page\.)\n/);
      expect(text.endsWith(path === '/status.txt' ? 'Mer finns på https://status.example.org/\n' : 'More at https://status.example.org/en/\n'), path).toBe(true);
      // The worst services come first: "down" before "degraded".
      const first = text.split('\n').find((line) => line.startsWith('- Tjänst') || line.startsWith('- Service'));
      expect(first, path).toMatch(/: (Ur funktion|Down)\./);
    }
  });

  it('keeps hostile names from breaking the text: no bidi override, no line of their own, no control characters', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, {
      groupId: group,
      sv: {
        name: 'faktura\u202Efdp.exe \u2066isolerad\u2069 مرحبا\u0007\u001b[2J',
        workaround: 'Första raden.\n- Allt fungerar: Fungerar.\u2028Andra\u0000 raden.',
      },
    });
    await setStatus(db, clock, service.id, 'down');
    const text = await (await app.request('/status.txt')).text();
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/);
    expect(text).toContain('- fakturafdp.exe isolerad مرحبا[2J: Ur funktion. Gör så här i stället: Första raden. - Allt fungerar: Fungerar. Andra raden.\n');
    expect(text.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(1);
  });

  it('sends the default language under its code to the root', async () => {
    const { app } = await createTestApp();
    const response = await app.request('/sv/status.txt');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/status.txt');
  });
});

describe('cutting text for the poster and the plain text', () => {
  it('keeps whole sentences when they fit, else whole words, else whole characters', () => {
    expect(shorten('Ring oss. Eller mejla.', 100, 'sv')).toBe('Ring oss. Eller mejla.');
    expect(shorten('Ring oss på 0123-45 67 00. Eller mejla oss en rad.', 30, 'sv')).toBe('Ring oss på 0123-45 67 00.\u00A0…');
    expect(shorten('Ring Exempelvik Direkt på 0123-45 67 00 om du ska flytta.', 30, 'sv')).toBe('Ring Exempelvik Direkt på…');
    // An emoji sequence or a surrogate pair is never split, even without a word boundary.
    const emoji = '👩‍🚒'.repeat(10);
    const cut = shorten(emoji, 12, 'sv');
    expect(cut.length).toBeLessThanOrEqual(12);
    expect(cut).toBe(`${'👩‍🚒'.repeat(2)}…`);
    expect(shorten('x'.repeat(50), 10, 'sv')).toBe(`${'x'.repeat(9)}…`);
  });

  it('makes one plain line of any admin text', () => {
    expect(plainLine('  rad ett\nrad\ttvå\u2028tre\u2029fyra  ')).toBe('rad ett rad två tre fyra');
    expect(plainLine('faktura\u202Efdp.exe\u202C \u2066isolerad\u2069')).toBe('fakturafdp.exe isolerad');
    expect(plainLine('före\u0000NUL \u001b[2J \u009b31m efter')).toBe('föreNUL [2J 31m efter');
    expect(plainLine('👩‍🚒 e\u0301 مرحبا')).toBe('👩‍🚒 e\u0301 مرحبا');
  });
});
