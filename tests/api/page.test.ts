/**
 * The readable API page (/api, /en/api) and the footer link to it on every page. HTML validity
 * and accessibility are checked with the other public pages (tests/helpers/public-pages.ts).
 */
import { describe, expect, it } from 'vitest';
import { NATIVE_ENDPOINTS, STATUSPAGE_ENDPOINTS } from '../../src/api/endpoints';
import { pageContext } from '../../src/present/chrome';
import { DEFAULT_SITE } from '../../src/store/site';
import { createTestApp, visibleText } from '../helpers/app';

/** The text of the `<pre>` blocks, entities decoded. */
function preformatted(html: string): string[] {
  return [...html.matchAll(/<pre[^>]*><code>([\s\S]*?)<\/code><\/pre>/g)].map(([, text]) =>
    text!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}

describe('the API page', () => {
  it('lists every address with what it returns, in Swedish at /api and in English at /en/api', async () => {
    const context = await createTestApp({ seed: 'example' });
    const swedish = await context.app.request('/api');
    expect(swedish.status).toBe(200);
    const html = await swedish.text();
    const text = visibleText(html);
    expect(html).toContain('<html lang="sv"');
    expect(html).toContain('<title>API och öppna data – ');
    expect(html).toContain('<link rel="canonical" href="https://status.example.org/api"/>');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://status.example.org/en/api"/>');
    for (const endpoint of [...STATUSPAGE_ENDPOINTS, ...NATIVE_ENDPOINTS]) expect(text).toContain(endpoint.path);
    expect(html).toContain('<a href="/api/v2/summary.json">/api/v2/summary.json</a>');
    expect(html).toContain('<a href="/api/openapi.json">');
    expect(text).toContain('Läget i korthet: alla tjänster, pågående händelser och planerat underhåll.');
    // The vocabulary: our words, Statuspage's keys.
    expect(text).toContain('Återuppbyggs major_outage');
    expect(text).toContain('Under utredning partial_outage');

    const english = await context.app.request('/en/api');
    expect(english.status).toBe(200);
    const englishHtml = await english.text();
    expect(englishHtml).toContain('<html lang="en"');
    expect(visibleText(englishHtml)).toContain('The situation in brief: every service, ongoing incidents and planned maintenance.');
    // Links from the English page open the documents in English.
    expect(englishHtml).toContain('<a href="/api/v2/summary.json?lang=en">/api/v2/summary.json</a>');
    expect(visibleText(englishHtml)).toContain('Names and texts are in Swedish unless you choose another language');
  });

  it('shows a command to run and what it answers now: the real status.json', async () => {
    const context = await createTestApp({ seed: 'example' });
    const [command, answer] = preformatted(await (await context.app.request('/en/api')).text());
    expect(command).toBe('curl https://status.example.org/api/v2/status.json?lang=en');
    const live = await (await context.app.request('/api/v2/status.json?lang=en')).json();
    expect(JSON.parse(answer!)).toEqual(live);
  });

  it('is linked from every page footer, in the page language, and answers like every page (301, 304)', async () => {
    const context = await createTestApp({ seed: 'example' });
    for (const [path, href, words] of [
      ['/', '/api', 'API och öppna data'],
      ['/historik', '/api', 'API och öppna data'],
      ['/en/', '/en/api', 'API and open data'],
      ['/en/services/mina-sidor', '/en/api', 'API and open data'],
    ] as const) {
      const html = await (await context.app.request(path)).text();
      const footer = html.slice(html.indexOf('<footer'));
      expect(footer, path).toContain(`<a href="${href}">${words}</a>`);
    }
    const redirect = await context.app.request('/sv/api');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/api');
    const first = await context.app.request('/api');
    expect((await context.app.request('/api', { headers: { 'If-None-Match': first.headers.get('etag')! } })).status).toBe(304);
  });

  it('is not linked from the static export, which has no API', () => {
    const now = new Date('2026-02-11T13:00:00Z');
    const args = { site: DEFAULT_SITE, locale: 'sv', ref: { kind: 'overview' } as const, publicUrl: 'https://status.example.org', lastUpdated: now, assets: { stylesheet: '', icons: '' }, now };
    expect(pageContext(args).chrome.nav.api).toBe('/api');
    const exported = pageContext({ ...args, targets: { pathsFor: () => pageContext(args).urlPaths, link: (path) => path } });
    expect(exported.chrome.nav.api).toBeUndefined();
  });
});
