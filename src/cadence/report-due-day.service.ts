// What the cadence plan says about monthly reports, for the reports domain: the day of the month
// after a report month on which its report is due.
import type { Tx } from '../db/client.ts';
import { findPlanReportDueDay } from './plans.queries.ts';

/** The day of the month a report is due by the relationship's cadence plan, if it has a plan. */
export async function planReportDueDay(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
): Promise<number | undefined> {
  return (await findPlanReportDueDay(tx, workspaceId, distributorId))?.dueDay;
}
