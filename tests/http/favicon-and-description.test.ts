/**
 * Issue 13's Lighthouse findings: every public page names a description for search results in
 * its own language and links the site's icon, which the app serves itself (hashed, cached for
 * ever); /favicon.ico answers too, for clients that never read a page (no console error, no 404).
 */
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app';
import { makeGroup, makeIncident, makeService, makeSite } from '../helpers/factories';

async function publishedSite() {
  const context = await createTestApp();
  const group = await makeGroup(context.db, context.clock);
  await makeService(context.db, context.clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor' }, en: { name: 'My pages' } });
  await makeIncident(context.db, context.clock, { slug: 'it-angrepp' });
  return context;
}

const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];

describe('meta description and icon', () => {
  it('gives every public page type a description in its language and the site icon', async () => {
    const { app } = await publishedSite();
    const pages: [string, RegExp][] = [
      ['/', /^Driftstatus för Testby kommun: vilka tjänster som fungerar/],
      ['/en/', /^Service status of Testby Municipality: which services work/],
      ['/tjanster/mina-sidor', /^Driftstatus för /],
      ['/en/services/mina-sidor', /^Service status of /],
      ['/handelser/it-angrepp', /^Driftstatus för /],
      ['/historik', /^Driftstatus för /],
      ['/prenumerera', /^Driftstatus för /],
      ['/tillganglighet', /^Driftstatus för /],
      ['/affisch', /^Driftstatus för /],
      ['/api', /^Driftstatus för /],
    ];
    const icons = new Set<string>();
    for (const [path, description] of pages) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      const meta = html.match(/<meta name="description"[^>]*>/g) ?? [];
      expect(meta, path).toHaveLength(1);
      expect(attribute(meta[0]!, 'content'), path).toMatch(description);
      const link = /<link rel="icon"[^>]*>/.exec(html)?.[0];
      expect(link, path).toBeDefined();
      expect(attribute(link!, 'type'), path).toBe('image/svg+xml');
      icons.add(attribute(link!, 'href')!);
    }
    // One icon for the whole site, under a hashed URL that is cached for ever.
    expect(icons.size).toBe(1);
    const [href] = [...icons];
    expect(href).toMatch(/^\/assets\/favicon\.[a-z0-9]+\.svg$/);
    const icon = await app.request(href!);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const svg = await icon.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);

    const fallback = await app.request('/favicon.ico');
    expect(fallback.status).toBe(200);
    expect(fallback.headers.get('content-type')).toBe('image/svg+xml');
    expect(await fallback.text()).toBe(svg);
  });

  it('escapes the organisation’s name in the description', async () => {
    const { app, db, clock } = await createTestApp({ seed: 'none' });
    await makeSite(db, clock, { offeredLocales: ['sv'], texts: { sv: { organisationName: 'Kommun "<b>"', siteTitle: 'Driftstatus' } } });
    const html = await (await app.request('/')).text();
    expect(html).toContain('content="Driftstatus för Kommun &quot;&lt;b&gt;&quot;: vilka');
  });
});
