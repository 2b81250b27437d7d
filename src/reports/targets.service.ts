// Targets per distributor, product line (or all lines) and month, quarter or year, set by the
// principal and visible to the distributor. Changing them recomputes the months they cover and
// the distributor's KPIs in the same transaction.
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { distributorMonth, productLine, salesTarget, type TargetPeriodKind } from '../db/schema.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import type { TargetsInput } from './kpi.schema.ts';
import { refreshKpis } from './kpi.ts';
import { periodDate, periodOf } from './periods.ts';
import { refreshMonthFigures } from './report-facts.ts';

const firstMonths = { month: null, quarter: ['01', '04', '07', '10'], year: ['01'] } as const;

export function listTargets(ctx: Context, distributorId: string, year: number) {
  return inTransaction(ctx, async (tx) => {
    const row = await getVisibleDistributor(ctx, tx, distributorId);
    const targets = await tx
      .select({ target: salesTarget, line: productLine })
      .from(salesTarget)
      .leftJoin(
        productLine,
        and(
          eq(productLine.workspaceId, salesTarget.workspaceId),
          eq(productLine.id, salesTarget.productLineId),
        ),
      )
      .where(
        and(
          eq(salesTarget.workspaceId, ctx.actor.workspaceId),
          eq(salesTarget.distributorId, distributorId),
          gte(salesTarget.period, `${year}-01-01`),
          lt(salesTarget.period, `${year + 1}-01-01`),
        ),
      )
      .orderBy(asc(salesTarget.period), asc(salesTarget.periodKind), asc(productLine.code));
    return {
      currency: row.reportCurrency,
      targets: targets.map(({ target, line }) => ({
        id: target.id,
        productLine: line ? { id: line.id, code: line.code, name: line.name } : null,
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
  const lines = await tx
    .select({ id: productLine.id, code: productLine.code })
    .from(productLine)
    .where(eq(productLine.workspaceId, ctx.actor.workspaceId));
  const lineId = new Map(lines.map((line) => [line.code, line.id]));
  const errors = input.targets.flatMap((target, index) =>
    targetProblems(ctx, target, lineId).map(({ field, detail }) => ({
      pointer: `#/targets/${index}/${field}`,
      detail,
    })),
  );
  if (errors.length) throw new AppError('validation_failed', { errors });
  const scope = and(
    eq(salesTarget.workspaceId, ctx.actor.workspaceId),
    eq(salesTarget.distributorId, distributorId),
  );
  if (input.replaceYear) {
    await tx
      .delete(salesTarget)
      .where(
        and(
          scope,
          gte(salesTarget.period, `${input.replaceYear}-01-01`),
          lt(salesTarget.period, `${input.replaceYear + 1}-01-01`),
        ),
      );
  }
  for (const target of input.targets) {
    const line = target.productLine ? (lineId.get(target.productLine) ?? null) : null;
    // The unique index is on an expression (a missing line counts as one key), which only SQL
    // can name as the conflict target.
    await tx.execute(sql`
        insert into sales_target (workspace_id, distributor_id, product_line_id, period_kind, period,
          revenue, units, created_by)
        values (${ctx.actor.workspaceId}, ${distributorId}, ${line}, ${target.periodKind},
          ${periodDate(target.period)}, ${target.revenue.toFixed(2)}, ${target.units},
          ${ctx.actor.userId})
        on conflict (workspace_id, distributor_id,
          coalesce(product_line_id, '00000000-0000-0000-0000-000000000000'), period_kind, period)
        do update set revenue = excluded.revenue, units = excluded.units, updated_at = now()`);
  }
  // Every reported month of the years touched takes its new share of the targets.
  const years = new Set([
    ...input.targets.map((target) => Number(target.period.slice(0, 4))),
    ...(input.replaceYear ? [input.replaceYear] : []),
  ]);
  const months = await tx
    .select({ period: distributorMonth.period })
    .from(distributorMonth)
    .where(
      and(
        eq(distributorMonth.workspaceId, ctx.actor.workspaceId),
        eq(distributorMonth.distributorId, distributorId),
      ),
    );
  const touched = months
    .map((month) => month.period)
    .filter((period) => years.has(Number(period.slice(0, 4))));
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
