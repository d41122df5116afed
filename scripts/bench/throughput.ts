/**
 * App against nginx, document by document: first a check that nginx answers like the app
 * (status, body length, Content-Type, Content-Encoding, similar headers), then wrk rounds
 * that alternate the two servers (and which goes first), so a slower minute on a shared
 * machine hits both. The ratio is taken per round and the median shown.
 */
import type { FetchedDocument, DocumentSpec } from './documents';
import { rawGet } from './raw-http';
import { printTable } from './table';
import { runWrk, type WrkResult } from './wrk';

export interface LoadTarget {
  document: DocumentSpec;
  app: { url: string; headers: Record<string, string> };
  nginx: { url: string; headers: Record<string, string> };
}

export async function compareWithNginx(
  documents: FetchedDocument[],
  appUrl: string,
  nginxUrl: string,
  progress: (line: string) => void,
): Promise<LoadTarget[]> {
  const targets: LoadTarget[] = [];
  for (const fetched of documents) {
    if (fetched.skipped || !fetched.nginxPath) continue;
    const { document } = fetched;
    const nginxHeaders = { ...document.headers };
    if (document.conditional) {
      const etag = (await rawGet(`${nginxUrl}${fetched.nginxPath}`, document.headers)).headers.etag;
      if (!etag) throw new Error(`nginx sent no ETag for ${fetched.nginxPath}`);
      nginxHeaders['If-None-Match'] = etag;
    }
    const target: LoadTarget = {
      document,
      app: { url: `${appUrl}${document.path}`, headers: fetched.appHeaders },
      nginx: { url: `${nginxUrl}${fetched.nginxPath}`, headers: nginxHeaders },
    };
    const [app, nginx] = await Promise.all([rawGet(target.app.url, target.app.headers), rawGet(target.nginx.url, target.nginx.headers)]);
    const differences = (['content-type', 'content-encoding'] as const)
      .filter((name) => app.status !== 304 && app.headers[name] !== nginx.headers[name])
      .map((name) => `${name}: app "${app.headers[name]}", nginx "${nginx.headers[name]}"`);
    if (app.status !== nginx.status) differences.unshift(`status: app ${app.status}, nginx ${nginx.status}`);
    if (app.body.length !== nginx.body.length) differences.push(`body: app ${app.body.length} B, nginx ${nginx.body.length} B`);
    if (differences.length > 0) throw new Error(`nginx does not answer ${document.label} like the app: ${differences.join('; ')}`);
    const missing = Object.keys(app.headers).filter((name) => !(name in nginx.headers) && !['keep-alive', 'connection'].includes(name));
    progress(
      `check ${document.label}: both ${app.status}, ${app.body.length} B body; headers app ${app.headerBytes} B, nginx ${nginx.headerBytes} B` +
        (missing.length ? ` (nginx lacks ${missing.join(', ')})` : ''),
    );
    targets.push(target);
  }
  return targets;
}

export interface Throughput {
  document: DocumentSpec;
  app: WrkResult[];
  nginx: WrkResult[];
  /** Median over the rounds of (app req/s ÷ nginx req/s) within the round. */
  ratio: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export async function loadRounds(
  targets: LoadTarget[],
  options: { rounds: number; connections: number; duration: number },
  progress: (line: string) => void,
): Promise<Throughput[]> {
  const results: Throughput[] = targets.map((target) => ({ document: target.document, app: [], nginx: [], ratio: 0 }));
  for (let round = 0; round < options.rounds; round++) {
    for (const [index, target] of targets.entries()) {
      const order = round % 2 === 0 ? (['app', 'nginx'] as const) : (['nginx', 'app'] as const);
      for (const server of order) {
        const result = await runWrk({ ...target[server], connections: options.connections, durationSeconds: options.duration });
        if (result.errors > 0) throw new Error(`wrk: ${result.errors} failed requests against ${server} for ${target.document.label}`);
        results[index]![server].push(result);
        progress(
          `round ${round + 1}/${options.rounds} ${target.document.label.padEnd(30)} ${server.padEnd(5)} ${Math.round(result.requestsPerSecond).toString().padStart(7)} req/s  p50 ${result.p50Ms.toFixed(2)} ms  p99 ${result.p99Ms.toFixed(2)} ms`,
        );
      }
    }
  }
  for (const result of results) {
    result.ratio = median(result.app.map((app, round) => app.requestsPerSecond / result.nginx[round]!.requestsPerSecond));
  }
  return results;
}

export function printThroughputTable(results: Throughput[], options: { connections: number; duration: number; rounds: number }): void {
  const ms = (value: number) => `${value.toFixed(2)}`;
  const perSecond = (runs: WrkResult[]) => Math.round(median(runs.map((run) => run.requestsPerSecond))).toString();
  console.log(
    `\nThroughput: wrk -t1 -c${options.connections} -d${options.duration}s, median of ${options.rounds} alternating rounds; ratio = app ÷ nginx per round (target ≥ 0.5)`,
  );
  printTable(
    ['document', 'app req/s', 'nginx req/s', 'ratio', 'app p50 ms', 'app p99 ms', 'nginx p50 ms', 'nginx p99 ms'],
    results.map((result) => [
      result.document.label,
      perSecond(result.app),
      perSecond(result.nginx),
      result.ratio.toFixed(2),
      ms(median(result.app.map((run) => run.p50Ms))),
      ms(median(result.app.map((run) => run.p99Ms))),
      ms(median(result.nginx.map((run) => run.p50Ms))),
      ms(median(result.nginx.map((run) => run.p99Ms))),
    ]),
  );
}
