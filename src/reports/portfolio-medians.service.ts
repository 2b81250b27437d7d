// The portfolio's median of each KPI, which every scorecard and the portfolio page show.
import type { Tx } from '../db/client.ts';
import { type KpiKey, kpiKeys } from './kpi.schema.ts';
import { selectKpiMedians } from './portfolio.queries.ts';

/** Medians change only when KPIs do; kept briefly per workspace, dropped by every refresh. */
const MEDIANS_TTL_MS = 10_000;
const medianCache = new Map<
  string,
  { at: number; version?: string; medians: Record<KpiKey, number | null> }
>();

// The cache's age is measured on the monotonic timer: it is no rule's "now", only freshness.
const elapsedMs = () => performance.now();

export function forgetMedians(workspaceId: string) {
  medianCache.delete(workspaceId);
}

/**
 * The median of each KPI over the workspace's active distributors (principal staff only). Every
 * scorecard shows them; computing 13 medians over a large portfolio on each request cost more
 * than the rest of the scorecard, so they are cached for a few seconds. The portfolio's snapshot
 * passes the portfolio's version (portfolio.queries.ts `selectPortfolioVersion`) and takes only
 * medians computed at that version: it keeps them as long as the version lasts, and a few seconds'
 * staleness from another process's refresh would last as long.
 */
export async function portfolioMedians(tx: Tx, workspaceId: string, version?: string) {
  const cached = medianCache.get(workspaceId);
  if (
    cached &&
    (version === undefined ? elapsedMs() - cached.at < MEDIANS_TTL_MS : cached.version === version)
  ) {
    return cached.medians;
  }
  const row = await selectKpiMedians(tx, workspaceId);
  const medians = Object.fromEntries(
    kpiKeys.map((key) => {
      // percentile_cont over numeric columns: numeric text from both drivers, or null.
      const value = row?.[key] as string | null | undefined;
      return [key, value === null || value === undefined ? null : Number(value)];
    }),
  ) as Record<KpiKey, number | null>;
  medianCache.set(workspaceId, { at: elapsedMs(), version, medians });
  return medians;
}
