// A distributor's scorecard: current KPIs against target and the portfolio median, monthly trends
// over up to 36 months from the summaries, and the qualitative notes of its performance reviews.
import { disciplineWindow } from '../cadence/discipline.service.ts';
import { listReviewMeetingNotes } from '../cadence/review-notes.service.ts';
import { responsivenessKpi } from '../communication/responsiveness.service.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { relationshipStatusOf } from '../distributors/lifecycle.ts';
import { orderMonths } from '../orders/orders.service.ts';
import { type Context, inTransaction, isPrincipal } from '../platform/tenancy.ts';
import { computeDistributorKpisAsOf, findDistributorKpi } from './kpi.queries.ts';
import { type KpiKey, kpiKeys, principalOnlyKpis } from './kpi.schema.ts';
import { kpiShape } from './kpi-shape.ts';
import { periodDate, periodOf, recentPeriods, shiftPeriod } from './periods.ts';
import { portfolioMedians } from './portfolio-medians.service.ts';
import { dayIn, reportToday } from './report-deadlines.ts';
import { listDistributorMonths, listMonthTargets, type MonthRow } from './report-facts.queries.ts';
import { monthSource } from './target-periods.ts';

/** How many performance reviews' notes a scorecard shows. */
const REVIEW_NOTES = 6;

const num = (value: string | number | null | undefined) =>
  value === null || value === undefined ? null : Number(value);
const ratio = (a: number | null, b: number | null) => (a === null || !b ? null : a / b);

/** Reported by its due date, on the distributor's calendar; null for a month not reported. */
function isOnTime(month: MonthRow | undefined, timeZone: string) {
  return month?.reportSubmittedAt && month.reportDueOn
    ? dayIn(month.reportSubmittedAt, timeZone) <= month.reportDueOn
    : null;
}

/** One value per month where the KPI has a monthly reading; the discipline figures have none. */
function monthlyValue(
  key: KpiKey,
  month: MonthRow | undefined,
  yearBefore: MonthRow | undefined,
  timeZone: string,
) {
  if (!month) return null;
  const revenue = num(month.revenue);
  const onHand = num(month.unitsOnHand);
  switch (key) {
    case 'attainment':
      return ratio(revenue, num(month.targetRevenue));
    case 'growth': {
      const before = num(yearBefore?.revenue);
      return before ? (revenue ?? 0) / before - 1 : null;
    }
    case 'sellThrough':
      return onHand === null ? null : ratio(month.units, month.units + onHand);
    case 'inventoryTurns':
      return ratio(month.units * 12, onHand);
    case 'weeksOfCover':
      return ratio(onHand, month.units / 4.345);
    case 'timeliness': {
      const onTime = isOnTime(month, timeZone);
      return onTime === null ? null : Number(onTime);
    }
    case 'complaints':
      return month.complaints;
    case 'returns':
      return month.returns;
    case 'satisfaction':
      return num(month.satisfaction);
    case 'margin': {
      const cost = num(month.cost);
      return cost === null ? null : ratio((revenue ?? 0) - cost, revenue);
    }
    default:
      return null;
  }
}

/**
 * `until` ends the months at an earlier one (a review pack of 2026-09 shows the figures as of
 * September's end, not of today); the latest month is never later than the last one ended.
 */
