/**
 * The admin CLI, run for real as a child process against a database file, and the web app
 * opened on the same file to check that what the CLI did works there.
 */
import { createClient, type Client } from '@libsql/client';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { fixedClock } from '../../src/clock';
import { createDatabase, type Database } from '../../src/db/database';
import { DEFAULT_SESSION_POLICY } from '../../src/store/sessions';
import { findUserByUsername } from '../../src/store/users';
import { TEST_PASSWORD_ITERATIONS } from '../helpers/app';
import { Browser } from '../helpers/admin';

const ROOT = join(import.meta.dirname, '..', '..');
/** Each run starts Node with tsx (about a second, more on a busy machine). */
const SLOW = 120_000;
const PASSWORD = 'ett långt lösenord från skriptet';

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI as `npm run admin` does. New passwords are hashed with the tests' work factor
 * (PASSWORD_ITERATIONS, as on the server): 600 000 iterations per hash and per sign-in would
 * be most of this file's time; one test checks the default.
 */
function runCli(databaseUrl: string, args: string[], input?: string, env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, LIBSQL_AUTH_TOKEN: '', PASSWORD_ITERATIONS: String(TEST_PASSWORD_ITERATIONS), ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A fresh database file, and the web app on it once the CLI has created it. */
function databaseFile() {
  const dir = mkdtempSync(join(tmpdir(), 'admin-cli-'));
  const url = `file:${join(dir, 'status.db')}`;
  const clients: Client[] = [];
  cleanups.push(() => {
    for (const client of clients) client.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    url,
    open(): { db: Database; app: ReturnType<typeof createApp> } {
      const client = createClient({ url });
      clients.push(client);
      const db = createDatabase(client);
      const app = createApp({
        db,
        clock: fixedClock(new Date()),
        config: {
          publicUrl: null,
          buildId: 'test',
          precompress: false,
          revisionTtlMs: 0,
          auth: { passwordIterations: TEST_PASSWORD_ITERATIONS, session: DEFAULT_SESSION_POLICY, setupToken: null },
        },
        clientIp: () => '192.0.2.1',
      });
      return { db, app };
    },
  };
}

describe('npm run admin', () => {
  it('creates a user from a script who can then sign in to the web console on the same database', async () => {
    const file = databaseFile();
    const created = await runCli(file.url, ['create-user', '--username', 'Anna', '--name', 'Anna Andersson', '--role', 'admin', '--password-stdin'], `${PASSWORD}\n`);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Created admin "anna" (Anna Andersson).');

    const listed = await runCli(file.url, ['list-users']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^USERNAME +NAME +ROLE/);
    expect(listed.stdout).toMatch(/anna +Anna Andersson +admin +no +active +never/);

    const { db, app } = file.open();
    // Hashed with the work factor it was given (the server's setting of the same name).
    expect((await findUserByUsername(db, 'anna'))!.passwordHash).toMatch(new RegExp(`^pbkdf2c-sha256\\$${TEST_PASSWORD_ITERATIONS}\\$`));
    const browser = new Browser(app);
    const signIn = await browser.signIn('anna', PASSWORD);
    expect(signIn.status).toBe(303);
    expect((await browser.get('/admin/users')).status).toBe(200);
    const audit = await db.query.auditLog.findFirst({ where: (log, { eq }) => eq(log.action, 'user.create') });
    expect(audit).toMatchObject({ username: 'cli', userId: null, ip: null, after: { username: 'anna', role: 'admin' } });
  }, SLOW);

  it('resets a password (ending sessions), disables and enables, and never disables the last admin', async () => {
    const file = databaseFile();
    expect((await runCli(file.url, ['create-user', '--username', 'anna', '--name', 'Anna', '--role', 'admin', '--password-stdin'], PASSWORD)).code).toBe(0);
    expect((await runCli(file.url, ['create-user', '--username', 'bo', '--name', 'Bo', '--role', 'editor', '--password-stdin'], PASSWORD)).code).toBe(0);
    const { db, app } = file.open();
    const browser = new Browser(app);
    expect((await browser.signIn('bo', PASSWORD)).status).toBe(303);

    const reset = await runCli(file.url, ['reset-password', '--username', 'bo', '--password-stdin'], 'ett nytt lösenord för bo idag\n');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('signed out everywhere');
    expect((await browser.get('/admin')).status).toBe(303);
    expect((await new Browser(app).signIn('bo', PASSWORD)).status).toBe(401);
    expect((await new Browser(app).signIn('bo', 'ett nytt lösenord för bo idag')).status).toBe(303);

    const lastAdmin = await runCli(file.url, ['disable-user', '--username', 'anna']);
    expect(lastAdmin.code).toBe(1);
    expect(lastAdmin.stderr).toContain('At least one active admin must remain.');
    expect((await findUserByUsername(db, 'anna'))!.disabledAt).toBeNull();

    expect((await runCli(file.url, ['disable-user', '--username', 'bo'])).code).toBe(0);
    expect((await findUserByUsername(db, 'bo'))!.disabledAt).not.toBeNull();
    expect((await runCli(file.url, ['enable-user', '--username', 'bo'])).code).toBe(0);
    expect((await findUserByUsername(db, 'bo'))!.disabledAt).toBeNull();

    const actions = (await db.query.auditLog.findMany({ where: (log, { eq }) => eq(log.username, 'cli') })).map((entry) => entry.action);
    expect(actions).toEqual(['user.create', 'user.create', 'user.password-reset', 'user.disable', 'user.enable']);
  }, SLOW);

  it('unlocks an account that failed sign-ins hold back, audited as cli', async () => {
    const file = databaseFile();
    expect((await runCli(file.url, ['create-user', '--username', 'anna', '--name', 'Anna', '--role', 'admin', '--password-stdin'], PASSWORD)).code).toBe(0);
    const { db, app } = file.open();
    // Five wrong passwords from this address lock it out of the account, the right one too.
    for (let attempt = 1; attempt <= 5; attempt++) await new Browser(app).post('/admin/login', { username: 'anna', password: `gissning ${attempt}` });
    expect((await new Browser(app).signIn('anna', PASSWORD)).status).toBe(429);

    const help = await runCli(file.url, ['--help']);
    expect(help.stdout).toMatch(/unlock --username <name> +\(clears what failed sign-ins hold back for the account\)/);
    const unlocked = await runCli(file.url, ['unlock', '--username', 'Anna']);
    expect(unlocked.stderr).toBe('');
    expect(unlocked.code).toBe(0);
    expect(unlocked.stdout).toContain('Unlocked "anna": 2 sign-in throttles cleared.');
    expect((await new Browser(app).signIn('anna', PASSWORD)).status).toBe(303);
    const [entry] = await db.query.auditLog.findMany({ where: (log, { eq }) => eq(log.action, 'user.unlock') });
    expect(entry).toMatchObject({ username: 'cli', userId: null, after: { username: 'anna', throttlesCleared: 2 } });

    const nothing = await runCli(file.url, ['unlock', '--username', 'anna']);
    expect(nothing.code).toBe(0);
    expect(nothing.stdout).toContain('Nothing held "anna" back; nothing was changed.');
    const unknown = await runCli(file.url, ['unlock', '--username', 'nobody']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no user named "nobody".');
    const bare = await runCli(file.url, ['unlock']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('--username is required.');
  }, SLOW);

  it('hashes at 600 000 iterations unless PASSWORD_ITERATIONS says otherwise, and refuses a value that is no count', async () => {
    const file = databaseFile();
    const created = await runCli(file.url, ['create-user', '--username', 'anna', '--name', 'Anna', '--role', 'admin', '--password-stdin'], PASSWORD, { PASSWORD_ITERATIONS: '' });
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const { db } = file.open();
    expect((await findUserByUsername(db, 'anna'))!.passwordHash).toMatch(/^pbkdf2c-sha256\$600000\$/);

    const refused = await runCli(file.url, ['reset-password', '--username', 'anna', '--password-stdin'], 'ett nytt lösenord för henne idag\n', { PASSWORD_ITERATIONS: '-5' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('PASSWORD_ITERATIONS must be a positive whole number, got "-5"');
    expect((await findUserByUsername(db, 'anna'))!.passwordHash).toMatch(/^pbkdf2c-sha256\$600000\$/);
  }, SLOW);

  it('exits non-zero with a clear message on wrong arguments and refused input', async () => {
    const file = databaseFile();
    const cases: [string[], string | undefined, number, string][] = [
      [[], undefined, 2, 'No command given.'],
      [['make-coffee'], undefined, 2, 'Unknown command "make-coffee".'],
      [['create-user', '--name', 'Anna', '--role', 'admin', '--password-stdin'], PASSWORD, 2, '--username is required.'],
      [['create-user', '--username', 'anna', '--name', 'Anna', '--role', 'boss', '--password-stdin'], PASSWORD, 2, '--role must be admin or editor.'],
      [['create-user', '--username', 'a b', '--name', 'Anna', '--role', 'admin', '--password-stdin'], PASSWORD, 2, '--username: 2–40 characters'],
      [['create-user', '--username', 'anna', '--name', 'Anna', '--role', 'admin', '--colour', 'red'], undefined, 2, "Unknown option '--colour'"],
      // No terminal and no --password-stdin: the CLI must not invent a password.
      [['create-user', '--username', 'anna', '--name', 'Anna', '--role', 'admin'], undefined, 2, 'No terminal to ask for the password on'],
      [['create-user', '--username', 'anna', '--name', 'Anna', '--role', 'admin', '--password-stdin'], 'qwerty123456\n', 1, 'too common'],
      [['create-user', '--username', 'anna', '--name', 'Anna', '--role', 'admin', '--password-stdin'], '\n', 2, 'standard input held no password'],
      [['reset-password', '--username', 'nobody', '--password-stdin'], PASSWORD, 1, 'There is no user named "nobody".'],
    ];
    for (const [args, input, code, message] of cases) {
      const result = await runCli(file.url, args, input);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stderr, args.join(' ')).toContain(message);
    }
    const { db } = file.open();
    expect(await findUserByUsername(db, 'anna')).toBeUndefined();
  }, SLOW);
});
