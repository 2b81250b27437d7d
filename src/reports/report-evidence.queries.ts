// What the relationship playbook reads of reports and targets (#18).
import { and, asc, count, eq, gte, lt, min } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { monthlyReport, salesTarget } from '../db/schema.ts';

/** The earliest month whose report the principal accepted. */
export function findFirstAcceptedReport(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ period: monthlyReport.period, reviewedAt: monthlyReport.reviewedAt })
    .from(monthlyReport)
    .where(
      and(
        eq(monthlyReport.workspaceId, workspaceId),
        eq(monthlyReport.distributorId, distributorId),
        eq(monthlyReport.status, 'accepted'),
      ),
    )
    .orderBy(asc(monthlyReport.period))
    .limit(1)
    .then((rows) => rows[0]);
}

/** Targets set for periods starting in [from, to) (ISO dates). */
export function countTargetsBetween(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  from: string,
  to: string,
) {
  return tx
    .select({ count: count(), firstPeriod: min(salesTarget.period) })
    .from(salesTarget)
    .where(
      and(
        eq(salesTarget.workspaceId, workspaceId),
        eq(salesTarget.distributorId, distributorId),
        gte(salesTarget.period, from),
        lt(salesTarget.period, to),
      ),
    )
    .then((rows) => rows[0] ?? { count: 0, firstPeriod: null });
}
