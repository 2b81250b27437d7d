// The set-based KPI refresh and the tiers, as named statements: each distributor's current KPIs
// recomputed in one statement from the monthly summaries, the meetings and the action items. The
// definitions are in docs/kpis.md; the SQL below is their reference. The meeting discipline, the
// charter's buffer and the order totals come as fragments from the domains that define them.
import { and, eq, sql } from 'drizzle-orm';
import { disciplineRatesSql } from '../cadence/discipline.queries.ts';
import { signedBufferWeeksSql } from '../charter/charter.queries.ts';
import type { Db, Tx } from '../db/client.ts';
import { distributorKpi, portfolioSettings, workspace } from '../db/schema.ts';
import { orderTotalsSql } from '../orders/orders.queries.ts';

export type KpiRow = typeof distributorKpi.$inferSelect;

/** The workspace's tier rules as stored, if it set any. */
export function findTierRules(tx: Tx, workspaceId: string) {
  return tx
    .select({ rules: portfolioSettings.tierRules })
    .from(portfolioSettings)
    .where(eq(portfolioSettings.workspaceId, workspaceId))
    .then((rows) => rows[0]?.rules);
}

export function findDistributorKpi(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select()
    .from(distributorKpi)
    .where(
      and(
        eq(distributorKpi.workspaceId, workspaceId),
        eq(distributorKpi.distributorId, distributorId),
      ),
    )
    .then((rows) => rows[0]);
}

type DisciplineWindow = { since: Date; now: Date; sinceDay: string; today: string };

/**
 * The KPIs of `distributorId`, or of every distributor of the workspace, as of `now`, in
 * distributor_kpi's column order (the upsert below) and named as its camelCase fields (the
 * read-only look at a past month). Report timeliness reads "today" and the day each report
 * arrived on the distributor's calendar, as every report deadline does (docs/reports.md);
 * `window` is the meeting discipline's. `upTo` (a month's first day) leaves later reports out.
 */
