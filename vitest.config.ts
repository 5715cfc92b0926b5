import { defineConfig } from 'vitest/config';

// Unit tests: pure logic with plain fakes, no daemon, fast.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 10_000,
  },
});
