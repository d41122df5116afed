/**
 * `npm run bench`: the public side against nginx serving the identical bytes, measured with
 * wrk on loopback; then memory, page weight, the Worker bundle and the history scaling.
 * Prints figures and a one-line summary; the targets are issue 13's. Fails (exit 1) only when
 * something does not work (a tool missing, a server not starting, nginx not answering like
 * the app), not when a target is missed. Machines are shared and noisy: compare the ratios
 * of one run, whose rounds alternate app and nginx, not absolute figures across runs.
 *
 * Usage: npm run bench -- [--duration 5] [--connections 32] [--rounds 3] [--only overview-gzip,feed]
 *                         [--no-scaling] [--no-bundle] [--profile]   (see --help)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer, memoryOf, startApp, startArguments } from './bench/app-server';
import { startBareNode } from './bench/bare-node';
import { DOCUMENTS, fetchDocuments, pageWeight, PAGE_WEIGHT_BUDGET, type FetchedDocument } from './bench/documents';
import { NGINX_INSTALL_HINT, startNginx, writeNginxSite } from './bench/nginx';
import { compareWithNginx, loadRounds, printThroughputTable, type LoadTarget, type Throughput } from './bench/throughput';
import { freeLoopbackPort, runToEnd, stopAll, stopChildrenOnExit, stopProcess } from './bench/processes';
import { runProfile } from './bench/profile-run';
import { rawGet, waitForStatus } from './bench/raw-http';

const RATIO_TARGET = 0.5;
const MEMORY_TARGET_MIB = 150;
const HELP = `Usage: npm run bench -- [options]

Starts the app as npm start does (node <start options> dist/node/server.js, built first; fresh
example database, loopback port) and nginx (one worker, the same bytes and headers as static
files), loads each with wrk, alternating, and prints requests/s, latency and the ratio
app/nginx per document, with two reference rows sending the gzipped overview's bytes and
headers: bare node:http (writeHead + end, nothing else), and the same bytes written straight
to a net socket (the most a Node process can do here); then the app's memory, the page
weight, the Worker bundle size and the history-scaling table.

  --duration S       seconds per wrk run (default 5)
  --connections N    wrk connections (default 32; one wrk thread)
  --rounds N         rounds per document, each app + nginx (default 3)
  --only IDS         comma-separated documents: ${DOCUMENTS.map((d) => d.id).join(', ')}
  --no-scaling       skip the history-scaling table (it takes about a minute)
  --no-bundle        skip bundling the Worker
  --no-bare          skip the two reference rows (bare node:http, bare net socket)
  --scaling-runs N   uncached renders per page and size (default 15)
  --profile          instead: profile the app (node --cpu-prof) under wrk load on the
                     gzipped overview for --duration seconds and print the top self times
  --help             this text

Needs nginx and wrk (Debian: ${NGINX_INSTALL_HINT}).`;

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '3' },
    only: { type: 'string' },
    'no-scaling': { type: 'boolean', default: false },
    'no-bundle': { type: 'boolean', default: false },
    'no-bare': { type: 'boolean', default: false },
    'scaling-runs': { type: 'string', default: '15' },
    profile: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

function wholeNumber(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number ≥ ${min}, got "${value}" (see --help)`);
    process.exit(2);
  }
  return n;
}
const duration = wholeNumber('duration', values.duration, 1);
const connections = wholeNumber('connections', values.connections, 1);
const rounds = wholeNumber('rounds', values.rounds, 1);
const scalingRuns = wholeNumber('scaling-runs', values['scaling-runs'], 1);
const only = values.only?.split(',').map((id) => id.trim()).filter(Boolean) ?? null;
const unknown = only?.filter((id) => !DOCUMENTS.some((document) => document.id === id)) ?? [];
if (unknown.length > 0) {
  console.error(`--only: unknown document ${unknown.join(', ')}; known: ${DOCUMENTS.map((d) => d.id).join(', ')}`);
  process.exit(2);
}

for (const [tool, args] of [['nginx', ['-v']], ['wrk', ['--version']]] as const) {
  const probe = spawnSync(tool, [...args], { stdio: 'ignore' });
  if (probe.error) {
    console.error(`${tool} is not installed. On Debian/Ubuntu: ${NGINX_INSTALL_HINT}`);
    process.exit(1);
  }
}
// The server runs from its bundle, as with `npm start`: build it from the current sources.
buildServer();

const dir = mkdtempSync(join(tmpdir(), 'status-bench-'));
const nginxDirs: string[] = [];
const removeTemporaryFiles = () => {
  for (const path of [dir, ...nginxDirs]) rmSync(path, { recursive: true, force: true });
};
stopChildrenOnExit(removeTemporaryFiles);
const progress = (line: string) => console.log(`· ${line}`);

async function throughputRun(): Promise<string[]> {
  const summary: string[] = [];
  progress(`starting the app (node ${startArguments().join(' ')}) on a fresh example database in ${dir}`);
  const app = await startApp({ dir, port: await freeLoopbackPort() });
  let nginx: ReturnType<typeof startNginx> | null = null;
  try {
    const documents = await fetchDocuments(app.url, progress);
    const memoryBefore = memoryOf(app.pid);
    const nginxPort = await freeLoopbackPort();
    const files = documents.flatMap((d) => (d.staticPath ? [{ path: d.staticPath, response: d.app }] : []));
    const site = writeNginxSite(nginxPort, files);
    nginxDirs.push(site.dir);
    if (site.skippedHeaders.length > 0) progress(`nginx leaves out ${site.skippedHeaders.join(', ')} (a "$" in the value)`);
    nginx = startNginx(site);
    const nginxUrl = `http://127.0.0.1:${nginxPort}`;
    await waitForStatus(`${nginxUrl}${files[0]!.path}`, 200, 10_000, () => nginx!.exitCode === null);
    progress(`nginx ${nginxVersion()} (1 worker) on ${nginxUrl}, config ${site.config}`);
    const targets = await compareWithNginx(documents, app.url, nginxUrl, progress);
    const chosen = targets.filter((target) => !only || only.includes(target.document.id));
    if (!values['no-bare']) {
      for (const reference of [BARE_NODE, BARE_NET]) {
        const bare = await bareNodeTarget(reference, documents, targets);
        if (bare) chosen.push(bare);
      }
    }
    progress(`wrk -t1 -c${connections} -d${duration}s --latency, ${rounds} rounds × ${chosen.length} documents × 2 servers ≈ ${Math.ceil((rounds * chosen.length * 2 * (duration + 0.5)) / 60)} min`);
    const results: Throughput[] = await loadRounds(chosen, { rounds, connections, duration }, progress);
    const memory = memoryOf(app.pid);
    const weight = await pageWeight(app.url);
    printThroughputTable(results, { connections, duration, rounds });
    for (const document of documents.filter((d) => d.skipped)) console.log(`(${document.label}: ${document.skipped})`);
    console.log(
      `\nApp memory (pid ${app.pid}): VmRSS ${memory.rssMiB.toFixed(1)} MiB after the load (${memoryBefore.rssMiB.toFixed(1)} MiB before it), peak VmHWM ${memory.peakMiB.toFixed(1)} MiB (target < ${MEMORY_TARGET_MIB} MiB)`,
    );
    console.log(`Page weight: overview ${weight.htmlBytes} B gzip + ${weight.assetBytes} B CSS/icons gzip (${weight.assets.join(', ')}) = ${weight.total} B of ${PAGE_WEIGHT_BUDGET} B`);
    const measured = results.filter((result) => ![BARE_NODE.id, BARE_NET.id].includes(result.document.id));
    if (measured.length > 0) {
      const lowest = measured.reduce((a, b) => (b.ratio < a.ratio ? b : a));
      summary.push(`lowest ratio ${lowest.ratio.toFixed(2)} (${lowest.document.label}); target ${RATIO_TARGET}: ${lowest.ratio >= RATIO_TARGET ? 'MET' : 'NOT MET'}`);
    }
    for (const reference of [BARE_NODE, BARE_NET]) {
      const ceiling = results.find((result) => result.document.id === reference.id);
      if (ceiling) summary.push(`${reference.label.replace('reference: ', '')} ${ceiling.ratio.toFixed(2)}`);
    }
    summary.push(`RSS ${memory.rssMiB.toFixed(0)} MiB (< ${MEMORY_TARGET_MIB}: ${memory.rssMiB < MEMORY_TARGET_MIB ? 'met' : 'NOT met'})`);
    summary.push(`page ${(weight.total / 1024).toFixed(1)} KiB (≤ 14: ${weight.total <= PAGE_WEIGHT_BUDGET ? 'met' : 'NOT met'})`);
  } finally {
    if (nginx) await stopProcess(nginx);
    await app.stop();
  }
  return summary;
}

const BARE_NODE = {
  id: 'bare-node',
  label: 'reference: bare node:http',
  path: '/',
  headers: { 'Accept-Encoding': 'gzip' },
};
/** The same bytes written straight to a net socket: no HTTP server at all, the most Node can do. */
const BARE_NET = { ...BARE_NODE, id: 'bare-net', label: 'reference: bare net socket' };

