/**
 * The processes a benchmark starts (the app, nginx, wrk), stopped whatever happens: at the
 * end, on an error, on Ctrl-C or SIGTERM. Each is stopped by its own pid, never by name.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';

const running = new Set<ChildProcess>();

export function startProcess(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => stopProcess(child)));
}

let installed = false;

/** Stops every started process on Ctrl-C / SIGTERM (then exits 130 / 143) and at exit. */
export function stopChildrenOnExit(cleanup: () => void = () => {}): void {
  if (installed) return;
  installed = true;
  let stopping = false;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    // `on`, not `once`: Ctrl-C reaches npm, tsx and this process alike, and tsx passes it on
    // again; a second signal must not kill the process before it has cleaned up.
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.error(`\n${signal}: stopping what the benchmark started …`);
      void stopAll().finally(() => {
        cleanup();
        process.exit(code);
      });
    });
  }
  // Last resort (an uncaught error, process.exit elsewhere): nothing may outlive the benchmark.
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
    cleanup();
  });
}

/** Runs a command to its end and returns what it printed; rejects on a non-zero exit. */
export function runToEnd(command: string, args: string[], options: SpawnOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = startProcess(command, args, options);
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}:\n${err.trim() || out.trim()}`));
    });
  });
}

/** A TCP port on the loopback interface that nothing listens on right now. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
