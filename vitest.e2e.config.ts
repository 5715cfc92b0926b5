import { defineConfig } from 'vitest/config';

// End-to-end tests: the bundles in dist/ run as the GitHub runner runs them.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
