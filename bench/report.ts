// The figures of a run: their shape in bench/results/latest.json and the table on stdout.

import type { EngineName } from './engines.ts';
import type { LatencyResult } from './latency.ts';
import type { LoadTimings } from './load-directory.ts';
import type { StatementCount } from './round-trips.ts';
import type { LoadResult } from './sustained-load.ts';
import type { WarningsScanResult } from './warnings-scan.ts';

export type EngineResult = {
  engine: EngineName;
  where: string;
  setup: LoadTimings & { openMs: number; migrateMs: number };
  latency: LatencyResult;
  /** PostgreSQL only: statements (round trips) the server sends per list request. */
  statements: StatementCount | null;
  /**
   * Sustained load: the constant-JSON ceiling, then each route of the API beside bare Fastify
   * running the same statement on the same database (its floor).
   */
  load: {
    bare: LoadResult;
    bareList: LoadResult;
    list: LoadResult;
    bareOne: LoadResult;
    one: LoadResult;
  };
  /** The early warnings' scan of a generated portfolio (warnings-scan.ts). */
  warnings?: WarningsScanResult;
};

export type RunResult = {
  date: string;
  machine: {
    cores: number;
    cpu: string;
    memoryGiB: number;
    node: string;
    platform: string;
    loadAverage: { atStart: number; atEnd: number };
    cpuPressurePercent: { atStart: number | null; atEnd: number | null };
  };
  settings: {
    warmupIterations: number;
    iterations: number;
    loadSeconds: number;
    loadConnections: number;
    quick: boolean;
  };
  dataset: {
    distributors: number;
    contacts: number;
    escalationSteps: number;
    lifecycleEvents: number;
    productLines: number;
    generateMs: number;
  };
  engines: (EngineResult & { targets: ReturnType<typeof judgeTargets> })[];
  totalSeconds: number;
};

/** Goals at 2,000 distributors: the Foundation issue (#3), tightened by issue #17. */
export const targets = {
  apiOverRawP95Ms: 3,
  postgresApiP95Ms: 20,
  /** API req/s ÷ bare Fastify running the same statement, 50 connections. */
  routeOverBareRatio: 0.7,
  /** No request slower than this under the sustained load. */
  slowestRequestMs: 1000,
};

/** Requests that failed: autocannon counts timeouts among its errors, so they are not added. */
export const failuresOf = (load: LoadResult) => load.non2xx + load.errors;

const engineTitles: Record<EngineName, string> = {
  postgres: 'PostgreSQL',
  pglite: 'PGlite (disk)',
};

const ms = (value: number) => value.toFixed(2);
const whole = (value: number) => Math.round(value).toLocaleString('en-US');

function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function apiOverRaw(result: EngineResult) {
  const { raw, rawTenant, api } = result.latency;
  return {
    overRawMs: api.p95 - raw.p95,
    overTenantMs: api.p95 - rawTenant.p95,
    ratio: api.p95 / raw.p95,
  };
}

/** The API's median split by the in-process ways: each step adds to the one before. */
const breakdown: { label: string; value: (latency: LatencyResult) => number }[] = [
  { label: 'the SQL statement (raw)', value: (latency) => latency.raw.p50 },
  {
    label: '+ tenant transaction and RLS',
    value: (latency) => latency.rawTenant.p50 - latency.raw.p50,
  },
  { label: '+ Drizzle', value: (latency) => latency.service.p50 - latency.rawTenant.p50 },
  { label: '+ auth (token lookup)', value: (latency) => latency.auth.p50 },
  {
    label: '+ HTTP, Fastify, zod, JSON',
    value: (latency) => latency.api.p50 - latency.service.p50 - latency.auth.p50,
  },
  { label: '= API over HTTP', value: (latency) => latency.api.p50 },
];

