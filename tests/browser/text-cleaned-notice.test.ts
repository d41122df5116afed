/**
 * In a real browser with htmx: a save whose text lost control characters shows the notice
 * (swapped in out of band), and the next clean save takes it away again.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { makeUser } from '../helpers/admin';
import { launchBrowser } from '../helpers/browser';
import { makeGroup, makeService } from '../helpers/factories';
import { startServer, type RunningServer } from '../helpers/server';

let browser: Browser;
let server: RunningServer;
let context: TestContext;
let password: string;

beforeAll(async () => {
  context = await createTestApp({ now: new Date().toISOString() });
  const group = await makeGroup(context.db, context.clock);
  await makeService(context.db, context.clock, { groupId: group, slug: 'e-post', sv: { name: 'E-post' } });
  ({ password } = await makeUser(context, { username: 'redaktor', role: 'editor' }));
  server = await startServer(context.app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the notice that cleaning changed a text', () => {
  it('appears after an htmx save that removed control characters and goes after a clean one', async () => {
    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/admin/login`);
    await page.getByLabel('Användarnamn').fill('redaktor');
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.waitForURL(`${server.url}/admin`);

    const notice = page.locator('#text-cleaned');
    const row = page.locator('li.status-row', { hasText: 'E-post' });
    await row.locator('details.change > summary').click();
    await row.getByLabel('Ny status').selectOption('down');
    // Pasted text can carry control characters (here a bell and an escape) the editor cannot see.
    await row.getByLabel('Meddelande på svenska').fill('E-posten ligger nere.\u0007\u001b');
    await row.getByRole('button', { name: 'Publicera' }).click();
    await row.getByText('Publicerat: E-post har nu status Ur funktion.').waitFor();
    await notice.getByText('Osynliga styrtecken togs bort ur texten när den sparades.').waitFor();
    expect(page.url()).toBe(`${server.url}/admin`);

    const again = page.locator('li.status-row', { hasText: 'E-post' });
    await again.locator('details.change > summary').click();
    await again.getByLabel('Ny status').selectOption('degraded');
    await again.getByLabel('Meddelande på svenska').fill('E-posten fungerar delvis.');
    await again.getByRole('button', { name: 'Publicera' }).click();
    await again.getByText('Publicerat: E-post har nu status Begränsad funktion.').waitFor();
    await expect(notice.textContent()).resolves.toBe('');
  });
});
