// Keeps the facts and the monthly summary of a distributor in step with its reports and targets,
// in the transaction that changed them: the scorecard and the portfolio then read one row per
// month, never raw rows across months.
import type { Tx } from '../db/client.ts';
import type { MonthlyReportContent } from './report.content.ts';
import {
  refreshMonthFigures,
  replaceSalesFacts,
  upsertMonthSummary,
} from './report-facts.queries.ts';

const closedStages = new Set(['won', 'lost']);

/** Replaces the month's facts with the report's lines and rewrites its summary row. */
export async function writeReportFacts(
  tx: Tx,
  scope: { workspaceId: string; distributorId: string; period: string; dueOn: string },
  content: MonthlyReportContent,
  lineIds: ReadonlyMap<string, string>,
  firstSubmittedAt: Date,
) {
  const { workspaceId, distributorId, period } = scope;
  const byLine = new Map<string, { units: number; revenue: number; unitsOnHand: number | null }>();
  for (const line of content.sales) {
    byLine.set(line.productLine, { units: line.units, revenue: line.revenue, unitsOnHand: null });
  }
  for (const line of content.inventory) {
    const row = byLine.get(line.productLine) ?? { units: 0, revenue: 0, unitsOnHand: null };
    byLine.set(line.productLine, { ...row, unitsOnHand: line.unitsOnHand });
  }
  await replaceSalesFacts(
    tx,
    workspaceId,
    distributorId,
    period,
    [...byLine].map(([code, row]) => ({
      productLineId: lineIds.get(code) ?? '',
      units: row.units,
      revenue: row.revenue.toFixed(2),
      unitsOnHand: row.unitsOnHand,
    })),
  );
  const satisfaction = content.customerSatisfaction;
  const pipelineValue = content.pipeline
    .filter((row) => !closedStages.has(row.stage))
    .reduce((sum, row) => sum + row.value, 0);
  await upsertMonthSummary(tx, workspaceId, distributorId, period, {
    currency: content.currency,
    complaints: satisfaction.complaints,
    returns: satisfaction.returns,
    satisfaction: satisfaction.score === null ? null : String(satisfaction.score),
    pipelineValue: pipelineValue.toFixed(2),
    reportDueOn: scope.dueOn,
    reportSubmittedAt: firstSubmittedAt,
  });
  await refreshMonthFigures(tx, workspaceId, distributorId, [period]);
}
