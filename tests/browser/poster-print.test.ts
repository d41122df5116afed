/**
 * The poster printed to PDF by real headless Chromium: exactly one A4 page in both languages,
 * with nothing cut off, for the example and for a site at every limit (many services, every
 * text at its longest). "Cut off" is measured in print layout at the width of the A4 page box:
 * the sheet must end within the page's height and nothing may stick out sideways.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits';
import { SERVICE_STATUSES } from '../../src/domain/status';
import { createTestApp } from '../helpers/app';
import { launchBrowser } from '../helpers/browser';
import { makeChannel, makeGroup, makeService, publish } from '../helpers/factories';
import { startServer, type RunningServer } from '../helpers/server';

/** CSS pixels per millimetre (96 per inch). */
const PX_PER_MM = 96 / 25.4;
/** A4 less the poster's 12 mm @page margins. */
const PAGE_BOX = { width: (210 - 24) * PX_PER_MM, height: (297 - 24) * PX_PER_MM };

/** Page objects in a PDF (`/Type /Page`, not the `/Type /Pages` tree above them). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

interface PrintedPoster {
  pages: number;
  /** Bottom of the sheet, in CSS px from the top of the page box. */
  bottom: number;
  /** Elements whose box reaches past the page box's right edge. */
  overflowing: string[];
  scrollWidth: number;
  text: string;
}

async function printPoster(page: Page, url: string): Promise<PrintedPoster> {
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  // The same print layout at the page box's width, to measure what the PDF cannot tell.
  await page.setViewportSize({ width: Math.floor(PAGE_BOX.width), height: Math.floor(PAGE_BOX.height) });
  const measured = await page.evaluate(() => {
    const sheet = document.querySelector('.poster')!;
    const limit = document.documentElement.clientWidth + 0.5;
    const overflowing = [...sheet.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > limit)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return {
      bottom: sheet.getBoundingClientRect().bottom + window.scrollY,
      overflowing,
      scrollWidth: document.documentElement.scrollWidth,
      text: (sheet as HTMLElement).innerText,
    };
  });
  return { pages: pdfPageCount(pdf), ...measured };
}

let browser: Browser;
const servers: RunningServer[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

async function serve(app: Parameters<typeof startServer>[0]): Promise<string> {
  const server = await startServer(app);
  servers.push(server);
  return server.url;
}

describe('printing the poster', () => {
  it('counts PDF pages', async () => {
    // The counter must see more than one page when there is more than one, or it proves nothing.
    const page = await browser.newPage();
    await page.setContent(`<p style="break-after:page">one</p><p style="break-after:page">two</p><p>three</p>`);
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    expect(pdfPageCount(pdf)).toBe(3);
  });

  for (const [lang, path, headline, printed] of [
    ['sv', '/affisch', 'Flera tjänster fungerar inte just nu.', 'Utskriven 11 februari 2026 kl. 14.00'],
    ['en', '/en/poster', 'Several services are not working right now.', 'Printed 11 February 2026 at 14:00'],
  ] as const) {
    it(`prints the example on exactly one A4 page with nothing cut off (${lang})`, async () => {
      const { app } = await createTestApp({ seed: 'example', now: '2026-02-11T13:00:00Z' });
      const url = await serve(app);
      const context = await browser.newContext();
      const page = await context.newPage();
      const printed_ = await printPoster(page, url + path);
      // Only the sheet is printed: no site header, language switch or footer navigation.
      await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
      await expect(page.locator('.site-footer').isVisible()).resolves.toBe(false);
      await expect(page.locator('.poster-screen').isVisible()).resolves.toBe(false);
      await expect(page.locator('.poster svg[role="img"]').isVisible()).resolves.toBe(true);
      await context.close();

      expect(printed_.pages).toBe(1);
      expect(printed_.bottom).toBeLessThanOrEqual(PAGE_BOX.height);
      expect(printed_.overflowing).toEqual([]);
      expect(printed_.scrollWidth).toBeLessThanOrEqual(Math.floor(PAGE_BOX.width));
      // Every service that does not work as usual in the example is on the sheet, and the last
      // element, the address beside the QR code, is printed too.
      expect(printed_.text).toContain(headline);
      expect(printed_.text).toContain(printed);
      expect(printed_.text).not.toMatch(/och \d+ tjänster? till|and \d+ more services?/);
      expect(printed_.text).toContain(lang === 'sv' ? 'status.example.org/' : 'status.example.org/en/');
    });
  }

  it('stays on one page with every text at its longest and more services and channels than fit', async () => {
    const { app, db, clock } = await createTestApp({ now: '2026-02-11T13:00:00Z' });
    const long = (start: string, length: number) => `${start} ${'ordlängd '.repeat(length)}`.slice(0, length);
    const group = await makeGroup(db, clock);
    const notWorking = SERVICE_STATUSES.filter((status) => status !== 'operational');
    const changes = [];
    for (let index = 0; index < 14; index++) {
      const service = await makeService(db, clock, {
        groupId: group,
        sv: { name: long(`Tjänst ${index}`, LIMITS.name), workaround: long(`Ring oss ${index}`, LIMITS.longText) },
        en: { name: long(`Service ${index}`, LIMITS.name), workaround: long(`Call us ${index}`, LIMITS.longText) },
        expectedRestorationAt: new Date('2026-09-30T08:00:00Z'),
      });
      changes.push({ serviceId: service.id, to: notWorking[index % notWorking.length]! });
    }
    await publish(db, clock, { texts: { sv: 'Många ändringar.', en: 'Many changes.' }, changes });
    for (let index = 0; index < 8; index++) {
      await makeChannel(db, clock, {
        kind: 'email',
        address: `${'a'.repeat(LIMITS.address - 20)}@example.org`,
        texts: { sv: { name: long(`Kanal ${index}`, LIMITS.name) }, en: { name: long(`Channel ${index}`, LIMITS.name) } },
      });
    }
    const url = await serve(app);
    for (const [path, more] of [
      ['/affisch', /och (\d+) tjänster till\. Se statussidan\./],
      ['/en/poster', /and (\d+) more services\. See the status page\./],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const printed = await printPoster(page, url + path);
      const shown = await page.locator('.poster-service').count();
      await context.close();
      expect(printed.pages, path).toBe(1);
      expect(printed.bottom, path).toBeLessThanOrEqual(PAGE_BOX.height);
      expect(printed.overflowing, path).toEqual([]);
      // The worst first, and the rest counted: nothing silently dropped.
      expect(shown, path).toBeGreaterThan(0);
      expect(shown + Number(more.exec(printed.text)?.[1]), path).toBe(14);
      expect(printed.text).toMatch(/och 2 kontaktvägar till|and 2 more ways to reach us/);
    }
  });
});
