// Sequential latency of one list request, several ways, interleaved so that a noisy neighbour on
// the shared cores slows every way alike:
//   raw         the API's SQL statement alone, as the owner (no row-level security);
//   rawTenant   the same statement in the transaction the API opens: BEGIN, the tenant role and
//               settings (one statement), the query, COMMIT; row-level security applies;
//   service     listDistributorPage() called in-process: Drizzle, the transaction, row mapping;
//   auth        resolveActor() for the bearer token, as the request hook runs it;
//   api         GET over HTTP on loopback with the bearer token, the body read to the end.
// service + auth + (HTTP, Fastify, validation, JSON) ≈ api: the breakdown says where time goes.
import http from 'node:http';
import { resolveActor } from '../src/accounts/sessions.service.ts';
import type { Database } from '../src/db/client.ts';
import { DistributorListQuery } from '../src/distributors/distributors.schema.ts';
import { listDistributorPage } from '../src/distributors/distributors.service.ts';
import { type Context, makeContext } from '../src/platform/tenancy.ts';
import { createRandom } from './random.ts';
import type { PreparedRequest } from './requests.ts';
import type { BenchAccount, BenchServices } from './server.ts';
import { type LatencySummary, summarize } from './statistics.ts';

export const wayNames = ['raw', 'rawTenant', 'service', 'auth', 'api'] as const;
export type WayName = (typeof wayNames)[number];

/** One way to answer a request: returns the page's row count and total, to compare the ways. */
type Way = (request: PreparedRequest) => Promise<{ rows: number; total: number } | null>;

export type LatencyResult = Record<WayName, LatencySummary> & {
  /** Each kind of request, raw and over the API, to find the slow ones. */
  byKind: Record<string, { raw: LatencySummary; api: LatencySummary }>;
};

// The statement returns the total as its last column (today unnamed, so it arrives as "count",
// the same name as the contact count before it); reading the last value survives either naming.
type ListRow = Record<string, unknown>;
const pageOf = (rows: ListRow[]) => {
  const first = rows[0];
  return { rows: rows.length, total: first ? Number(Object.values(first).at(-1)) : 0 };
};

function get(agent: http.Agent, url: string, token: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers = { authorization: `Bearer ${token}` };
    const request = http.get(url, { agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    request.on('error', reject);
  });
}

export type WayOptions = {
  baselineDatabase: Database;
  services: BenchServices;
  account: BenchAccount;
  apiUrl: string;
};

export async function buildWays(options: WayOptions) {
  const { baselineDatabase: database, services, account } = options;
  // One kept-alive socket, as a browser tab reuses its connection for the next page.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const actor = await resolveActor(services, { bearerToken: account.token }, 'bench');
  if (!actor) throw new Error('the bench token does not authenticate');
  const context: Context = makeContext(services, actor);

  const ways: Record<WayName, Way> = {
    raw: async (request) => pageOf(await database.rawQuery<ListRow>(request.sql, request.params)),
    rawTenant: async (request) => {
      await database.rawQuery('BEGIN');
      try {
        await database.rawQuery(
          `select set_config('app.workspace_id', $1, true),
            set_config('app.distributor_id', '', true), set_config('app.user_id', $2, true),
            set_config('role', 'liaison_app', true)`,
          [account.workspaceId, account.userId],
        );
        const rows = await database.rawQuery<ListRow>(request.sql, request.params);
        await database.rawQuery('COMMIT');
        return pageOf(rows);
      } catch (error) {
        await database.rawQuery('ROLLBACK');
        throw error;
      }
    },
    service: async (request) => {
      const page = await listDistributorPage(context, DistributorListQuery.parse(request.query));
      return { rows: page.items.length, total: page.total };
    },
    auth: async () => {
      await resolveActor(services, { bearerToken: account.token }, 'bench');
      return null;
    },
    api: async (request) => {
      const response = await get(agent, `${options.apiUrl}${request.path}`, account.token);
      if (response.status !== 200) {
        throw new Error(`GET ${request.path} answered ${response.status}: ${response.body}`);
      }
      const page = JSON.parse(response.body) as { items: unknown[]; total: number };
      return { rows: page.items.length, total: page.total };
    },
  };
  return { ways, close: () => agent.destroy() };
}

/** Every way must return the same page, or comparing their times means nothing. */
export async function checkSameAnswers(requests: PreparedRequest[], ways: Record<WayName, Way>) {
  for (const request of requests) {
    const answers: string[] = [];
    for (const name of wayNames) {
      const page = await ways[name](request);
      if (page) answers.push(`${name}: ${page.rows} rows of ${page.rows ? page.total : '-'}`);
    }
    const distinct = new Set(answers.map((answer) => answer.split(': ')[1]));
    if (distinct.size > 1) throw new Error(`${request.path} differs: ${answers.join(', ')}`);
  }
}

export async function measureLatency(
  requests: PreparedRequest[],
  ways: Record<WayName, Way>,
  counts: { warmupIterations: number; iterations: number },
): Promise<LatencyResult> {
  const samples = Object.fromEntries(wayNames.map((name) => [name, [] as number[]])) as Record<
    WayName,
    number[]
  >; // every key is filled from wayNames just above
  const kindSamples = new Map<string, { raw: number[]; api: number[] }>();
  const total = counts.warmupIterations + counts.iterations;
  const random = createRandom(11);
  for (let iteration = 0; iteration < total; iteration++) {
    const request = requests[iteration % requests.length];
    if (!request) throw new Error('no requests to measure');
    const isMeasured = iteration >= counts.warmupIterations;
    // A fresh order each time, so that no way always follows the same other one (and finds the
    // caches it warmed, or pays for work it left behind, such as PGlite flushing to disk).
    for (const name of random.shuffle(wayNames)) {
      const started = performance.now();
      await ways[name](request);
      const elapsed = performance.now() - started;
      if (!isMeasured) continue;
      samples[name].push(elapsed);
      if (name !== 'raw' && name !== 'api') continue;
      const kind = kindSamples.get(request.label) ?? { raw: [], api: [] };
      kind[name].push(elapsed);
      kindSamples.set(request.label, kind);
    }
  }
  const byKind: LatencyResult['byKind'] = {};
  for (const [label, kind] of kindSamples) {
    byKind[label] = { raw: summarize(kind.raw), api: summarize(kind.api) };
  }
  const summaries = Object.fromEntries(
    wayNames.map((name) => [name, summarize(samples[name])]),
  ) as Record<WayName, LatencySummary>; // one summary per way name, as above
  return { ...summaries, byKind };
}
