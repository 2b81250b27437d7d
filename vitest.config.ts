import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // One file more than there are cores: the tests spend much of their time waiting on HTTP, the
    // browser, spawned CLIs and the database, so a third file on a 2-core machine keeps the cores
    // busy. Measured here on the whole suite (docs/decisions.md): PGlite 1,489 s with two files at
    // a time, 728 s with three; PostgreSQL 1,060 s and 518 s. Four were faster still (482 s) but a
    // browser test then ran past its 10 s wait.
    maxWorkers: availableParallelism() + 1,
    // A worker keeps its process from file to file: the app's modules and PGlite's WebAssembly
    // load once per worker instead of once per file. Every file starts its own server and
    // database (test/server.ts), so no data is shared; module state is what a server shares too.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC', LOG_LEVEL: 'silent' },
  },
});
