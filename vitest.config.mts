/**
 * Two projects: `node` (everything under tests/ except tests/edge/) and `workers`, which runs
 * tests/edge/ inside workerd with the Worker from wrangler.toml, talking to local libSQL HTTP
 * endpoints started by tests/edge/global-setup.ts.
 */
import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser and validator tests start Chromium or Java: give them room on a busy machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
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