function kpiRowsSql(
  workspaceId: string,
  distributorId: string | null,
  now: Date,
  window: DisciplineWindow,
  upTo: string | null,
) {
  const within = (months: number) =>
    sql`m.period > f_as_of.as_of - ${`${months} months`}::interval`;
  const today = sql`(${now}::timestamptz at time zone d.time_zone)::date`;
  return sql`
    select d.workspace_id as "workspaceId", d.id as "distributorId",
      coalesce(f_as_of.as_of, ${window.today}::date) as "asOf",
      f.revenue_targeted / nullif(f.target, 0) as "attainment",
      -- Growth only against a full prior year: a partly reported one would flatter it.
      case when f.months_prior = 12 then f.revenue_12m / nullif(f.revenue_prior, 0) - 1 end
        as "growth",
      f.units_3m / nullif(f.units_3m + f.stock_now, 0) as "sellThrough",
      f.units_12m / nullif(f.avg_stock, 0) as "inventoryTurns",
      f.stock_now / nullif(f.units_3m / (f.months_3m * 52 / 12.0), 0) as "weeksOfCover",
      ${signedBufferWeeksSql(sql`d.workspace_id`, sql`d.id`)} as "coverCommitmentWeeks",
      timeliness.rate as "timeliness",
      discipline.held_rate as "meetingsHeld",
      discipline.notes_rate as "notesOnTime",
      discipline.actions_rate as "actionsOnTime",
      f.complaints as "complaints", f.returns as "returns", f.satisfaction as "satisfaction",
      (f.revenue_costed - f.cost) / nullif(f.revenue_costed, 0) as "margin",
      f.revenue_12m as "revenue12m", coalesce(f.currency, d.report_currency) as "currency",
      -- Orders grow against a covered prior year only, like revenue.
      case when orders.order_history_full
        then orders.order_value_12m / nullif(orders.order_value_prior, 0) - 1 end
        as "orderGrowth",
      orders.order_value_12m as "orderValue12m", orders.order_currency as "orderCurrency",
      null as "tier", ${now}::timestamptz as "updatedAt"
    from distributor d
    left join lateral (
      select max(m.period) as as_of from distributor_month m
      where m.workspace_id = d.workspace_id and m.distributor_id = d.id
        and m.report_submitted_at is not null
        ${upTo ? sql`and m.period <= ${upTo}::date` : sql``}
    ) f_as_of on true
    left join lateral (
      select
        sum(m.revenue) filter (where ${within(12)}) as revenue_12m,
        sum(m.revenue) filter (where not ${within(12)}) as revenue_prior,
        sum(m.revenue) filter (where ${within(12)} and m.target_revenue is not null) as revenue_targeted,
        sum(m.target_revenue) filter (where ${within(12)}) as target,
        sum(m.units) filter (where ${within(3)}) as units_3m,
        count(*) filter (where ${within(3)} and m.report_submitted_at is not null) as months_3m,
        count(*) filter (where not ${within(12)} and m.report_submitted_at is not null)
          as months_prior,
        sum(m.units) filter (where ${within(12)}) as units_12m,
        avg(m.units_on_hand) filter (where ${within(12)}) as avg_stock,
        max(m.units_on_hand) filter (where m.period = f_as_of.as_of) as stock_now,
        sum(m.complaints) filter (where ${within(3)}) as complaints,
        sum(m.returns) filter (where ${within(3)}) as returns,
        avg(m.satisfaction) filter (where ${within(3)}) as satisfaction,
        sum(m.revenue) filter (where ${within(12)} and m.cost is not null) as revenue_costed,
        sum(m.cost) filter (where ${within(12)}) as cost,
        max(m.currency) filter (where m.period = f_as_of.as_of) as currency
      from distributor_month m
      where m.workspace_id = d.workspace_id and m.distributor_id = d.id
        and m.period > f_as_of.as_of - interval '24 months' and m.period <= f_as_of.as_of
    ) f on true
    left join lateral (
      select count(*) filter (
          where (r.first_submitted_at at time zone d.time_zone)::date <= due.on)::numeric
          / nullif(count(*), 0) as rate
      from generate_series(date_trunc('month', ${today}) - interval '12 months',
                           date_trunc('month', ${today}) - interval '1 month',
                           interval '1 month') g(period)
      cross join lateral (
        select (g.period + interval '1 month' + (coalesce((
          select extract(day from x.due_on)::int from monthly_report x
          where x.workspace_id = d.workspace_id and x.distributor_id = d.id
          order by x.period desc limit 1), 10) - 1) * interval '1 day')::date as on
      ) due
      left join monthly_report r on r.workspace_id = d.workspace_id
        and r.distributor_id = d.id and r.period = g.period::date
      where due.on < ${today}
        and g.period >= (select min(fm.period) from distributor_month fm
                         where fm.workspace_id = d.workspace_id and fm.distributor_id = d.id)
    ) timeliness on true
    left join lateral (${disciplineRatesSql(sql`d.workspace_id`, sql`d.id`, window)}) discipline on true
    left join lateral (${orderTotalsSql(sql`d.workspace_id`, sql`d.id`, today)}) orders on true
    where d.workspace_id = ${workspaceId}
      ${distributorId ? sql`and d.id = ${distributorId}` : sql``}`;
}

