/**
 * What `npm run backup` and `npm run restore` share: which database they open (the same as the
 * server and `npm run db:migrate`), how they show its URL, and how they answer.
 *
 * Exit codes: 0 done, 1 refused or failed (message on stderr), 2 wrong usage.
 */
import type { Client } from '@libsql/client';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import process, { env, stderr } from 'node:process';
import { parseArgs } from 'node:util';
import { openNodeClient } from '../db/open-node';
import { CliAbort, CliUsageError } from './password-input';
import { forTerminal } from './terminal-text';

export { CliAbort, CliUsageError };

export function databaseUrl(): string {
  return env.DATABASE_URL || env.LIBSQL_URL || 'file:data/status.db';
}

/** The URL without any credentials in it, for messages. */
export function shownUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//…@');
}

function filePath(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  const path = url.slice('file:'.length).split('?')[0]!;
  return path && path !== ':memory:' ? path : null;
}

/**
 * Opens the database as the server and the other commands do (WAL, waiting while another
 * process writes). `create: false` refuses a `file:` database that does not exist instead of
 * making an empty one (a backup of nothing is a mistake, not a result).
 */
export async function openDatabase(url: string, options: { create: boolean }): Promise<Client> {
  const path = filePath(url);
  if (path && !options.create && !existsSync(path)) throw new CliAbort(`There is no database at ${path} (DATABASE_URL=${shownUrl(url)}).`);
  if (path && options.create) mkdirSync(dirname(path), { recursive: true });
  return openNodeClient({ url, authToken: env.LIBSQL_AUTH_TOKEN || undefined });
}

/** One positional FILE and the given boolean flags; --help anywhere asks for the usage. */
export function parseFileArguments<Flag extends string>(args: string[], flags: readonly Flag[]): { help: true } | { file: string; flags: Record<Flag, boolean> } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { help: { type: 'boolean', short: 'h' }, ...Object.fromEntries(flags.map((flag) => [flag, { type: 'boolean' as const }])) },
    });
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  if (parsed.values.help) return { help: true };
  const [file, ...extra] = parsed.positionals;
  if (!file) throw new CliUsageError('No FILE given.');
  if (extra.length > 0) throw new CliUsageError(`Unexpected argument "${extra[0]}".`);
  const values = parsed.values as Record<string, boolean | undefined>;
  return { file, flags: Object.fromEntries(flags.map((flag) => [flag, values[flag] === true])) as Record<Flag, boolean> };
}

/**
 * A failure, on stderr. Messages can quote the file or the database (a JSON parser's excerpt,
 * a driver's error), so they are made safe for the terminal first.
 */
export function reportError(message: string, usage?: string): void {
  stderr.write(`Error: ${forTerminal(message)}\n${usage ? `\n${usage}` : ''}`);
}

/** Progress for one table, on stderr so stdout carries only the summary. */
export function reportTable(verb: string, table: string, rows: number): void {
  stderr.write(`  ${verb} ${table}: ${rows} ${rows === 1 ? 'row' : 'rows'}\n`);
}

/** Runs a command's main and sets the exit code; anything unexpected is a plain message, exit 1. */
export function runCommand(main: (args: string[]) => Promise<number>, args: string[]): void {
  main(args).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      reportError(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