/**
 * A reference row: a bare Node process sending the gzipped overview's bytes and headers,
 * against nginx serving the same file. Checked like the app: same status and body length.
 */
async function bareNodeTarget(reference: typeof BARE_NODE, documents: FetchedDocument[], targets: LoadTarget[]): Promise<LoadTarget | null> {
  const overview = documents.find((document) => document.document.id === 'overview-gzip');
  const nginxTarget = targets.find((target) => target.document.id === 'overview-gzip');
  if (!overview || !nginxTarget) return null;
  const port = await freeLoopbackPort();
  const child = startBareNode({ dir, port, response: overview.app, net: reference === BARE_NET });
  const url = `http://127.0.0.1:${port}/`;
  await waitForStatus(url, 200, 10_000, () => child.exitCode === null);
  const answer = await rawGet(url, reference.headers);
  if (answer.body.length !== overview.app.body.length || answer.headers['content-encoding'] !== 'gzip') {
    throw new Error(`the ${reference.label} does not answer like the app`);
  }
  progress(`${reference.label} (pid ${child.pid}) on ${url}: the gzipped overview's ${answer.body.length} B and headers (${answer.headerBytes} B)`);
  return { document: reference, app: { url, headers: reference.headers }, nginx: nginxTarget.nginx };
}

function nginxVersion(): string {
  const probe = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  return /nginx\/(\S+)/.exec(`${probe.stderr}${probe.stdout}`)?.[1] ?? '?';
}

