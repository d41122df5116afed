/**
 * `npm run lighthouse`: Lighthouse's four scores (mobile preset, Debian Chromium, nothing
 * downloaded) on one page of each public type, served as `npm start` serves it on a fresh
 * example database. Prints a table and a one-line summary; exits 1 when a score is below 100.
 * The tests assert accessibility, best practices and SEO (tests/browser/lighthouse.test.ts);
 * performance depends on the machine's load, so it is measured here and written down in
 * BENCHMARKS.md.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH } from '../tests/helpers/browser';
import { startLighthouse, type Category } from '../tests/helpers/lighthouse';
import { LIGHTHOUSE_PAGES } from '../tests/helpers/public-pages';
import { buildServer, startApp } from './bench/app-server';
import { freeLoopbackPort } from './bench/processes';
import { printTable } from './bench/table';

const HELP = `Usage: npm run lighthouse -- [options]

Builds and starts the app as npm start does (fresh example database, loopback port), runs
Lighthouse (performance, accessibility, best practices, SEO) on one page of each public
type in headless Chromium (${CHROMIUM_PATH}; set CHROMIUM_PATH for another), and prints the
scores and the audits that did not pass. Exits 1 if any score is below 100.

  --only PATHS   comma-separated paths instead of the usual pages (${LIGHTHOUSE_PAGES.length})
  --help         this text

Needs Chromium (Debian: apt-get install -y chromium).`;

const CATEGORIES: Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];
const SHORT: Record<Category, string> = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'practices', seo: 'SEO' };

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH} (Debian: apt-get install -y chromium)`);
  const only = values.only?.split(',').map((path) => path.trim());
  const pages = only ? only.map((path) => LIGHTHOUSE_PAGES.find((page) => page.path === path) ?? { path, label: path }) : LIGHTHOUSE_PAGES;

  console.error('· building the server bundle …');
  buildServer();
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-run-'));
  const app = await startApp({ dir, port: await freeLoopbackPort() });
  const lighthouse = await startLighthouse();
  const rows: string[][] = [];
  let below = 0;
  try {
    for (const [index, page] of pages.entries()) {
      console.error(`· ${index + 1}/${pages.length} ${page.path}`);
      // A trace Chromium failed to record (NO_NAVSTART) leaves performance unscored: once more.
      let result = await lighthouse.score(app.url + page.path, CATEGORIES);
      if (result.scores.performance === null) result = await lighthouse.score(app.url + page.path, CATEGORIES);
      const shown = CATEGORIES.map((category) => {
        const score = result.scores[category] ?? null;
        // /embed is noindex on purpose (a widget for other sites' frames): SEO counts that against it.
        if (category === 'seo' && page.notIndexed) return `(${score ?? '–'})`;
        if (score === null || score < 100) below++;
        return score === null ? '–' : String(score);
      });
      rows.push([page.path, ...shown, result.failing.join(' ')]);
    }
  } finally {
    await lighthouse.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nLighthouse 12, mobile preset, ${new Date().toISOString()}`);
  printTable(['page', ...CATEGORIES.map((category) => SHORT[category]), 'audits not passed'], rows, [0, 5]);
  console.log(`\nSummary: ${pages.length} pages, ${below === 0 ? 'every score 100' : `${below} scores below 100`} (SEO of noindex pages in brackets, not counted)`);
  return below === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
