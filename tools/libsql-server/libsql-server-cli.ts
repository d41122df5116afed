/**
 * Runs the development libSQL HTTP endpoint (see libsql-server.ts) until SIGINT or SIGTERM:
 *
 *   node --import tsx tools/libsql-server/libsql-server-cli.ts --db data/edge.db --port 8080
 *
 * Prints one line with the URL to give @libsql/client/web, then nothing more. Development
 * tooling only; production uses Turso or sqld.
 *
 * Exit codes: 0 stopped by a signal, 1 could not start, 2 wrong usage.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import process, { argv, stderr, stdout } from 'node:process';
import { parseArgs } from 'node:util';
import { startLibsqlServer, type LibsqlServerOptions } from './libsql-server';

const USAGE = `Usage: node --import tsx tools/libsql-server/libsql-server-cli.ts --db <file> [--port 8080] [--host 127.0.0.1] [--auth-token <token>]

A local libSQL endpoint speaking Hrana over HTTP v2, for development and tests only.
--db          the database file (created, with its directory, if missing)
--port        port to listen on; 0 picks a free one (default 8080)
--host        a loopback address (default 127.0.0.1)
--auth-token  require "Authorization: Bearer <token>" on every query
`;

function optionsFrom(args: string[]): LibsqlServerOptions | 'help' {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      'auth-token': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (!values.db) throw new Error('--db is required');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be 0–65535, not ${values.port}`);
  return { databasePath: values.db, port, host: values.host, authToken: values['auth-token'] };
}

async function main(): Promise<void> {
  let options: LibsqlServerOptions | 'help';
  try {
    options = optionsFrom(argv.slice(2));
  } catch (error) {
    stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    stdout.write(USAGE);
    return;
  }

  let server;
  try {
    mkdirSync(dirname(options.databasePath), { recursive: true });
    server = await startLibsqlServer(options);
  } catch (error) {
    stderr.write(`Could not start the development libSQL server: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  stdout.write(`Development libSQL server (not for production) on ${server.url}, database ${options.databasePath}\n`);

  const stop = () => {
    // Closing rolls back any transaction a client left open, so the file is left consistent.
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
