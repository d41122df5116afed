/**
 * The whole loop in a real browser: an editor signs in, changes a status with a note, and
 * residents see it on the public page and subscribers in the feed. The admin pages pass
 * axe-core's WCAG 2.1 AA rules too.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { makeUser } from '../helpers/admin';
import { adminPages } from '../helpers/admin-pages';
import { axeViolations, launchBrowser } from '../helpers/browser';
import { parseFeed } from '../helpers/feeds';
import { startServer, type RunningServer } from '../helpers/server';

let browser: Browser;
let server: RunningServer;
let context: TestContext;
let password: string;
let pages: string[];

beforeAll(async () => {
  // The real time: the browser judges cookies and pages by its own clock.
  context = await createTestApp({ seed: 'example', now: new Date().toISOString() });
  ({ password } = await makeUser(context, { username: 'redaktor', role: 'editor', displayName: 'Rut Redaktör' }));
  const chef = await makeUser(context, { username: 'chef', role: 'admin', displayName: 'Ada Admin', password });
  pages = await adminPages(context, chef.user.id);
  server = await startServer(context.app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signedInPage(username: string, javaScriptEnabled = true) {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/admin/login`);
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.waitForURL(`${server.url}/admin`);
  return page;
}

describe('an editor publishing a status change', () => {
  it('changes a status with a note using htmx, and the public page and the feed show it', async () => {
    const page = await signedInPage('redaktor');
    const row = page.locator('li.status-row', { hasText: 'Sophämtning' });
    await row.getByLabel('Ny status').selectOption('degraded');
    await row.getByLabel('Kort meddelande').fill('Sophämtningen är försenad i norra delen av kommunen.');
    await row.getByRole('button', { name: 'Publicera' }).click();
    await expect(row.getByText('Publicerat: Sophämtning har nu status Begränsad funktion.').waitFor()).resolves.toBeUndefined();
    // htmx swapped only the row: still on the dashboard, no navigation happened.
    expect(page.url()).toBe(`${server.url}/admin`);

    const publicPage = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await publicPage.goto(`${server.url}/tjanster/sophamtning`);
    await expect(publicPage.getByText('Begränsad funktion').first().isVisible()).resolves.toBe(true);
    await expect(publicPage.getByText('Sophämtningen är försenad i norra delen av kommunen.').isVisible()).resolves.toBe(true);

    const feed = parseFeed(await (await fetch(`${server.url}/feed.atom`)).text());
    expect(feed.items[0]!.content).toContain('Sophämtningen är försenad i norra delen av kommunen.');
    expect(feed.items[0]!.content).toContain('Sophämtning: Fungerar → Begränsad funktion');
  });

  it('works without JavaScript too', async () => {
    const page = await signedInPage('redaktor', false);
    const row = page.locator('li.status-row', { hasText: 'Trygghetslarm' });
    await row.getByLabel('Ny status').selectOption('investigating');
    await row.getByLabel('Kort meddelande').fill('Vi undersöker larm som inte når fram.');
    await row.getByRole('button', { name: 'Publicera' }).click();
    await page.waitForURL(/\/admin\?published=/);
    await expect(page.getByText('Publicerat: Trygghetslarm har nu status Under utredning.').isVisible()).resolves.toBe(true);
  });
});

describe('accessibility of the admin console (axe-core, WCAG 2.1 AA)', () => {
  it('has zero violations on the sign-in page', async () => {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(`${server.url}/admin/login`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has zero violations on every console page', async () => {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/admin/login`);
    await page.getByLabel('Användarnamn').fill('chef');
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.waitForURL(`${server.url}/admin`);
    const found: Record<string, unknown> = {};
    for (const path of pages) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(200);
      const violations = await axeViolations(page);
      if (violations.length > 0) found[path] = violations;
    }
    expect(found).toEqual({});
  }, 120_000);
});
