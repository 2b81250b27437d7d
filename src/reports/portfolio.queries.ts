// The portfolio: one row per active distributor from the KPI snapshot, filtered, sorted and
// paged; the tier counts, the KPI medians, and the workspace's tier rules.
import { and, asc, desc, eq, inArray, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { asJsonRows, readJsonRows } from '../db/json-rows.ts';
import { currencySettings, distributor, distributorKpi, portfolioSettings } from '../db/schema.ts';
import { workingStages } from '../distributors/lifecycle.ts';
import { kpiKeys, type PortfolioQuery } from './kpi.schema.ts';
import { kpiShape } from './kpi-shape.ts';

/**
 * Joins a KPI row to its distributor if that one is active: in the directory (archived ones leave
 * the portfolio) and in a working relationship (not a prospect, suspended or terminated).
 */
const activeDistributorOf = and(
  eq(distributor.workspaceId, distributorKpi.workspaceId),
  eq(distributor.id, distributorKpi.distributorId),
  eq(distributor.status, 'active'),
  inArray(distributor.lifecycleStage, [...workingStages]),
);

const list = (value: string | undefined) =>
  value
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : [];

/**
 * Revenue 12 m in the reporting currency, as the KPI snapshot holds it (each month at that month's
 * rate: kpi.queries.ts `convertKpiRevenue`, docs/kpis.md). `missing` lists the months ("THB
 * 2026-10", comma-separated) that have revenue in another currency and no rate; then the value is
 * null, so the row sorts last and stays out of the totals. A snapshot converted into another
 * currency than today's reporting one (none should be: changing it converts every row) counts
 * as not converted.
 */
function convertedRevenue(reportingCurrency: string) {
  const isCurrent = sql`${distributorKpi.reportingCurrency} = ${reportingCurrency}`;
  const missing = sql<string | null>`case when ${isCurrent} then ${distributorKpi.missingRates}
    when ${distributorKpi.revenue12m} is not null
      then ${distributorKpi.currency} || ' ' || to_char(${distributorKpi.asOf}, 'YYYY-MM') end`;
  return {
    missing,
    value: sql<string | null>`case when ${isCurrent} and ${distributorKpi.missingRates} is null
      and ${distributorKpi.revenue12m} is not null then ${distributorKpi.revenue12mConverted} end`,
  };
}

function sortColumn(sort: PortfolioQuery['sort']) {
  switch (sort) {
    case 'name':
      return distributor.name;
    case 'country':
      return distributor.country;
    case 'tier':
      return distributorKpi.tier;
    case 'revenue12m':
      return null;
    default:
      return distributorKpi[kpiShape[sort].column];
  }
}

/** One row of the portfolio's page as the statement below gives it: numbers as numbers. */
export type PortfolioPageRow = {
  id: string;
  name: string;
  country: string;
  lifecycleStage: string;
  reportCurrency: string;
  tier: string | null;
  currency: string | null;
  revenue12m: number | null;
  revenue12mConverted: number | null;
  missingRates: string | null;
  revenueTotal: number | null;
  revenueUnconverted: number;
  asOf: string | null;
  total: number;
} & Record<(typeof kpiKeys)[number], number | null>;

/**
 * One page of the active distributors with their KPIs, and the total that match. Without a stage
 * filter, the ones in a working relationship; a stage filter names the stages to show instead.
 *
 * The page comes back as one JSON text (`json_agg` of the sorted rows), parsed once: 2,000 rows
 * of 27 columns decoded field by field cost PGlite more than the statement itself (#17), and
 * JSON carries the numerics as numbers.
 */
export async function listPortfolioPage(
  tx: Tx,
  workspaceId: string,
  query: PortfolioQuery,
  reportingCurrency: string,
  /** Only this owner's distributors ("my distributors"); undefined: everyone's. */
  ownerUserId?: string,
): Promise<PortfolioPageRow[]> {
  const statement = portfolioPageStatement(workspaceId, query, reportingCurrency, ownerUserId);
  return readJsonRows<PortfolioPageRow>(tx, statement);
}

/** listPortfolioPage's statement (npm run bench runs it bare, as its baseline). */
export function portfolioPageStatement(
  workspaceId: string,
  query: PortfolioQuery,
  reportingCurrency: string,
  ownerUserId?: string,
): SQL {
  const filters: (SQL | undefined)[] = [
    eq(distributor.workspaceId, workspaceId),
    ownerUserId ? eq(distributor.ownerUserId, ownerUserId) : undefined,
    eq(distributor.status, 'active'),
    query.country ? inArray(distributor.country, list(query.country)) : undefined,
    inArray(
      distributor.lifecycleStage,
      (query.stage ? list(query.stage) : [...workingStages]) as never[],
    ),
    query.tier ? inArray(distributorKpi.tier, list(query.tier)) : undefined,
    query.q ? sql`${distributor.searchText} like ${`%${query.q.toLowerCase()}%`}` : undefined,
  ];
  const joined = and(
    eq(distributorKpi.workspaceId, distributor.workspaceId),
    eq(distributorKpi.distributorId, distributor.id),
  );
  const fx = convertedRevenue(reportingCurrency);
  // Revenue sorts in the reporting currency; a row without every rate sorts last.
  const column = sortColumn(query.sort) ?? fx.value;
  const direction = query.order === 'asc' ? asc(column) : desc(column);
  // Only the columns the page shows: sorting wide rows cost more than the query itself.
  const columns: Record<keyof PortfolioPageRow, SQLWrapper> = {
    id: distributor.id,
    name: distributor.name,
    country: distributor.country,
    lifecycleStage: distributor.lifecycleStage,
    reportCurrency: distributor.reportCurrency,
    tier: distributorKpi.tier,
    currency: distributorKpi.currency,
    revenue12m: distributorKpi.revenue12m,
    revenue12mConverted: fx.value,
    missingRates: fx.missing,
    // Over every matching row, not the page: the portfolio's total and who is left out.
    revenueTotal: sql`sum(${fx.value}) over ()`,
    revenueUnconverted: sql`count(*) filter (where ${fx.missing} is not null
      and ${distributorKpi.revenue12m} is not null) over ()`,
    asOf: distributorKpi.asOf,
    ...(Object.fromEntries(
      kpiKeys.map((key): [string, SQLWrapper] => [key, distributorKpi[kpiShape[key].column]]),
    ) as Record<(typeof kpiKeys)[number], SQLWrapper>),
    total: sql`count(*) over ()`,
  };
  const selected = sql.join(
    Object.entries(columns).map(([name, value]) => sql`${value} as ${sql.identifier(name)}`),
    sql`, `,
  );
  return asJsonRows(sql`select ${selected}
      from ${distributor} left join ${distributorKpi} on ${joined}
      where ${and(...filters)}
      order by ${direction} nulls last, ${distributor.name} asc
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`);
}

/**
 * What the portfolio is built from, as one text that changes whenever any of it does: per table,
 * the workspace's row count and the sum of its rows' `xmin` (the transaction that wrote each row
 * version, PostgreSQL's system column; every insert, update or delete moves one or the other),
 * and the reporting currency's row. The tier rules and the exchange rates reach the portfolio
 * only through the KPI rows, which their writers update in the same transaction. Reading the
 * version costs two scans of the workspace's rows without decoding them (#17's snapshot).
 */
export async function selectPortfolioVersion(tx: Tx, workspaceId: string): Promise<string> {
  const written = (table: typeof distributor | typeof distributorKpi) =>
    sql`(select count(*)::text || ':' || coalesce(sum(xmin::text::bigint), 0)::text
      from ${table} where ${table.workspaceId} = ${workspaceId})`;
  const result = (await tx.execute(sql`select ${written(distributor)} || '/' ||
      ${written(distributorKpi)} || '/' || coalesce((select xmin::text || ${currencySettings.reportingCurrency}
        from ${currencySettings} where ${currencySettings.workspaceId} = ${workspaceId}), '-')
      as version`)) as unknown as { rows: { version: string }[] };
  return result.rows[0]?.version ?? '';
}

/** How many active distributors each tier holds. */
export function countTiers(tx: Tx, workspaceId: string) {
  return tx
    .select({ tier: distributorKpi.tier, count: sql<number>`count(*)`.mapWith(Number) })
    .from(distributorKpi)
    .innerJoin(distributor, activeDistributorOf)
    .where(
      and(eq(distributorKpi.workspaceId, workspaceId), sql`${distributorKpi.tier} is not null`),
    )
    .groupBy(distributorKpi.tier)
    .orderBy(asc(distributorKpi.tier));
}

/** The median of each KPI over the workspace's active distributors (numeric as text). */
export function selectKpiMedians(tx: Tx, workspaceId: string) {
  const columns = Object.fromEntries(
    kpiKeys.map((key) => [
      key,
      sql<
        string | null
      >`percentile_cont(0.5) within group (order by ${distributorKpi[kpiShape[key].column]})`,
    ]),
  );
  return tx
    .select(columns)
    .from(distributorKpi)
    .innerJoin(distributor, activeDistributorOf)
    .where(eq(distributorKpi.workspaceId, workspaceId))
    .then((rows) => rows[0]);
}

export function upsertTierRules(tx: Tx, workspaceId: string, rules: unknown) {
  return tx
    .insert(portfolioSettings)
    .values({ workspaceId, tierRules: rules })
    .onConflictDoUpdate({
      target: portfolioSettings.workspaceId,
      set: { tierRules: rules, updatedAt: sql`now()` },
    });
}
