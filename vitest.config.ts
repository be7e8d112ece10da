import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each test file opens its own database (a PGlite instance ≈ 0.7 GB, or a fresh PostgreSQL
    // database); two at a time suits the 2-core machines we run on.
    maxWorkers: 2,
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
