// Bundles the Worker exactly as `wrangler deploy` would (--dry-run: nothing is uploaded),
// reports its size, and fails above the budget: 1 MB gzipped. Brings the vendored browser code
// up to date first, so neither this check nor `npm run deploy` bundles a stale copy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeVendorModule } from './build-vendor.mjs';

const BUDGET_BYTES = 1024 * 1024;
writeVendorModule();
const outdir = mkdtempSync(join(tmpdir(), 'worker-bundle-'));
try {
  execFileSync(process.execPath, ['node_modules/wrangler/bin/wrangler.js', 'deploy', '--dry-run', '--outdir', outdir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
  });
  const scripts = readdirSync(outdir).filter((name) => name.endsWith('.js'));
  let raw = 0;
  let gzipped = 0;
  for (const name of scripts) {
    const bytes = readFileSync(join(outdir, name));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
  console.log(`Worker bundle: ${kib(raw)}, ${kib(gzipped)} gzipped (budget ${kib(BUDGET_BYTES)} gzipped)`);
  if (gzipped > BUDGET_BYTES) {
    console.error('The Worker bundle is over budget.');
    process.exitCode = 1;
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