async function workerBundle(): Promise<string> {
  progress('bundling the Worker (wrangler deploy --dry-run) …');
  try {
    const out = await runToEnd(process.execPath, ['scripts/check-worker-bundle.mjs']);
    const line = /Worker bundle: .*/.exec(out)?.[0] ?? out.trim();
    console.log(`\n${line}`);
    return line.replace('Worker bundle: ', 'bundle ');
  } catch (error) {
    // Over budget or not bundled: the other figures still stand, but the run has failed.
    console.error(`\nWorker bundle check failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return 'bundle FAILED';
  }
}

async function scaling(): Promise<string> {
  // Loaded only here: it runs the app in this process, and the rest of this script needs none of it.
  const { measureScaling, printScalingTable, SCALING_SIZES, SCALING_TARGET, scalingRatio, cpuScalingRatio } = await import('./bench/scaling');
  progress(`history scaling: ${SCALING_SIZES.join(' / ')} updates, ${scalingRuns} uncached renders per page and size`);
  const rows = await measureScaling({ runs: scalingRuns, progress });
  printScalingTable(rows, SCALING_SIZES, scalingRuns);
  const worst = rows.reduce((a, b) => (scalingRatio(b) > scalingRatio(a) ? b : a));
  const worstCpu = Math.max(...rows.map(cpuScalingRatio));
  return `worst scaling ${scalingRatio(worst).toFixed(2)}× (${worst.name}; CPU time: worst ${worstCpu.toFixed(2)}×); target ${SCALING_TARGET}×: ${scalingRatio(worst) <= SCALING_TARGET ? 'met' : 'NOT met'}`;
}

try {
  if (values.profile) {
    await runProfile({ dir, duration, connections, progress });
  } else {
    console.log(`Benchmark: Node ${process.version}, ${availableParallelism()} CPUs; loopback only`);
    const summary = await throughputRun();
    if (!values['no-bundle']) summary.push(await workerBundle());
    if (!values['no-scaling']) summary.push(await scaling());
    console.log(`\nSummary: ${summary.join(' · ')}`);
  }
} catch (error) {
  console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await stopAll();
  removeTemporaryFiles();
}
