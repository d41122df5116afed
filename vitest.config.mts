/**
 * Two projects: `node` (everything under tests/ except tests/edge/, and the tests of
 * tools/) and `workers`, which runs tests/edge/ inside workerd with the Worker from
 * wrangler.toml, talking to local libSQL HTTP endpoints started by tests/edge/global-setup.ts.
 */
import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowFilesFirst } from './tests/helpers/slow-files-first';

export default defineConfig({
  test: {
    // Browser and validator tests start Chromium or Java: give them room on a busy machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // vitest's default is one worker fewer than the cores: one on a 2-core runner, which then
    // idles a core through every in-process file and waits on each child process and browser.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Files that start processes first when there are no timings yet (a fresh clone).
    sequence: { sequencer: SlowFilesFirst },
    // Writes src/generated/vendor.ts if it is missing or stale (htmx, passkeys), before any
    // test imports the app: `npm ci` has made it already, this keeps it current.
    globalSetup: ['scripts/build-vendor.mjs'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/**/*.test.{ts,tsx}', 'tools/**/*.test.ts'],
          exclude: ['tests/edge/**', 'node_modules/**'],
          // The server bundle `npm start` runs, built once per run for tests/helpers/child-server.ts.
          globalSetup: ['tests/helpers/server-bundle.setup.mjs'],
          // Every file builds its own database, app and servers, so the files need no fresh module
          // graph each: importing the app once per worker instead of once per file took the node
          // project from 11 to 6.5 minutes here (docs/decisions/0044). A test that leaks global
          // state (fake timers, env, a stub) must undo it in its own afterEach.
          isolate: false,
        },
      },
      {
        extends: true,
        plugins: [
          cloudflareTest(({ inject }) => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                LIBSQL_URL: inject('workerDatabaseUrl'),
                PUBLIC_URL: 'https://status.example.org',
                EDGE_CACHE_TTL: '2',
                PASSWORD_ITERATIONS: '1000',
                DATABASE_FACTORY_URL: inject('databaseFactoryUrl'),
              },
              // The last good copies of public pages, shared by every data centre (wrangler.toml).
              kvNamespaces: ['SNAPSHOT_KV'],
            },
          })),
        ],
        test: {
          name: 'workers',
          include: ['tests/edge/**/*.test.ts'],
          globalSetup: ['tests/edge/global-setup.ts'],
        },
      },
    ],
  },
});
