/**
 * The API token commands of the admin CLI (./admin.ts): create-token, list-tokens,
 * revoke-token. The secret is printed once, alone on the last line, so a script can take it
 * with `tail -n 1`; it cannot be shown again (docs/decisions/0035-api-tokens.md).
 */
import { stdout } from 'node:process';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { API_SCOPES, parseApiScopes } from '../domain/api-scopes';
import { createToken, isTokenName, listTokens, revokeToken } from '../store/api-tokens';
import type { Actor } from '../store/audit';
import { NotFoundError } from '../store/errors';
import { CliAbort, CliUsageError } from './password-input';
import { forTerminal } from './terminal-text';

export const TOKEN_COMMANDS = ['create-token', 'list-tokens', 'revoke-token'] as const;
export type TokenCommand = (typeof TOKEN_COMMANDS)[number];

export const TOKEN_USAGE = `  create-token --name <name> --scopes <scopes> [--expires-days N] [--flag-only-on-resolve]
                                                          (prints the token once, on the last line)
  list-tokens
  revoke-token --name <name>

Scopes (comma-separated): ${API_SCOPES.join(', ')}. --flag-only-on-resolve: a monitor's
resolved alert only flags the service for an editor instead of restoring it.
`;

export interface TokenOptions {
  name?: string;
  scopes?: string;
  'expires-days'?: string;
  'flag-only-on-resolve'?: boolean;
}

const utc = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace('T', ' ') : '');

function requireName(options: TokenOptions): string {
  const name = options.name?.trim().toLowerCase();
  if (!name) throw new CliUsageError('--name is required.');
  if (!isTokenName(name)) throw new CliUsageError('--name: use 2–40 characters: lowercase letters, digits, dot, dash or underscore.');
  return name;
}

export async function runTokenCommand(
  db: Database,
  clock: Clock,
  command: TokenCommand,
  options: TokenOptions,
  actor: Actor,
  table: (cells: string[][]) => string,
): Promise<void> {
  switch (command) {
    case 'create-token': {
      const name = requireName(options);
      const scopes = parseApiScopes(options.scopes ?? '');
      if (!scopes) throw new CliUsageError(`--scopes must list one or more of ${API_SCOPES.join(', ')}.`);
      let expiresAt: Date | null = null;
      if (options['expires-days'] !== undefined) {
        if (!/^[1-9]\d{0,4}$/.test(options['expires-days'])) throw new CliUsageError('--expires-days must be a whole number of days, 1 or more.');
        expiresAt = new Date(clock.now().getTime() + Number(options['expires-days']) * 86_400_000);
      }
      const { token, secret } = await createToken(db, clock, { name, scopes, expiresAt, restoreOnResolve: !options['flag-only-on-resolve'] }, actor);
      stdout.write(
        `Created token "${forTerminal(token.name)}" with ${token.scopes.join(', ')}${expiresAt ? `, expiring ${utc(expiresAt)} UTC` : ', not expiring'}.\n` +
          'It is shown only now; store it where the script or monitor reads it:\n' +
          `${secret}\n`,
      );
      return;
    }
    case 'list-tokens': {
      const tokens = await listTokens(db);
      if (tokens.length === 0) {
        stdout.write('No API tokens yet. Make one with create-token.\n');
        return;
      }
      const now = clock.now().getTime();
      const rows = [['NAME', 'PREFIX', 'SCOPES', 'STATUS', 'EXPIRES (UTC)', 'LAST USED (UTC)', 'CREATED BY']];
      for (const token of tokens) {
        const status = token.revokedAt ? 'revoked' : token.expiresAt && token.expiresAt.getTime() <= now ? 'expired' : 'active';
        rows.push([token.name, `${token.prefix}…`, token.scopes.join(','), status, utc(token.expiresAt) || 'never', utc(token.lastUsedAt) || 'never', token.createdBy]);
      }
      stdout.write(table(rows));
      return;
    }
    case 'revoke-token': {
      const name = requireName(options);
      try {
        await revokeToken(db, clock, { name }, actor);
      } catch (error) {
        if (error instanceof NotFoundError) throw new CliAbort(`There is no live token named "${forTerminal(name)}". See list-tokens.`);
        throw error;
      }
      stdout.write(`Revoked token "${forTerminal(name)}"; it no longer works.\n`);
      return;
    }
  }
}
