// The soak's load generator: a fixed number of keep-alive connections, each sending its next
// request as soon as the last one answered, until the deadline. Plain node:http rather than
// autocannon because every request here is picked at run time (its side's token, a fresh write
// body) and timed under its own route class, and the body of each failure is kept.
import http from 'node:http';
import { type LatencySummary, summarize } from './statistics.ts';

export type Call = {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  /** The caller's API token; none for the health check. */
  token?: string;
  body?: unknown;
};

export type Reply = { status: number; body: string };

/** A call that failed: a status other than 2xx, or a network error (status 0). */
export type Failure = { routeClass: string; method: string; path: string } & Reply;

export type RouteClassResult = LatencySummary & { requestsPerSecond: number; errors: number };

export type LoadResult = {
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  errors: number;
  firstFailures: Failure[];
  /** Every failure counted by its route class, status and problem type, with one example. */
  failureKinds: FailureKind[];
  byClass: Record<string, RouteClassResult>;
};

export type FailureKind = {
  routeClass: string;
  status: number;
  /** The problem+json type, or the network error's message. */
  problem: string;
  count: number;
  example: Failure;
};

const KEEP_FAILURES = 5;

function problemOf(failure: Failure): string {
  if (failure.status === 0) return failure.body.slice(0, 80);
  try {
    return String((JSON.parse(failure.body) as { type?: unknown }).type ?? 'no problem type');
  } catch {
    return 'not JSON';
  }
}
/** Longer than any request should take even on a starved PGlite: past it, the call failed. */
const TIMEOUT_MS = 30_000;

export function send(agent: http.Agent, origin: string, call: Call): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  const payload = call.body === undefined ? undefined : JSON.stringify(call.body);
  if (payload !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      `${origin}${call.path}`,
      { agent, method: call.method, headers, timeout: TIMEOUT_MS },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer in ${TIMEOUT_MS} ms`)));
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

/** Runs `connections` loops of `next()` for `seconds`; requests under way at the end finish. */
export async function runLoad(input: {
  origin: string;
  connections: number;
  seconds: number;
  next: () => { routeClass: string; call: Call };
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: input.connections });
  const samples = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const firstFailures: Failure[] = [];
  const kinds = new Map<string, FailureKind>();
  const fail = (failure: Failure) => {
    errors.set(failure.routeClass, (errors.get(failure.routeClass) ?? 0) + 1);
    if (firstFailures.length < KEEP_FAILURES) firstFailures.push(failure);
    const problem = problemOf(failure);
    const key = `${failure.routeClass}\0${failure.status}\0${problem}`;
    const kind = kinds.get(key);
    if (kind) kind.count += 1;
    else
      kinds.set(key, {
        routeClass: failure.routeClass,
        status: failure.status,
        problem,
        count: 1,
        example: failure,
      });
  };
  const started = performance.now();
  const deadline = started + input.seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const { routeClass, call } = input.next();
      const sent = performance.now();
      const where = { routeClass, method: call.method, path: call.path };
      try {
        const reply = await send(agent, input.origin, call);
        const list = samples.get(routeClass) ?? [];
        list.push(performance.now() - sent);
        samples.set(routeClass, list);
        if (reply.status < 200 || reply.status > 299) {
          fail({ ...where, status: reply.status, body: reply.body.slice(0, 400) });
        }
      } catch (error) {
        fail({ ...where, status: 0, body: String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: input.connections }, loop));
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  const byClass: Record<string, RouteClassResult> = {};
  for (const [routeClass, list] of [...samples].sort(([a], [b]) => a.localeCompare(b))) {
    byClass[routeClass] = {
      ...summarize(list),
      requestsPerSecond: list.length / seconds,
      errors: errors.get(routeClass) ?? 0,
    };
  }
  const requests = [...samples.values()].reduce((sum, list) => sum + list.length, 0);
  const errorCount = [...errors.values()].reduce((sum, count) => sum + count, 0);
  return {
    seconds,
    requests,
    requestsPerSecond: requests / seconds,
    errors: errorCount,
    firstFailures,
    failureKinds: [...kinds.values()].sort((a, b) => b.count - a.count),
    byClass,
  };
}