/** Recomputes the KPIs of `distributorId`, or of every distributor of the workspace, as of `now`. */
export function upsertDistributorKpis(
  tx: Tx,
  workspaceId: string,
  distributorId: string | null,
  now: Date,
  window: DisciplineWindow,
) {
  return tx.execute(sql`
    insert into distributor_kpi (workspace_id, distributor_id, as_of, attainment, growth,
      sell_through, inventory_turns, weeks_of_cover, cover_commitment_weeks, timeliness,
      meetings_held, notes_on_time, actions_on_time, complaints, returns, satisfaction, margin,
      revenue_12m, currency, order_growth, order_value_12m, order_currency, tier, updated_at)
    ${kpiRowsSql(workspaceId, distributorId, now, window, null)}
    on conflict (workspace_id, distributor_id) do update set
      as_of = excluded.as_of, attainment = excluded.attainment, growth = excluded.growth,
      sell_through = excluded.sell_through, inventory_turns = excluded.inventory_turns,
      weeks_of_cover = excluded.weeks_of_cover,
      cover_commitment_weeks = excluded.cover_commitment_weeks,
      timeliness = excluded.timeliness, meetings_held = excluded.meetings_held,
      notes_on_time = excluded.notes_on_time, actions_on_time = excluded.actions_on_time,
      complaints = excluded.complaints, returns = excluded.returns,
      satisfaction = excluded.satisfaction, margin = excluded.margin,
      revenue_12m = excluded.revenue_12m, currency = excluded.currency,
      order_growth = excluded.order_growth, order_value_12m = excluded.order_value_12m,
      order_currency = excluded.order_currency,
      updated_at = ${now}`);
}

/**
 * One distributor's KPIs as they stood when the month `upTo` ended (a review pack of that month
 * shows these, whenever it is printed), computed by the same statement and not stored. Numbers
 * come back as text, as the stored row's numeric columns do.
 */
export async function computeDistributorKpisAsOf(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  upTo: string,
  now: Date,
  window: DisciplineWindow,
) {
  const result = (await tx.execute(
    sql`${kpiRowsSql(workspaceId, distributorId, now, window, upTo)}`,
  )) as unknown as { rows: Record<string, unknown>[] };
  const [row] = result.rows;
  if (!row) return undefined;
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value : text(value)]),
  ) as unknown as KpiRow;
}

/**
 * Revenue 12 m of the snapshot in the reporting currency, month by month at each month's rate
 * (docs/kpis.md), for one distributor or the whole workspace (migration 0049: as the owner, so a
 * distributor's user refreshing their KPIs stores a conversion made with the principal's rates).
 */
export function convertKpiRevenue(tx: Tx, workspaceId: string, distributorId: string | null) {
  return tx.execute(sql`select liaison_convert_kpi_revenue(${workspaceId}, ${distributorId})`);
}

/** First matching rule wins; a distributor without a single report has no tier yet. */
export function assignTiers(
  tx: Tx,
  workspaceId: string,
  distributorId: string | null,
  rulesJson: string,
) {
  const meets = (field: string, column: string) =>
    sql`(r ->> ${field} is null or k.${sql.raw(column)} >= (r ->> ${field})::numeric)`;
  return tx.execute(sql`
    update distributor_kpi k set tier = (
      select r ->> 'tier' from jsonb_array_elements(${rulesJson}::jsonb) with ordinality as e(r, position)
      where ${meets('minAttainment', 'attainment')} and ${meets('minGrowth', 'growth')}
        and ${meets('minTimeliness', 'timeliness')} and ${meets('minSatisfaction', 'satisfaction')}
      order by position limit 1)
    where k.workspace_id = ${workspaceId}
      ${distributorId ? sql`and k.distributor_id = ${distributorId}` : sql``}
      and exists (select 1 from distributor_month m where m.workspace_id = k.workspace_id
        and m.distributor_id = k.distributor_id and m.report_submitted_at is not null)`);
}

/**
 * The ids of the workspaces whose KPIs the periodic refresh recomputes (one, if given): the only
 * read across workspaces, as the owner; each workspace is then refreshed inside its own scope.
 */
export function listKpiWorkspaceIdsAsOwner(db: Db, workspaceId?: string) {
  return db
    .select({ id: workspace.id })
    .from(workspace)
    .where(workspaceId ? eq(workspace.id, workspaceId) : undefined)
    .then((rows) => rows.map((row) => row.id));
}
