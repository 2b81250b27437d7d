// Embedded PGlite's settings and their defaults, in one place: config.ts reads them from the
// environment (PGLITE_SHARED_BUFFERS, PGLITE_MAX_WAIT_MS), and client.ts uses the defaults where
// no configuration is passed (tests, benchmarks).
export type PgliteSettings = {
  /** PostgreSQL's shared buffers, as a PostgreSQL size: they are the server's own memory. */
  sharedBuffers: string;
  /** How long a request waits for the one connection before it is answered 503. */
  maxWaitMs: number;
};

export const pgliteDefaults: PgliteSettings = { sharedBuffers: '16MB', maxWaitMs: 5000 };
