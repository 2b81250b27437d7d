// One PGlite instance from Liaison's settings, on whichever thread opens it: the worker thread
// (pglite-worker.ts) or, for tests' in-memory databases, the server's own (client.ts).
import { PGlite } from '@electric-sql/pglite';
import type { ThreadOptions } from './pglite-thread-protocol.ts';

export function createPglite(options: ThreadOptions): Promise<PGlite> {
  return PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${options.sharedBuffers}`],
  });
}
