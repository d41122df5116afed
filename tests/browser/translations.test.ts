/**
 * The translations view in Chromium, over the example data (six languages offered): no
 * JavaScript needed, zero axe violations, no sideways scrolling on a 390 px or 320 px phone,
 * and a "write the text" link lands on the field where it is written.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app';
import { makeUser } from '../helpers/admin';
import { axeViolations, launchBrowser } from '../helpers/browser';
import { startServer, type RunningServer } from '../helpers/server';

let browser: Browser;
let server: RunningServer;
let password: string;

beforeAll(async () => {
  // The real time: the browser judges cookies by its own clock.
  const context = await createTestApp({ seed: 'example', now: new Date().toISOString() });
  ({ password } = await makeUser(context, { username: 'chef', role: 'admin' }));
  server = await startServer(context.app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Without JavaScript, as the view must work; axe needs scripts, and its injection needs the CSP bypassed. */
async function signedInPage(width: number, options: { forAxe?: boolean } = {}) {
  const settings = options.forAxe ? { bypassCSP: true } : { javaScriptEnabled: false };
  const page = await (await browser.newContext({ ...settings, viewport: { width, height: 800 } })).newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/admin/login`);
  await page.getByLabel('Användarnamn').fill('chef');
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.waitForURL(`${server.url}/admin`);
  return page;
}

describe('the translations view in Chromium, without JavaScript', () => {
  for (const width of [390, 320]) {
    it(`has zero axe violations and fits ${width} px without sideways scrolling`, async () => {
      const page = await signedInPage(width);
      await page.goto(`${server.url}/admin/translations`);
      await page.getByRole('heading', { level: 1, name: 'Översättningar' }).waitFor();
      expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Engelska (English)', 'Finska (suomi)', 'Meänkieli', 'Arabiska (العربية)', 'Lättläst svenska']);
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      await page.context().close();
      const checked = await signedInPage(width, { forAxe: true });
      await checked.goto(`${server.url}/admin/translations`);
      expect(await axeViolations(checked)).toEqual([]);
      await checked.context().close();
    });
  }

  it('takes the editor from a missing Arabic text to the Arabic field of the form', async () => {
    const page = await signedInPage(390);
    await page.goto(`${server.url}/admin/translations`);
    await page.locator('section[aria-labelledby="lang-ar"]').getByRole('link', { name: 'Skriv texten på arabiska' }).first().click();
    await page.waitForLoadState('load');
    const target = await page.evaluate(() => {
      const field = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      return field ? { tag: field.tagName, lang: field.getAttribute('lang'), dir: field.getAttribute('dir') } : null;
    });
    expect(target).toMatchObject({ lang: 'ar', dir: 'rtl' });
    await page.context().close();
  });
});
