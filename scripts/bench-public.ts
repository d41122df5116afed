/**
 * Benchmark of the public hot path. Prints figures; asserts nothing (machines are shared and
 * noisy, so compare the ratios measured in one run, not absolute numbers across runs).
 *
 * It starts the real Node server on a temporary database with the example data, and next to
 * it a minimal node:http server that answers every request with the same pre-gzipped bytes
 * (a "static file" baseline). Then it loads each with autocannon:
 *   1. GET / (gzip)                       – the app, cached page
 *   2. GET / with If-None-Match (304)     – the app, revalidation
 *   3. GET / (gzip) from the baseline     – the same bytes, no framework, no database
 *
 * Usage: npm run bench [-- --seconds 10 --connections 20]
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '8' }, connections: { type: 'string', default: '20' } },
});
const duration = Number(values.seconds);
const connections = Number(values.connections);

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up`);
}

async function load(title: string, url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, connections, duration, headers });
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, stat]) => `${code}×${(stat as { count: number }).count}`)
    .join(' ');
  console.log(
    `${title.padEnd(40)} ${String(Math.round(result.requests.average)).padStart(7)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   ${statuses}`,
  );
  return result.requests.average;
}

const dir = mkdtempSync(join(tmpdir(), 'status-bench-'));
const appPort = 3900 + Math.floor(Math.random() * 50);
const basePort = appPort + 50;
const server = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
  env: { ...process.env, PORT: String(appPort), HOST: '127.0.0.1', DATABASE_URL: `file:${join(dir, 'bench.db')}` },
  stdio: ['ignore', 'ignore', 'inherit'],
});

try {
  const appUrl = `http://127.0.0.1:${appPort}/`;
  await waitFor(appUrl);
  const page = await fetch(appUrl, { headers: { 'Accept-Encoding': 'gzip' } });
  const etag = page.headers.get('etag') ?? '';
  // fetch decompresses; fetch the raw gzip bytes again for the baseline to serve verbatim.
  const { gzipSync } = await import('node:zlib');
  const html = await (await fetch(appUrl)).text();
  const gzipped = gzipSync(html);

  const baseline = createServer((_request, response) => {
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Encoding': 'gzip',
      ETag: etag,
      'Cache-Control': 'public, max-age=30',
    });
    response.end(gzipped);
  });
  await new Promise<void>((resolve) => baseline.listen(basePort, '127.0.0.1', resolve));

  console.log(`Node ${process.version}, ${connections} connections, ${duration} s each; overview ${gzipped.byteLength} B gzipped`);
  const app = await load('app: GET / (gzip, cached page)', appUrl, { 'accept-encoding': 'gzip' });
  const revalidate = await load('app: GET / If-None-Match (304)', appUrl, { 'accept-encoding': 'gzip', 'if-none-match': etag });
  const base = await load('baseline: same bytes from node:http', `http://127.0.0.1:${basePort}/`, { 'accept-encoding': 'gzip' });
  console.log(`ratio app/baseline: ${(app / base).toFixed(2)} (200), ${(revalidate / base).toFixed(2)} (304)`);
  baseline.close();
} finally {
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
