/**
 * `npm run admin -- subscriber export|erase --email X`: a request under the GDPR answered from
 * the shell, with the CLI's exit codes (0 done, 1 refused, 2 wrong usage).
 */
import { createClient } from '@libsql/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/database';
import { listAudit } from '../../src/store/audit';
import { confirmSubscription, countSubscribers, requestSubscription } from '../../src/store/subscriptions';
import { runAdminCli } from '../helpers/child-server';

const SLOW = 120_000;

/** `npm run admin` as a child, on its own database (tests/helpers/child-server.ts). */
const runCli = (databaseUrl: string, args: string[]) => runAdminCli(args, { databaseUrl });

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('npm run admin -- subscriber', () => {
  it(
    'exports what is stored about an address, erases it, and says so when there is none',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'subscriber-cli-'));
      const url = `file:${join(dir, 'status.db')}`;
      const client = createClient({ url });
      cleanups.push(() => {
        client.close();
        rmSync(dir, { recursive: true, force: true });
      });

      // The first run migrates the new file; nobody is subscribed yet.
      const none = await runCli(url, ['subscriber', 'export', '--email', 'anna@example.org']);
      expect(none.code).toBe(1);
      expect(none.stderr).toContain('No subscriber has that address.');

      const db = createDatabase(client);
      const now = new Date('2026-02-11T13:00:00Z');
      const outcome = await requestSubscription(db, now, { email: 'anna@example.org', locale: 'en', choice: { scope: 'everything' } });
      if (outcome.kind !== 'confirm') throw new Error(outcome.kind);
      await confirmSubscription(db, new Date('2026-02-11T13:05:00Z'), outcome.subscriber.id);

      const exported = await runCli(url, ['subscriber', 'export', '--email', ' Anna@Example.org ']);
      expect(exported.stderr).toBe('');
      expect(exported.code).toBe(0);
      const data = JSON.parse(exported.stdout);
      expect(data).toMatchObject({ email: 'anna@example.org', locale: 'en', scope: 'everything', createdAt: '2026-02-11T13:00:00.000Z', confirmedAt: '2026-02-11T13:05:00.000Z' });
      // The link key signs its links: not personal data, and not for printing.
      expect(exported.stdout).not.toContain(outcome.subscriber.linkKey);

      const erased = await runCli(url, ['subscriber', 'erase', '--email', 'anna@example.org']);
      expect(erased.code).toBe(0);
      expect(await countSubscribers(db)).toEqual({ confirmed: 0, unconfirmed: 0, quarantined: 0 });
      const [entry] = await listAudit(db, { action: 'subscriber.erase' });
      expect(entry!.username).toBe('cli');
      expect(JSON.stringify(entry)).not.toContain('anna@example.org');
      expect((await runCli(url, ['subscriber', 'erase', '--email', 'anna@example.org'])).code).toBe(1);

      expect((await runCli(url, ['subscriber', 'export'])).code).toBe(2);
      expect((await runCli(url, ['subscriber', 'list'])).code).toBe(2);
      expect((await runCli(url, ['subscriber', 'export', '--email', 'not an address'])).code).toBe(2);
      const help = await runCli(url, ['--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('subscriber export --email <address>');
    },
    SLOW,
  );
});