/** The targets' verdicts, for latest.json: what a reader or a script checks first. */
export function judgeTargets(result: EngineResult) {
  const gap = apiOverRaw(result);
  return {
    apiOverRawP95Ms: Math.round(gap.overRawMs * 100) / 100,
    isApiOverRawMet: gap.overRawMs <= targets.apiOverRawP95Ms,
    apiP95Ms: result.latency.api.p95,
    isApiP95Met:
      result.engine === 'postgres' ? result.latency.api.p95 < targets.postgresApiP95Ms : null,
    listOverBare: result.load.list.requestsPerSecond / result.load.bareList.requestsPerSecond,
    oneOverBare: result.load.one.requestsPerSecond / result.load.bareOne.requestsPerSecond,
    slowestRequestMs: Math.max(result.load.list.latencyMax, result.load.one.latencyMax),
  };
}

export function formatReport(run: RunResult): string {
  const { engines } = run;
  const header = ['', ...engines.flatMap((result) => [engineTitles[result.engine], '', ''])];
  const columns = ['', ...engines.flatMap(() => ['p50', 'p95', 'p99'])];
  const latencyRow = (label: string, pick: (result: EngineResult) => LatencyResult['api']) => [
    label,
    ...engines.flatMap((result) => {
      const summary = pick(result);
      return [ms(summary.p50), ms(summary.p95), ms(summary.p99)];
    }),
  ];
  const check = (isMet: boolean) => (isMet ? 'met' : 'MISSED');
  const gapRow = (label: string, value: (result: EngineResult) => string) => [
    label,
    ...engines.flatMap((result) => ['', '', value(result)]),
  ];
  const latencyTable = table([
    header,
    columns,
    latencyRow('raw SQL, owner (no RLS)', (result) => result.latency.raw),
    latencyRow('raw SQL in tenant tx (RLS)', (result) => result.latency.rawTenant),
    latencyRow('service call in-process (Drizzle)', (result) => result.latency.service),
    latencyRow('auth: resolve the bearer token', (result) => result.latency.auth),
    latencyRow('API over HTTP', (result) => result.latency.api),
    gapRow('API p95 - raw p95 (≤ 3 ms)', (result) => {
      const gap = apiOverRaw(result).overRawMs;
      return `${ms(gap)} ${check(gap <= targets.apiOverRawP95Ms)}`;
    }),
    gapRow('API p95 - raw+tenant p95', (result) => ms(apiOverRaw(result).overTenantMs)),
    gapRow('API p95 / raw p95', (result) => `${apiOverRaw(result).ratio.toFixed(1)}x`),
    gapRow('API p95 on PostgreSQL (< 20 ms)', (result) =>
      result.engine === 'postgres'
        ? `${ms(result.latency.api.p95)} ${check(result.latency.api.p95 < targets.postgresApiP95Ms)}`
        : '-',
    ),
  ]);

  const routes = [
    ['bare', 'bare Fastify, constant JSON'],
    ['bareList', 'bare Fastify + the list statements'],
    ['list', 'GET /api/v1/distributors (mix)'],
    ['bareOne', 'bare Fastify + the select of one'],
    ['one', 'GET /api/v1/distributors/:id'],
  ] as const;
  const loadTable = table([
    ['', ...engines.flatMap((result) => [engineTitles[result.engine], '', ''])],
    ['', ...engines.flatMap(() => ['req/s', 'p99 ms', 'max ms'])],
    ...routes.map(([route, label]) => [
      label,
      ...engines.flatMap((result) => {
        const load = result.load[route];
        const failures = failuresOf(load);
        return [
          `${whole(load.requestsPerSecond)}${failures ? ` (${failures} failed)` : ''}`,
          ms(load.latencyP99),
          whole(load.latencyMax),
        ];
      }),
    ]),
    ...(
      [
        ['list ÷ its bare route (≥ 0.7)', 'listOverBare'],
        ['one ÷ its bare route (≥ 0.7)', 'oneOverBare'],
      ] as const
    ).map(([label, key]) => [
      label,
      ...engines.flatMap((result) => {
        const ratio = judgeTargets(result)[key];
        return [`${ratio.toFixed(2)} ${check(ratio >= targets.routeOverBareRatio)}`, '', ''];
      }),
    ]),
    [
      `slowest API request (≤ ${targets.slowestRequestMs} ms)`,
      ...engines.flatMap((result) => {
        const slowest = judgeTargets(result).slowestRequestMs;
        return [`${whole(slowest)} ${check(slowest <= targets.slowestRequestMs)}`, '', ''];
      }),
    ],
  ]);

  const breakdownTable = table([
    ['Where the API time goes (p50, ms)', ...engines.map((result) => engineTitles[result.engine])],
    ...breakdown.map(({ label, value }) => [
      label,
      ...engines.map((result) => ms(value(result.latency))),
    ]),
  ]);

  // The median: with a few dozen samples per kind, a p95 would be one unlucky request.
  const kinds = Object.keys(engines[0]?.latency.byKind ?? {}).sort();
  const kindTable = table([
    [
      'p50 by kind of request, ms',
      ...engines.flatMap((result) => [engineTitles[result.engine], '']),
    ],
    ['', ...engines.flatMap(() => ['raw', 'API'])],
    ...kinds.map((kind) => [
      kind,
      ...engines.flatMap((result) => {
        const figures = result.latency.byKind[kind];
        return figures ? [ms(figures.raw.p50), ms(figures.api.p50)] : ['-', '-'];
      }),
    ]),
  ]);

  const setupLines = engines.map(
    (result) =>
      `${engineTitles[result.engine]}: open ${whole(result.setup.openMs)} ms, migrate ` +
      `${whole(result.setup.migrateMs)} ms, load ${whole(result.setup.rows)} rows ` +
      `${whole(result.setup.loadMs)} ms, VACUUM ANALYZE ${whole(result.setup.analyzeMs)} ms`,
  );
  const statementLines = engines.flatMap((result) =>
    result.statements
      ? [
          `${engineTitles[result.engine]}: ${result.statements.perRequest} statements (round trips) ` +
            'per list request:',
          ...Object.entries(result.statements.statements).map(
            ([statement, count]) => `  ${count} × ${statement}`,
          ),
        ]
      : [],
  );
  const { dataset, machine, settings } = run;
  return [
    `Liaison bench, ${run.date.slice(0, 10)}: ${machine.cores} cores (${machine.cpu}), ` +
      `Node ${machine.node}${settings.quick ? ', --quick' : ''}; 1-minute load average ` +
      `${machine.loadAverage.atStart.toFixed(2)} before, ${machine.loadAverage.atEnd.toFixed(2)} after` +
      (machine.cpuPressurePercent.atStart === null
        ? ''
        : `; CPU pressure ${machine.cpuPressurePercent.atStart}% before, ` +
          `${machine.cpuPressurePercent.atEnd}% after`),
    ...(machine.loadAverage.atStart > 1 || (machine.cpuPressurePercent.atStart ?? 0) > 20
      ? ['Warning: other work was running on these cores; read the figures as upper bounds.']
      : []),
    `Data: ${whole(dataset.distributors)} distributors, ${whole(dataset.contacts)} contacts, ` +
      `${whole(dataset.escalationSteps)} ladder steps, ${whole(dataset.lifecycleEvents)} ` +
      `lifecycle events, ${dataset.productLines} product lines (generated in ${whole(dataset.generateMs)} ms)`,
    ...setupLines,
    '',
    `Latency, ms: ${settings.iterations} sequential requests of a ${kinds.length}-kind mix ` +
      `after ${settings.warmupIterations} warm-up, each way interleaved`,
    latencyTable,
    '',
    `Sustained load: autocannon, ${settings.loadConnections} connections, ${settings.loadSeconds} s each`,
    loadTable,
    '',
    breakdownTable,
    '',
    kindTable,
    ...(statementLines.length ? ['', ...statementLines] : []),
    '',
  ].join('\n');
}
