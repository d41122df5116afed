/**
 * The console's backup download inside workerd, on a remote libSQL database over HTTP: the
 * same runtime-neutral backup code as `npm run backup`, read in one transaction over Hrana.
 */
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/backup/parse';
import { Browser, PASSWORD, appInWorkerd } from './helpers';

describe('backup download in workerd', () => {
  it('sends a complete, verifiable backup without secrets and records the download', async () => {
    const { app, client } = await appInWorkerd({
      seed: 'example',
      users: [{ username: 'anna', displayName: 'Anna', role: 'admin', password: PASSWORD }],
    });
    const browser = new Browser(app);
    expect((await browser.signIn('anna', PASSWORD)).status).toBe(303);
    expect((await browser.get('/admin/settings/backup')).status).toBe(200);

    const response = await browser.post('/admin/settings/backup', {});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="status-backup-\d{8}T\d{6}Z\.json"$/);
    const document = await parseBackup(await response.text());
    expect(document.secrets.included).toBe(false);
    expect(Object.keys(document.tables)).toEqual(expect.arrayContaining(['updates', 'feed_items', 'users', 'audit_log']));
    const updates = await client.execute('SELECT count(*) FROM updates');
    expect(document.tables.updates!.rows.length).toBe(Number(updates.rows[0]![0]));

    const audit = await client.execute(`SELECT username FROM audit_log WHERE action = 'backup.download'`);
    expect(audit.rows.map((row) => row[0])).toEqual(['anna']);
  });
});
