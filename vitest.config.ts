import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // Browser and validator tests start Chromium or Java: give them room on a busy machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
