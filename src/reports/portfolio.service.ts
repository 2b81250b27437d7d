// The portfolio: every distributor with its current KPIs and tier, one row each from the KPI
// snapshot, filterable, sortable and paged, with the portfolio's medians and tier counts.
import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import {
  type Context,
  inTransaction,
  principalEditors,
  principalRoles,
  requireRole,
} from '../platform/tenancy.ts';
import { selectReportingCurrency } from './exchange-rates.queries.ts';
import { kpiKeys, type PortfolioQuery, type TierRule } from './kpi.schema.ts';
import { refreshKpis, tierRulesOf } from './kpi.service.ts';
import { countTiers, listPortfolioPage, upsertTierRules } from './portfolio.queries.ts';
import { portfolioMedians } from './portfolio-medians.service.ts';

export function getPortfolio(ctx: Context, query: PortfolioQuery) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, (tx) => buildPortfolio(ctx, tx, query));
}

/**
 * The portfolio page in the caller's transaction (the caller has checked the role); `version`,
 * from the snapshot, asks for medians computed at that version of the portfolio.
 */
export async function buildPortfolio(
  ctx: Context,
  tx: Tx,
  query: PortfolioQuery,
  version?: string,
) {
  const workspaceId = ctx.actor.workspaceId;
  const reportingCurrency = await selectReportingCurrency(tx, workspaceId);
  // "me" is the caller; an actor without a user (the command line) owns nothing.
  const owner =
    query.owner === 'me' ? (ctx.actor.userId ?? '00000000-0000-0000-0000-000000000000') : undefined;
  const rows = await listPortfolioPage(tx, workspaceId, query, reportingCurrency, owner);
  const tiers = await countTiers(tx, workspaceId);
  return {
    items: rows.map((row) => {
      return {
        distributorId: row.id,
        name: row.name,
        country: row.country,
        lifecycleStage: row.lifecycleStage,
        tier: row.tier,
        currency: row.currency ?? row.reportCurrency,
        revenue12m: row.revenue12m,
        revenue12mConverted:
          row.revenue12mConverted === null ? null : roundCents(row.revenue12mConverted),
        missingRates: missingRatesOf(row.missingRates),
        asOf: row.asOf,
        kpis: Object.fromEntries(kpiKeys.map((key) => [key, row[key]])) as Record<
          (typeof kpiKeys)[number],
          number | null
        >,
      };
    }),
    total: rows[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    medians: await portfolioMedians(tx, workspaceId, version),
    tiers: tiers.map((row) => ({ tier: row.tier ?? '', count: row.count })),
    reportingCurrency,
    revenueTotal: rows[0]?.revenueTotal == null ? null : roundCents(rows[0].revenueTotal),
    revenueUnconverted: rows[0]?.revenueUnconverted ?? 0,
  };
}

const roundCents = (value: number) => Math.round(value * 100) / 100;

/** "THB 2026-10,THB 2026-11" → one entry per currency and month, oldest first. */
function missingRatesOf(text: string | null) {
  if (!text) return [];
  return text
    .split(',')
    .map((entry) => {
      const [currency = '', month = ''] = entry.split(' ');
      return { currency, month };
    })
    .sort((a, b) => a.month.localeCompare(b.month) || a.currency.localeCompare(b.currency));
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
    await upsertTierRules(tx, workspaceId, rules);
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
