/**
 * The exported site in a real browser, opened from files as from a USB stick (file://, no
 * server at all): the overview renders with its stylesheet, a link leads to the service page,
 * the language switch to the English page, and nothing is asked of any network.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app';
import { CHROMIUM_PATH, launchBrowser, type Browser } from '../helpers/browser';
import { exportInto, temporaryFolder } from './helpers';

const hasChromium = existsSync(CHROMIUM_PATH);
const folders: (() => void)[] = [];
let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (!hasChromium) return;
  const context = await createTestApp({ seed: 'example' });
  dir = temporaryFolder('export-browser-', folders);
  await exportInto(context.db, dir, context.clock.now());
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  folders.forEach((cleanup) => cleanup());
});

describe.skipIf(!hasChromium)('the export opened from files in Chromium', () => {
  it('renders the overview with its stylesheet and follows links to a service and to English', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));

    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    // The stylesheet applied: the page is laid out by our CSS, not the browser's defaults.
    const headerLayout = await page.locator('.site-header .wrap').evaluate((element) => getComputedStyle(element).display);
    expect(headerLayout).toBe('flex');
    // The status icons draw (the sprite is in the page: a sprite file would be refused here).
    const iconWidth = await page.locator('.status svg.icon use').first().evaluate((element) => (element as SVGGraphicsElement).getBBox().width);
    expect(iconWidth).toBeGreaterThan(0);

    const serviceLink = page.locator('a.service-name').first();
    const serviceName = (await serviceLink.textContent())!.trim();
    await serviceLink.click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/^file:\/\/.*\/tjanster\/[a-z0-9-]+\.html$/);
    expect((await page.locator('h1').first().textContent())!.trim()).toBe(serviceName);

    await page.locator('nav.languages a[hreflang="en"]').click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/en\/services\/[a-z0-9-]+\.html$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.locator('.site-footer a', { hasText: 'History' }).click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/en\/history\.html$/);

    expect(requested.filter((url) => !url.startsWith('file://'))).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });
});
