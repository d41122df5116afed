/**
 * The hostile corpus of tests/helpers/hostile.ts (the console's) through every write endpoint
 * of the native API: stored as cleaning leaves it, and out through the public pages and the
 * Atom feed as text, never as markup; never a 5xx.
 */
import { describe, expect, it } from 'vitest';
import { visibleText } from '../helpers/app';
import { expectWellFormed, parseFeed, rssParser } from '../helpers/feeds';
import { asShown, HOSTILE_TEXTS } from '../helpers/hostile';
import { writeContext } from './write-helpers';

function expectNoTypedMarkup(document: string, where: string) {
  for (const raw of ['<script>alert', '<img src=x', '<b>x</b>', '<![CDATA[ d']) expect(document, where).not.toContain(raw);
}

describe.each(HOSTILE_TEXTS)('hostile text through the write API: $name', (entry) => {
  it('is kept as text on the public pages and in the feed', async () => {
    const context = await writeContext(['status:write', 'updates:write']);
    const say = (field: string) => `${field} ${entry.text}`;
    const shown = (field: string) => asShown(`${field} ${entry.stored}`);
    const expectOk = async (response: Response, status: number) => {
      expect(response.status, await response.clone().text()).toBe(status);
    };

    await expectOk(await context.send('POST', '/api/v1/services/mina-sidor/status', { status: 'degraded', note: { sv: say('note.sv'), en: say('note.en') } }), 200);
    const opened = await context.send('POST', '/api/v1/incidents', {
      slug: 'farlig',
      impact: 'major',
      notice: { sv: { title: say('title.sv'), what_happened: say('happened.sv') }, en: { title: say('title.en') } },
      services: ['mina-sidor'],
      first_update: { body: { sv: say('first.sv') }, changes: { 'e-tjanst': 'down' } },
    });
    await expectOk(opened, 201);
    await expectOk(await context.send('POST', '/api/v1/incidents/farlig/updates', { body: { sv: say('second.sv'), en: say('second.en') } }), 201);
    await expectOk(await context.send('POST', '/api/v1/incidents/farlig/resolve', { body: { sv: say('closing.sv') } }), 200);
    await expectOk(
      await context.send('POST', '/api/v1/maintenances', {
        slug: 'underhall',
        notice: { sv: { title: say('maintenance.sv') } },
        services: ['e-tjanst'],
        starts_at: '2026-02-12T20:00:00+01:00',
        ends_at: '2026-02-12T22:00:00+01:00',
        announcement: { sv: say('announcement.sv') },
      }),
      201,
    );
    await expectOk(await context.send('PATCH', '/api/v1/maintenances/underhall', { status: 'cancelled', body: { sv: say('cancelled.sv') } }), 200);

    const pages: Record<string, string[]> = {
      '/tjanster/mina-sidor': ['note.sv'],
      '/en/services/mina-sidor': ['note.en'],
      '/handelser/farlig': ['title.sv', 'happened.sv', 'first.sv', 'second.sv', 'closing.sv'],
      '/en/incidents/farlig': ['title.en', 'second.en'],
      '/handelser/underhall': ['maintenance.sv', 'announcement.sv', 'cancelled.sv'],
    };
    for (const [path, fields] of Object.entries(pages)) {
      const response = await context.app.request(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expectNoTypedMarkup(html, path);
      for (const field of fields) expect(asShown(visibleText(html)), `${path} ${field}`).toContain(shown(field));
    }

    const xml = await (await context.app.request('/feed.atom')).text();
    expectWellFormed(xml);
    expectNoTypedMarkup(xml, '/feed.atom');
    const feed = await rssParser.parseString(xml);
    const contents = asShown(feed.items.map((item) => visibleText(item.content ?? '')).join(' '));
    for (const field of ['note.sv', 'first.sv', 'second.sv', 'closing.sv', 'announcement.sv', 'cancelled.sv']) expect(contents, field).toContain(shown(field));
    expect(asShown(parseFeed(xml).items.map((item) => item.title).join(' '))).toContain(shown('title.sv'));
    expect(context.errors).toEqual([]);
  });
});
