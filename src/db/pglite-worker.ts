// The embedded PostgreSQL on a thread of its own (docs/decisions.md, "PGlite runs on a worker
// thread"). PGlite runs PostgreSQL as WebAssembly, synchronously: on the server's own thread every
// statement stops HTTP for as long as it runs, and a burst of new connections is accepted one per
// statement. Here it runs beside the event loop, which keeps accepting, parsing and answering.
// The server's side is pglite-thread.ts; this file only carries its messages to PGlite.
import { parentPort, workerData } from 'node:worker_threads';
import type { QueryOptions, Transaction } from '@electric-sql/pglite';
import { createPglite } from './pglite-create.ts';
import type { Reply, Request, ThreadOptions } from './pglite-thread-protocol.ts';

const port = parentPort;
if (!port) throw new Error('pglite-worker.ts runs only as a worker thread');
const options = workerData as ThreadOptions;

const keepAsText = (value: string) => value;

type Open = { tx: Transaction; finish: (commit: boolean) => void; endId?: number };
/** Each transaction by the id of its `begin`, from the moment it was asked for. */
const transactions = new Map<number, Promise<Open>>();
/** Thrown inside PGlite's transaction to make it roll back when the server's side failed. */
const rollBack = Symbol('roll back');

function send(reply: Reply, transfer: ArrayBuffer[] = []) {
  port?.postMessage(reply, transfer);
}

/** A PostgreSQL error keeps its code, constraint and detail; only plain values cross threads. */
function plainError(error: unknown): Reply & { ok: false } {
  if (!(error instanceof Error)) return { id: 0, ok: false, error: { message: String(error) } };
  const fields: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(error)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return { id: 0, ok: false, error: { ...fields, name: error.name, message: error.message } };
}

function fail(id: number, error: unknown) {
  send({ ...plainError(error), id });
}

function queryOptions(request: Request & { op: 'query' }): QueryOptions {
  const { rowMode, textTypes, blob, paramTypes } = request.options ?? {};
  return {
    ...(rowMode ? { rowMode } : {}),
    ...(blob ? { blob } : {}),
    ...(paramTypes ? { paramTypes } : {}),
    // The caller's parsers run on the server's side: here these types stay text.
    ...(textTypes?.length
      ? { parsers: Object.fromEntries(textTypes.map((type) => [type, keepAsText])) }
      : {}),
  };
}

/**
 * Begins a transaction; its statements may already be on their way (the server's side does not
 * wait for the answer to `begin`), so each one waits here until PGlite has started it.
 */
function begin(id: number) {
  let finish: (commit: boolean) => void = () => undefined;
  const ended = new Promise<boolean>((resolve) => {
    finish = resolve;
  });
  /** Set once PGlite has begun the transaction. */
  let open: Open | undefined;
  let ready: (open: Open) => void = () => undefined;
  let refused: (error: unknown) => void = () => undefined;
  const starting = new Promise<Open>((resolve, reject) => {
    ready = resolve;
    refused = reject;
  });
  // A statement sent into a transaction that could not begin fails with the reason it could not.
  starting.catch(() => undefined);
  transactions.set(id, starting);
  pglite
    .transaction(async (tx) => {
      open = { tx, finish };
      ready(open);
      send({ id, ok: true, result: null });
      if (!(await ended)) throw rollBack;
    })
    .then(
      () => {
        if (open?.endId !== undefined) send({ id: open.endId, ok: true, result: null });
      },
      (error: unknown) => {
        if (!open) {
          refused(error);
          fail(id, error);
        } else if (open.endId !== undefined) {
          if (error === rollBack) send({ id: open.endId, ok: true, result: null });
          else fail(open.endId, error);
        }
      },
    )
    .finally(() => transactions.delete(id));
}

async function handle(request: Request) {
  const asked = 'tx' in request && request.tx !== undefined ? transactions.get(request.tx) : null;
  if (asked === undefined) throw new Error('that transaction is over');
  const open = asked ? await asked : null;
  const target = open ? open.tx : pglite;
  switch (request.op) {
    case 'query': {
      const result = await target.query(request.sql, request.params, queryOptions(request));
      return send({ id: request.id, ok: true, result });
    }
    case 'exec':
      return send({ id: request.id, ok: true, result: await target.exec(request.sql) });
    case 'begin':
      return begin(request.id);
    case 'rollback':
      await open?.tx.rollback();
      return send({ id: request.id, ok: true, result: null });
    case 'end':
      if (!open) throw new Error('that transaction is over');
      open.endId = request.id;
      return open.finish(request.commit);
    case 'dump': {
      const tarball = await (await pglite.dumpDataDir('none')).arrayBuffer();
      return send({ id: request.id, ok: true, result: tarball }, [tarball]);
    }
    case 'close':
      await pglite.close();
      return send({ id: request.id, ok: true, result: null });
  }
}

const pglite = await createPglite(options);
port.on('message', (request: Request) => {
  handle(request).catch((error: unknown) => fail(request.id, error));
});
send({ id: 0, ok: true, result: 'ready' });
