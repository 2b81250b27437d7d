// The server's side of PGlite on a worker thread (pglite-worker.ts; docs/decisions.md, "PGlite
// runs on a worker thread"). It offers the three methods Drizzle, the raw queries and the owner
// connection call (query, exec and transaction) with PGlite's own meaning, so the connection queue
// (connection-queue.ts) and everything above it see no difference.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';
import type { PlainError, Reply, Request, ThreadOptions } from './pglite-thread-protocol.ts';

/** What Liaison uses of a PGlite instance, on this thread or on another. */
export type PgliteClient = Pick<PGlite, 'query' | 'exec' | 'transaction'>;

type Call = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Waiting = { resolve: (result: unknown) => void; reject: (error: Error) => void };

/** tsx's ESM API, found as Node would (the test runner's module loader has no import.meta.resolve). */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: { './esm/api': { import: { default: string } } };
  };
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api'].import.default)).href;
}

/**
 * The worker's code: compiled beside the server's bundle (scripts/build-once.mjs), or the
 * TypeScript source loaded through tsx, as the CLI's other commands are.
 */
function spawn(options: ThreadOptions): Worker {
  const here = import.meta.url;
  if (here.endsWith('.mjs')) {
    return new Worker(new URL('./pglite-worker.mjs', here), { workerData: options });
  }
  const source = JSON.stringify(new URL('./pglite-worker.ts', here).href);
  const tsx = JSON.stringify(tsxApi());
  return new Worker(`import(${tsx}).then((tsx) => tsx.tsImport(${source}, ${source}))`, {
    eval: true,
    workerData: options,
  });
}

/** A PostgreSQL error as PGlite threw it: its message, with its code, constraint and detail. */
function errorOf(plain: PlainError): Error {
  const { message, name, ...fields } = plain;
  return Object.assign(new Error(message), fields, name ? { name } : {});
}

/** Runs the caller's parsers here: functions do not cross threads, so PGlite sent those as text. */
function parse(
  result: Results<unknown>,
  parsers: NonNullable<QueryOptions['parsers']>,
  arrays: boolean,
) {
  result.fields.forEach((field, index) => {
    const parser = parsers[field.dataTypeID];
    if (!parser) return;
    for (const row of result.rows as Record<string | number, unknown>[]) {
      const key = arrays ? index : field.name;
      const value = row[key];
      if (value !== null && value !== undefined)
        row[key] = (parser as (text: string, type: number) => unknown)(
          value as string,
          field.dataTypeID,
        );
    }
  });
}

export class PgliteThread implements PgliteClient {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, Waiting>();
  #nextId = 1;
  #stopped: Error | undefined;

  static async start(options: ThreadOptions): Promise<PgliteThread> {
    const thread = new PgliteThread(spawn(options));
    await new Promise((resolve, reject) => thread.#waiting.set(0, { resolve, reject }));
    thread.#worker.unref();
    return thread;
  }

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.on('message', (reply: Reply) => {
      const waiting = this.#waiting.get(reply.id);
      if (!waiting) return;
      this.#waiting.delete(reply.id);
      // Idle, the thread does not keep the process alive; a call in flight does.
      if (this.#waiting.size === 0) worker.unref();
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(errorOf(reply.error));
    });
    worker.on('error', (error) => this.#stop(error));
    worker.on('exit', (code) =>
      this.#stop(new Error(`PGlite’s thread stopped (exit code ${code})`)),
    );
  }

  #stop(error: Error) {
    this.#stopped ??= error;
    for (const waiting of this.#waiting.values()) waiting.reject(error);
    this.#waiting.clear();
  }

  #call<T>(call: Call, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.#worker.ref();
      this.#worker.postMessage({ ...call, id }, transfer);
    });
  }

  /** The id of the request that began the transaction names it in later calls. */
  #begin(): { id: number; started: Promise<void> } {
    const id = this.#nextId;
    return { id, started: this.#call<void>({ op: 'begin' }) };
  }

  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.#query<T>(sql, params, options);
  }

  exec(sql: string): Promise<Results[]> {
    return this.#exec(sql);
  }

  // A transaction's statements call these private ones: the public methods are the ones the
  // connection queue wraps, and the transaction already holds its turn.
  async #query<T>(
    sql: string,
    params: unknown[] = [],
    options?: QueryOptions,
    tx?: number,
  ): Promise<Results<T>> {
    if (options?.serializers || options?.onNotice) {
      throw new Error('serializers and onNotice cannot cross to PGlite’s thread');
    }
    const { rowMode, blob, paramTypes, parsers } = options ?? {};
    const result = await this.#call<Results<T>>({
      op: 'query',
      sql,
      params,
      ...(tx === undefined ? {} : { tx }),
      options: {
        ...(rowMode ? { rowMode } : {}),
        ...(blob ? { blob } : {}),
        ...(paramTypes ? { paramTypes } : {}),
        ...(parsers ? { textTypes: Object.keys(parsers).map(Number) } : {}),
      },
    });
    if (parsers) parse(result, parsers, rowMode === 'array');
    return result;
  }

  #exec(sql: string, tx?: number): Promise<Results[]> {
    return this.#call<Results[]>({ op: 'exec', sql, ...(tx === undefined ? {} : { tx }) });
  }

  /** PGlite's own transaction runs on the thread; this side sends its statements into it. */
  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    // The work's first statement follows `begin` without waiting for its answer: the thread
    // holds it until the transaction has begun (one crossing fewer per transaction). If it could
    // not begin, that statement fails with the reason, and so does the transaction.
    const { id, started } = this.#begin();
    started.catch(() => undefined);
    let closed = false;
    const open = () => {
      if (closed) throw new Error('Transaction is closed');
    };
    const tx = {
      query: <R>(sql: string, params?: unknown[], options?: QueryOptions) => {
        open();
        return this.#query<R>(sql, params, options, id);
      },
      exec: (sql: string) => {
        open();
        return this.#exec(sql, id);
      },
      rollback: async () => {
        open();
        await this.#call({ op: 'rollback', tx: id });
        closed = true;
      },
      get closed() {
        return closed;
      },
    };
    let result: T;
    try {
      result = await work(tx as unknown as Transaction);
    } catch (error) {
      closed = true;
      await this.#call({ op: 'end', tx: id, commit: false }).catch(() => undefined);
      throw error;
    }
    closed = true;
    await started;
    await this.#call({ op: 'end', tx: id, commit: true });
    return result;
  }

  /** The whole data directory as an uncompressed tarball (test templates). */
  async dumpDataDir(): Promise<Blob> {
    return new Blob([await this.#call<ArrayBuffer>({ op: 'dump' })]);
  }

  async close(): Promise<void> {
    if (this.#stopped) return;
    await this.#call({ op: 'close' });
    this.#stop(new Error('PGlite’s thread stopped: the database was closed'));
    await this.#worker.terminate();
  }
}
