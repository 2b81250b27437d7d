import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // A file per core, and at least two: vitest's default (cores − 1) is one worker on a 2-core
    // machine, which left a core idle while the tests wait on HTTP, the browser and the database.
    maxWorkers: Math.max(2, availableParallelism()),
    // A worker keeps its process from file to file: the app's modules and PGlite's WebAssembly
    // load once per worker instead of once per file. Every file starts its own server and
    // database (test/server.ts), so no data is shared; module state is what a server shares too.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC', LOG_LEVEL: 'silent' },
  },
});
