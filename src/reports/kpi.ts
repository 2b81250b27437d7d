// Each distributor's current KPIs and tier, recomputed in one statement from the monthly
// summaries, the meetings and the action items, for one distributor (after a report or a target
// changed) or the whole workspace (the nightly refresh, a change of tier rules). The definitions
// are in docs/kpis.md; the SQL below is their reference.
import { eq, sql } from 'drizzle-orm';
import { disciplineRatesSql } from '../cadence/discipline.queries.ts';
import { disciplineWindow } from '../cadence/discipline.service.ts';
import { signedBufferWeeksSql } from '../charter/charter.queries.ts';
import type { Database, Tx } from '../db/client.ts';
import { portfolioSettings, workspace } from '../db/schema.ts';
import type { TierRule } from './kpi.schema.ts';
import { forgetMedians } from './scorecard.service.ts';

export const defaultTierRules: TierRule[] = [
  { tier: 'A', minAttainment: 1, minGrowth: null, minTimeliness: 0.9, minSatisfaction: null },
  { tier: 'B', minAttainment: 0.8, minGrowth: null, minTimeliness: null, minSatisfaction: null },
  { tier: 'C', minAttainment: null, minGrowth: null, minTimeliness: null, minSatisfaction: null },
];

export async function tierRulesOf(tx: Tx, workspaceId: string): Promise<TierRule[]> {
  const [row] = await tx
    .select({ rules: portfolioSettings.tierRules })
    .from(portfolioSettings)
    .where(eq(portfolioSettings.workspaceId, workspaceId));
  return (row?.rules as TierRule[] | undefined) ?? defaultTierRules;
}

/** Recomputes the KPIs of `distributorId`, or of every distributor of the workspace. */
export async function refreshKpis(
  tx: Tx,
  workspaceId: string,
  distributorId: string | null,
  now: Date,
) {
  const window = disciplineWindow(now);
  const today = window.today;
  const rules = JSON.stringify(await tierRulesOf(tx, workspaceId));
  const within = (months: number) =>
    sql`m.period > f_as_of.as_of - ${`${months} months`}::interval`;
  await tx.execute(sql`
    insert into distributor_kpi (workspace_id, distributor_id, as_of, attainment, growth,
      sell_through, inventory_turns, weeks_of_cover, cover_commitment_weeks, timeliness,
      meetings_held, notes_on_time, actions_on_time, complaints, returns, satisfaction, margin,
      revenue_12m, currency, tier, updated_at)
    select d.workspace_id, d.id, coalesce(f_as_of.as_of, ${today}::date),
      f.revenue_targeted / nullif(f.target, 0),
      -- Growth only against a full prior year: a partly reported one would flatter it.
      case when f.months_prior = 12 then f.revenue_12m / nullif(f.revenue_prior, 0) - 1 end,
      f.units_3m / nullif(f.units_3m + f.stock_now, 0),
      f.units_12m / nullif(f.avg_stock, 0),
      f.stock_now / nullif(f.units_3m / (f.months_3m * 52 / 12.0), 0),
      ${signedBufferWeeksSql(sql`d.workspace_id`, sql`d.id`)},
      timeliness.rate,
      discipline.held_rate,
      discipline.notes_rate,
      discipline.actions_rate,
      f.complaints, f.returns, f.satisfaction,
      (f.revenue_costed - f.cost) / nullif(f.revenue_costed, 0),
      f.revenue_12m, coalesce(f.currency, d.report_currency),
      null, ${now}
    from distributor d
    left join lateral (
      select max(m.period) as as_of from distributor_month m
      where m.workspace_id = d.workspace_id and m.distributor_id = d.id
        and m.report_submitted_at is not null
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
      select count(*) filter (where r.first_submitted_at::date <= due.on)::numeric
          / nullif(count(*), 0) as rate
      from generate_series(date_trunc('month', ${today}::date) - interval '12 months',
                           date_trunc('month', ${today}::date) - interval '1 month',
                           interval '1 month') g(period)
      cross join lateral (
        select (g.period + interval '1 month' + (coalesce((
          select extract(day from x.due_on)::int from monthly_report x
          where x.workspace_id = d.workspace_id and x.distributor_id = d.id
          order by x.period desc limit 1), 10) - 1) * interval '1 day')::date as on
      ) due
      left join monthly_report r on r.workspace_id = d.workspace_id
        and r.distributor_id = d.id and r.period = g.period::date
      where due.on < ${today}::date
        and g.period >= (select min(fm.period) from distributor_month fm
                         where fm.workspace_id = d.workspace_id and fm.distributor_id = d.id)
    ) timeliness on true
    left join lateral (${disciplineRatesSql(sql`d.workspace_id`, sql`d.id`, window)}) discipline on true
    where d.workspace_id = ${workspaceId}
      ${distributorId ? sql`and d.id = ${distributorId}` : sql``}
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
      updated_at = ${now}`);
  await assignTiers(tx, workspaceId, distributorId, rules);
  forgetMedians(workspaceId);
}

/** First matching rule wins; a distributor without a single report has no tier yet. */
async function assignTiers(
  tx: Tx,
  workspaceId: string,
  distributorId: string | null,
  rules: string,
) {
  const meets = (field: string, column: string) =>
    sql`(r ->> ${field} is null or k.${sql.raw(column)} >= (r ->> ${field})::numeric)`;
  await tx.execute(sql`
    update distributor_kpi k set tier = (
      select r ->> 'tier' from jsonb_array_elements(${rules}::jsonb) with ordinality as e(r, position)
      where ${meets('minAttainment', 'attainment')} and ${meets('minGrowth', 'growth')}
        and ${meets('minTimeliness', 'timeliness')} and ${meets('minSatisfaction', 'satisfaction')}
      order by position limit 1)
    where k.workspace_id = ${workspaceId}
      ${distributorId ? sql`and k.distributor_id = ${distributorId}` : sql``}
      and exists (select 1 from distributor_month m where m.workspace_id = k.workspace_id
        and m.distributor_id = k.distributor_id and m.report_submitted_at is not null)`);
}

/**
 * Every workspace's KPIs, recomputed: time moves figures on its own (a report becomes late, a
 * meeting leaves the 90-day window). A system job across workspaces, run as the owner; about
 * 0.6 s for 2,000 distributors.
 */
export async function refreshAllKpis(
  database: Database,
  options: { now: Date; workspaceId?: string },
) {
  const workspaces = await database.db
    .select({ id: workspace.id })
    .from(workspace)
    .where(options.workspaceId ? eq(workspace.id, options.workspaceId) : undefined);
  for (const { id } of workspaces) {
    await database.db.transaction((tx) => refreshKpis(tx, id, null, options.now));
  }
  return workspaces.length;
}