export function getScorecard(
  ctx: Context,
  distributorId: string,
  monthCount: number,
  until?: string,
) {
  return inTransaction(ctx, async (tx) => {
    const found = await getVisibleDistributor(ctx, tx, distributorId);
    const workspaceId = ctx.actor.workspaceId;
    // The months that have ended on the distributor's calendar, as its report deadlines read it.
    const today = reportToday(ctx.clock, found.timeZone);
    // Strings, not numbers: ISO days compare in order ("2026-10-01" < "2026-12-06").
    const [earlier = today] = [until ? periodDate(shiftPeriod(until, 1)) : today, today].sort();
    const periods = recentPeriods(earlier, monthCount).reverse();
    const first = periods[0] ?? '';
    const rows = await listDistributorMonths(
      tx,
      workspaceId,
      distributorId,
      periodDate(shiftPeriod(first, -12)),
      periodDate(periods.at(-1) ?? first),
    );
    const byPeriod = new Map(rows.map((row) => [periodOf(row.period), row]));
    // Every month's target by the same rule as the targets page, reported or not.
    const targets = new Map(
      (
        await listMonthTargets(
          tx,
          workspaceId,
          distributorId,
          periodDate(first),
          periodDate(periods.at(-1) ?? first),
        )
      )
        .filter((target) => target.productLineId === null)
        .map((target) => [target.period, target]),
    );
    const orders = await orderMonths(
      tx,
      workspaceId,
      distributorId,
      periodDate(shiftPeriod(first, -12)),
      periodDate(shiftPeriod(periods.at(-1) ?? first, 1)),
    );
    const orderValue = new Map(orders.map((month) => [month.period, month.netValue]));
    // A month's orders against the same month a year before, where both had orders.
    const orderGrowth = (period: string) => {
      const before = orderValue.get(shiftPeriod(period, -12));
      const value = orderValue.get(period);
      return before && value !== undefined ? value / before - 1 : null;
    };
    const stored = await findDistributorKpi(tx, workspaceId, distributorId);
    // A month asked for (a review pack's): the KPIs as they stood when it ended, not today's.
    const endOf = until ? new Date(`${periodDate(shiftPeriod(until, 1))}T00:00:00Z`) : null;
    const kpi =
      until && endOf && endOf < ctx.clock.now()
        ? await computeDistributorKpisAsOf(
            tx,
            workspaceId,
            distributorId,
            periodDate(until),
            endOf,
            disciplineWindow(endOf),
          )
        : stored;
    // Distributors see their own figures; the portfolio's medians are the principal's to compare.
    const medians = isPrincipal(ctx.actor) ? await portfolioMedians(tx, workspaceId) : null;
    const reported = rows.filter((row) => row.reportSubmittedAt);
    const shownKpis = isPrincipal(ctx.actor)
      ? kpiKeys
      : kpiKeys.filter((key) => !principalOnlyKpis.has(key));
    return {
      distributor: {
        id: found.id,
        name: found.name,
        country: found.country,
        relationshipStatus: relationshipStatusOf(found.lifecycleStage),
        // The stage is the principal's assessment; the tier follows the distributor's own figures.
        lifecycleStage: isPrincipal(ctx.actor) ? found.lifecycleStage : null,
        tier: stored?.tier ?? null,
      },
      currency: kpi?.currency ?? found.reportCurrency,
      orderCurrency: orders[0]?.currency ?? kpi?.orderCurrency ?? null,
      asOf: reported.length ? periodOf(reported.at(-1)?.period ?? '') : null,
      kpis: shownKpis.map((key) => ({
        key,
        unit: kpiShape[key].unit as 'ratio',
        lowerIsBetter: kpiShape[key].lowerIsBetter,
        value: num(kpi?.[kpiShape[key].column] as string | null),
        target:
          key === 'attainment' ? 1 : key === 'weeksOfCover' ? num(kpi?.coverCommitmentWeeks) : null,
        portfolioMedian: medians?.[key] ?? null,
        trend: periods.map((period) => ({
          period,
          value:
            key === 'orderGrowth'
              ? orderGrowth(period)
              : monthlyValue(
                  key,
                  byPeriod.get(period),
                  byPeriod.get(shiftPeriod(period, -12)),
                  found.timeZone,
                ),
        })),
      })),
      months: periods.map((period) => {
        const month = byPeriod.get(period);
        return {
          period,
          revenue: num(month?.revenue),
          targetRevenue: targets.get(period)?.value ?? num(month?.targetRevenue),
          targetSource: (() => {
            const target = targets.get(period);
            return target ? monthSource(target) : null;
          })(),
          units: month?.units ?? null,
          unitsOnHand: month?.unitsOnHand ?? null,
          complaints: month?.complaints ?? null,
          returns: month?.returns ?? null,
          satisfaction: num(month?.satisfaction),
          reported: Boolean(month?.reportSubmittedAt),
          onTime: isOnTime(month, found.timeZone),
          orderValue: orderValue.get(period) ?? null,
        };
      }),
      responsiveness: await responsivenessKpi(ctx, tx, distributorId),
      reviews: await listReviewMeetingNotes(tx, workspaceId, distributorId, REVIEW_NOTES),
    };
  });
}
