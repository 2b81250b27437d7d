// npm run bench:reports [-- --engine pglite|postgres|all] [--distributors 2000] [--quick]
//                        [--skip-browser]
// Monthly reports at portfolio scale (issue #6): 2,000 distributors × 50 product lines × 36
// months of reports (3.6 M sales facts) generated in the database, the KPIs refreshed once for
// all (the hourly refresh, timed), then the real server against its own SQL, interleaved:
//   scorecard   GET /api/v1/distributors/:id/scorecard (random distributors) beside the raw
//               select of the distributor's 48 months of summaries and its KPI row;
//   portfolio   GET /api/v1/portfolio?pageSize=2000 beside the service's own statement
//               (portfolioPageStatement), bare on the owner's connection: the page built (a new
//               page size each time), the page kept as a snapshot, and 304 to its ETag;
//   ranking     the plain SQL ranking over the raw sales facts, which the summaries avoid;
//   uploads     POST …/reports/:period/on-behalf/uploads of a 10,000-row XLSX, and the same report
//               as JSON (…/on-behalf: the bench account is the principal's);
//   paint       the portfolio page's largest contentful paint in chromium.
// Figures go to stdout and to bench/results/reports-<engine>.json.

import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PgDialect } from 'drizzle-orm/pg-core';
import { addMember } from '../src/accounts/members.service.ts';
import { resolveActor } from '../src/accounts/sessions.service.ts';
import { createUser } from '../src/accounts/workspaces.service.ts';
import { migrate } from '../src/db/migrate.ts';
import { makeContext, systemActor } from '../src/platform/tenancy.ts';
import { DEFAULT_REPORTING_CURRENCY } from '../src/reports/exchange-rates.queries.ts';
import { refreshKpis } from '../src/reports/kpi.service.ts';
import { portfolioPageStatement } from '../src/reports/portfolio.queries.ts';
import { getPortfolio } from '../src/reports/portfolio.service.ts';
import { getScorecard } from '../src/reports/scorecard.service.ts';
import { type EngineName, openBenchDatabase } from './engines.ts';
import { createRandom } from './random.ts';
import { measurePortfolioPaint, type PageLoad, type PaintResult } from './reports-browser.ts';
import { generateReportsData, MONTHS } from './reports-data.ts';
import { cpuPressure, interleave, measureUploads, request } from './reports-measure.ts';
import { PIPELINE_ROWS } from './reports-uploads.ts';
import { benchServices, createBenchAccount, startLiaison } from './server.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'all' },
    distributors: { type: 'string', default: '2000' },
    quick: { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
  },
});
if (!['all', 'postgres', 'pglite'].includes(values.engine) || !(Number(values.distributors) > 6)) {
  process.stderr.write(
    'usage: npm run bench:reports -- [--engine pglite|postgres|all] [--distributors N>6] [--quick] [--skip-browser]\n',
  );
  process.exit(2);
}
const engines: EngineName[] =
  values.engine === 'all' ? ['postgres', 'pglite'] : [values.engine as EngineName];
const DISTRIBUTORS = Number(values.distributors);
const settings = values.quick
  ? { warmup: 10, scorecards: 100, portfolios: 20, rankings: 3, uploads: 1, warmLoads: 2 }
  : { warmup: 30, scorecards: 400, portfolios: 100, rankings: 10, uploads: 3, warmLoads: 5 };
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const browserUser = { email: 'bench.browser@brenner.example', password: 'bench-password-1' };
const log = (message: string) => process.stderr.write(`${message}\n`);
const since = (started: number) => Math.round(performance.now() - started);

