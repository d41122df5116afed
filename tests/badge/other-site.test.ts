/**
 * In a real browser (headless Chromium), on a page of another origin: the embed code from the
 * subscribe page shows the state in its frame, fits the size the code gives it, and its link
 * leaves the frame; a status page in a frame is refused; the badges load as images.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app';
import { launchBrowser, type Browser } from '../helpers/browser';
import { startServer, type RunningServer } from '../helpers/server';

let status: RunningServer;
let otherSite: Server;
let otherUrl: string;
let browser: Browser;

beforeAll(async () => {
  const { app } = await createTestApp({ seed: 'example' });
  status = await startServer(app);
  // Another origin: same machine, another port (a public address could not reach loopback).
  otherSite = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!DOCTYPE html><html lang="sv"><title>Tidningen</title><h1>Tidningen</h1>
      <iframe id="embed" src="${status.url}/embed" title="Driftstatus" width="360" height="240"></iframe>
      <iframe id="page" src="${status.url}/" title="Sidan" width="360" height="240"></iframe>
      <img id="overall" src="${status.url}/badge.svg" alt="Driftstatus">
      <img id="service" src="${status.url}/tjanster/bibliotek/badge.svg" alt="Biblioteket">`);
  });
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://localhost:${(otherSite.address() as { port: number }).port}/`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await status?.close();
  await new Promise((resolve) => otherSite?.close(resolve));
});

describe('on another site', () => {
  it('shows the embedded state, refuses the status page in a frame, and shows the badges', async () => {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(otherUrl);
    const embed = page.frameLocator('#embed');
    await expect(embed.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Flera tjänster fungerar inte just nu.');
    const link = embed.getByRole('link', { name: 'Till driftstatus för Exempelviks kommun' });
    await expect(link.getAttribute('target')).resolves.toBe('_top');
    // The whole state fits the frame the code asks for: nothing to scroll.
    const inner = page.frames().find((frame) => frame.url().endsWith('/embed'))!;
    const overflow = await inner.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
    expect(overflow).toBeLessThanOrEqual(0);

    const framedPage = page.frames().find((frame) => frame.url() === `${status.url}/` || frame.url().startsWith('chrome-error'));
    const shown = framedPage ? await framedPage.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    expect(shown).not.toContain('Driftstatus');

    for (const id of ['overall', 'service']) {
      const width = await page.locator(`#${id}`).evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : -1));
      expect(width, id).toBeGreaterThan(100);
    }

    // The link leaves the frame: the whole window goes to the status page (the example's address).
    await page.route('https://status.example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Statussidan</title>' }));
    await link.click();
    await page.waitForURL('https://status.example.org/');
    await expect(page.title()).resolves.toBe('Statussidan');
    await context.close();
  });
});
