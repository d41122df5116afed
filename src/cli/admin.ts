/**
 * Admin command line (Node only): `npm run admin -- <command> [options]`. Creates the first
 * admin on a server with a shell, and gets people back in when the web console cannot
 * (forgotten password, last admin disabled, locked out by failed sign-ins). Opens the same
 * database as the server, applies migrations first, and audits every change as the actor `cli`.
 *
 * Exit codes: 0 done, 1 refused or failed (message on stderr), 2 wrong usage.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import process, { argv, env, stderr, stdout } from 'node:process';
import { parseArgs } from 'node:util';
import { hashPassword, passwordIterationsSetting, passwordProblem } from '../auth/password';
import { systemClock } from '../clock';
import { createDatabase, type Database } from '../db/database';
import { applyMigrations } from '../db/migrate';
import { openNodeClient } from '../db/open-node';
import { isRole } from '../domain/roles';
import { enPeople } from '../i18n/admin/people';
import { lastSignIns, type Actor } from '../store/audit';
import { ConflictError, InputError } from '../store/errors';
import { unlockAccount } from '../store/throttle';
import { resetUserPassword, setUserDisabled } from '../store/user-access';
import { createUser, findUserByUsername, isUsername, listUsers, type UserRow } from '../store/users';
import { runTokenCommand, TOKEN_COMMANDS, TOKEN_USAGE, type TokenCommand, type TokenOptions } from './admin-tokens';
import { runSubscriberCommand, SUBSCRIBER_USAGE, type SubscriberOptions } from './admin-subscribers';
import { CliAbort, CliUsageError, promptNewPassword, readPasswordFromStdin } from './password-input';
import { forTerminal } from './terminal-text';

const CLI_ACTOR: Actor = { userId: null, username: 'cli', ip: null };

const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  create-user --username <name> --name "<display name>" --role admin|editor [--password-stdin]
  reset-password --username <name> [--password-stdin]   (also signs them out everywhere)
  list-users
  disable-user --username <name>                          (also signs them out everywhere)
  enable-user --username <name>
  unlock --username <name>                                (clears what failed sign-ins hold back for the account)
${TOKEN_USAGE}
${SUBSCRIBER_USAGE}
The password is asked for twice at the terminal without showing it, or read from the first
line of standard input with --password-stdin. There are no default passwords.

Environment: DATABASE_URL (default file:data/status.db), LIBSQL_AUTH_TOKEN, PASSWORD_ITERATIONS
(as the server's; default 600000).
`;

interface Options extends TokenOptions, SubscriberOptions {
  username?: string;
  name?: string;
  role?: string;
  'password-stdin'?: boolean;
  help?: boolean;
}

const COMMANDS = ['create-user', 'reset-password', 'list-users', 'disable-user', 'enable-user', 'unlock', ...TOKEN_COMMANDS, 'subscriber'] as const;
type Command = (typeof COMMANDS)[number];

function parse(args: string[]): { command: Command; options: Options } | { help: true } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        username: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        scopes: { type: 'string' },
        'expires-days': { type: 'string' },
        'flag-only-on-resolve': { type: 'boolean' },
        email: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  const [command, ...extra] = parsed.positionals;
  if (parsed.values.help || command === 'help') return { help: true };
  if (!command) throw new CliUsageError('No command given.');
  if (!(COMMANDS as readonly string[]).includes(command)) throw new CliUsageError(`Unknown command "${command}".`);
  // `subscriber export|erase` is the one command with a word after it.
  const subcommands = command === 'subscriber' ? 1 : 0;
  if (extra.length > subcommands) throw new CliUsageError(`Unexpected argument "${extra[subcommands]}".`);
  return { command: command as Command, options: { ...parsed.values, subcommand: extra[0] } };
}

function requireOption(options: Options, name: 'username' | 'name' | 'role'): string {
  const value = options[name]?.trim();
  if (!value) throw new CliUsageError(`--${name} is required.`);
  return value;
}

async function newPassword(options: Options, names: string[]): Promise<string> {
  const password = options['password-stdin'] ? await readPasswordFromStdin() : await promptNewPassword();
  const problem = passwordProblem(password, names);
  if (problem) throw new CliAbort(enPeople.people.passwordProblem[problem]);
  return password;
}

async function findExisting(db: Database, username: string): Promise<UserRow> {
  const user = await findUserByUsername(db, username);
  if (!user) throw new CliAbort(`There is no user named "${forTerminal(username)}". See list-users.`);
  return user;
}

/** Aligned columns; every cell is database text, printed only through `forTerminal`. */
function table(cells: string[][]): string {
  const rows = cells.map((row) => row.map(forTerminal));
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n') + '\n';
}

