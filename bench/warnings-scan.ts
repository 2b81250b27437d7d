// The early warnings' scan at portfolio scale, a step of `npm run bench`: a generated portfolio of
// 2,000 distributors with 36 months of orders, reports and contact (warnings-portfolio.ts) in a
// workspace of its own, then, interleaved, the scan as the hourly job and the API run it
// (assessDistributors: the fact statements, the rules, the health) beside the same statements
// run bare on the baseline connection. The ratio says what the service adds to its SQL.
import { PgDialect } from 'drizzle-orm/pg-core';
import { createWorkspace } from '../src/accounts/workspaces.service.ts';
import { disciplineWindow } from '../src/cadence/discipline.service.ts';
import { asJsonRows } from '../src/db/json-rows.ts';
import { inSystemTransaction } from '../src/platform/tenancy.ts';
import { periodDate, recentPeriods } from '../src/reports/periods.ts';
import { warningFactStatements } from '../src/warnings/warning-facts.queries.ts';
import { endOfDay, HISTORY_MONTHS } from '../src/warnings/warning-facts.service.ts';
import { assessDistributors } from '../src/warnings/warnings.service.ts';
import type { BenchDatabase } from './engines.ts';
import type { BenchServices } from './server.ts';
import { type LatencySummary, summarize } from './statistics.ts';
import { loadPortfolioDirectly } from './warnings-load.ts';
import { generatePortfolio } from './warnings-portfolio.ts';

export type WarningsScanResult = {
  distributors: number;
  rows: Record<string, number>;
  loadSeconds: number;
  asOf: string;
  flagged: number;
  statements: number;
  scan: LatencySummary;
  bare: LatencySummary;
  /** Median scan over median bare statements. */
  ratio: number;
  /** Each bare statement's median, ms (warmups included). */
  statementsMs: Record<string, number>;
};

const AS_OF = '2026-12-01';

export async function benchWarningsScan(
  bench: BenchDatabase,
  services: BenchServices,
  settings: { iterations: number; distributors?: number },
): Promise<WarningsScanResult> {
  const distributors = settings.distributors ?? 2000;
  const workspace = await createWorkspace(services, {
    name: 'Brenner Frühwarnung',
    slug: 'brenner-warnings',
  });
  const portfolio = generatePortfolio({ seed: 7, distributors, failing: distributors / 20 });
  const loadStarted = performance.now();
  await loadPortfolioDirectly(bench.database, workspace.id, portfolio);
  const loadSeconds = Math.round((performance.now() - loadStarted) / 100) / 10;

  const until = endOfDay(AS_OF);
  const periods = recentPeriods(AS_OF, HISTORY_MONTHS);
  // As autovacuum would have by the time a real workspace is scanned: the bulk load's statistics.
  await bench.baselineDatabase.rawQuery('analyze');
  const named = Object.entries(
    warningFactStatements(workspace.id, {
      asOf: AS_OF,
      until,
      months: {
        fromPeriod: periodDate(periods.at(-1) ?? ''),
        toPeriod: periodDate(periods[0] ?? ''),
        notesFrom: periodDate(periods[2] ?? ''),
      },
      discipline: disciplineWindow(until),
    }),
  );
  const statements = named.map(([, statement]) => statement);
  const dialect = new PgDialect({ casing: 'snake_case' });
  // As the scan runs them: each wrapped to come back as one JSON text (asJsonRows).
  const bareQueries = statements.map((statement) => dialect.sqlToQuery(asJsonRows(statement)));
  const scan = () =>
    inSystemTransaction(bench.database, workspace.id, (tx) =>
      assessDistributors(tx, workspace.id, AS_OF),
    );
  // The same statements in one transaction as the owner, with JIT off and the memory the scan
  // gives itself (prepareScanTransaction).
  const bare = async () => {
    const run = (text: string, params: unknown[] = []) =>
      bench.baselineDatabase.rawQuery(text, params);
    await run('BEGIN');
    try {
      await run('SET LOCAL jit = off');
      await run("SET LOCAL work_mem = '32MB'");
      for (const [index, query] of bareQueries.entries()) {
        const started = performance.now();
        await run(query.sql, query.params);
        const name = named[index]?.[0] ?? String(index);
        statementMs[name] = [...(statementMs[name] ?? []), performance.now() - started];
      }
    } finally {
      await run('COMMIT');
    }
  };
  const statementMs: Record<string, number[]> = {};
  let flagged = 0;
  for (let warmup = 0; warmup < 3; warmup++) {
    flagged = (await scan()).filter((entry) => entry.state !== 'healthy').length;
    await bare();
  }
  const scanMs: number[] = [];
  const bareMs: number[] = [];
  for (let iteration = 0; iteration < settings.iterations; iteration++) {
    let started = performance.now();
    await scan();
    scanMs.push(performance.now() - started);
    started = performance.now();
    await bare();
    bareMs.push(performance.now() - started);
  }
  const scanSummary = summarize(scanMs);
  const bareSummary = summarize(bareMs);
  return {
    distributors,
    rows: portfolio.rows,
    loadSeconds,
    asOf: AS_OF,
    flagged,
    statements: statements.length,
    scan: scanSummary,
    bare: bareSummary,
    ratio: Math.round((scanSummary.p50 / bareSummary.p50) * 100) / 100,
    statementsMs: Object.fromEntries(
      Object.entries(statementMs).map(([name, ms]) => [
        name,
        Math.round(summarize(ms).p50 * 10) / 10,
      ]),
    ),
  };
}

/** Targets from issue #13, for 2,000 distributors. */
const scanTargets: Record<string, number> = { postgres: 100, pglite: 250 };

export function formatWarningsScan(
  results: { engine: string; warnings?: WarningsScanResult }[],
): string {
  const lines = ['', 'Early warnings: scanning a workspace (all its distributors at once), ms'];
  for (const { engine, warnings } of results) {
    if (!warnings) continue;
    const target = scanTargets[engine] ?? Number.NaN;
    lines.push(
      `  ${engine}: ${warnings.distributors} distributors, ${warnings.statements} statements + 1; ` +
        `scan p50 ${warnings.scan.p50.toFixed(1)} p95 ${warnings.scan.p95.toFixed(1)}; ` +
        `bare statements p50 ${warnings.bare.p50.toFixed(1)}; ratio ${warnings.ratio}; ` +
        `target < ${target} ms ${warnings.scan.p50 < target ? 'met' : 'MISSED'}`,
      `    statements p50: ${Object.entries(warnings.statementsMs)
        .map(([name, ms]) => `${name} ${ms}`)
        .join(', ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
