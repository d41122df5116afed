/**
 * The real Node server (src/node.ts) as a child process on a fresh database with the example
 * data, on a loopback port, with its default settings (REVISION_TTL_MS and the rest unset).
 * It is started as `npm start` starts it: the bundle scripts/build-node.mjs writes, run by
 * node with the options of the `start` script in package.json (read from there, so the two
 * cannot drift apart), but without npm in between, so the child's pid is the server's own
 * (its memory can be read from /proc), not a launcher's.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { startProcess, stopProcess } from './processes';
import { waitForStatus } from './raw-http';

export interface AppServer {
  child: ChildProcess;
  pid: number;
  url: string;
  logFile: string;
  stop(): Promise<void>;
}

const SETTINGS_FROM_PARENT = ['PORT', 'HOST', 'PUBLIC_URL', 'DATABASE_URL', 'LIBSQL_AUTH_TOKEN', 'EXAMPLE_DATA', 'REVISION_TTL_MS', 'DATABASE_TIMEOUT_MS', 'SNAPSHOT_DIR', 'TRUST_PROXY', 'SETUP_TOKEN'];

/** The arguments `npm start` gives node (package.json: "start": "node <args>"). */
export function startArguments(): string[] {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  const [command, ...args] = scripts.start!.trim().split(/\s+/);
  if (command !== 'node') throw new Error(`the start script runs "${command}", not node: update scripts/bench/app-server.ts`);
  return args;
}

/** Builds the server bundle (and the vendored browser code), as `npm start`'s prestart does. */
export function buildServer(): void {
  const built = spawnSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('scripts/build-node.mjs failed');
}

export async function startApp(options: { dir: string; port: number; nodeArgs?: string[] }): Promise<AppServer> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of SETTINGS_FROM_PARENT) delete env[name];
  Object.assign(env, {
    PORT: String(options.port),
    HOST: '127.0.0.1',
    DATABASE_URL: `file:${join(options.dir, 'bench.db')}`,
    SNAPSHOT_DIR: join(options.dir, 'snapshot'),
  });
  const logFile = join(options.dir, 'app.log');
  const log = createWriteStream(logFile);
  const child = startProcess(process.execPath, [...(options.nodeArgs ?? []), ...startArguments()], { env });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${options.port}`;
  const server: AppServer = { child, pid: child.pid!, url, logFile, stop: () => stopProcess(child, 10_000) };
  try {
    // It listens at once and serves 503 until the example data is in: wait for a real page.
    await waitForStatus(`${url}/`, 200, 60_000, () => child.exitCode === null);
  } catch (error) {
    await server.stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- app log ---\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
  }
  return server;
}

/** Resident and peak resident memory of a process, in MiB, from /proc (Linux). */
export function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}
