/**
 * The page and the feed present an update through one presenter (src/present/update.ts): the
 * feed entry links to the very anchor the page shows, and the text breaks into the same
 * paragraphs and lines in both, before and after a correction.
 */
import { describe, expect, it } from 'vitest';
import { correctUpdate } from '../../src/store/publishing';
import { createTestApp } from '../helpers/app';
import { makeGroup, makeService, publish } from '../helpers/factories';
import { parseFeed } from '../helpers/feeds';

const ORIGIN = 'https://status.example.org';

/** The `<article>` of one update on a page, by its anchor. */
function articleOf(html: string, anchor: string): string {
  const start = html.indexOf(`<article class="update" id="${anchor}">`);
  expect(start, `no article #${anchor}`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</article>', start));
}

describe('one update, one presentation for the page and the feed', () => {
  it('links a standalone update to its anchor on the service page and breaks its text the same way', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const lon = await makeService(db, clock, { groupId: group, slug: 'lon', sv: { name: 'Lön' } });
    const { updateId } = await publish(db, clock, {
      texts: { sv: 'Lönen betalas ut.\nSom vanligt.\n\n   \n\nFrågor? Ring oss.' },
      mentions: [lon.id],
    });

    const entry = parseFeed(await (await app.request('/feed.atom')).text()).items[0]!;
    expect(entry.url).toBe(`${ORIGIN}/tjanster/lon#update-${updateId}`);
    const article = articleOf(await (await app.request('/tjanster/lon')).text(), `update-${updateId}`);
    expect(article).toContain(`<a class="permalink" href="/tjanster/lon#update-${updateId}">`);
    // A blank line (even one of spaces) separates paragraphs; a single newline is a line break.
    const paragraphs = '<p>Lönen betalas ut.<br/>Som vanligt.</p><p>Frågor? Ring oss.</p>';
    expect(article).toContain(paragraphs);
    expect(entry.content).toContain(paragraphs);
  });

  it('shows the corrected text and the original as the same paragraphs on the page and in the feed', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const lon = await makeService(db, clock, { groupId: group, slug: 'lon', sv: { name: 'Lön' } });
    const { updateId } = await publish(db, clock, { texts: { sv: 'Utbetalning den 25:e.\n\nInget att göra.' }, mentions: [lon.id] });
    clock.advance(600_000);
    await correctUpdate(db, clock, {
      updateId,
      texts: { sv: { body: 'Utbetalning den 27:e.\nFörsenad.\n\nInget att göra.', reason: 'Fel datum.' } },
    });

    const entry = parseFeed(await (await app.request('/feed.atom')).text()).items[0]!;
    const article = articleOf(await (await app.request('/tjanster/lon')).text(), `update-${updateId}`);
    const corrected = '<p>Utbetalning den 27:e.<br/>Försenad.</p><p>Inget att göra.</p>';
    const original = '<p>Utbetalning den 25:e.</p><p>Inget att göra.</p>';
    for (const html of [article, entry.content!]) {
      expect(html).toContain(corrected);
      expect(html).toContain(original);
      expect(html).toContain('Rättad 11 februari 2026 kl. 14.10.');
    }
    expect(entry.url).toBe(`${ORIGIN}/tjanster/lon#update-${updateId}`);
  });
});
