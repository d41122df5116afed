/**
 * The overall state for other sites' frames (/embed, /en/embed): framable by any site while
 * every other page stays unframable, no script, no cookie, its own stylesheet, and a link
 * that opens the status page in the whole window. (Valid HTML and axe: tests/html and
 * tests/browser, through tests/helpers/public-pages.ts.)
 */
import { describe, expect, it } from 'vitest';
import { createTestApp, visibleText } from '../helpers/app';
import { makeGroup, makeService, setStatus } from '../helpers/factories';
import { MARKUP } from '../helpers/hostile';
import { saveSite } from '../../src/store/site';

function frameAncestors(response: Response): string | undefined {
  return /frame-ancestors ([^;]*)/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
}

describe('the embeddable state', () => {
  it('may be framed by any site, while the pages around it may not', async () => {
    const { app } = await createTestApp({ seed: 'example' });
    for (const path of ['/embed', '/en/embed']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(frameAncestors(response)).toBe('*');
      expect(response.headers.get('x-frame-options')).toBeNull();
      // The rest of the policy is the app's own: no script, styles from here only.
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('content-security-policy')).toContain("style-src 'self'");
    }
    for (const path of ['/', '/en/', '/prenumerera', '/handelser/it-angrepp', '/badge.svg', '/finns-inte', '/embed/x', '/embedded']) {
      const response = await app.request(path);
      expect(frameAncestors(response), path).toBe("'none'");
      expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
    }
  });

  it('shows the overall state in words, when it was updated, and links to the status page in the whole window', async () => {
    const { app } = await createTestApp({ seed: 'example' });
    const response = await app.request('/embed');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('set-cookie')).toBeNull();
    const html = await response.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/ style=/i);
    expect(html).toMatch(/<html lang="sv" dir="ltr">/);
    const text = visibleText(html);
    expect(text).toContain('Exempelviks kommun');
    expect(text).toContain('Flera tjänster fungerar inte just nu.');
    expect(text).toMatch(/Senast uppdaterad: \d+ \w+ 2026 kl\. \d\d\.\d\d/);
    expect(text).toContain('Exempeldata');
    expect(html).toContain('<a href="https://status.example.org/" target="_top">Till driftstatus för Exempelviks kommun</a>');
    const english = await (await app.request('/en/embed')).text();
    expect(english).toMatch(/<html lang="en" dir="ltr">/);
    expect(english).toContain('<a href="https://status.example.org/en/" target="_top">Service status for Exempelvik Municipality</a>');
  });

  it('has its own small stylesheet from the app, cached for ever, and the icon from the app’s sprite', async () => {
    const { app } = await createTestApp({ seed: 'example' });
    const html = await (await app.request('/embed')).text();
    const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
    expect(stylesheets).toHaveLength(1);
    expect(stylesheets[0]).toMatch(/^\/assets\/embed\.[a-z0-9]+\.css$/);
    const css = await app.request(stylesheets[0]!);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toContain('immutable');
    expect((await css.text()).length).toBeLessThan(2000);
    const icon = /<use href="([^"#]+)#down"/.exec(html)?.[1];
    expect(icon).toMatch(/^\/assets\/icons\.[a-z0-9]+\.svg$/);
    expect((await app.request(icon!)).status).toBe(200);
  });

  it('follows the data: 304 for the same revision, the new state after a publication', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group });
    await setStatus(db, clock, service.id, 'operational');
    const first = await app.request('/embed');
    expect(visibleText(await first.text())).toContain('Alla tjänster fungerar.');
    const etag = first.headers.get('etag')!;
    const same = await app.request('/embed', { headers: { 'If-None-Match': etag } });
    expect(same.status).toBe(304);
    expect(frameAncestors(same)).toBe('*');
    await setStatus(db, clock, service.id, 'down');
    const after = await app.request('/embed', { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(visibleText(await after.text())).toContain('En tjänst fungerar inte just nu.');
  });

  it('escapes a hostile organisation name', async () => {
    const { app, db, clock } = await createTestApp();
    await saveSite(db, clock, {
      publicUrl: 'https://status.example.org',
      offeredLocales: ['sv', 'en'],
      timeZone: 'Europe/Stockholm',
      texts: { sv: { organisationName: MARKUP, siteTitle: MARKUP }, en: { organisationName: 'Testby', siteTitle: 'Testby' } },
    });
    const html = await (await app.request('/embed')).text();
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(visibleText(html)).toContain(MARKUP);
  });
});

describe('the subscribe page', () => {
  it('gives the code for the badge and the frame, as text to copy', async () => {
    const { app } = await createTestApp();
    const html = await (await app.request('/prenumerera')).text();
    const text = visibleText(html);
    expect(text).toContain('<img src="https://status.example.org/badge.svg" alt="Driftstatus för Testby kommun">');
    expect(text).toContain(
      '<iframe src="https://status.example.org/embed" title="Driftstatus för Testby kommun" width="360" height="240" loading="lazy"></iframe>',
    );
    // Shown, never inserted.
    expect(html).not.toMatch(/<iframe/);
    const english = visibleText(await (await app.request('/en/subscribe')).text());
    expect(english).toContain('<iframe src="https://status.example.org/en/embed" title="Service status for Testby Municipality"');
  });
});
