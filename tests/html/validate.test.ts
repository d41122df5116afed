/**
 * Every public page, and the error pages, in both languages: valid HTML according to the
 * Nu Html Checker (vnu.jar from npm, run with Java), with no errors.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app';
import { ERROR_PAGES, PUBLIC_PAGES } from '../helpers/public-pages';

const run = promisify(execFile);
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

describe('HTML validity (Nu Html Checker)', () => {
  it('reports no errors on any page', { timeout: 120_000 }, async () => {
    const { app } = await createTestApp({ seed: 'example' });
    const dir = mkdtempSync(join(tmpdir(), 'status-vnu-'));
    try {
      const files: string[] = [];
      for (const [index, path] of [...PUBLIC_PAGES, ...ERROR_PAGES].entries()) {
        const response = await app.request(path);
        const file = join(dir, `${index}.html`);
        writeFileSync(file, await response.text());
        files.push(file);
      }
      // vnu exits non-zero when it finds errors; the JSON report is what we assert on.
      const result = await run('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...files], {
        maxBuffer: 16 * 1024 * 1024,
      }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }));
      const report = JSON.parse(result.stdout || '{"messages":[]}') as { messages: VnuMessage[] };
      const pages = [...PUBLIC_PAGES, ...ERROR_PAGES];
      const errors = report.messages
        .filter((message) => message.type === 'error' || message.subType === 'fatal')
        .map((message) => `${pages[Number(/(\d+)\.html$/.exec(message.url)?.[1])]}:${message.lastLine} ${message.message} ${message.extract ?? ''}`);
      expect(files).toHaveLength(pages.length);
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
