/**
 * The new languages in real Chromium (issue 17): axe-core's WCAG 2.1 A/AA rules with zero
 * violations on every Arabic page and one page of each other new language, no sideways
 * scrolling at 320 px right to left, and the layout mirrored in Arabic.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from '../helpers/browser';
import { startServer, type RunningServer } from '../helpers/server';
import { htmlPagesOf, multilingualSite, pathIn } from '../languages/helpers';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  const { app } = await multilingualSite();
  server = await startServer(app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ARABIC_PAGES = [...htmlPagesOf('ar'), '/ar/no-such-page'];
const ONE_PAGE_EACH = [
  pathIn('fi', { kind: 'incident', slug: 'it-angrepp' }),
  pathIn('fit', { kind: 'service', slug: 'mina-sidor' }),
  pathIn('sv-x-easy', { kind: 'overview' }),
  // A left-to-right page naming a right-to-left language in its switch.
  pathIn('sv', { kind: 'overview' }),
];

describe('accessibility in every new language (axe-core, WCAG 2.1 AA)', () => {
  for (const path of [...ARABIC_PAGES, ...ONE_PAGE_EACH]) {
    it(`${path} has zero violations`, async () => {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(server.url + path);
      const violations = await axeViolations(page);
      await context.close();
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  }
});

describe('right to left on a small screen', () => {
  for (const path of ARABIC_PAGES) {
    it(`${path} fits 320 px without sideways scrolling`, async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(server.url + path);
      // In RTL, content overflowing to the left scrolls; scrollWidth counts it either way.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await context.close();
      expect(overflow).toBe(0);
    });
  }
});

describe('the layout mirrors', () => {
  it('puts the coloured edge of a service, the site name and the first heading on the right in Arabic, on the left in Finnish', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const measure = async (path: string) => {
      await page.goto(server.url + path);
      return page.evaluate(() => {
        const service = document.querySelector('.service')!;
        const style = getComputedStyle(service);
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const width = document.documentElement.clientWidth;
        return {
          edgeLeft: style.borderLeftWidth,
          edgeRight: style.borderRightWidth,
          siteName: box('.site-name'),
          heading: box('h1'),
          width,
        };
      });
    };
    const arabic = await measure('/ar/');
    expect(arabic.edgeRight).not.toBe('0px');
    expect(arabic.edgeLeft).toBe('0px');
    expect(arabic.siteName.right).toBeGreaterThan(arabic.width / 2);
    expect(arabic.heading.right - arabic.heading.width).toBeGreaterThanOrEqual(0);
    const finnish = await measure('/fi/');
    expect(finnish.edgeLeft).not.toBe('0px');
    expect(finnish.edgeRight).toBe('0px');
    expect(finnish.siteName.left).toBeLessThan(finnish.width / 2);

    // The pagination arrows turn round in Arabic; status icons do not.
    await page.goto(server.url + '/ar/incidents/it-angrepp');
    const arrow = await page.evaluate(() => getComputedStyle(document.querySelector('.changes .forward')!).transform);
    expect(arrow).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    const icon = await page.evaluate(() => getComputedStyle(document.querySelector('.icon')!).transform);
    expect(icon).toBe('none');
    await context.close();
  });
});
