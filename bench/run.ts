// npm run bench [-- --engine pglite|postgres|all] [--quick]
// For each engine: a fresh database, migrated and loaded with the generated directory, the real
// server on a loopback port; then the list API against its own SQL, and a sustained load beside
// a bare Fastify route. Figures go to stdout as a table and to bench/results/latest.json.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { migrate } from '../src/db/migrate.ts';
import { type EngineName, openBenchDatabase } from './engines.ts';
import { type Directory, generateDirectory } from './generate.ts';
import { buildWays, checkSameAnswers, measureLatency, wayNames } from './latency.ts';
import { loadDirectory } from './load-directory.ts';
import { createRandom } from './random.ts';
import { type EngineResult, formatReport, judgeTargets, type RunResult } from './report.ts';
import { prepareDistributorStatement, prepareRequests } from './requests.ts';
import { countStatements } from './round-trips.ts';
import { benchServices, createBenchAccount, startBareFastify, startLiaison } from './server.ts';
import { runSustainedLoad } from './sustained-load.ts';
import { benchWarningsScan, formatWarningsScan } from './warnings-scan.ts';

const Arguments = z.object({
  engine: z.enum(['pglite', 'postgres', 'all']).default('all'),
  quick: z.boolean().default(false),
});

const usage = 'usage: npm run bench -- [--engine pglite|postgres|all] [--quick]';

function parseArguments() {
  try {
    const { values } = parseArgs({
      options: { engine: { type: 'string' }, quick: { type: 'boolean' } },
      strict: true,
    });
    return Arguments.parse(values);
  } catch (error) {
    const message =
      error instanceof z.ZodError
        ? z.prettifyError(error)
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`${message}\n${usage}\n`);
    process.exit(2);
  }
}

export type Settings = {
  warmupIterations: number;
  iterations: number;
  loadSeconds: number;
  loadConnections: number;
  warningScans: number;
};

const log = (message: string) => process.stderr.write(`${message}\n`);
const since = (started: number) => Math.round(performance.now() - started);

async function benchEngine(
  engine: EngineName,
  directory: Directory,
  settings: Settings,
  adminUrl: string,
): Promise<EngineResult> {
  log(`[${engine}] opening a fresh database`);
  let started = performance.now();
  const bench = await openBenchDatabase(engine, adminUrl);
  const closeOnSignal = () => void bench.close().finally(() => process.exit(130));
  process.once('SIGINT', closeOnSignal);
  try {
    const openMs = since(started);
    started = performance.now();
    await migrate(bench.database);
    const migrateMs = since(started);

    const services = benchServices(bench.database);
    const account = await createBenchAccount(services);
    log(`[${engine}] loading ${directory.distributors.length} distributors`);
    const load = await loadDirectory(bench.database, account.workspaceId, directory);

    const liaison = await startLiaison(bench.database, services);
    const requests = await prepareRequests(account.workspaceId);
    const bare = await startBareFastify(bench.database, {
      list: requests,
      distributor: await prepareDistributorStatement(account.workspaceId),
    });
    try {
      const { ways, close: closeWays } = await buildWays({
        baselineDatabase: bench.baselineDatabase,
        services,
        account,
        apiUrl: liaison.url,
      });
      log(`[${engine}] latency: checking that every way gives the same pages`);
      await checkSameAnswers(requests, ways);
      log(`[${engine}] latency: ${settings.iterations} iterations of ${wayNames.join(', ')}`);
      const latency = await measureLatency(requests, ways, settings);
      closeWays();

      const statements =
        engine === 'postgres'
          ? await countStatements(requests.length, async () => {
              for (const request of requests) {
                const response = await fetch(`${liaison.url}${request.path}`, {
                  headers: { authorization: `Bearer ${account.token}` },
                });
                await response.arrayBuffer();
              }
            })
          : null;

      const seconds = settings.loadSeconds;
      const connections = settings.loadConnections;
      log(`[${engine}] sustained load: bare Fastify, ${connections} connections, ${seconds} s`);
      const bareLoad = await runSustainedLoad({
        origin: bare.url,
        paths: ['/bare'],
        connections,
        durationSeconds: seconds,
      });
      const sustain = async (what: string, origin: string, paths: string[], token = false) => {
        log(`[${engine}] sustained load: ${what}, ${connections} connections, ${seconds} s`);
        return runSustainedLoad({
          origin,
          paths,
          ...(token ? { headers: { authorization: `Bearer ${account.token}` } } : {}),
          connections,
          durationSeconds: seconds,
        });
      };
      const ids = createRandom(11)
        .shuffle(directory.distributors.map((entry) => entry.id))
        .slice(0, 200);
      const bareListLoad = await sustain(
        'bare Fastify, the same list statements',
        bare.url,
        requests.map((_, index) => `/bare/list/${index}`),
      );
      const listLoad = await sustain(
        'the list API',
        liaison.url,
        requests.map((request) => request.path),
        true,
      );
      const bareOneLoad = await sustain(
        'bare Fastify, the same select of one distributor',
        bare.url,
        ids.map((id) => `/bare/distributor/${id}`),
      );
      const oneLoad = await sustain(
        'GET one distributor',
        liaison.url,
        ids.map((id) => `/api/v1/distributors/${id}`),
        true,
      );
      log(`[${engine}] early warnings: the scan of 2,000 distributors beside its statements`);
      const warnings = await benchWarningsScan(bench, services, {
        iterations: settings.warningScans,
      });
      return {
        engine,
        where: bench.where,
        setup: { openMs, migrateMs, ...load },
        latency,
        statements,
        load: {
          bare: bareLoad,
          bareList: bareListLoad,
          list: listLoad,
          bareOne: bareOneLoad,
          one: oneLoad,
        },
        warnings,
      };
    } finally {
      await liaison.app.close();
      await bare.app.close();
    }
  } finally {
    process.removeListener('SIGINT', closeOnSignal);
    await bench.close();
  }
}

