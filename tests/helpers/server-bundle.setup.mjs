// A vitest global setup (node project): builds the Node server bundle once per test run, as
// `npm start`'s prestart does (scripts/build-node.mjs), so that the tests which start the real
// server as a child process (tests/helpers/child-server.ts) run what ships, not tsx. It also
// starts about three seconds sooner per server than under tsx, which compiles in the process.
//
// Each run builds into a folder of its own, two levels below the repository as the bundle
// requires (it finds ../../migrations from its own file), and removes it at the end: several
// people run tests in one working tree, and one run must never start a server from a file
// another run is rewriting. The node options come from the `start` script in package.json,
// so the tests and `npm start` cannot drift apart.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNodeServer } from '../../scripts/build-node.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The arguments `npm start` gives node, with the bundle at `bundle` instead of dist/node/server.js. */
function startArguments(bundle) {
  const start = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start.trim().split(/\s+/);
  const [command, ...args] = start;
  const at = args.indexOf('dist/node/server.js');
  if (command !== 'node' || at === -1) throw new Error(`The start script is "${start.join(' ')}": update tests/helpers/server-bundle.setup.mjs`);
  args[at] = bundle;
  return args;
}

/** Folders of runs that were killed before their teardown: no run takes a day. */
function removeAbandonedFolders() {
  const dist = join(root, 'dist');
  for (const name of readdirSync(dist)) {
    const folder = join(dist, name);
    if (name.startsWith('test-server-') && Date.now() - statSync(folder).mtimeMs > 86_400_000) rmSync(folder, { recursive: true, force: true });
  }
}

export default async function setup(project) {
  mkdirSync(join(root, 'dist'), { recursive: true });
  removeAbandonedFolders();
  const folder = mkdtempSync(join(root, 'dist', 'test-server-'));
  const bundle = join(folder, 'server.js');
  project.provide('nodeServerArguments', startArguments(bundle));
  try {
    await buildNodeServer(relative(root, bundle));
    project.provide('nodeServerBuildError', '');
  } catch (error) {
    // Only the tests that start the server fail on it (with this message), as under tsx: a
    // source that does not build yet must not stop every other test of the run.
    project.provide('nodeServerBuildError', error instanceof Error ? error.message : String(error));
  }
  return () => rmSync(folder, { recursive: true, force: true });
}