async function benchEngine(engine: EngineName) {
  const machineAtStart = { loadAverage: os.loadavg()[0] ?? 0, cpuPressure: await cpuPressure() };
  log(`[${engine}] fresh database; ${DISTRIBUTORS} distributors × 50 lines × ${MONTHS} months`);
  const bench = await openBenchDatabase(engine, adminUrl);
  const cleanups: (() => Promise<void>)[] = [];
  const closeOnSignal = () => void bench.close().finally(() => process.exit(130));
  process.once('SIGINT', closeOnSignal);
  try {
    await migrate(bench.database);
    // The server serves a copy of the built web app: a rebuild during the run (other work on
    // the same checkout) would otherwise pull the page out from under the browser.
    const webCopy = await mkdtemp(path.join(os.tmpdir(), 'liaison-bench-web-'));
    cleanups.push(() => rm(webCopy, { recursive: true, force: true }));
    const plain = benchServices(bench.database);
    await cp(plain.config.webDistDir, webCopy, { recursive: true });
    const services = { ...plain, config: { ...plain.config, webDistDir: webCopy } };
    const account = await createBenchAccount(services);
    const workspaceId = account.workspaceId;
    const operator = makeContext(services, systemActor(workspaceId, 'Benchmark', 'cli'));
    const viewer = await createUser(services, {
      ...browserUser,
      name: 'Mei Fischer',
      timeZone: 'Europe/Berlin',
    });
    await addMember(operator, {
      userId: viewer.id,
      role: 'principal_manager',
      distributorId: null,
    });

    const today = new Date().toISOString().slice(0, 10);
    let started = performance.now();
    const data = await generateReportsData(bench.baselineDatabase, {
      workspaceId,
      distributors: DISTRIBUTORS,
      withheld: 2 * settings.uploads,
      today,
    });
    const generateMs = since(started);
    log(`[${engine}] generated in ${generateMs} ms: ${JSON.stringify(data.rows)}`);
    started = performance.now();
    await bench.database.db.transaction((tx) => refreshKpis(tx, workspaceId, null, new Date()));
    const refreshMs = since(started);
    log(`[${engine}] hourly refresh of ${DISTRIBUTORS} distributors' KPIs: ${refreshMs} ms`);
    await bench.baselineDatabase.rawQuery('VACUUM ANALYZE distributor_kpi');

    const liaison = await startLiaison(bench.database, services);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const raw = bench.baselineDatabase;
    const api = `${liaison.url}/api/v1`;
    const actor = await resolveActor(services, { bearerToken: account.token }, 'bench');
    if (!actor) throw new Error('the bench token does not authenticate');
    const ctx = makeContext(services, actor);
    try {
      const random = createRandom(42);
      const picks = Array.from(
        { length: settings.warmup + settings.scorecards },
        () => data.distributorIds[random.int(data.distributorIds.length)] ?? '',
      );
      const [window] = await raw.rawQuery<{ from: string; to: string }>(
        `select (date_trunc('month', $1::date) - interval '${MONTHS + 12} months')::date::text as from,
           (date_trunc('month', $1::date) - interval '1 month')::date::text as to`,
        [today],
      );
      const months = [workspaceId, window?.from, window?.to];
      const mediansSql = `select ${[
        'attainment',
        'growth',
        'sell_through',
        'inventory_turns',
        'weeks_of_cover',
        'timeliness',
        'meetings_held',
        'notes_on_time',
        'actions_on_time',
        'complaints',
        'returns',
        'satisfaction',
        'margin',
      ]
        .map((column) => `percentile_cont(0.5) within group (order by ${column}) as ${column}`)
        .join(', ')} from distributor_kpi where workspace_id = $1`;
      const scorecardRaw = async (distributorId: string) => {
        await raw.rawQuery(
          `select * from distributor_month where workspace_id = $1 and distributor_id = $4
             and period >= $2 and period <= $3 order by period`,
          [...months, distributorId],
        );
        await raw.rawQuery(
          'select * from distributor_kpi where workspace_id = $1 and distributor_id = $2',
          [workspaceId, distributorId],
        );
      };
      log(`[${engine}] scorecard: ${settings.scorecards} iterations`);
      const scorecard = await interleave(
        {
          raw: (n) => scorecardRaw(picks[n] ?? ''),
          'raw + medians': async (n) => {
            await scorecardRaw(picks[n] ?? '');
            await raw.rawQuery(mediansSql, [workspaceId]);
          },
          service: (n) => getScorecard(ctx, picks[n] ?? '', MONTHS),
          api: async (n) => {
            const status = await request(
              agent,
              `${api}/distributors/${picks[n]}/scorecard`,
              account.token,
            );
            if (status !== 200) throw new Error(`scorecard answered ${status}`);
          },
        },
        settings.warmup,
        settings.scorecards,
      );

      // The service's own statement, bare: the same text and parameters on the owner's connection.
      const portfolioQuery = {
        sort: 'attainment',
        order: 'desc',
        page: 1,
        pageSize: 2000,
      } as const;
      const portfolioStatement = new PgDialect({ casing: 'snake_case' }).sqlToQuery(
        portfolioPageStatement(workspaceId, portfolioQuery, DEFAULT_REPORTING_CURRENCY),
      );
      const [portfolioCount] = await raw.rawQuery<{ total: string }>(
        `select count(*) as total from distributor_kpi where workspace_id = $1`,
        [workspaceId],
      );
      log(`[${engine}] portfolio of ${portfolioCount?.total}: ${settings.portfolios} iterations`);
      const portfolioEtag =
        (
          await fetch(`${api}/portfolio?pageSize=2000`, {
            headers: { authorization: `Bearer ${account.token}` },
          })
        ).headers.get('etag') ?? '';
      const portfolio = await interleave(
        {
          raw: () => raw.rawQuery(portfolioStatement.sql, portfolioStatement.params),
          'raw + tiers + medians': async () => {
            await raw.rawQuery(portfolioStatement.sql, portfolioStatement.params);
            await raw.rawQuery(
              `select tier, count(*) from distributor_kpi where workspace_id = $1
                 and tier is not null group by tier order by tier`,
              [workspaceId],
            );
            await raw.rawQuery(mediansSql, [workspaceId]);
          },
          service: () => getPortfolio(ctx, portfolioQuery),
          // A page size not asked for before: no snapshot to answer from, the page is built.
          'api, page built': async (n) => {
            const url = `${api}/portfolio?pageSize=${2000 - n}`;
            const status = await request(agent, url, account.token);
            if (status !== 200) throw new Error(`portfolio answered ${status}`);
          },
          // The same page again, nothing changed since: the kept snapshot is sent.
          'api, page kept': async () => {
            const status = await request(agent, `${api}/portfolio?pageSize=2000`, account.token);
            if (status !== 200) throw new Error(`portfolio answered ${status}`);
          },
          // The same again with the ETag the client holds: 304, no body.
          'api, 304': async () => {
            const status = await request(
              agent,
              `${api}/portfolio?pageSize=2000`,
              account.token,
              undefined,
              {
                'if-none-match': portfolioEtag,
              },
            );
            if (status !== 304) throw new Error(`portfolio answered ${status} to its ETag`);
          },
        },
        Math.min(settings.warmup, 10),
        settings.portfolios,
      );

      log(`[${engine}] the ranking over raw sales facts: ${settings.rankings} iterations`);
      const rankingSql = `with facts as (
          select s.distributor_id,
            sum(s.revenue) filter (where s.period > $2::date - interval '12 months') as revenue_12m,
            sum(s.revenue) filter (where s.period <= $2::date - interval '12 months') as revenue_prior,
            sum(s.units) filter (where s.period > $2::date - interval '3 months') as units_3m
          from sales_fact s
          where s.workspace_id = $1 and s.period > $2::date - interval '24 months'
            and s.period <= $2::date
          group by s.distributor_id
        ), targets as (
          select t.distributor_id, sum(t.revenue / 12) as target_12m
          from generate_series($2::date - interval '11 months', $2::date, interval '1 month') g(month)
          join sales_target t on t.workspace_id = $1 and t.product_line_id is null
            and t.period_kind = 'year' and t.period = date_trunc('year', g.month)::date
          group by t.distributor_id
        )
        select d.id, d.name, f.revenue_12m / nullif(t.target_12m, 0) as attainment,
          f.revenue_12m / nullif(f.revenue_prior, 0) - 1 as growth,
          rank() over (order by f.revenue_12m / nullif(t.target_12m, 0) desc nulls last) as rank
        from distributor d join facts f on f.distributor_id = d.id
        left join targets t on t.distributor_id = d.id
        where d.workspace_id = $1 order by rank, d.name`;
      const rankingParams = [workspaceId, `${data.lastPeriod}-01`];
      const ranking = await interleave(
        { raw: () => raw.rawQuery(rankingSql, rankingParams) },
        1,
        settings.rankings,
      );

      const lines = await raw.rawQuery<{ id: string; code: string; name: string }>(
        'select id, code, name from product_line where workspace_id = $1 order by code',
        [workspaceId],
      );
      const uploads = await measureUploads({
        uploads: settings.uploads,
        engine,
        agent,
        api,
        token: account.token,
        lines,
        today,
        period: data.lastPeriod,
        targets: data.withheldIds,
        currencyOf: async (id) =>
          (
            await raw.rawQuery<{ currency: string; name: string }>(
              'select report_currency as currency, name from distributor where id = $1',
              [id],
            )
          )[0] ?? { currency: 'EUR', name: '' },
      });

      let paint: PaintResult | { error: string } | null = null;
      if (!values['skip-browser']) {
        log(`[${engine}] largest contentful paint in chromium`);
        paint = await measurePortfolioPaint(liaison.url, browserUser, settings.warmLoads).catch(
          (error: unknown) => ({ error: String(error) }),
        );
      }
      return {
        engine,
        where: bench.where,
        machine: {
          atStart: machineAtStart,
          atEnd: { loadAverage: os.loadavg()[0] ?? 0, cpuPressure: await cpuPressure() },
        },
        dataset: { ...data, distributorIds: undefined, withheldIds: undefined, generateMs },
        refreshMs,
        scorecard,
        portfolio,
        ranking,
        uploads,
        paint,
      };
    } finally {
      agent.destroy();
      await liaison.app.close();
    }
  } finally {
    process.removeListener('SIGINT', closeOnSignal);
    await bench.close();
    for (const cleanup of cleanups) await cleanup();
  }
}

