// A distributor's scorecard: current KPIs against target and the portfolio median, monthly trends
// over up to 36 months from the summaries, and the qualitative notes of its performance reviews.
import { and, asc, desc, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { distributor, distributorKpi, distributorMonth, meeting } from '../db/schema.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { type Context, inTransaction, isPrincipal, todayFor } from '../platform/tenancy.ts';
import { type KpiKey, kpiKeys } from './kpi.schema.ts';
import { periodDate, periodOf, recentPeriods, shiftPeriod } from './periods.ts';

type MonthRow = typeof distributorMonth.$inferSelect;
type KpiRow = typeof distributorKpi.$inferSelect;

const num = (value: string | number | null | undefined) =>
  value === null || value === undefined ? null : Number(value);
const ratio = (a: number | null, b: number | null) => (a === null || !b ? null : a / b);

export const kpiShape: Record<
  KpiKey,
  { unit: string; lowerIsBetter: boolean; column: keyof KpiRow }
> = {
  attainment: { unit: 'ratio', lowerIsBetter: false, column: 'attainment' },
  growth: { unit: 'ratio', lowerIsBetter: false, column: 'growth' },
  sellThrough: { unit: 'ratio', lowerIsBetter: false, column: 'sellThrough' },
  inventoryTurns: { unit: 'turns', lowerIsBetter: false, column: 'inventoryTurns' },
  weeksOfCover: { unit: 'weeks', lowerIsBetter: false, column: 'weeksOfCover' },
  timeliness: { unit: 'ratio', lowerIsBetter: false, column: 'timeliness' },
  meetingsHeld: { unit: 'ratio', lowerIsBetter: false, column: 'meetingsHeld' },
  notesOnTime: { unit: 'ratio', lowerIsBetter: false, column: 'notesOnTime' },
  actionsOnTime: { unit: 'ratio', lowerIsBetter: false, column: 'actionsOnTime' },
  complaints: { unit: 'count', lowerIsBetter: true, column: 'complaints' },
  returns: { unit: 'count', lowerIsBetter: true, column: 'returns' },
  satisfaction: { unit: 'score', lowerIsBetter: false, column: 'satisfaction' },
  margin: { unit: 'ratio', lowerIsBetter: false, column: 'margin' },
};

/** One value per month where the KPI has a monthly reading; the discipline figures have none. */
function monthlyValue(key: KpiKey, month: MonthRow | undefined, yearBefore: MonthRow | undefined) {
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
    case 'timeliness':
      return month.reportSubmittedAt && month.reportDueOn
        ? Number(month.reportSubmittedAt.toISOString().slice(0, 10) <= month.reportDueOn)
        : null;
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

/** Joins a KPI row to its distributor if that one is active: archived ones leave the portfolio. */
export const activeDistributorOf = and(
  eq(distributor.workspaceId, distributorKpi.workspaceId),
  eq(distributor.id, distributorKpi.distributorId),
  eq(distributor.status, 'active'),
);

/** Medians change only when KPIs do; kept briefly per workspace, dropped by every refresh. */
const MEDIANS_TTL_MS = 10_000;
const medianCache = new Map<string, { at: number; medians: Record<KpiKey, number | null> }>();

export function forgetMedians(workspaceId: string) {
  medianCache.delete(workspaceId);
}

/**
 * The median of each KPI over the workspace's active distributors (principal staff only). Every
 * scorecard shows them; computing 13 medians over a large portfolio on each request cost more
 * than the rest of the scorecard, so they are cached for a few seconds.
 */
export async function portfolioMedians(tx: Tx, workspaceId: string) {
  const cached = medianCache.get(workspaceId);
  if (cached && Date.now() - cached.at < MEDIANS_TTL_MS) return cached.medians;
  const medians = await computeMedians(tx, workspaceId);
  medianCache.set(workspaceId, { at: Date.now(), medians });
  return medians;
}

async function computeMedians(tx: Tx, workspaceId: string) {
  const columns = Object.fromEntries(
    kpiKeys.map((key) => [
      key,
      sql<
        string | null
      >`percentile_cont(0.5) within group (order by ${distributorKpi[kpiShape[key].column]})`,
    ]),
  );
  const [row] = await tx
    .select(columns)
    .from(distributorKpi)
    .innerJoin(distributor, activeDistributorOf)
    .where(eq(distributorKpi.workspaceId, workspaceId));
  return Object.fromEntries(
    kpiKeys.map((key) => [key, num(row?.[key] as string | null)]),
  ) as Record<KpiKey, number | null>;
}

async function reviewNotes(tx: Tx, workspaceId: string, distributorId: string) {
  const rows = await tx
    .select({
      id: meeting.id,
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      notes: meeting.notes,
    })
    .from(meeting)
    .where(
      and(
        eq(meeting.workspaceId, workspaceId),
        eq(meeting.distributorId, distributorId),
        inArray(meeting.kind, ['monthly', 'quarterly', 'annual']),
        isNotNull(meeting.notesPublishedAt),
      ),
    )
    .orderBy(desc(meeting.startsAt))
    .limit(6);
  return rows.map((row) => ({
    meetingId: row.id,
    kind: row.kind,
    startsAt: row.startsAt,
    notes: row.notes ?? '',
  }));
}

export function getScorecard(ctx: Context, distributorId: string, monthCount: number) {
  return inTransaction(ctx, async (tx) => {
    const found = await getVisibleDistributor(ctx, tx, distributorId);
    const workspaceId = ctx.actor.workspaceId;
    const periods = recentPeriods(todayFor(ctx), monthCount).reverse();
    const first = periods[0] ?? '';
    const rows = await tx
      .select()
      .from(distributorMonth)
      .where(
        and(
          eq(distributorMonth.workspaceId, workspaceId),
          eq(distributorMonth.distributorId, distributorId),
          gte(distributorMonth.period, periodDate(shiftPeriod(first, -12))),
          lte(distributorMonth.period, periodDate(periods.at(-1) ?? first)),
        ),
      )
      .orderBy(asc(distributorMonth.period));
    const byPeriod = new Map(rows.map((row) => [periodOf(row.period), row]));
    const [kpi] = await tx
      .select()
      .from(distributorKpi)
      .where(
        and(
          eq(distributorKpi.workspaceId, workspaceId),
          eq(distributorKpi.distributorId, distributorId),
        ),
      );
    // Distributors see their own figures; the portfolio's medians are the principal's to compare.
    const medians = isPrincipal(ctx.actor) ? await portfolioMedians(tx, workspaceId) : null;
    const reported = rows.filter((row) => row.reportSubmittedAt);
    return {
      distributor: {
        id: found.id,
        name: found.name,
        country: found.country,
        lifecycleStage: found.lifecycleStage,
        tier: kpi?.tier ?? null,
      },
      currency: kpi?.currency ?? found.reportCurrency,
      asOf: reported.length ? periodOf(reported.at(-1)?.period ?? '') : null,
      kpis: kpiKeys.map((key) => ({
        key,
        unit: kpiShape[key].unit as 'ratio',
        lowerIsBetter: kpiShape[key].lowerIsBetter,
        value: num(kpi?.[kpiShape[key].column] as string | null),
        target:
          key === 'attainment' ? 1 : key === 'weeksOfCover' ? num(kpi?.coverCommitmentWeeks) : null,
        portfolioMedian: medians?.[key] ?? null,
        trend: periods.map((period) => ({
          period,
          value: monthlyValue(key, byPeriod.get(period), byPeriod.get(shiftPeriod(period, -12))),
        })),
      })),
      months: periods.map((period) => {
        const month = byPeriod.get(period);
        return {
          period,
          revenue: num(month?.revenue),
          targetRevenue: num(month?.targetRevenue),
          units: month?.units ?? null,
          unitsOnHand: month?.unitsOnHand ?? null,
          complaints: month?.complaints ?? null,
          returns: month?.returns ?? null,
          satisfaction: num(month?.satisfaction),
          reported: Boolean(month?.reportSubmittedAt),
          onTime:
            month?.reportSubmittedAt && month.reportDueOn
              ? month.reportSubmittedAt.toISOString().slice(0, 10) <= month.reportDueOn
              : null,
        };
      }),
      reviews: await reviewNotes(tx, workspaceId, distributorId),
    };
  });
}
