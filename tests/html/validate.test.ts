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
import { Browser, makeUser } from '../helpers/admin';
import { adminPages } from '../helpers/admin-pages';
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

/** Validates named documents with vnu in one Java run; returns "name:line message" per error. */
async function vnuErrors(documents: { name: string; html: string }[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'status-vnu-'));
  try {
    const files = documents.map((document, index) => {
      const file = join(dir, `${index}.html`);
      writeFileSync(file, document.html);
      return file;
    });
    // vnu exits non-zero when it finds errors; the JSON report is what we assert on.
    const result = await run('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...files], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }));
    const report = JSON.parse(result.stdout || '{"messages":[]}') as { messages: VnuMessage[] };
    return report.messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .map((message) => `${documents[Number(/(\d+)\.html$/.exec(message.url)?.[1])]?.name}:${message.lastLine} ${message.message} ${message.extract ?? ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('HTML validity (Nu Html Checker)', () => {
  it('reports no errors on the admin console, its forms with errors included', { timeout: 120_000 }, async () => {
    const context = await createTestApp({ seed: 'example' });
    const { user, password } = await makeUser(context, { username: 'chef', role: 'admin' });
    const browser = new Browser(context.app);
    const documents = [{ name: 'sign-in', html: await (await context.app.request('/admin/login')).text() }];
    await browser.signIn('chef', password);
    for (const path of await adminPages(context, user.id)) {
      const response = await browser.get(path);
      expect(response.status, path).toBe(200);
      documents.push({ name: path, html: await response.text() });
    }
    const invalid = await browser.post('/admin/services', { slug: 'Not A Slug!', groupId: 'x' });
    expect(invalid.status).toBe(422);
    documents.push({ name: 'service form with errors', html: await invalid.text() });
    const preview = await browser.post('/admin/incidents/new/preview', { impact: 'major', phase: 'investigating', 'sv.title': 'Förhandsgranskad', 'sv.whatHappened': 'Text.' });
    expect(preview.status).toBe(200);
    documents.push({ name: 'new incident preview', html: await preview.text() });
    const future = await browser.post('/admin/incidents', { impact: 'major', phase: 'investigating', 'sv.title': 'Framtid', startedDate: '2099-01-01', startedTime: '10:00' });
    expect(future.status).toBe(422);
    documents.push({ name: 'new incident with errors', html: await future.text() });
    expect(await vnuErrors(documents)).toEqual([]);
  });

  it('reports no errors on any public page', { timeout: 120_000 }, async () => {
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
