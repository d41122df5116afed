/**
 * The console in Chromium (issue 12): a draft survives an expired session and signing in again,
 * without JavaScript and with htmx; the sessions table fits 320 px; no page of the console
 * breaks its own Content Security Policy.
 */
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../src/db/schema';
import { createTestApp, type TestContext } from '../helpers/app';
import { makeUser } from '../helpers/admin';
import { adminPages } from '../helpers/admin-pages';
import { axeViolations, launchBrowser } from '../helpers/browser';
import { startServer, type RunningServer } from '../helpers/server';

let browser: Browser;
let server: RunningServer;
let context: TestContext;
let password: string;
let pages: string[];
let editorId: number;

beforeAll(async () => {
  // The real time: the browser judges cookies and pages by its own clock.
  context = await createTestApp({ seed: 'example', now: new Date().toISOString() });
  const editor = await makeUser(context, { username: 'redaktor', role: 'editor', displayName: 'Rut Redaktör' });
  ({ password } = editor);
  editorId = editor.user.id;
  const chef = await makeUser(context, { username: 'chef', role: 'admin', displayName: 'Ada Admin', password });
  pages = await adminPages(context, chef.user.id);
  server = await startServer(context.app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(page: Page, username: string) {
  await page.goto(`${server.url}/admin/login`);
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.waitForURL(`${server.url}/admin`);
}

async function newPage(options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const browserContext = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 390, height: 800 } });
  const page = await browserContext.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** As if the person had been away longer than the idle limit: every session of theirs is stale. */
async function expireSessionsOf(userId: number) {
  await context.db
    .update(sessions)
    .set({ lastSeenAt: new Date(Date.now() - 24 * 3_600_000) })
    .where(eq(sessions.userId, userId));
}

describe('an expired session keeps the draft in a real browser', () => {
  it('without JavaScript: sign in again, see the text, send it', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await signIn(page, 'redaktor');
    await page.goto(`${server.url}/admin/account`);
    const name = 'Rut Redaktör, kommunikatör på kommunledningskontoret';
    await page.getByLabel('Namn som visas').fill(name);
    await expireSessionsOf(editorId);
    await page.getByRole('button', { name: 'Spara uppgifter' }).click();

    await expect(page.getByText('Du har loggats ut, så formuläret skickades inte.').waitFor()).resolves.toBeUndefined();
    await page.getByLabel('Användarnamn').fill('redaktor');
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();

    await expect(page.getByRole('heading', { name: 'Du är inloggad igen — skicka formuläret' }).waitFor()).resolves.toBeUndefined();
    const kept = page.getByLabel('Namn som visas');
    expect(await kept.inputValue()).toBe(name);
    // Not sent by itself.
    expect((await context.db.query.users.findFirst({ where: eq(users.id, editorId) }))!.displayName).toBe('Rut Redaktör');
    await kept.fill(`${name} (Östra)`);
    await page.getByRole('button', { name: 'Skicka formuläret' }).click();
    await page.waitForURL(/\/admin\/account\?done=profile$/);
    expect((await context.db.query.users.findFirst({ where: eq(users.id, editorId) }))!.displayName).toBe(`${name} (Östra)`);
    await context.db.update(users).set({ displayName: 'Rut Redaktör' }).where(eq(users.id, editorId));
    await page.context().close();
  });

  it('with htmx: the sign-in page with the draft replaces the console instead of a redirect', async () => {
    // A second sign-in of the same person, so the sessions table has a "sign out" form (htmx).
    const other = await newPage();
    await signIn(other, 'chef');
    const page = await newPage();
    await signIn(page, 'chef');
    await page.goto(`${server.url}/admin/account`);
    const chefId = (await context.db.query.users.findFirst({ where: eq(users.username, 'chef') }))!.id;
    await expireSessionsOf(chefId);
    await page.locator('#sessions form[action="/admin/account/sessions/revoke"] button').first().click();
    await expect(page.getByText('Du har loggats ut, så formuläret skickades inte.').waitFor()).resolves.toBeUndefined();
    expect(await page.locator('input[name="draft"]').first().getAttribute('value')).toContain('/admin/account/sessions/revoke');
    expect(page.url()).toBe(`${server.url}/admin/account`);
    // axe-core needs JavaScript, so the sign-in page with a draft and the page after it are checked here.
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Användarnamn').fill('chef');
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Du är inloggad igen — skicka formuläret' }).waitFor()).resolves.toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);
    await other.context().close();
    await page.context().close();
  });
});

describe('the sessions table on a 320 px phone', () => {
  it('shows every sign-in as a card, with no sideways scrolling', async () => {
    const page = await newPage({ width: 320 });
    await signIn(page, 'redaktor');
    await page.goto(`${server.url}/admin/account`);
    const table = page.locator('table.sessions-table');
    await table.waitFor();
    const widths = await page.evaluate(() => {
      const wrap = document.querySelector('#sessions .table-wrap')!;
      return { page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth, wrap: wrap.scrollWidth, wrapClient: wrap.clientWidth };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.wrap).toBeLessThanOrEqual(widths.wrapClient);
    // Each cell says which column it is.
    const label = await table.locator('tbody td').first().evaluate((cell) => getComputedStyle(cell, '::before').content);
    expect(label).toBe('"Webbläsare"');
    await page.context().close();
  });
});

describe('Content Security Policy', () => {
  it('no console page reports a CSP violation in Chromium', async () => {
    const page = await newPage();
    const reported: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) reported.push(`${page.url()}: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const seen = ((window as unknown as { __csp?: string[] }).__csp ??= []);
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await signIn(page, 'chef');
    for (const path of [...pages, '/admin/login']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('load');
      const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      for (const violation of seen) reported.push(`${path}: ${violation}`);
    }
    expect(reported).toEqual([]);
    await page.context().close();
  });
});
