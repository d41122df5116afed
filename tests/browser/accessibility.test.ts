/**
 * Real headless Chromium: every public page in both languages passes axe-core's WCAG 2.1 A/AA
 * rules with zero violations, works without JavaScript, and fits a 320 px wide screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app';
import { axeViolations, launchBrowser } from '../helpers/browser';
import { ERROR_PAGES, PUBLIC_PAGES } from '../helpers/public-pages';
import { startServer, type RunningServer } from '../helpers/server';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  const { app } = await createTestApp({ seed: 'example', now: '2026-02-11T13:00:00Z' });
  server = await startServer(app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const path of [...PUBLIC_PAGES, ...ERROR_PAGES]) {
    it(`${path} has zero violations`, async () => {
      // axe is injected through the DevTools protocol; the page itself ships no script.
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(server.url + path);
      const violations = await axeViolations(page);
      await context.close();
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  }
});

describe('without JavaScript', () => {
  it('lets a resident go from the overview to a service, switch language and page through history', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(5_000);
    const scriptRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scriptRequests.push(request.url());
    });

    await page.goto(server.url + '/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Driftstatus');
    await expect(page.getByText('Flera tjänster fungerar inte just nu.').isVisible()).resolves.toBe(true);

    await page.getByRole('link', { name: 'Abonnemang och fakturor för vatten och avfall' }).first().click();
    await page.waitForURL('**/tjanster/vatten-och-avfallsfakturor');
    await expect(page.getByText('Återuppbyggs').first().isVisible()).resolves.toBe(true);

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/services/vatten-och-avfallsfakturor');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByText('Being rebuilt').first().isVisible()).resolves.toBe(true);

    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('link', { name: /Older updates/ }).click();
    await page.waitForURL('**/en/history?page=2');
    await expect(page.getByRole('link', { name: /Newer updates/ }).isVisible()).resolves.toBe(true);

    // An earlier version of a corrected update opens without script (<details>).
    await page.goto(server.url + '/handelser/it-angrepp');
    const summary = page.locator('details.earlier summary').first();
    await summary.click();
    await expect(page.locator('details.earlier').first().getAttribute('open')).resolves.toBe('');

    await context.close();
    expect(scriptRequests).toEqual([]);
  });

  it('ships no script on any public page', async () => {
    for (const path of PUBLIC_PAGES) {
      const html = await (await fetch(server.url + path)).text();
      expect(html, path).not.toMatch(/<script/i);
    }
  });
});

describe('print', () => {
  it('prints the content without navigation and with earlier versions of corrected updates', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(server.url + '/handelser/it-angrepp');
    await expect(page.locator('.languages').isVisible()).resolves.toBe(false);
    await expect(page.locator('.skip').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.earlier-version').first().isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    await context.close();
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });
});

describe('touch targets on a 390 px phone (WCAG 2.2 target size, 2.5.8, as Lighthouse checks it)', () => {
  // axe's target-size rule is the check behind Lighthouse's accessibility audit of the same
  // name: every link and button at least 24 × 24 CSS px, or far enough from the next one;
  // links inside a sentence are exempt. Lighthouse itself is no dependency of the project.
  for (const path of PUBLIC_PAGES) {
    it(`${path}: every target is large enough or far enough from the next`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(server.url + path);
      const violations = await axeViolations(page, ['target-size']);
      await context.close();
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  }
});

describe('small screens', () => {
  for (const path of ['/', '/en/', '/handelser/it-angrepp', '/historik', '/affisch', '/api']) {
    it(`${path} fits 320 px without sideways scrolling`, async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(server.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await context.close();
      expect(overflow).toBe(0);
    });
  }
});
