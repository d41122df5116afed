/**
 * API tokens in backups (docs/decisions/0035-api-tokens.md): live credentials, so left out of a
 * default backup (a site restored from it has no tokens: the old one gets 401), and restored
 * with the secrets when those are included (the same token works again).
 */
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src/backup/create';
import { serializeBackup } from '../../src/backup/format';
import { parseBackup } from '../../src/backup/parse';
import { restoreBackup } from '../../src/backup/restore';
import { createTestApp } from '../helpers/app';
import { createTestDatabase } from '../helpers/db';
import { writeContext } from './write-helpers';

const RESTORE = { actor: { userId: null, username: 'cli', ip: null }, force: false };

async function restoredApp(includeSecrets: boolean) {
  const source = await writeContext(['status:write']);
  // An idempotency key is kept too: it must travel with its token, or not at all.
  expect((await source.send('POST', '/api/v1/services/mina-sidor/status', { status: 'down', note: { sv: 'Nere.' } }, { 'Idempotency-Key': 'k1' })).status).toBe(200);
  const backup = await parseBackup(serializeBackup(await createBackup(source.db, { now: source.clock.now(), includeSecrets })));
  const target = await createTestDatabase();
  await restoreBackup(target, backup, { ...RESTORE, now: source.clock.now() });
  const restored = await createTestApp({ database: target, seed: 'none', now: source.clock.now().toISOString() });
  const send = () =>
    restored.app.request('/api/v1/services/mina-sidor/status', {
      method: 'POST',
      headers: { Authorization: `Bearer ${source.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'degraded', note: { sv: 'Delvis.' } }),
    });
  return { backup, send };
}

describe('API tokens in backups', () => {
  it('are left out of a backup without secrets: the restored site refuses the old token', async () => {
    const { backup, send } = await restoredApp(false);
    expect(Object.keys(backup.tables)).not.toContain('api_tokens');
    expect(Object.keys(backup.tables)).not.toContain('api_idempotency_keys');
    expect(Object.keys(backup.tables)).toContain('services');
    expect((await send()).status).toBe(401);
  });

  it('are restored with the secrets: the same token works on the restored site', async () => {
    const { backup, send } = await restoredApp(true);
    expect(backup.tables.api_tokens!.rows).toHaveLength(1);
    expect((await send()).status).toBe(200);
  });
});
