/**
 * Every public page in every new language, its error page included: valid HTML according to
 * the Nu Html Checker (vnu.jar from npm, run with Java), with no errors. `lang="sv-x-easy"`
 * and `hreflang="sv-x-easy"` are checked here too: private-use subtags are valid BCP 47.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NEW_LANGUAGES, htmlPagesOf, multilingualSite } from './helpers';

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

describe('HTML validity in every new language (Nu Html Checker)', () => {
  it('reports no errors on any page of /fi, /fit, /ar and /lattlast', { timeout: 180_000 }, async () => {
    const { app } = await multilingualSite();
    const paths = NEW_LANGUAGES.flatMap(({ lang, prefix }) => [...htmlPagesOf(lang), `${prefix}/no-such-page`]);
    const dir = mkdtempSync(join(tmpdir(), 'status-vnu-languages-'));
    try {
      const files: string[] = [];
      for (const [index, path] of paths.entries()) {
        const response = await app.request(path);
        expect([200, 404], path).toContain(response.status);
        const file = join(dir, `${index}.html`);
        writeFileSync(file, await response.text());
        files.push(file);
      }
      // vnu exits non-zero when it finds errors; the JSON report is what we assert on.
      const result = await run('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...files], { maxBuffer: 16 * 1024 * 1024 }).catch(
        (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
      );
      const report = JSON.parse(result.stdout || '{"messages":[]}') as { messages: VnuMessage[] };
      const errors = report.messages
        .filter((message) => message.type === 'error' || message.subType === 'fatal')
        .map((message) => `${paths[Number(/(\d+)\.html$/.exec(message.url)?.[1])]}:${message.lastLine} ${message.message} ${message.extract ?? ''}`);
      expect(errors).toEqual([]);
      expect(files).toHaveLength(paths.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
