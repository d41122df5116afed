/**
 * Lighthouse (a devDependency, pinned: 12.x is the last to run on Node 20) against Debian's
 * Chromium, as tests/browser/lighthouse.test.ts and `npm run lighthouse` run it: mobile preset,
 * a fresh profile, the flags every browser test here uses, nothing downloaded.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './browser';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export interface PageScores {
  /** 0–100 per category asked for; null when Lighthouse could not score it. */
  scores: Partial<Record<Category, number | null>>;
  /** Audits that did not pass, with their scores: what to fix. */
  failing: string[];
}

export interface Lighthouse {
  score: (url: string, categories: Category[]) => Promise<PageScores>;
  close: () => Promise<void>;
}

export async function startLighthouse(): Promise<Lighthouse> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    userDataDir,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    async score(url, categories) {
      let result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      // Chromium sometimes fails to record the page load's trace (NO_NAVSTART, NO_FCP): ask again.
      for (let retry = 0; retry < 2 && result?.lhr.runtimeError && /^NO_/.test(result.lhr.runtimeError.code); retry++) {
        result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      }
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores: PageScores['scores'] = {};
      for (const category of categories) {
        const score = lhr.categories[category]?.score;
        scores[category] = score === null || score === undefined ? null : Math.round(score * 100);
      }
      const failing = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode))
        .map((audit) => `${audit.id} (${audit.score})`);
      return { scores, failing };
    },
    async close() {
      chrome.kill();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