async function run(db: Database, command: Command, options: Options): Promise<void> {
  const clock = systemClock;
  if ((TOKEN_COMMANDS as readonly string[]).includes(command)) return runTokenCommand(db, clock, command as TokenCommand, options, CLI_ACTOR, table);
  if (command === 'subscriber') return runSubscriberCommand(db, clock, options, CLI_ACTOR);
  switch (command) {
    case 'create-user': {
      const username = requireOption(options, 'username').toLowerCase();
      const displayName = requireOption(options, 'name');
      const role = requireOption(options, 'role');
      if (!isUsername(username)) throw new CliUsageError(`--username: ${enPeople.people.usernameHint}`);
      if (!isRole(role)) throw new CliUsageError('--role must be admin or editor.');
      if (await findUserByUsername(db, username)) throw new CliAbort(`The user name "${forTerminal(username)}" is taken.`);
      const password = await newPassword(options, [username, ...displayName.split(/\s+/)]);
      const user = await createUser(
        db,
        clock,
        { username, displayName, role, passwordHash: await hashPassword(password, passwordIterationsSetting(env.PASSWORD_ITERATIONS)) },
        CLI_ACTOR,
      );
      stdout.write(`Created ${user.role} "${forTerminal(user.username)}" (${forTerminal(user.displayName)}).\n`);
      return;
    }
    case 'reset-password': {
      const user = await findExisting(db, requireOption(options, 'username'));
      const password = await newPassword(options, [user.username, ...user.displayName.split(/\s+/)]);
      await resetUserPassword(db, clock, user.id, await hashPassword(password, passwordIterationsSetting(env.PASSWORD_ITERATIONS)), CLI_ACTOR, { expectedVersion: user.version });
      stdout.write(`New password set for "${forTerminal(user.username)}"; they were signed out everywhere.\n`);
      return;
    }
    case 'disable-user':
    case 'enable-user': {
      const user = await findExisting(db, requireOption(options, 'username'));
      const disable = command === 'disable-user';
      await setUserDisabled(db, clock, user.id, disable, CLI_ACTOR, { expectedVersion: user.version });
      stdout.write(disable ? `Disabled "${forTerminal(user.username)}" and signed them out everywhere.\n` : `Enabled "${forTerminal(user.username)}".\n`);
      return;
    }
    case 'unlock': {
      // Someone locked out from their address, or slowed down everywhere, by failed sign-ins
      // (their own or a stranger's): docs/decisions/0020-sign-in-throttling.md.
      const user = await findExisting(db, requireOption(options, 'username'));
      const cleared = await unlockAccount(db, clock, user, CLI_ACTOR);
      stdout.write(
        cleared > 0
          ? `Unlocked "${forTerminal(user.username)}": ${cleared} sign-in throttle${cleared === 1 ? '' : 's'} cleared.\n`
          : `Nothing held "${forTerminal(user.username)}" back; nothing was changed.\n`,
      );
      return;
    }
    case 'list-users': {
      const [users, signIns] = await Promise.all([listUsers(db), lastSignIns(db)]);
      if (users.length === 0) {
        stdout.write('No users yet. Create the first admin with create-user --role admin.\n');
        return;
      }
      const rows = [['USERNAME', 'NAME', 'ROLE', 'APP 2FA', 'STATUS', 'LAST SIGN-IN (UTC)']];
      for (const user of users) {
        const last = signIns.get(user.id);
        rows.push([
          user.username,
          user.displayName,
          user.role,
          user.totpEnabledAt ? 'yes' : 'no',
          user.disabledAt ? 'disabled' : 'active',
          last ? last.toISOString().slice(0, 16).replace('T', ' ') : 'never',
        ]);
      }
      stdout.write(table(rows));
      return;
    }
  }
}

/** Creates the folder of a `file:` database, as the server does on start. */
function ensureDatabaseDirectory(url: string): void {
  if (!url.startsWith('file:')) return;
  const path = url.slice('file:'.length).split('?')[0]!;
  if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
}

export async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parse(args);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    stderr.write(`Error: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if ('help' in parsed) {
    stdout.write(USAGE);
    return 0;
  }
  const url = env.DATABASE_URL || 'file:data/status.db';
  ensureDatabaseDirectory(url);
  // Shared with the server: WAL, and waiting for the server's write lock instead of failing.
  const client = await openNodeClient({ url, authToken: env.LIBSQL_AUTH_TOKEN || undefined });
  try {
    const db = createDatabase(client);
    await applyMigrations(db);
    await run(db, parsed.command, parsed.options);
    return 0;
  } catch (error) {
    if (error instanceof CliUsageError) {
      stderr.write(`Error: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof CliAbort) stderr.write(`Error: ${error.message}\n`);
    else if (error instanceof InputError) stderr.write(`Error: ${error.message}\n`);
    else if (error instanceof ConflictError) stderr.write('Error: the user was changed at the same moment. Nothing was changed; try again.\n');
    else stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    client.close();
  }
}

main(argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
