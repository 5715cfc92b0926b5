import { defineConfig } from 'vitest/config';

// Integration tests: the real daemon and the real `docker compose`, with images built by
// test/images/build.sh. Files run one at a time so timing-sensitive tests do not share the
// machine's two cores with each other.
export default defineConfig({
  test: {
    include: ['test/integration/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
