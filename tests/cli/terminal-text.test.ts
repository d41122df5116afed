/**
 * Display names never reach a terminal as control sequences: the store cleans them like every
 * other text, and `npm run admin -- list-users` prints database text through forTerminal, so a
 * row written before the cleaning (or behind the store's back) shows its escapes visibly.
 */
import { createClient } from '@libsql/client';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forTerminal } from '../../src/cli/terminal-text';
import { fixedClock } from '../../src/clock';
import { createDatabase } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { users } from '../../src/db/schema';
import { SYSTEM_ACTOR } from '../../src/store/audit';
import { InputError } from '../../src/store/errors';
import { createUser, updateUser } from '../../src/store/users';
import { createTestDatabase } from '../helpers/db';

const ROOT = join(import.meta.dirname, '..', '..');
const ESC = '\u001b';

describe('display names', () => {
  it('are cleaned like every other text: control characters out, on one line', async () => {
    const db = await createTestDatabase();
    const clock = fixedClock('2026-02-11T13:00:00Z');
    const input = { username: 'anna', role: 'editor' as const, passwordHash: 'x' };
    const user = await createUser(db, clock, { ...input, displayName: `  Anna\u0000 Svensson${ESC}[2J\r\n\tIT  ` }, SYSTEM_ACTOR);
    expect(user.displayName).toBe('Anna Svensson[2J IT');
    const renamed = await updateUser(db, clock, user.id, { displayName: `Anna${ESC}]0;owned\u0007 S\u009b31m` }, SYSTEM_ACTOR);
    expect(renamed.displayName).toBe('Anna]0;owned S31m');
    for (const displayName of [`\u0000${ESC}\u0007`, 'Å'.repeat(101)]) {
      const refused = await createUser(db, clock, { ...input, username: 'bo', displayName }, SYSTEM_ACTOR).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(InputError);
      expect((refused as InputError).code).toBe('name-format');
    }
  });
});

describe('database text on a terminal', () => {
  it('shows every control, format and separator character as a visible escape, and nothing else changes', () => {
    expect(forTerminal(`Anna${ESC}[2J\u0000x\r\ny\u202Eevil\u2066\u2028\u00AD\uFEFF\u009B`)).toBe(
      'Anna\\x1b[2J\\x00x\\x0d\\x0ay\\u202eevil\\u2066\\u2028\\xad\\ufeff\\x9b',
    );
    // A backslash is doubled, so typed "\x1b" cannot pass for an escaped ESC.
    expect(forTerminal('C:\\x1b')).toBe('C:\\\\x1b');
    expect(forTerminal('Åsa Öberg 👩‍🚒 مرحبا e\u0301')).toBe('Åsa Öberg 👩‍🚒 مرحبا e\u0301');
    expect(forTerminal('\uD800 lone')).toBe('\\ud800 lone');
  });

  it('list-users prints a hostile name from the database escaped: no ESC, no NUL, no extra row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terminal-text-'));
    const url = `file:${join(dir, 'status.db')}`;
    const client = createClient({ url });
    try {
      const db = createDatabase(client);
      await applyMigrations(db);
      const now = new Date('2026-02-11T13:00:00Z');
      // Written behind the store's back, as a row from before display names were cleaned.
      // (libSQL keeps text only up to a NUL, one more reason the store removes them.)
      await db.insert(users).values({
        username: 'mallory',
        displayName: `Mallory${ESC}[2J${ESC}[H\rroot      Root Admin  admin\n\u009b2K\u202E`,
        role: 'editor',
        passwordHash: 'x',
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', 'list-users'], {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: url, LIBSQL_AUTH_TOKEN: '' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(/^mallory +Mallory\\x1b\[2J\\x1b\[H\\x0droot {6}Root Admin {2}admin\\x0a\\x9b2K\\u202e +editor +no +active +never$/);
    } finally {
      client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
