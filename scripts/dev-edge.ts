/**
 * `npm run dev:edge`: the real Worker in workerd (`wrangler dev`), offline, against a local
 * libSQL HTTP endpoint (development tooling standing in for Turso/sqld; tools/libsql-server/).
 *
 * The database is data/edge.db; on first use it gets the migrations and the example
 * municipality. Ports: EDGE_PORT (default 8787) for the Worker, EDGE_DB_PORT (default 8080)
 * for the database endpoint. Both listen on 127.0.0.1 only.
 */
import { createClient } from '@libsql/client';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { systemClock } from '../src/clock';
import { createDatabase } from '../src/db/database';
import { applyMigrations } from '../src/db/migrate';
import { loadExample } from '../src/seed/example';
import { loadSite } from '../src/store/site';
import { startLibsqlServer } from '../tools/libsql-server/libsql-server';

const databasePath = process.env.EDGE_DB_PATH ?? 'data/edge.db';
const workerPort = Number(process.env.EDGE_PORT ?? 8787);
const databasePort = Number(process.env.EDGE_DB_PORT ?? 8080);
const publicUrl = `http://localhost:${workerPort}`;

// The Worker serves the vendored browser code: pick up an edited views/assets/passkeys.js.
execFileSync(process.execPath, ['scripts/build-vendor.mjs'], { stdio: 'inherit' });

mkdirSync('data', { recursive: true });
const fresh = !existsSync(databasePath);
const local = createClient({ url: `file:${databasePath}` });
const db = createDatabase(local);
await applyMigrations(db);
if (fresh || !(await loadSite(db))) {
  await loadExample(db, systemClock, { publicUrl });
  console.log(`Loaded the example municipality into ${databasePath}.`);
}
local.close();

const server = await startLibsqlServer({ databasePath, port: databasePort });
console.log(`Local libSQL endpoint (development only): ${server.url}`);

const wrangler = spawn(
  process.execPath,
  [
    'node_modules/wrangler/bin/wrangler.js',
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(workerPort),
    '--var',
    `LIBSQL_URL:${server.url}`,
    '--var',
    `PUBLIC_URL:${publicUrl}`,
  ],
  { stdio: 'inherit', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
);

const stop = async () => {
  wrangler.kill('SIGTERM');
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wrangler.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
