/**
 * A token made with the real CLI (`npm run admin -- create-token`, as a child process) sets a
 * service's status through the write API, and the public page shows it. The other token
 * commands are run in process (each child process costs seconds).
 */
import { createClient } from '@libsql/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runTokenCommand } from '../../src/cli/admin-tokens';
import { createDatabase } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { listAudit } from '../../src/store/audit';
import { listTokens } from '../../src/store/api-tokens';
import { bearer, issueApiToken } from '../helpers/api-tokens';
import { createTestApp, visibleText } from '../helpers/app';
import { makeGroup, makeService, makeSite } from '../helpers/factories';
import { runAdminCli } from '../helpers/child-server';

const SLOW = 120_000;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.restoreAllMocks();
});

/** `npm run admin` as a child, on its own database (tests/helpers/child-server.ts). */
const runCli = (databaseUrl: string, args: string[]) => runAdminCli(args, { databaseUrl });

describe('npm run admin -- create-token', () => {
  it(
    'prints the token once, on the last line; with it a script sets a service down and the public page says so',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'token-cli-'));
      const url = `file:${join(dir, 'status.db')}`;
      const client = createClient({ url });
      cleanups.push(() => {
        client.close();
        rmSync(dir, { recursive: true, force: true });
      });
      const db = createDatabase(client);
      await applyMigrations(db);
      const context = await createTestApp({ database: db, seed: 'none', revisionTtlMs: 0 });
      await makeSite(db, context.clock);
      await makeService(db, context.clock, { groupId: await makeGroup(db, context.clock), slug: 'mina-sidor', sv: { name: 'Mina sidor' } });

      const created = await runCli(url, ['create-token', '--name', 'Zabbix', '--scopes', 'status:write,read', '--expires-days', '30']);
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      const lines = created.stdout.trimEnd().split('\n');
      const token = lines.at(-1)!;
      expect(token).toMatch(/^sptok_[A-Za-z0-9_-]{43}$/);
      expect(lines.slice(0, -1).join('\n')).toContain('Created token "zabbix" with read, status:write, expiring');

      const response = await context.app.request('/api/v1/services/mina-sidor/status', {
        method: 'POST',
        headers: bearer(token),
        body: JSON.stringify({ status: 'down', note: { sv: 'Inloggningen fungerar inte. Ring kundtjänst.' } }),
      });
      expect(response.status).toBe(200);
      const page = visibleText(await (await context.app.request('/')).text());
      expect(page).toMatch(/Mina sidor Ur funktion/);
      const servicePage = visibleText(await (await context.app.request('/tjanster/mina-sidor')).text());
      expect(servicePage).toContain('Inloggningen fungerar inte. Ring kundtjänst.');
      const [audit] = await listAudit(db, { action: 'update.publish' });
      expect(audit!.username).toBe('token:zabbix');
      const [listed] = await listTokens(db);
      expect(listed!.createdBy).toBe('cli');
    },
    SLOW,
  );
});

describe('the other token commands', () => {
  async function run(context: Awaited<ReturnType<typeof createTestApp>>, command: 'list-tokens' | 'revoke-token', options = {}) {
    let output = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      output += String(chunk);
      return true;
    });
    try {
      await runTokenCommand(context.db, context.clock, command, options, { userId: null, username: 'cli', ip: null }, (rows) =>
        rows.map((row) => row.join(' | ')).join('\n'),
      );
    } finally {
      vi.restoreAllMocks();
    }
    return output;
  }

  it('lists tokens with their prefix, scopes, state and last use, never the secret; revokes by name', async () => {
    const context = await createTestApp();
    const secret = await issueApiToken(context, { scopes: ['hooks'], name: 'alertmanager' });
    const listed = await run(context, 'list-tokens');
    expect(listed).toContain(`alertmanager | ${secret.slice(0, 12)}… | hooks | active | never | never | test`);
    expect(listed).not.toContain(secret);

    expect(await run(context, 'revoke-token', { name: 'alertmanager' })).toContain('Revoked token "alertmanager"');
    expect(await run(context, 'list-tokens')).toContain('| revoked |');
    await expect(run(context, 'revoke-token', { name: 'alertmanager' })).rejects.toThrow('There is no live token named "alertmanager"');
  });
});