const ms = (value: number | undefined) => (value === undefined ? '' : value.toFixed(2));

function formatEngine(result: Awaited<ReturnType<typeof benchEngine>>) {
  const out = [
    `${result.engine}: ${JSON.stringify(result.dataset.rows)}`,
    `  generated in ${(result.dataset.generateMs / 1000).toFixed(1)} s (${Object.entries(
      result.dataset.stepsMs,
    )
      .map(([name, value]) => `${name} ${(value / 1000).toFixed(1)}`)
      .join(', ')}); hourly KPI refresh ${result.refreshMs} ms`,
    '  what                         way                     p50 ms   p95 ms  p95 ÷ raw',
  ];
  for (const [what, summaries] of [
    ['scorecard', result.scorecard],
    ['portfolio (pageSize=2000)', result.portfolio],
    ['ranking over raw facts', result.ranking],
  ] as const) {
    const rawP95 = summaries.raw?.p95 ?? Number.NaN;
    for (const [way, summary] of Object.entries(summaries)) {
      out.push(
        `  ${what.padEnd(28)} ${way.padEnd(22)} ${ms(summary.p50).padStart(7)} ${ms(summary.p95).padStart(8)} ${(summary.p95 / rawP95).toFixed(1).padStart(9)}`,
      );
    }
  }
  const { uploads, paint } = result;
  out.push(
    `  upload ${PIPELINE_ROWS}-row XLSX end to end: ${uploads.xlsx.join(', ')} ms (building the file ${uploads.buildXlsxMs} ms, parsing and checking it in-process ${uploads.parseMs} ms)`,
    `  the same report as JSON: ${uploads.json.join(', ')} ms`,
  );
  if (paint && 'error' in paint) out.push(`  the browser measurement failed: ${paint.error}`);
  else if (paint) {
    const show = (loads: PageLoad[]) =>
      loads
        .map((load) => `${Math.round(load.paintMs)}/${Math.round(load.firstRowMs ?? Number.NaN)}`)
        .join(', ');
    out.push(
      `  ${paint.path}, largest contentful paint / first table row, ms: cold ${show([paint.cold])} (${paint.cold.element}); warm ${show(paint.warm)}`,
    );
    if (paint.warmAll.length) out.push(`  /portfolio?pageSize=2000, warm: ${show(paint.warmAll)}`);
  }
  out.push(
    `  load average ${result.machine.atStart.loadAverage.toFixed(1)} → ${result.machine.atEnd.loadAverage.toFixed(1)}, CPU pressure ${result.machine.atStart.cpuPressure ?? '?'} → ${result.machine.atEnd.cpuPressure ?? '?'} %`,
  );
  return out.join('\n');
}

const resultsDir = path.join(import.meta.dirname, 'results');
await mkdir(resultsDir, { recursive: true });
for (const engine of engines) {
  const result = await benchEngine(engine);
  const file = path.join(resultsDir, `reports-${engine}.json`);
  await writeFile(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), settings, distributors: DISTRIBUTORS, cores: os.cpus().length, ...result }, null, 2)}\n`,
  );
  process.stdout.write(`\n${formatEngine(result)}\n`);
  log(`wrote ${path.relative(process.cwd(), file)}`);
}
