/**
 * Incident templates and the update form's one list, in Chromium on a phone (390 × 844 px),
 * with and without JavaScript (issue 12): a template fills a new incident in both languages and
 * publishing it reaches both public pages; on an incident's page, ticking a service and giving
 * it a status changes it in the same step as the update. The new console pages pass axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { makeUser } from '../helpers/admin';
import { axeViolations, launchBrowser } from '../helpers/browser';
import { startServer, type RunningServer } from '../helpers/server';

const PHONE = { width: 390, height: 844 };

let browser: Browser;
let server: RunningServer;
let context: TestContext;
let password: string;

beforeAll(async () => {
  context = await createTestApp({ seed: 'example', now: new Date().toISOString() });
  ({ password } = await makeUser(context, { username: 'chef', role: 'admin', displayName: 'Ada Admin' }));
  server = await startServer(context.app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phone(javaScriptEnabled: boolean, options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled, viewport: PHONE, ...options })).newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/admin/login`);
  await page.getByLabel('Användarnamn').fill('chef');
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.waitForURL(`${server.url}/admin`);
  return page;
}

async function serviceId(slug: string): Promise<number> {
  return (await context.db.query.services.findFirst({ where: (row, { eq }) => eq(row.slug, slug) }))!.id;
}

describe('a new incident from a template, on a phone', () => {
  for (const [javaScriptEnabled, template, title, englishTitle, service] of [
    [false, 'E-post fungerar inte', 'Kommunens e-post fungerar inte', 'The municipality’s e-mail is not working', 'e-post'],
    [true, 'Telefonin fungerar inte', 'Kommunens telefoner fungerar inte', 'The municipality’s phones are not working', 'vaxel'],
  ] as const) {
    it(`fills the form in both languages and publishes it (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async () => {
      const page = await phone(javaScriptEnabled);
      await page.getByRole('link', { name: 'Händelser', exact: true }).click();
      await page.getByRole('link', { name: 'Ny händelse' }).click();
      await page.getByRole('link', { name: template }).click();
      await page.waitForURL(/\/admin\/incidents\/new\?template=\d+$/);
      await expect(page.getByText(`Ifyllt från mallen ”${template}”.`).isVisible()).resolves.toBe(true);
      expect(await page.locator('#f-sv-title').inputValue()).toBe(title);
      expect(await page.locator('#f-en-title').inputValue()).toBe(englishTitle);
      expect(await page.locator('#f-update-en').inputValue()).not.toBe('');
      const id = await serviceId(service);
      expect(await page.locator(`#new-f-status-${id}`).inputValue()).toBe('down');
      // Still editable: the editor adds what only they know, then publishes.
      await page.locator('#f-sv-whatHappened').fill('Sedan kl. 03.10 i natt kommer mejl inte fram.');
      await page.getByRole('button', { name: 'Skapa händelsen' }).click();
      await page.waitForURL(/\/admin\/incidents\/\d+\?created/);

      const incident = (await context.db.query.incidents.findMany({ orderBy: (row, { desc }) => desc(row.id), limit: 1 }))[0]!;
      const visitor = await (await browser.newContext({ javaScriptEnabled: false, viewport: PHONE })).newPage();
      await visitor.goto(`${server.url}/handelser/${incident.slug}`);
      await expect(visitor.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(title);
      await expect(visitor.getByText('Sedan kl. 03.10 i natt kommer mejl inte fram.').isVisible()).resolves.toBe(true);
      await visitor.goto(`${server.url}/en/incidents/${incident.slug}`);
      await expect(visitor.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(englishTitle);
      const status = (await context.db.query.services.findFirst({ where: (row, { eq }) => eq(row.id, id) }))!.status;
      expect(status).toBe('down');
      await page.context().close();
      await visitor.context().close();
    });
  }
});

describe('the update form’s one list of services, on a phone', () => {
  for (const [javaScriptEnabled, slug, name] of [
    [false, 'trygghetslarm', 'Trygghetslarm'],
    [true, 'sophamtning', 'Sophämtning'],
  ] as const) {
    it(`ticks a service and sets its status in the same step as the update (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async () => {
      const incident = (await context.db.query.incidents.findFirst({ where: (row, { eq }) => eq(row.slug, 'it-angrepp') }))!;
      const id = await serviceId(slug);
      const page = await phone(javaScriptEnabled);
      await page.goto(`${server.url}/admin/incidents/${incident.id}`);
      const form = page.locator('#post-update');
      await form.getByText('Andra tjänster').click();
      await form.getByLabel(`Berörd: ${name}`).check();
      await form.locator(`#upd-f-status-${id}`).selectOption('degraded');
      await form.getByLabel(/^Text på svenska/).fill(`${name} påverkas nu också.`);
      await form.getByRole('button', { name: 'Publicera', exact: true }).click();
      await expect(page.getByText('Uppdateringen är publicerad.').first().waitFor()).resolves.toBeUndefined();

      const after = await context.db.query.incidents.findFirst({ where: (row, { eq }) => eq(row.id, incident.id), with: { services: true } });
      expect(after!.services.map((row) => row.serviceId)).toContain(id);
      const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
      await visitor.goto(`${server.url}/tjanster/${slug}`);
      await expect(visitor.getByText('Begränsad funktion').first().isVisible()).resolves.toBe(true);
      await visitor.goto(`${server.url}/handelser/it-angrepp`);
      await expect(visitor.getByText(`${name} påverkas nu också.`).isVisible()).resolves.toBe(true);
      await page.context().close();
      await visitor.context().close();
    });
  }
});

describe('accessibility of the template pages (axe-core, WCAG 2.1 AA)', () => {
  it('reports zero violations on the list, the new and edit forms, and the new-incident form filled from a template', async () => {
    const template = (await context.db.query.incidentTemplates.findFirst())!;
    const page = await phone(true, { bypassCSP: true });
    for (const path of ['/admin/settings/templates', '/admin/settings/templates/new', `/admin/settings/templates/${template.id}`, `/admin/incidents/new?template=${template.id}`]) {
      await page.goto(server.url + path);
      const violations = await axeViolations(page);
      expect(violations, `${path}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    }
    // And with errors shown: the summary, aria-invalid fields.
    await page.goto(`${server.url}/admin/settings/templates/new`);
    await page.getByRole('button', { name: 'Skapa mallen' }).click();
    await expect(page.getByText('Fältet måste fyllas i.').first().waitFor()).resolves.toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
