// PGlite is one connection: one statement or transaction at a time. Its own lock serves whoever
// asks, so a job that holds it for seconds makes every request wait behind it, and a burst of
// requests waits without bound. This queue sits in front of it (docs/decisions.md, "PGlite: one
// queue, requests first, a bounded wait"):
// - requests are served in the order they asked, before background work (scheduled jobs);
// - background work still gets its turn once it has waited `backgroundMaxDelayMs`, so a busy
//   server does not starve its jobs;
// - a request that has not reached the connection within `maxWaitMs` is refused with 503 and
//   Retry-After instead of hanging; it changed nothing, so the client may simply try again.
// PostgreSQL needs none of this: its pool gives each request a connection of its own.
import { AsyncLocalStorage } from 'node:async_hooks';

type Lane = 'request' | 'background';

/** A request that waited `maxWaitMs` for the connection; the API answers 503 with Retry-After. */
export class ConnectionBusyError extends Error {
  readonly retryAfterSeconds = 1;
  constructor(waitedMs: number) {
    super(`the database connection stayed busy for ${waitedMs} ms`);
  }
}

const lanes = new AsyncLocalStorage<Lane>();

/** Runs `work` (a scheduled job) behind the requests waiting for the database. */
export function inBackgroundLane<T>(work: () => Promise<T>): Promise<T> {
  return lanes.run('background', work);
}

type Waiter = { since: number; start: () => void };

export type QueueOptions = { maxWaitMs: number; backgroundMaxDelayMs: number };

export class ConnectionQueue {
  readonly #options: QueueOptions;
  readonly #requests: Waiter[] = [];
  readonly #background: Waiter[] = [];
  #busy = false;

  constructor(options: QueueOptions) {
    this.#options = options;
  }

  /** How many are waiting, per lane. */
  get waiting() {
    return { requests: this.#requests.length, background: this.#background.length };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.#turn(lanes.getStore() ?? 'request');
    try {
      return await work();
    } finally {
      this.#busy = false;
      this.#next();
    }
  }

  #turn(lane: Lane): Promise<void> {
    if (!this.#busy) {
      this.#busy = true;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const queue = lane === 'request' ? this.#requests : this.#background;
      let timer: NodeJS.Timeout | undefined;
      const waiter: Waiter = {
        since: performance.now(),
        start: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      queue.push(waiter);
      if (lane === 'request') {
        timer = setTimeout(() => {
          const index = queue.indexOf(waiter);
          if (index < 0) return;
          queue.splice(index, 1);
          reject(new ConnectionBusyError(this.#options.maxWaitMs));
        }, this.#options.maxWaitMs);
      }
    });
  }

  #next() {
    const overdue = this.#background[0];
    const isOverdue =
      overdue && performance.now() - overdue.since >= this.#options.backgroundMaxDelayMs;
    const waiter =
      (isOverdue ? this.#background.shift() : undefined) ??
      this.#requests.shift() ??
      this.#background.shift();
    if (!waiter) return;
    this.#busy = true;
    waiter.start();
  }
}
