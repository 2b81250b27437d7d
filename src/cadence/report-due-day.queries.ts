// The cadence plan's monthly report due day, for the reports domain (which asks through
// report-due-day.service.ts, never this file).
import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { cadencePlan } from '../db/schema.ts';

/** The due day of the relationship's latest cadence plan, if it has a plan. */
export function findPlanReportDueDay(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ dueDay: cadencePlan.reportDueDay })
    .from(cadencePlan)
    .where(
      and(eq(cadencePlan.workspaceId, workspaceId), eq(cadencePlan.distributorId, distributorId)),
    )
    .orderBy(desc(cadencePlan.createdAt))
    .limit(1)
    .then((rows) => rows[0]);
}
