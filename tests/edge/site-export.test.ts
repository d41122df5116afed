/**
 * The console's backup website (the static export as a ZIP) inside workerd, on a remote libSQL
 * database over HTTP: the same runtime-neutral export and fflate as on Node.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Browser, PASSWORD, appInWorkerd } from './helpers';

describe('backup website download in workerd', () => {
  it('sends every page and feed as a ZIP with relative links, and records the download', async () => {
    const { app, client } = await appInWorkerd({
      seed: 'example',
      users: [{ username: 'karin', displayName: 'Karin', role: 'editor', password: PASSWORD }],
    });
    const browser = new Browser(app);
    expect((await browser.signIn('karin', PASSWORD)).status).toBe(303);
    expect((await browser.get('/admin/backup-website')).status).toBe(200);

    const response = await browser.post('/admin/backup-website', {});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="status-website-\d{8}T\d{6}Z\.zip"$/);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const names = Object.keys(files);
    for (const name of ['index.html', 'en/index.html', 'tjanster/mina-sidor.html', 'historik.html', 'feed.atom', 'en/feed.json', 'status.txt', 'affisch.html']) {
      expect(names).toContain(name);
    }
    const services = await client.execute('SELECT count(*) FROM services');
    expect(names.filter((name) => /^tjanster\/[^/]+\.html$/.test(name))).toHaveLength(Number(services.rows[0]![0]));
    const overview = new TextDecoder().decode(files['index.html']);
    expect(overview).toContain('href="tjanster/mina-sidor.html"');
    expect(overview).toContain('<link rel="canonical" href="https://status.example.org/"/>');

    const audit = await client.execute(`SELECT username FROM audit_log WHERE action = 'export.download'`);
    expect(audit.rows.map((row) => row[0])).toEqual(['karin']);
  });
});
