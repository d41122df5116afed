/**
 * The console's backup website download: editors and admins alike (it holds only what the
 * public site shows), CSRF-protected, each download in the audit log without touching the
 * public revision, and the ZIP holding exactly the files the command line writes.
 */
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit';
import { readRevision } from '../../src/store/revision';
import { Browser, makeUser } from '../helpers/admin';
import { createTestApp, visibleText, type TestContext } from '../helpers/app';
import { exportInto, filesUnder, MANIFEST, temporaryFolder } from './helpers';

const PAGE = '/admin/backup-website';
const SLOW = 120_000;

let context: TestContext;
let editor: Browser;
let admin: Browser;
const cleanups: (() => void)[] = [];

beforeEach(async () => {
  context = await createTestApp({ seed: 'example' });
  const editorUser = await makeUser(context, { username: 'kommunikator', role: 'editor', displayName: 'Karin Kommunikatör' });
  editor = new Browser(context.app, '192.0.2.20');
  expect((await editor.signIn('kommunikator', editorUser.password)).status).toBe(303);
  const adminUser = await makeUser(context, { username: 'chef', role: 'admin' });
  admin = new Browser(context.app, '192.0.2.21');
  expect((await admin.signIn('chef', adminUser.password)).status).toBe(303);
});

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const downloads = () => listAudit(context.db, { action: 'export.download' });

describe('backup website page', () => {
  it('explains the download to an editor and is linked from the navigation', async () => {
    const response = await editor.get(PAGE);
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = visibleText(html);
    expect(text).toContain('Reservwebbplats');
    expect(text).toContain('Öppna index.html i en webbläsare');
    expect(text).toContain('Lämnar du fältet tomt används https://status.example.org.');
    expect(text).toContain('npm run export -- --out DIR --watch');
    expect(text).toContain('Ingen har laddat ner reservwebbplatsen här än.');
    expect(html).toMatch(/<form method="post" action="\/admin\/backup-website">\s*<input type="hidden" name="_csrf" value="[^"]+"/);
    expect(html).toContain('<button type="submit">Ladda ner reservwebbplatsen</button>');
    expect(html).toContain('<a href="/admin/backup-website" aria-current="page">Reservwebbplats</a>');
    expect(await (await editor.get('/admin')).text()).toContain('<a href="/admin/backup-website">Reservwebbplats</a>');
  });

  it('sends visitors without a session to sign in, and refuses a post without the CSRF token', async () => {
    const anonymous = await context.app.request(PAGE, {
      method: 'POST',
      headers: { Origin: 'http://localhost', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    // A post without a session answers with the sign-in page itself, keeping the form (decision 0033).
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).not.toBe('application/zip');
    expect(await anonymous.text()).toContain('action="/admin/login');
    await editor.get(PAGE);
    const forged = await editor.post(PAGE, {}, { csrf: false });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('content-type')).not.toBe('application/zip');
    expect(await downloads()).toEqual([]);
  });

  it('refuses an address that is not an http(s) URL, keeping what was typed, downloading nothing', async () => {
    await editor.get(PAGE);
    const response = await editor.post(PAGE, { baseUrl: 'javascript:alert(1)' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('value="javascript:alert(1)"');
    expect(html).toContain('aria-invalid="true"');
    const text = visibleText(html);
    expect(text).toContain('Skriv en fullständig adress som börjar med https:// eller http://');
    expect(await downloads()).toEqual([]);
  });
});

describe('backup website download', () => {
  it('gives an editor the same files as the command line, as a ZIP, recorded in the audit log', { timeout: SLOW }, async () => {
    const revision = await readRevision(context.db);
    await editor.get(PAGE);
    const response = await editor.post(PAGE, {});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="status-website-20260211T130000Z.zip"');
    const zip = unzipSync(new Uint8Array(await response.arrayBuffer()));

    const dir = temporaryFolder('export-console-', cleanups);
    await exportInto(context.db, dir, context.clock.now());
    const written = filesUnder(dir).filter((file) => file !== MANIFEST);
    expect(Object.keys(zip).sort()).toEqual(written);
    for (const file of ['index.html', 'en/services/mina-sidor.html', 'feed.atom', 'status.txt']) {
      expect(new TextDecoder().decode(zip[file]), file).toBe(readFileSync(join(dir, file), 'utf8'));
    }

    const [entry, ...others] = await downloads();
    expect(others).toEqual([]);
    expect(entry!.username).toBe('kommunikator');
    expect(entry!.after).toMatchObject({ files: written.length, revision: revision.revision, baseUrl: 'https://status.example.org' });
    // Nothing public changed: no cache and no --watch mirror refreshes for a download.
    expect(await readRevision(context.db)).toEqual(revision);
    const page = visibleText(await (await editor.get(PAGE)).text());
    expect(page).toMatch(new RegExp(`kommunikator \\(${written.length} filer, \\d+,\\d MB\\)`));
  });

  it('uses the address given for the absolute links, for admins too', { timeout: SLOW }, async () => {
    await admin.get(PAGE);
    const response = await admin.post(PAGE, { baseUrl: 'https://reserv.example.net/status/' });
    expect(response.status).toBe(200);
    const zip = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const overview = new TextDecoder().decode(zip['index.html']);
    expect(overview).toContain('<link rel="canonical" href="https://reserv.example.net/status/"/>');
    expect(overview).toContain('href="tjanster/mina-sidor.html"');
    expect(new TextDecoder().decode(zip['en/status.txt'])).toContain('https://reserv.example.net/status/en/');
    const [entry] = await downloads();
    expect(entry!.username).toBe('chef');
    expect(entry!.after).toMatchObject({ baseUrl: 'https://reserv.example.net/status' });
  });
});
