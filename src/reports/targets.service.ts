// Targets per distributor, product line (or all lines) and month, quarter or year, set by the
// principal and visible to the distributor. Changing them recomputes the months they cover and
// the distributor's KPIs in the same transaction.
import type { Tx } from '../db/client.ts';
import type { TargetPeriodKind } from '../db/types.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import type { TargetsInput } from './kpi.schema.ts';
import { refreshKpis } from './kpi.service.ts';
import { periodDate, periodOf } from './periods.ts';
import {
  listMonthTargets,
  listSummaryMonths,
  refreshMonthFigures,
} from './report-facts.queries.ts';
import { listAllProductLines } from './reports.queries.ts';
import { periodTargets } from './target-periods.ts';
import { deleteTargetsOfYear, listTargetsOfYear, upsertTarget } from './targets.queries.ts';

const firstMonths = { month: null, quarter: ['01', '04', '07', '10'], year: ['01'] } as const;

export function listTargets(ctx: Context, distributorId: string, year: number) {
  return inTransaction(ctx, async (tx) => {
    const row = await getVisibleDistributor(ctx, tx, distributorId);
    const targets = await listTargetsOfYear(tx, ctx.actor.workspaceId, distributorId, year);
    const lines = new Map(
      (await listAllProductLines(tx, ctx.actor.workspaceId)).map((line) => [line.id, line]),
    );
    const months = await listMonthTargets(
      tx,
      ctx.actor.workspaceId,
      distributorId,
      `${year}-01-01`,
      `${year}-12-01`,
    );
    const codeOf = (lineId: string | null) => (lineId && lines.get(lineId)?.code) || null;
    const entered = new Map(
      targets
        .filter((target) => target.periodKind !== 'month')
        .map((target) => [
          `${codeOf(target.productLineId) ?? '*'}|${target.periodKind}|${periodOf(target.period)}`,
          Number(target.revenue),
        ]),
    );
    return {
      currency: row.reportCurrency,
      periods: periodTargets(
        year,
        months.map((month) => ({ ...month, productLine: codeOf(month.productLineId) })),
        entered,
      ),
      targets: targets.map((target) => ({
        id: target.id,
        productLine: (target.productLineId && lines.get(target.productLineId)) || null,
        periodKind: target.periodKind,
        period: periodOf(target.period),
        revenue: Number(target.revenue),
        units: target.units,
      })),
    };
  });
}

/** What is wrong with one target beyond its shape: an unknown line, a misaligned period. */
export function targetProblems(
  ctx: Context,
  target: { productLine: string | null; periodKind: TargetPeriodKind; period: string },
  lineId: ReadonlyMap<string, string>,
) {
  const problems: { field: 'productLine' | 'period'; detail: string }[] = [];
  if (target.productLine && !lineId.has(target.productLine)) {
    problems.push({
      field: 'productLine',
      detail: ctx.t('report.spreadsheet.unknown_product_line', { value: target.productLine }),
    });
  }
  const starts = firstMonths[target.periodKind];
  if (starts && !(starts as readonly string[]).includes(target.period.slice(5))) {
    problems.push({
      field: 'period',
      detail: ctx.t(`validation.target_period_${target.periodKind}`),
    });
  }
  return problems;
}

export function setTargets(ctx: Context, distributorId: string, input: TargetsInput) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, (tx) => writeTargets(ctx, tx, distributorId, input));
}

/** Checks and stores one distributor's targets in the caller's transaction (imports many). */
export async function writeTargets(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  input: TargetsInput,
) {
  await getVisibleDistributor(ctx, tx, distributorId);
  const lines = await listAllProductLines(tx, ctx.actor.workspaceId);
  const lineId = new Map(lines.map((line) => [line.code, line.id]));
  const errors = input.targets.flatMap((target, index) =>
    targetProblems(ctx, target, lineId).map(({ field, detail }) => ({
      pointer: `#/targets/${index}/${field}`,
      detail,
    })),
  );
  if (errors.length) throw new AppError('validation_failed', { errors });
  if (input.replaceYear) {
    await deleteTargetsOfYear(tx, ctx.actor.workspaceId, distributorId, input.replaceYear);
  }
  for (const target of input.targets) {
    await upsertTarget(tx, ctx.actor.workspaceId, distributorId, {
      productLineId: target.productLine ? (lineId.get(target.productLine) ?? null) : null,
      periodKind: target.periodKind,
      period: periodDate(target.period),
      revenue: target.revenue.toFixed(2),
      units: target.units,
      createdBy: ctx.actor.userId,
    });
  }
  // Every reported month of the years touched takes its new share of the targets.
  const years = new Set([
    ...input.targets.map((target) => Number(target.period.slice(0, 4))),
    ...(input.replaceYear ? [input.replaceYear] : []),
  ]);
  const months = await listSummaryMonths(tx, ctx.actor.workspaceId, distributorId);
  const touched = months.filter((period) => years.has(Number(period.slice(0, 4))));
  await refreshMonthFigures(tx, ctx.actor.workspaceId, distributorId, touched);
  await refreshKpis(tx, ctx.actor.workspaceId, distributorId, ctx.clock.now());
  await recordAudit(tx, ctx.actor, {
    entityType: 'sales_target',
    entityId: distributorId,
    distributorId,
    action: 'targets.set',
    after: input,
  });
  return { years: [...years] };
}
