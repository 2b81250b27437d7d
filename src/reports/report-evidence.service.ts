// What other domains (the relationship playbook, #18) read of a relationship's reports, targets
// and KPIs, inside their own transaction.
import type { Tx } from '../db/client.ts';
import { findDistributorKpi } from './kpi.queries.ts';
import { countTargetsBetween, findFirstAcceptedReport } from './report-evidence.queries.ts';

export type ReportEvidence = {
  /** The first accepted report's month (YYYY-MM-01). */
  firstAcceptedPeriod: string | null;
  /** When the principal accepted that report (the onboarding journey's "first report"). */
  firstAcceptedAt: Date | null;
  /** Targets set for the UTC calendar year of `now`. */
  targetsThisYear: number;
  year: number;
  /** The day the scorecard's KPIs were last computed, if ever. */
  kpisAsOf: string | null;
};

export async function reportEvidence(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  now: Date,
): Promise<ReportEvidence> {
  const year = now.getUTCFullYear();
  const accepted = await findFirstAcceptedReport(tx, workspaceId, distributorId);
  const targets = await countTargetsBetween(
    tx,
    workspaceId,
    distributorId,
    `${year}-01-01`,
    `${year + 1}-01-01`,
  );
  const kpi = await findDistributorKpi(tx, workspaceId, distributorId);
  return {
    firstAcceptedPeriod: accepted?.period ?? null,
    firstAcceptedAt: accepted?.reviewedAt ?? null,
    targetsThisYear: Number(targets.count),
    year,
    kpisAsOf: kpi?.asOf ?? null,
  };
}
