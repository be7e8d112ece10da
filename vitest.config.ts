import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // One worker process runs many test files in turn and keeps its module cache, so the database
    // opened by test/support/database.ts (one PGlite boot ≈ 3 s and ≈ 0.7 GB, or one PostgreSQL
    // database) serves every file of that worker; each file starts from emptied tables. Test files
    // themselves are evaluated anew, but modules they import are not: keep module-level state in
    // helpers harmless (counters), undo spies and stubs (vi.restoreAllMocks), and do not rely on
    // vi.mock of a module another file may already have loaded.
    isolate: false,
    // One worker per core, at least two (a worker mostly waits on its database part of the time),
    // at most four: each holds a PGlite instance.
    maxWorkers: Math.min(4, Math.max(2, availableParallelism())),
    // Names the run's PostgreSQL databases and drops them at the end (TEST_DATABASE_URL runs).
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
