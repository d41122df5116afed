/**
 * `npm run bench -- --profile`: the app under wrk load on the gzipped overview with V8's
 * sampling profiler on (`node --cpu-prof`), and the functions it spent the most time in
 * themselves (self time), counted from the moment the load started.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startApp } from './app-server';
import { selfTimes } from './cpu-profile';
import { freeLoopbackPort } from './processes';
import { printTable } from './table';
import { runWrk } from './wrk';

export async function runProfile(options: { dir: string; duration: number; connections: number; progress: (line: string) => void; top?: number }) {
  const profileDir = join(options.dir, 'profile');
  const spawned = performance.now();
  const app = await startApp({ dir: options.dir, port: await freeLoopbackPort(), nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profileDir] });
  let loadStartedMs = 0;
  try {
    options.progress(`profiling: wrk -t1 -c${options.connections} -d${options.duration}s on ${app.url}/ (gzip), node --cpu-prof`);
    loadStartedMs = performance.now() - spawned;
    const result = await runWrk({ url: `${app.url}/`, headers: { 'Accept-Encoding': 'gzip' }, connections: options.connections, durationSeconds: options.duration });
    options.progress(`${Math.round(result.requestsPerSecond)} req/s under the profiler (it costs some)`);
  } finally {
    // The profile is written when the process exits; SIGTERM makes src/node.ts exit cleanly.
    await app.stop();
  }
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile written in ${profileDir}`);
  const { total, functions } = selfTimes(join(profileDir, file), loadStartedMs);
  const top = functions.slice(0, options.top ?? 15);
  console.log(`\nTop ${top.length} functions by self time, during the load (${(total / 1000).toFixed(1)} s sampled)`);
  printTable(
    ['#', 'self ms', 'share', 'function', 'where'],
    top.map((entry, index) => [String(index + 1), entry.ms.toFixed(0), `${(entry.share * 100).toFixed(1)} %`, entry.name, entry.where]),
    [3, 4],
  );
  const origin = (where: string) =>
    where === '' ? 'native code (writev …), GC, idle' : where.startsWith('node:') ? 'Node internals' : where.startsWith('src/') || where.startsWith('views/') ? 'this project' : where.startsWith('@') ? where.split('/').slice(0, 2).join('/') : where.split('/')[0]!;
  const byOrigin = new Map<string, number>();
  for (const entry of functions) byOrigin.set(origin(entry.where), (byOrigin.get(origin(entry.where)) ?? 0) + entry.share);
  const origins = [...byOrigin.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log(`\nSelf time by origin: ${origins.map(([name, share]) => `${name} ${(share * 100).toFixed(1)} %`).join(', ')}`);
}
