// npm run bench:warnings-backtest [-- --engine pglite|postgres] [--seed 1] [--distributors 2000]
//   [--failing 100] [--load imports|direct] [--failure mixed|plain] [--out DIR] [--facts FILE]
// The early warnings' backtest (issue #13): a generated portfolio (warnings-portfolio.ts) written
// as the four CSV files of the history imports, loaded into a fresh database, then assessed as of
// the 1st of every month of its last two years (each replay the set-based scan of the whole
// workspace, as the hourly job runs it). Reported:
//   recall      failing relationships flagged at risk at least 60 days before their last order;
//   lead time   days from the first at-risk flag (within the year before) to the last order;
//   false alarm healthy relationships ever flagged at risk (and, beside it, ever on watch).
// Figures go to stdout and bench/results/warnings-backtest.json.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrate } from '../src/db/migrate.ts';
import { type EngineName, openBenchDatabase } from './engines.ts';
import { benchServices, createBenchAccount } from './server.ts';
import { loadPortfolio } from './warnings-import.ts';
import { type FailureStyle, generatePortfolio } from './warnings-portfolio.ts';
import { lastOrders, replayPortfolio } from './warnings-replay.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'postgres' },
    seed: { type: 'string', default: '1' },
    distributors: { type: 'string', default: '2000' },
    failing: { type: 'string', default: '100' },
    load: { type: 'string', default: 'imports' },
    failure: { type: 'string', default: 'mixed' },
    out: { type: 'string' },
    facts: { type: 'string' },
  },
});
const engine = values.engine as EngineName;
if (
  !['postgres', 'pglite'].includes(engine) ||
  !['imports', 'direct'].includes(values.load) ||
  !['mixed', 'plain'].includes(values.failure)
) {
  process.stderr.write(
    'usage: npm run bench:warnings-backtest -- [--engine pglite|postgres] [--seed N] [--distributors N] [--failing N] [--load imports|direct] [--failure mixed|plain] [--out DIR] [--facts FILE]\n',
  );
  process.exit(2);
}
const log = (message: string) => process.stderr.write(`${message}\n`);
async function main() {
  const started = performance.now();
  const portfolio = generatePortfolio({
    seed: Number(values.seed),
    distributors: Number(values.distributors),
    failing: Number(values.failing),
    failure: values.failure as FailureStyle,
  });
  log(
    `generated ${portfolio.distributors.length} distributors, rows ${JSON.stringify(portfolio.rows)}`,
  );
  if (values.out) {
    await mkdir(values.out, { recursive: true });
    for (const [name, text] of Object.entries({
      'distributors.csv': portfolio.csv.distributors,
      'orders.csv': portfolio.csv.orders,
      'report-history.csv': portfolio.csv.reportHistory,
      'interactions.csv': portfolio.csv.interactions,
    })) {
      await writeFile(path.join(values.out, name), text);
    }
  }
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
  const bench = await openBenchDatabase(engine, adminUrl);
  try {
    await migrate(bench.database);
    const services = benchServices(bench.database);
    const account = await createBenchAccount(services);
    const mark = performance.now();
    const { ids, via } = await loadPortfolio(
      bench.database,
      services,
      account,
      portfolio,
      values.load as 'imports' | 'direct',
    );
    const loadSeconds = Math.round((performance.now() - mark) / 100) / 10;
    log(`loaded via ${via} in ${loadSeconds} s`);

    // --facts FILE keeps every replay's facts, one JSON line each, for warnings-rules.ts to judge
    // the rules again without a database.
    const factsFile = values.facts;
    if (factsFile) {
      const head = {
        ids: [...ids],
        distributors: portfolio.distributors,
        lastOrder: [...lastOrders(portfolio)],
      };
      await writeFile(factsFile, `${JSON.stringify(head)}\n`);
    }
    const figures = await replayPortfolio(
      bench.database,
      account.workspaceId,
      ids,
      portfolio,
      undefined,
      factsFile
        ? (asOf, facts) => appendFile(factsFile, `${JSON.stringify({ asOf, facts })}\n`)
        : undefined,
    );
    const result = {
      date: new Date().toISOString(),
      engine,
      seed: Number(values.seed),
      failure: values.failure,
      loadedVia: via,
      loadSeconds,
      distributors: portfolio.distributors.length,
      failing: portfolio.distributors.filter((entry) => entry.failing).length,
      rows: portfolio.rows,
      ...figures,
      totalSeconds: Math.round((performance.now() - started) / 1000),
    };
    const resultsDir = path.join(import.meta.dirname, 'results');
    await mkdir(resultsDir, { recursive: true });
    await writeFile(
      path.join(resultsDir, 'warnings-backtest.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    process.stdout.write(
      `${JSON.stringify({ ...result, missed: result.missed.length }, null, 2)}\n`,
    );
  } finally {
    await bench.close();
  }
}

await main();
