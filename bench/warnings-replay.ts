// The backtest's replay: a loaded portfolio assessed as of the 1st of every month of its last two
// years with the set-based scan, and the figures that judge it (warnings-backtest.ts).
import type { Database } from '../src/db/client.ts';
import { inSystemTransaction } from '../src/platform/tenancy.ts';
import type { WarningFacts } from '../src/warnings/signals.ts';
import { gatherWarningFacts } from '../src/warnings/warning-facts.service.ts';
import { assessDistributors } from '../src/warnings/warnings.service.ts';
import { PORTFOLIO_END, type Portfolio } from './warnings-portfolio.ts';

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
/** A failing relationship counts as caught when flagged at risk this long before its last order. */
export const LEAD_DAYS = 60;

/** The 1st of each month of the portfolio's last two years, and the day after its end. */
export function replayDays(): string[] {
  const days: string[] = [];
  const end = new Date(`${PORTFOLIO_END}T00:00:00Z`);
  for (let back = 24; back >= 0; back--) {
    const day = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1 - back, 1));
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

function percentile(sorted: number[], fraction: number) {
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? null;
}

type Replay = {
  asOf: string;
  assessments: {
    distributor: { id: string };
    state: string;
    signals: { kind: string; severity: string }[];
  }[];
};

/** The loaded portfolio assessed as of each replay day; each day's facts to `keepFacts` too. */
export async function replayPortfolio(
  database: Database,
  workspaceId: string,
  ids: Map<string, string>,
  portfolio: Pick<Portfolio, 'csv' | 'distributors'>,
  log: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
  keepFacts?: (asOf: string, facts: WarningFacts[]) => Promise<void>,
) {
  const replays: Replay[] = [];
  const scanMs: number[] = [];
  for (const asOf of replayDays()) {
    const mark = performance.now();
    const assessments = await inSystemTransaction(database, workspaceId, (tx) =>
      assessDistributors(tx, workspaceId, asOf),
    );
    scanMs.push(performance.now() - mark);
    replays.push({ asOf, assessments });
    log(`  ${asOf}: ${assessments.filter((a) => a.state === 'at_risk').length} at risk`);
    if (keepFacts) {
      const gathered = await inSystemTransaction(database, workspaceId, (tx) =>
        gatherWarningFacts(tx, workspaceId, asOf),
      );
      await keepFacts(
        asOf,
        gathered.map((entry) => entry.facts),
      );
    }
  }
  return {
    replays: scanMs.length,
    scanMsMean: Math.round(scanMs.reduce((sum, ms) => sum + ms, 0) / scanMs.length),
    ...judgeReplays(ids, portfolio.distributors, lastOrders(portfolio), replays),
  };
}

/** The last order of each relationship of the portfolio, by its reference. */
export function lastOrders(portfolio: Pick<Portfolio, 'csv'>) {
  const lastOrder = new Map<string, string>();
  for (const row of portfolio.csv.orders.split('\n').slice(1)) {
    const [ref, , orderedOn] = row.split(',');
    if (ref && orderedOn && orderedOn > (lastOrder.get(ref) ?? '')) lastOrder.set(ref, orderedOn);
  }
  return lastOrder;
}

/** Recall, lead times and false alarms of a replay's assessments (the backtest's figures). */
export function judgeReplays(
  ids: Map<string, string>,
  distributors: Portfolio['distributors'],
  lastOrder: Map<string, string>,
  replays: Replay[],
) {
  const atRisk = new Map<string, string[]>();
  const watched = new Set<string>();
  const firstKinds = new Map<string, string[]>();
  for (const { asOf, assessments } of replays) {
    for (const entry of assessments) {
      if (entry.state === 'healthy') continue;
      watched.add(entry.distributor.id);
      if (entry.state !== 'at_risk') continue;
      const days = atRisk.get(entry.distributor.id) ?? [];
      if (!days.length)
        firstKinds.set(
          entry.distributor.id,
          entry.signals.map((s) => s.kind),
        );
      days.push(asOf);
      atRisk.set(entry.distributor.id, days);
    }
  }
  const failing = distributors.filter((entry) => entry.failing);
  const healthy = distributors.filter((entry) => !entry.failing);
  const leads: number[] = [];
  const missed: { ref: string; symptoms: string[]; lead: number | null }[] = [];
  for (const entry of failing) {
    const stop = lastOrder.get(entry.ref) ?? entry.failing?.stopOn ?? '';
    const flags = (atRisk.get(ids.get(entry.ref) ?? '') ?? []).filter(
      (day) => day <= stop && daysBetween(day, stop) <= 365,
    );
    const lead = flags.length ? daysBetween(flags[0] ?? stop, stop) : null;
    if (lead !== null && lead >= LEAD_DAYS) leads.push(lead);
    else missed.push({ ref: entry.ref, symptoms: entry.failing?.symptoms ?? [], lead });
  }
  const falseAlarms = healthy.filter((entry) => atRisk.has(ids.get(entry.ref) ?? ''));
  const falseKinds: Record<string, number> = {};
  for (const entry of falseAlarms) {
    for (const kind of firstKinds.get(ids.get(entry.ref) ?? '') ?? []) {
      falseKinds[kind] = (falseKinds[kind] ?? 0) + 1;
    }
  }
  const sorted = [...leads].sort((a, b) => a - b);
  return {
    recallPercent: Math.round((1000 * leads.length) / failing.length) / 10,
    leadDays: {
      p10: percentile(sorted, 0.1),
      p25: percentile(sorted, 0.25),
      median: percentile(sorted, 0.5),
      p75: percentile(sorted, 0.75),
      p90: percentile(sorted, 0.9),
    },
    falseAlarmPercent: Math.round((1000 * falseAlarms.length) / healthy.length) / 10,
    healthyEverOnWatchPercent:
      Math.round(
        (1000 * healthy.filter((entry) => watched.has(ids.get(entry.ref) ?? '')).length) /
          healthy.length,
      ) / 10,
    falseAlarmSignals: falseKinds,
    missed,
  };
}
