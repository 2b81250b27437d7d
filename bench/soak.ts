// npm run bench:soak [-- --duration 300] [--connections 20] [--engine pglite|postgres]
//                     [--distributors 2000] [--baseline 10]
// Soak (issue #15): the reports bench's data (bench/reports-data.ts: 2,000 distributors × 50
// product lines × 36 months) in a fresh database, `liaison start` in a child process over it,
// then GET /api/health for --baseline seconds (the bare round trip through HTTP and the database,
// the ratio's denominator), then the weighted mix of both sides (bench/soak-traffic.ts) for
// --duration seconds at --connections. Throughput, p50/p95/p99 per route class, every non-2xx
// as an error, and the server's resident memory (and the database's size) every 5 s, with its
// growth per minute fitted over the second half. Figures to stdout and to
// bench/results/soak-<engine>-<date>.json.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { migrate } from '../src/db/migrate.ts';
import { refreshKpis } from '../src/reports/kpi.service.ts';
import { type BenchDatabase, openBenchDatabase } from './engines.ts';
import { createRandom } from './random.ts';
import { generateReportsData } from './reports-data.ts';
import { cpuPressure } from './reports-measure.ts';
import { prepareRequests } from './requests.ts';
import { benchServices, createBenchAccount } from './server.ts';
import { type LoadResult, runLoad } from './soak-load.ts';
import {
  directoryMegabytes,
  residentMegabytes,
  slopePerMinute,
  startChildServer,
} from './soak-server.ts';
import {
  createDistributorAccounts,
  createMemberWithToken,
  openThreads,
  trafficMix,
  type World,
} from './soak-traffic.ts';

const Arguments = z.object({
  duration: z.coerce.number().min(10).default(300),
  connections: z.coerce.number().int().min(1).max(500).default(20),
  engine: z.enum(['pglite', 'postgres']).default('pglite'),
  distributors: z.coerce.number().int().min(50).default(2000),
  baseline: z.coerce.number().min(1).default(10),
});
type Arguments = z.infer<typeof Arguments>;

/** Distributors with an admin of their own in the mix; the principal reaches all of them. */
const DISTRIBUTOR_ACCOUNTS = 40;
const SAMPLE_EVERY_MS = 5000;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const log = (message: string) => process.stderr.write(`${message}\n`);

function parseArguments(): Arguments {
  const usage =
    'usage: npm run bench:soak -- [--duration 300] [--connections 20] [--engine pglite|postgres] [--distributors 2000] [--baseline 10]';
  try {
    const names = ['duration', 'connections', 'engine', 'distributors', 'baseline'] as const;
    const options = Object.fromEntries(names.map((name) => [name, { type: 'string' as const }]));
    return Arguments.parse(parseArgs({ options, strict: true }).values);
  } catch (error) {
    log(`${error instanceof z.ZodError ? z.prettifyError(error) : String(error)}\n${usage}`);
    process.exit(2);
  }
}

type MemorySample = { minute: number; rssMB: number; databaseMB: number };

/** Loads the data and the accounts; on PGlite closes this process's handle for the server's. */
async function prepare(bench: BenchDatabase, args: Arguments) {
  await migrate(bench.database);
  const services = benchServices(bench.database);
  const account = await createBenchAccount(services);
  const today = new Date().toISOString().slice(0, 10);
  log(`[${args.engine}] generating ${args.distributors} distributors × 50 lines × 36 months`);
  const started = performance.now();
  const data = await generateReportsData(bench.baselineDatabase, {
    workspaceId: account.workspaceId,
    distributors: args.distributors,
    withheld: 0,
    today,
  });
  await bench.database.db.transaction((tx) =>
    refreshKpis(tx, account.workspaceId, null, new Date()),
  );
  await bench.baselineDatabase.rawQuery('VACUUM ANALYZE distributor_kpi');
  const generateSeconds = Math.round((performance.now() - started) / 1000);
  log(`[${args.engine}] data in ${generateSeconds} s: ${JSON.stringify(data.rows)}`);
  const accounts = await createDistributorAccounts(
    services,
    account.workspaceId,
    data.distributorIds.slice(0, DISTRIBUTOR_ACCOUNTS),
  );
  const admin = await createMemberWithToken(services, account.workspaceId, {
    email: 'soak.admin@brenner.example',
    name: 'Katrin Weber',
    timeZone: 'Europe/Berlin',
    role: 'principal_admin',
  });
  const directoryPaths = (await prepareRequests(account.workspaceId)).map(
    (request) => request.path,
  );
  const serverEnv = await serverEnvironment(bench);
  return { account, admin, data, accounts, directoryPaths, today, generateSeconds, ...serverEnv };
}

