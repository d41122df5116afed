/**
 * The subscription pages in a real browser without any script of ours: a resident goes from
 * the form (with a mistake first) to confirmed, to the manage page, to leaving; every page on
 * the way has zero axe-core WCAG 2.1 A/AA violations and no Nu Html Checker errors.
 */
import type { Browser, Page } from 'playwright-core';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from '../helpers/browser';
import { startServer, type RunningServer } from '../helpers/server';
import { createMailTestApp, linkIn, pathOfUrl, type MailTestContext } from './helpers';

const run = promisify(execFile);
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

async function vnuErrors(documents: { name: string; html: string }[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'subscription-vnu-'));
  try {
    const files = documents.map((document, index) => {
      const file = join(dir, `${index}.html`);
      writeFileSync(file, document.html);
      return file;
    });
    const result = await run('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...files], { maxBuffer: 16 * 1024 * 1024 }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    const report = JSON.parse(result.stdout || '{"messages":[]}') as { messages: { type: string; subType?: string; url: string; message: string; lastLine?: number }[] };
    return report.messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .map((message) => `${documents[Number(/(\d+)\.html$/.exec(message.url)?.[1])]?.name}:${message.lastLine} ${message.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let ctx: MailTestContext;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ctx = await createMailTestApp({ seed: 'example' });
  server = await startServer(ctx.app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await ctx?.close();
});

describe('subscription pages in a browser', () => {
  it('take a resident from the form to leaving, every page accessible and valid', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const documents: { name: string; html: string }[] = [];
    const violations: Record<string, unknown> = {};
    const check = async (name: string, target: Page) => {
      documents.push({ name, html: await target.content() });
      const found = await axeViolations(target);
      if (found.length > 0) violations[name] = found;
    };

    await page.goto(`${server.url}/prenumerera`);
    await check('subscribe page', page);
    await page.getByLabel('E-postadress').fill('anna@');
    await page.getByRole('button', { name: 'Prenumerera' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Skriv en e-postadress');
    await check('subscribe form with a mistake', page);

    await page.getByLabel('E-postadress').fill('anna@example.org');
    await page.getByLabel('Bara de tjänster jag väljer').check();
    await page.locator('input[name="service"]').first().check();
    await page.getByRole('button', { name: 'Prenumerera' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Titta i din e-post');
    await check('check your mail', page);

    const [confirmation] = await ctx.smtp.waitFor(1);
    await page.goto(server.url + pathOfUrl(linkIn(confirmation!, 'https://status.example.org/prenumerera/bekrafta?t=')));
    await check('confirm page', page);
    await page.getByRole('button', { name: 'Bekräfta prenumerationen' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Klart – du prenumererar nu');
    await check('confirmed', page);

    await page.getByRole('link', { name: 'Din prenumeration' }).click();
    await check('manage page', page);
    await page.getByLabel('Alla uppdateringar').check();
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Ändringarna är sparade.');
    await check('manage page, saved', page);

    await page.getByRole('button', { name: 'Avsluta prenumerationen' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Prenumerationen är avslutad');
    await check('ended', page);

    await page.goto(`${server.url}/prenumerera/bekrafta?t=nonsense`);
    await check('link does not work', page);
    await page.goto(`${server.url}/en/subscribe`);
    await check('subscribe page in English', page);
    await page.goto(`${server.url}/tjanster/vatten-och-avfallsfakturor`);
    await check('service page with its form', page);
    await context.close();

    expect(violations).toEqual({});
    expect(await vnuErrors(documents)).toEqual([]);
  });
});
