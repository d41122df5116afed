// Bundles the Node server (src/node.ts) into dist/node/server.js for `npm start`: one file of
// plain JavaScript that Node loads as it is, instead of TypeScript compiled in the process by
// tsx at every start. The packages stay in node_modules (imported at run time, as before); only
// our own code is bundled. Why: tsx's compiler and the compiled sources it keeps cost the server
// about 50 MiB of resident memory (measured: 200 MiB at start under tsx, 151 MiB from the bundle;
// docs/decisions/0034-ready-responses-on-the-hot-path.md). Stack traces name the bundle's lines,
// which are readable JavaScript; `NODE_OPTIONS=--enable-source-maps npm start` maps them back to
// src/ (server.js.map), at some memory and start-up cost.
//
// The bundle sits two folders below the repository, as src/db/migrate.ts does, so the
// migrations folder it finds relative to its own file (`../../migrations`) is the same one.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeVendorModule } from './build-vendor.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_BUNDLE = 'dist/node/server.js';

/**
 * `outfile` (relative to the repository) must also sit two folders below it; the tests build
 * their own copy (tests/global/server-bundle.ts) so that concurrent runs never read a file
 * another run is rewriting.
 */
export async function buildNodeServer(outfile = SERVER_BUNDLE) {
  // The server imports the vendored browser code: bring it up to date first.
  writeVendorModule();
  await build({
    absWorkingDir: root,
    entryPoints: ['src/node.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // tsconfig.json gives the JSX settings (hono/jsx); esbuild reads it.
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const migrations = new URL('../../migrations', new URL(outfile, `file://${root}/`));
  if (!existsSync(fileURLToPath(migrations))) {
    throw new Error(`${outfile} would look for the migrations in ${fileURLToPath(migrations)}, which does not exist`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildNodeServer();
}
