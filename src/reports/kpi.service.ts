// Each distributor's current KPIs and tier, recomputed for one distributor (after a report or a
// target changed) or the whole workspace (the periodic refresh, a change of tier rules). The
// statements are in kpi.queries.ts, the definitions in docs/kpis.md.
import { disciplineWindow } from '../cadence/discipline.service.ts';
import type { Database, Tx } from '../db/client.ts';
import type { JobContext, QueuedJob } from '../platform/jobs.ts';
import { inSystemTransaction } from '../platform/tenancy.ts';
import {
  assignTiers,
  convertKpiRevenue,
  findDistributorKpi,
  findTierRules,
  listKpiWorkspaceIdsAsOwner,
  upsertDistributorKpis,
} from './kpi.queries.ts';
import { type KpiKey, kpiKeys, type TierRule } from './kpi.schema.ts';
import { kpiShape } from './kpi-shape.ts';
import { forgetMedians } from './portfolio-medians.service.ts';

export const defaultTierRules: TierRule[] = [
  { tier: 'A', minAttainment: 1, minGrowth: null, minTimeliness: 0.9, minSatisfaction: null },
  { tier: 'B', minAttainment: 0.8, minGrowth: null, minTimeliness: null, minSatisfaction: null },
  { tier: 'C', minAttainment: null, minGrowth: null, minTimeliness: null, minSatisfaction: null },
];

export async function tierRulesOf(tx: Tx, workspaceId: string): Promise<TierRule[]> {
  // A jsonb column: the rules were checked by the TierRules schema when they were set.
  return ((await findTierRules(tx, workspaceId)) as TierRule[] | undefined) ?? defaultTierRules;
}

/**
 * A distributor's current KPI values by key, as its scorecard shows them (null where not measured
 * yet); the goals of the joint plan follow them.
 */
export async function currentKpiValues(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
): Promise<Record<KpiKey, number | null>> {
  const row = await findDistributorKpi(tx, workspaceId, distributorId);
  const kpiValue = (key: KpiKey) => {
    const value = row?.[kpiShape[key].column];
    return value === null || value === undefined ? null : Number(value);
  };
  // fromEntries over every key of kpiKeys: each KpiKey is present.
  return Object.fromEntries(kpiKeys.map((key) => [key, kpiValue(key)])) as Record<
    KpiKey,
    number | null
  >;
}

/** Recomputes the KPIs of `distributorId`, or of every distributor of the workspace. */
export async function refreshKpis(
  tx: Tx,
  workspaceId: string,
  distributorId: string | null,
  now: Date,
) {
  const rules = JSON.stringify(await tierRulesOf(tx, workspaceId));
  await upsertDistributorKpis(tx, workspaceId, distributorId, now, disciplineWindow(now));
  await assignTiers(tx, workspaceId, distributorId, rules);
  await convertKpiRevenue(tx, workspaceId, distributorId);
  forgetMedians(workspaceId);
}

/** A queued job's workspace's KPIs, recomputed now (after an orders import, for one). */
export function refreshWorkspaceKpis(ctx: JobContext, job: QueuedJob) {
  const workspaceId = job.workspaceId;
  if (!workspaceId) throw new Error('KPI refresh job without a workspace');
  return inSystemTransaction(ctx.database, workspaceId, (tx) =>
    refreshKpis(tx, workspaceId, null, ctx.clock.now()),
  );
}

/**
 * Every workspace's KPIs (or one's), recomputed as of `now`: time moves figures on its own (a
 * report becomes late, a meeting leaves the 90-day window). The workspaces are listed as the
 * owner; each is refreshed in its own system transaction, with row-level security on. About
 * 0.6 s for 2,000 distributors.
 */
export async function refreshAllKpis(
  database: Pick<Database, 'db'>,
  options: { now: Date; workspaceId?: string },
) {
  const workspaceIds = await listKpiWorkspaceIdsAsOwner(database.db, options.workspaceId);
  for (const workspaceId of workspaceIds) {
    await inSystemTransaction(database, workspaceId, (tx) =>
      refreshKpis(tx, workspaceId, null, options.now),
    );
  }
  return workspaceIds.length;
}
