// The messages between the server and PGlite's worker thread (pglite-thread.ts, pglite-worker.ts).
import type { Results, RowMode } from '@electric-sql/pglite';

export type ThreadOptions = {
  /** A folder on disk; in memory without one. */
  dataDir?: string;
  /** In memory, starting from a data directory another PGlite dumped. */
  loadDataDir?: Blob;
  /**
   * PGlite keeps PostgreSQL's shared buffers in its WebAssembly memory, so they are the server's
   * own RSS: the default 128 MB cost 136 MB more with the demo than 16 MB does. The operating
   * system's page cache still holds the data files, so a buffer missed is a read from memory
   * (docs/decisions.md, "Heavy libraries load when first used").
   */
  sharedBuffers: string;
};

/** `tx` names an open transaction by the id of the request that began it. */
export type Request =
  | {
      id: number;
      op: 'query';
      sql: string;
      params: unknown[];
      tx?: number;
      options?: {
        rowMode?: RowMode;
        /** Types the caller parses itself: PGlite hands them over as text. */
        textTypes?: number[];
        blob?: Blob;
        paramTypes?: number[];
      };
    }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin' }
  | { id: number; op: 'rollback'; tx: number }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'dump' }
  | { id: number; op: 'close' };

export type PlainError = { message: string; name?: string } & Record<
  string,
  string | number | boolean
>;

export type Reply =
  | { id: number; ok: true; result: Results<unknown> | Results[] | ArrayBuffer | string | null }
  | { id: number; ok: false; error: PlainError };
