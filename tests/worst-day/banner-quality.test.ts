/**
 * Pages served from their last good copy meet the same bar as fresh ones: valid HTML (Nu Html
 * Checker) and zero axe-core WCAG 2.1 AA violations in Chromium, with the banner exposed as a
 * polite live region (role="status") in the page's language. The copies come from a server
 * that rendered the example site; they are served by a second app, as after a restart, that
 * has no database at all.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/database';
import { StandbyClient } from '../../src/db/standby-client';
import { MemorySnapshots } from '../../src/snapshot/store';
import { createTestApp } from '../helpers/app';
import { axeViolations, launchBrowser, type Browser } from '../helpers/browser';
import { PUBLIC_PAGES } from '../helpers/public-pages';
import { startServer, type RunningServer } from '../helpers/server';
import { sleep } from './helpers';
import { bannerText } from './scenario';

const run = promisify(execFile);
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

let server: RunningServer;
let browser: Browser;
const served = new Map<string, string>();

beforeAll(async () => {
  const snapshots = new MemorySnapshots();
  const original = await createTestApp({ seed: 'example', snapshots });
  for (const path of PUBLIC_PAGES) expect((await original.app.request(path)).status, path).toBe(200);
  await sleep(50);
  const withoutDatabase = await createTestApp({ database: createDatabase(new StandbyClient()), seed: 'none', snapshots });
  for (const path of PUBLIC_PAGES) {
    const response = await withoutDatabase.app.request(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('x-status-snapshot'), path).not.toBeNull();
    served.set(path, await response.text());
  }
  server = await startServer(withoutDatabase.app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('pages served from their last good copy', () => {
  it('are valid HTML, banner included', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snapshot-vnu-'));
    try {
      const pages = [...served.keys()];
      const files = pages.map((path, index) => {
        const file = join(dir, `${index}.html`);
        writeFileSync(file, served.get(path)!);
        return file;
      });
      const result = await run('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...files], { maxBuffer: 16 * 1024 * 1024 }).catch(
        (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
      );
      const report = JSON.parse(result.stdout || '{"messages":[]}') as { messages: { type: string; subType?: string; url: string; message: string; lastLine?: number }[] };
      const errors = report.messages
        .filter((message) => message.type === 'error' || message.subType === 'fatal')
        .map((message) => `${pages[Number(/(\d+)\.html$/.exec(message.url)?.[1])]}:${message.lastLine} ${message.message}`);
      expect(errors).toEqual([]);
      for (const [path, html] of served) expect(bannerText(html), path).not.toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const path of ['/', '/en/', '/handelser/it-angrepp', '/en/history', '/historik?page=2']) {
    it(`${path}: zero axe violations, and the banner is a status region in the page language`, async () => {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(server.url + path);
      const status = page.getByRole('status');
      await expect(status.count()).resolves.toBe(1);
      const text = await status.textContent();
      expect(text).toMatch(path.startsWith('/en/') ? /^This information is shown as it was on 11 February 2026 at 14:00\./ : /^Informationen visas som den var 11 februari 2026 kl\. 14\.00\./);
      await expect(status.isVisible()).resolves.toBe(true);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(path.startsWith('/en/') ? 'en' : 'sv');
      const violations = await axeViolations(page);
      await context.close();
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  }
});
