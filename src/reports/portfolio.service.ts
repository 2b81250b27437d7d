// The portfolio: every distributor with its current KPIs and tier, one row each from the KPI
// snapshot, filterable, sortable and paged, with the portfolio's medians and tier counts.
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { distributor, distributorKpi, portfolioSettings } from '../db/schema.ts';
import { recordAudit } from '../platform/audit.ts';
import {
  type Context,
  inTransaction,
  principalEditors,
  principalRoles,
  requireRole,
} from '../platform/tenancy.ts';
import { kpiKeys, type PortfolioQuery, type TierRule } from './kpi.schema.ts';
import { refreshKpis, tierRulesOf } from './kpi.ts';
import { activeDistributorOf, kpiShape, portfolioMedians } from './scorecard.service.ts';

const list = (value: string | undefined) =>
  value
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : [];

function sortColumn(sort: PortfolioQuery['sort']) {
  switch (sort) {
    case 'name':
      return distributor.name;
    case 'country':
      return distributor.country;
    case 'tier':
      return distributorKpi.tier;
    case 'revenue12m':
      return distributorKpi.revenue12m;
    default:
      return distributorKpi[kpiShape[sort].column];
  }
}

export function getPortfolio(ctx: Context, query: PortfolioQuery) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    const filters: (SQL | undefined)[] = [
      eq(distributor.workspaceId, workspaceId),
      eq(distributor.status, 'active'),
      query.country ? inArray(distributor.country, list(query.country)) : undefined,
      query.stage ? inArray(distributor.lifecycleStage, list(query.stage) as never[]) : undefined,
      query.tier ? inArray(distributorKpi.tier, list(query.tier)) : undefined,
      query.q ? sql`${distributor.searchText} like ${`%${query.q.toLowerCase()}%`}` : undefined,
    ];
    const where = and(...filters);
    const joined = and(
      eq(distributorKpi.workspaceId, distributor.workspaceId),
      eq(distributorKpi.distributorId, distributor.id),
    );
    const column = sortColumn(query.sort);
    const direction = query.order === 'asc' ? asc(column) : desc(column);
    const rows = await tx
      // Only the columns the page shows: sorting wide rows cost more than the query itself.
      .select({
        id: distributor.id,
        name: distributor.name,
        country: distributor.country,
        lifecycleStage: distributor.lifecycleStage,
        reportCurrency: distributor.reportCurrency,
        tier: distributorKpi.tier,
        currency: distributorKpi.currency,
        revenue12m: distributorKpi.revenue12m,
        asOf: distributorKpi.asOf,
        ...Object.fromEntries(kpiKeys.map((key) => [key, distributorKpi[kpiShape[key].column]])),
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(distributor)
      .leftJoin(distributorKpi, joined)
      .where(where)
      .orderBy(sql`${direction} nulls last`, asc(distributor.name))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const tiers = await tx
      .select({ tier: distributorKpi.tier, count: sql<number>`count(*)`.mapWith(Number) })
      .from(distributorKpi)
      .innerJoin(distributor, activeDistributorOf)
      .where(
        and(eq(distributorKpi.workspaceId, workspaceId), sql`${distributorKpi.tier} is not null`),
      )
      .groupBy(distributorKpi.tier)
      .orderBy(asc(distributorKpi.tier));
    return {
      items: rows.map((row) => {
        const values = row as unknown as Record<string, string | number | null>;
        return {
          distributorId: row.id,
          name: row.name,
          country: row.country,
          lifecycleStage: row.lifecycleStage,
          tier: row.tier,
          currency: row.currency ?? row.reportCurrency,
          revenue12m: row.revenue12m === null ? null : Number(row.revenue12m),
          asOf: row.asOf,
          kpis: Object.fromEntries(
            kpiKeys.map((key) => [key, values[key] === null ? null : Number(values[key])]),
          ) as Record<(typeof kpiKeys)[number], number | null>,
        };
      }),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
      medians: await portfolioMedians(tx, workspaceId),
      tiers: tiers.map((row) => ({ tier: row.tier ?? '', count: row.count })),
    };
  });
}

export function getTierRules(ctx: Context) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, async (tx) => ({
    rules: await tierRulesOf(tx, ctx.actor.workspaceId),
  }));
}

/** New criteria re-tier the whole portfolio at once. */
export function setTierRules(ctx: Context, rules: TierRule[]) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    const before = await tierRulesOf(tx, workspaceId);
    await tx
      .insert(portfolioSettings)
      .values({ workspaceId, tierRules: rules })
      .onConflictDoUpdate({
        target: portfolioSettings.workspaceId,
        set: { tierRules: rules, updatedAt: sql`now()` },
      });
    await refreshKpis(tx, workspaceId, null, ctx.clock.now());
    await recordAudit(tx, ctx.actor, {
      entityType: 'portfolio_settings',
      entityId: workspaceId,
      action: 'portfolio.tier_rules_set',
      before,
      after: rules,
    });
    return { rules };
  });
}