/** Linux's CPU pressure: the share of the last minute some task waited for a core, in %. */
async function cpuPressure(): Promise<number | null> {
  const text = await readFile('/proc/pressure/cpu', 'utf8').catch(() => '');
  const match = /^some avg10=[\d.]+ avg60=([\d.]+)/m.exec(text);
  return match?.[1] ? Number(match[1]) : null;
}

async function main() {
  const args = parseArguments();
  const settings: Settings = args.quick
    ? {
        warmupIterations: 30,
        iterations: 150,
        loadSeconds: 3,
        loadConnections: 50,
        warningScans: 5,
      }
    : {
        warmupIterations: 100,
        iterations: 500,
        loadSeconds: 10,
        loadConnections: 50,
        warningScans: 20,
      };
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
  const engines: EngineName[] = args.engine === 'all' ? ['postgres', 'pglite'] : [args.engine];

  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  const pressureAtStart = await cpuPressure();
  const started = performance.now();
  const directory = generateDirectory();
  const generateMs = since(started);
  const results: EngineResult[] = [];
  for (const engine of engines) {
    results.push(await benchEngine(engine, directory, settings, adminUrl));
  }
  const cpus = os.cpus();
  const run: RunResult = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus.length,
      cpu: cpus[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      // Other work on the shared cores skews every figure: a load above ~0.5 before the run
      // means someone else was busy.
      loadAverage: { atStart: loadAverageAtStart, atEnd: os.loadavg()[0] ?? 0 },
      cpuPressurePercent: { atStart: pressureAtStart, atEnd: await cpuPressure() },
    },
    settings: { ...settings, quick: args.quick },
    dataset: {
      distributors: directory.distributors.length,
      contacts: directory.contacts.length,
      escalationSteps: directory.escalationSteps.length,
      lifecycleEvents: directory.lifecycleEvents.length,
      productLines: directory.productLines.length,
      generateMs,
    },
    engines: results.map((result) => ({ ...result, targets: judgeTargets(result) })),
    totalSeconds: Math.round(since(started) / 1000),
  };
  const resultsDir = path.join(import.meta.dirname, 'results');
  await mkdir(resultsDir, { recursive: true });
  await writeFile(path.join(resultsDir, 'latest.json'), `${JSON.stringify(run, null, 2)}\n`);
  process.stdout.write(formatReport(run));
  process.stdout.write(formatWarningsScan(results));
  log(`wrote bench/results/latest.json in ${run.totalSeconds} s`);
}

await main();
