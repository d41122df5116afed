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
    await row.getByText('Ändra status för Sophämtning').click();
    await row.getByLabel('Ny status').selectOption('degraded');
    await row.getByLabel('Meddelande på svenska').fill('Sophämtningen är försenad i norra delen av kommunen.');
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
    await row.getByText('Ändra status för Trygghetslarm').click();
    await row.getByLabel('Ny status').selectOption('investigating');
    await row.getByLabel('Meddelande på svenska').fill('Vi undersöker larm som inte når fram.');
    await row.getByRole('button', { name: 'Publicera' }).click();
    await page.waitForURL(/\/admin\?published=/);
    // Said in the page's status region and shown at the row.
    await expect(page.getByText('Publicerat: Trygghetslarm har nu status Under utredning.').first().isVisible()).resolves.toBe(true);
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

describe('a form with mistakes on a phone (Chromium, 390 px wide), with and without JavaScript', () => {
  async function phone(javaScriptEnabled: boolean) {
    const page = await (await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } })).newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/admin/login`);
    await page.getByLabel('Användarnamn').fill('redaktor');
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.waitForURL(`${server.url}/admin`);
    return page;
  }

  it('has zero axe violations with the summary and the messages shown, on a page and in an htmx answer', async () => {
    const page = await (await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } })).newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/admin/login`);
    await page.getByLabel('Användarnamn').fill('redaktor');
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.waitForURL(`${server.url}/admin`);
    const row = page.locator('li.status-row', { hasText: 'Ansökan om bygglov' });
    await row.getByText('Ändra status för Ansökan om bygglov').click();
    await row.getByRole('button', { name: 'Publicera' }).click();
    await row.locator('#error-summary').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${server.url}/admin/services/new`);
    await page.getByRole('button', { name: 'Skapa tjänsten' }).click();
    await page.locator('#error-summary').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  const focusedId = (page: Awaited<ReturnType<typeof phone>>) => page.evaluate(() => document.activeElement?.id ?? null);

  /** Whether the element is (at least partly) on screen without scrolling. */
  const inView = (page: Awaited<ReturnType<typeof phone>>, selector: string) =>
    page.evaluate((query) => {
      const box = document.querySelector(query)!.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    }, selector);

  it('without JavaScript: the page title starts "Fel:", the summary has the focus and links to each field, the draft is kept', async () => {
    const page = await phone(false);
    await page.goto(`${server.url}/admin/services/new`);
    await page.getByLabel('Adressnamn').fill('Inte En Adress');
    await page.locator('#f-texts-sv-description').fill('Ansök om bygglov på papper.');
    await page.getByRole('button', { name: 'Skapa tjänsten' }).click();
    await page.waitForLoadState();

    expect(await page.title()).toMatch(/^Fel: Ny tjänst/);
    const summary = page.locator('#error-summary');
    await expect(summary.getByRole('heading').textContent()).resolves.toBe('2 fält behöver rättas.');
    expect(await focusedId(page)).toBe('error-summary');
    expect(await inView(page, '#error-summary')).toBe(true);
    // The draft is kept in every field.
    await expect(page.getByLabel('Adressnamn').inputValue()).resolves.toBe('Inte En Adress');
    await expect(page.locator('#f-texts-sv-description').inputValue()).resolves.toBe('Ansök om bygglov på papper.');
    // Each link names its field and leads to it; the field says what is wrong and points at the message.
    const link = summary.getByRole('link', { name: /^Namn \(svenska\): Fältet måste fyllas i\./ });
    await link.click();
    expect(new URL(page.url()).hash).toBe('#f-texts-sv-name');
    expect(await inView(page, '#f-texts-sv-name')).toBe(true);
    const name = page.locator('#f-texts-sv-name');
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(name.getAttribute('aria-describedby')).resolves.toContain('f-texts-sv-name-error');
    await expect(page.locator('#f-texts-sv-name-error').textContent()).resolves.toBe('Fältet måste fyllas i.');
  });

  it('without JavaScript: a dashboard status change with a blank note comes back with the summary focused on the row, the status kept', async () => {
    const page = await phone(false);
    const row = page.locator('li.status-row', { hasText: 'Ansökan om bygglov' });
    await row.getByText('Ändra status för Ansökan om bygglov').click();
    const id = await row.getAttribute('id');
    await row.getByLabel('Ny status').selectOption('down');
    await row.getByRole('button', { name: 'Publicera' }).click();
    await page.waitForLoadState();
    expect(await page.title()).toMatch(/^Fel: /);
    expect(await focusedId(page)).toBe('error-summary');
    expect(await inView(page, '#error-summary')).toBe(true);
    const again = page.locator(`#${id}`);
    await expect(again.getByLabel('Ny status').inputValue()).resolves.toBe('down');
    await expect(again.locator('#error-summary').getByRole('link').getAttribute('href')).resolves.toBe(`#${id}-note-sv`);
  });

  it('with htmx: the answer is swapped in and the focus moves to its summary; the draft is kept', async () => {
    const page = await phone(true);
    const row = page.locator('li.status-row', { hasText: 'Ansökan om bygglov' });
    await row.getByText('Ändra status för Ansökan om bygglov').click();
    const id = await row.getAttribute('id');
    await row.getByLabel('Ny status').selectOption('degraded');
    await row.getByLabel('Meddelande på svenska').fill('   ');
    await row.getByRole('button', { name: 'Publicera' }).click();
    await page.locator(`#${id} #error-summary`).waitFor();
    // Swapped in place, no page load.
    expect(page.url()).toBe(`${server.url}/admin`);
    await expect.poll(() => focusedId(page)).toBe('error-summary');
    expect(await inView(page, '#error-summary')).toBe(true);
    await expect(page.locator(`#${id}`).getByLabel('Ny status').inputValue()).resolves.toBe('degraded');

    // A long form: the incident form's summary takes the focus too, far from where the button was.
    await page.goto(`${server.url}/admin/incidents/new`);
    await page.locator('#f-slug').fill('ny-handelse');
    await page.locator('#f-sv-whatHappened').fill('Behåll den här texten.');
    await page.getByRole('button', { name: 'Skapa händelsen' }).click();
    await page.locator('#new-incident #error-summary').waitFor();
    await expect.poll(() => focusedId(page)).toBe('error-summary');
    expect(await inView(page, '#error-summary')).toBe(true);
    await expect(page.locator('#f-sv-whatHappened').inputValue()).resolves.toBe('Behåll den här texten.');
    await expect(page.locator('#error-summary').getByRole('link', { name: /Rubrik \(svenska\)/ }).getAttribute('href')).resolves.toBe('#f-sv-title');
  });
});
