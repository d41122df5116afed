/**
 * The real Node server as a child process, started the way `npm start` starts it (`node
 * <start options> dist/node/server.js`: the bundle built once per test run by
 * ./server-bundle.setup.mjs), on a loopback port, for tests that need a process they can kill
 * (tests/durability/). Also the admin CLI as a child (`tsx src/cli/admin.ts`, as `npm run
 * admin` runs it), and a request target that lets the browser-like session of
 * ./browser-session talk to either over real HTTP.
 *
 * Each server is started in its own process group and signalled as a group, so nothing it
 * may start survives it. Every process started here is remembered, and `stopChildServers`
 * (call it in afterEach) kills whatever is still running, even after a failed test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { TEST_PASSWORD_ITERATIONS } from './app';
import type { RequestTarget } from './browser-session';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `npm start`'s node arguments, with the bundle this run built (./server-bundle.setup.mjs). */
    nodeServerArguments: string[];
    /** Why that bundle could not be built ('' when it was). */
    nodeServerBuildError: string;
  }
}

/** `npm start`'s node arguments for this run's bundle; throws the build's error if it failed. */
export function nodeServerArguments(): string[] {
  const buildError = inject('nodeServerBuildError');
  if (buildError) throw new Error(`The server bundle could not be built (tests/helpers/server-bundle.setup.mjs):\n${buildError}`);
  return inject('nodeServerArguments');
}

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const TSX_CLI = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
/** Enough of a child's output to explain a failure, not a log of the whole run. */
const OUTPUT_KEPT = 20_000;

const running = new Set<ChildServer>();

/** Only what the child needs: the test runner's own variables (VITEST, NODE_ENV) stay out. */
function childEnvironment(settings: Record<string, string>): NodeJS.ProcessEnv {
  const { PATH, HOME, TMPDIR } = process.env;
  return { ...(PATH ? { PATH } : {}), ...(HOME ? { HOME } : {}), ...(TMPDIR ? { TMPDIR } : {}), ...settings };
}

function collectOutput(child: ChildProcess): () => string {
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => output;
}

/** A port on 127.0.0.1 that nothing listens on right now (the OS picks it). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface ChildServerOptions {
  databaseUrl: string;
  port: number;
  exampleData?: boolean;
  /** Other settings of src/node.ts (REVISION_TTL_MS, ...). */
  env?: Record<string, string>;
  /** How long the server may take to answer its first request. */
  startTimeoutMs?: number;
  /**
   * The server answers before it has reached its database (it serves last good copies
   * meanwhile: docs/decisions/0025-last-known-good.md). By default this waits until
   * /healthz says the database answers (migrated, seeded); false returns at the first answer,
   * for tests of a server started while its database is down.
   */
  waitForDatabase?: boolean;
}

export class ChildServer {
  readonly url: string;
  readonly output: () => string;
  /** Settles when the server process has exited, with its exit code or the signal that ended it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private hasExited = false;

  constructor(
    private readonly child: ChildProcess,
    port: number,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.output = collectOutput(child);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.hasExited = true;
        running.delete(this);
        resolve({ code, signal });
      });
    });
  }

  get isRunning(): boolean {
    return !this.hasExited;
  }

  /**
   * Sends `signal` to the server's process group and waits for the server to exit. SIGKILL is
   * the crash: no handler runs, nothing is flushed or closed.
   */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.hasExited) return;
    try {
      process.kill(-this.child.pid!, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
    await this.exited;
  }
}

/** Starts the server as `npm start` does and resolves once it answers over HTTP; fails with its output if it exits first. */
export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  // Last good copies go to a directory of this server's own (not the repository's data/),
  // unless the test names one to keep across restarts.
  const ownSnapshots = options.env?.SNAPSHOT_DIR === undefined ? mkdtempSync(join(tmpdir(), 'child-snapshots-')) : null;
  const child = spawn(process.execPath, nodeServerArguments(), {
    cwd: REPOSITORY,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnvironment({
      DATABASE_URL: options.databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      PUBLIC_URL: `http://127.0.0.1:${options.port}`,
      EXAMPLE_DATA: options.exampleData === false ? 'false' : 'true',
      // 600 000 PBKDF2 iterations per sign-in are not what these tests are about.
      PASSWORD_ITERATIONS: String(TEST_PASSWORD_ITERATIONS),
      ...(ownSnapshots ? { SNAPSHOT_DIR: ownSnapshots } : {}),
      ...options.env,
    }),
  });
  const server = new ChildServer(child, options.port);
  if (ownSnapshots) void server.exited.then(() => rmSync(ownSnapshots, { recursive: true, force: true }));
  running.add(server);
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (!server.isRunning) {
      const { code, signal } = await server.exited;
      throw new Error(`The server exited before answering (code ${code}, signal ${signal}):\n${server.output()}`);
    }
    try {
      const response = await fetch(`${server.url}${options.waitForDatabase === false ? '/' : '/healthz'}`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (options.waitForDatabase === false || response.status === 200) return server;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await server.kill();
  throw new Error(`The server did not answer within ${options.startTimeoutMs ?? 60_000} ms:\n${server.output()}`);
}

/** Kills every server started here that is still running (afterEach). */
export async function stopChildServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.kill('SIGKILL')));
}

/** Runs `tsx src/cli/admin.ts ARGS` on a database, with `stdin` as its standard input. */
export function runAdminCli(
  args: string[],
  options: { databaseUrl: string; stdin?: string; timeoutMs?: number },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX_CLI, 'src/cli/admin.ts', ...args], {
      cwd: REPOSITORY,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: childEnvironment({ DATABASE_URL: options.databaseUrl, PASSWORD_ITERATIONS: String(TEST_PASSWORD_ITERATIONS) }),
      timeout: options.timeoutMs ?? 30_000,
      killSignal: 'SIGKILL',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/**
 * A request target over real HTTP for `Browser` (./browser-session): paths go to `base`,
 * which a test may point at a restarted server. Redirects are not followed, as with
 * `app.request`, so a test sees the 303 itself.
 */
export class HttpTarget implements RequestTarget {
  constructor(public base: string) {}

  request(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(new URL(path, this.base), { ...init, redirect: 'manual', signal: init.signal ?? AbortSignal.timeout(15_000) });
  }
}
