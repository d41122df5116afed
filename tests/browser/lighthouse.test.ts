/**
 * Lighthouse on every public page type, served as `npm start` serves it (the bundle, the
 * front of the server, a fresh example database): accessibility, best practices and SEO at
 * 100 (issue 13). Performance depends on the machine's load, so it is measured by `npm run
 * lighthouse` and written down in BENCHMARKS.md, not asserted here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeLoopbackPort, startChildServer, stopChildServers, type ChildServer } from '../helpers/child-server';
import { startLighthouse, type Lighthouse } from '../helpers/lighthouse';
import { LIGHTHOUSE_PAGES } from '../helpers/public-pages';

let server: ChildServer;
let lighthouse: Lighthouse;
let directory: string;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'lighthouse-site-'));
  server = await startChildServer({ databaseUrl: `file:${join(directory, 'status.db')}`, port: await freeLoopbackPort() });
  lighthouse = await startLighthouse();
}, 90_000);

afterAll(async () => {
  await lighthouse?.close();
  await stopChildServers();
  rmSync(directory, { recursive: true, force: true });
});

describe('Lighthouse (mobile preset)', () => {
  for (const { path, label, notIndexed } of LIGHTHOUSE_PAGES) {
    it(`${label} (${path}): accessibility, best practices${notIndexed ? '' : ' and SEO'} at 100`, async () => {
      const categories = notIndexed ? (['accessibility', 'best-practices'] as const) : (['accessibility', 'best-practices', 'seo'] as const);
      const { scores, failing } = await lighthouse.score(server.url + path, [...categories]);
      expect(scores, failing.join(', ')).toEqual(Object.fromEntries(categories.map((category) => [category, 100])));
    }, 60_000);
  }
});
