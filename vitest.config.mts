/**
 * Two projects: `node` (everything under tests/ except tests/edge/, and the tests of
 * tools/) and `workers`, which runs tests/edge/ inside workerd with the Worker from
 * wrangler.toml, talking to local libSQL HTTP endpoints started by tests/edge/global-setup.ts.
 */
import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser and validator tests start Chromium or Java: give them room on a busy machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
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