/** What `liaison start` needs to serve the bench's database, and how to measure its size. */
async function serverEnvironment(bench: BenchDatabase) {
  const common = {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    LIAISON_DEMO: 'false',
    // The default 600 a minute per token would turn most of the soak into 429s.
    RATE_LIMIT_PER_MINUTE: '1000000000',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000000',
  };
  if (bench.engine === 'pglite') {
    // PGlite is one process's database: the loader lets go of it before the server opens it.
    await bench.database.close();
    const dataDir = bench.where;
    return {
      env: { ...common, LIAISON_DATA_DIR: dataDir },
      databaseMegabytes: () => directoryMegabytes(path.join(dataDir, 'pgdata')),
      cleanup: async () => undefined,
    };
  }
  const [row] = await bench.baselineDatabase.rawQuery<{ name: string }>(
    'select current_database() as name',
  );
  const url = new URL(adminUrl);
  url.pathname = `/${row?.name}`;
  // The server keeps its secret and audit anchors in a data dir even on PostgreSQL.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-soak-'));
  return {
    env: { ...common, LIAISON_DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    databaseMegabytes: async () => {
      const [size] = await bench.baselineDatabase.rawQuery<{ bytes: string }>(
        'select pg_database_size(current_database())::text as bytes',
      );
      return Number(size?.bytes) / 2 ** 20;
    },
    cleanup: () => rm(dataDir, { recursive: true, force: true }),
  };
}

async function soak(bench: BenchDatabase, args: Arguments) {
  const machineAtStart = { loadAverage: os.loadavg(), cpuPressure: await cpuPressure() };
  const prepared = await prepare(bench, args);
  const server = await startChildServer(prepared.env);
  try {
    log(`[${args.engine}] server pid ${server.pid} at ${server.url}`);
    const relationships = await openThreads(server.url, prepared.account.token, prepared.accounts);
    const world: World = {
      principalToken: prepared.account.token,
      principalAdminToken: prepared.admin.token,
      distributorIds: prepared.data.distributorIds,
      relationships,
      directoryPaths: prepared.directoryPaths,
      currentPeriod: prepared.today.slice(0, 7),
      lastPeriod: prepared.data.lastPeriod,
    };
    log(`[${args.engine}] baseline: GET /api/health, ${args.connections} connections`);
    const baseline = await runLoad({
      origin: server.url,
      connections: args.connections,
      seconds: args.baseline,
      next: () => ({ routeClass: 'health', call: { method: 'GET', path: '/api/health' } }),
    });
    const mix = trafficMix(world, createRandom(15));
    const samples: MemorySample[] = [];
    const started = performance.now();
    const sample = async () => {
      const minute = (performance.now() - started) / 60_000;
      const point = {
        minute,
        rssMB: await residentMegabytes(server.pid),
        databaseMB: await prepared.databaseMegabytes(),
      };
      samples.push(point);
      if (Math.floor(minute) > Math.floor(samples.at(-2)?.minute ?? -1)) {
        log(`[${args.engine}] ${minute.toFixed(1)} min: RSS ${point.rssMB.toFixed(0)} MB`);
      }
    };
    await sample();
    log(`[${args.engine}] soak: ${args.duration} s, ${args.connections} connections`);
    const sampler = setInterval(() => void sample(), SAMPLE_EVERY_MS);
    const load = await runLoad({
      origin: server.url,
      connections: args.connections,
      seconds: args.duration,
      next: mix.next,
    });
    clearInterval(sampler);
    await sample();
    return {
      engine: args.engine,
      date: new Date().toISOString(),
      settings: args,
      cores: os.cpus().length,
      dataset: { ...prepared.data, distributorIds: undefined, withheldIds: undefined },
      generateSeconds: prepared.generateSeconds,
      distributorAccounts: relationships.length,
      weights: mix.weights,
      baseline,
      load,
      memory: memoryFigures(samples),
      machine: {
        atStart: machineAtStart,
        atEnd: { loadAverage: os.loadavg(), cpuPressure: await cpuPressure() },
      },
    };
  } finally {
    await server.stop();
    await prepared.cleanup();
  }
}

/** Start, end, and the growth per minute over the second half, after warm-up has settled. */
function memoryFigures(samples: MemorySample[]) {
  const end = samples.at(-1)?.minute ?? 0;
  const secondHalf = samples.filter((point) => point.minute >= end / 2);
  const slope = (key: 'rssMB' | 'databaseMB') =>
    slopePerMinute(secondHalf.map((point) => ({ minute: point.minute, value: point[key] })));
  const round = (value: number, digits: number) => Number(value.toFixed(digits));
  // V8's collections saw-tooth the RSS by 100–250 MB, so a fit over a few minutes depends on
  // where the teeth fall; the lowest sample of each whole minute, the floor after a collection,
  // shows a leak more plainly.
  const floors = new Map<number, number>();
  for (const point of samples.filter((sample) => sample.minute < Math.floor(end))) {
    const minute = Math.floor(point.minute);
    floors.set(minute, Math.min(floors.get(minute) ?? Number.POSITIVE_INFINITY, point.rssMB));
  }
  const floorPoints = [...floors].map(([minute, value]) => ({ minute, value }));
  return {
    samples: samples.map((point) => ({
      minute: round(point.minute, 2),
      rssMB: round(point.rssMB, 1),
      databaseMB: round(point.databaseMB, 1),
    })),
    rssGrowthMBPerMinute: round(slope('rssMB'), 2),
    rssFloorsMB: floorPoints.map((point) => round(point.value, 1)),
    rssFloorGrowthMBPerMinute: round(slopePerMinute(floorPoints), 2),
    databaseGrowthMBPerMinute: round(slope('databaseMB'), 2),
  };
}

/** The first sample, the first of each later minute, and the last. */
function everyMinute<Sample extends { minute: number }>(samples: Sample[]) {
  return samples.filter(
    (point, index) =>
      index === 0 ||
      index === samples.length - 1 ||
      Math.floor(point.minute) > Math.floor(samples[index - 1]?.minute ?? 0),
  );
}

type SoakResult = Awaited<ReturnType<typeof soak>>;

function formatLoad(load: LoadResult, baseline: number) {
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  const out = [
    `  ${'route class'.padEnd(20)} ${pad('requests', 9)} ${pad('req/s', 7)} ${pad('p50 ms', 8)} ${pad('p95 ms', 8)} ${pad('p99 ms', 8)} ${pad('errors', 7)}`,
  ];
  for (const [name, figures] of Object.entries(load.byClass)) {
    out.push(
      `  ${name.padEnd(20)} ${pad(figures.count, 9)} ${pad(figures.requestsPerSecond.toFixed(1), 7)} ${pad(figures.p50.toFixed(1), 8)} ${pad(figures.p95.toFixed(1), 8)} ${pad(figures.p99.toFixed(1), 8)} ${pad(figures.errors, 7)}`,
    );
  }
  out.push(
    `  ${'all'.padEnd(20)} ${pad(load.requests, 9)} ${pad(load.requestsPerSecond.toFixed(1), 7)}   (${(load.requestsPerSecond / baseline).toFixed(3)} × the health baseline)`,
  );
  return out;
}

function formatSoak(result: SoakResult) {
  const { baseline, load, memory, machine } = result;
  const health = baseline.byClass.health;
  const errorRate = load.requests ? (100 * load.errors) / load.requests : 0;
  const first = memory.samples[0];
  const last = memory.samples.at(-1);
  const out = [
    `soak on ${result.engine}: ${Math.round(load.seconds)} s, ${result.settings.connections} connections, ${result.settings.distributors} distributors (${JSON.stringify(result.dataset.rows)})`,
    `  baseline GET /api/health: ${baseline.requestsPerSecond.toFixed(0)} req/s, p50/p95/p99 ${health?.p50.toFixed(1)}/${health?.p95.toFixed(1)}/${health?.p99.toFixed(1)} ms, ${baseline.errors} errors`,
    ...formatLoad(load, baseline.requestsPerSecond),
    `  errors: ${load.errors} of ${load.requests} (${errorRate.toFixed(3)} %)`,
    ...load.failureKinds.map(
      ({ routeClass, status, problem, count, example }) =>
        `    ${count} × ${routeClass} → ${status} ${problem}, e.g. ${example.method} ${example.path}: ${example.body.slice(0, 200)}`,
    ),
    `  RSS: ${everyMinute(memory.samples)
      .map((point) => `${point.minute.toFixed(2)} min ${point.rssMB.toFixed(0)} MB`)
      .join(', ')}`,
    `  RSS growth over the second half: ${memory.rssGrowthMBPerMinute} MB/min (${first?.rssMB} → ${last?.rssMB} MB overall)`,
    `  RSS floor (lowest sample) of each minute: ${memory.rssFloorsMB.join(', ')} MB, ${memory.rssFloorGrowthMBPerMinute} MB/min`,
    `  database size: ${first?.databaseMB} → ${last?.databaseMB} MB, ${memory.databaseGrowthMBPerMinute} MB/min over the second half`,
    `  load average ${machine.atStart.loadAverage.map((value) => value.toFixed(2)).join(' ')} → ${machine.atEnd.loadAverage.map((value) => value.toFixed(2)).join(' ')}; CPU pressure ${machine.atStart.cpuPressure ?? '?'} → ${machine.atEnd.cpuPressure ?? '?'} %`,
  ];
  return `${out.join('\n')}\n`;
}

const args = parseArguments();
const bench = await openBenchDatabase(args.engine, adminUrl);
const closeOnSignal = () => void bench.close().finally(() => process.exit(130));
process.once('SIGINT', closeOnSignal);
let result: SoakResult;
try {
  result = await soak(bench, args);
} finally {
  process.removeListener('SIGINT', closeOnSignal);
  await bench.close();
}
const resultsDir = path.join(import.meta.dirname, 'results');
await mkdir(resultsDir, { recursive: true });
const file = path.join(resultsDir, `soak-${args.engine}-${result.date.slice(0, 10)}.json`);
await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(formatSoak(result));
log(`wrote ${path.relative(process.cwd(), file)}`);
