// Every SQL statement about a relationship's meeting plan (cadence_plan).
import { and, arrayOverlaps, desc, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { cadencePlan, distributor } from '../db/schema.ts';

export type PlanRow = typeof cadencePlan.$inferSelect;

export function findCadencePlan(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select()
    .from(cadencePlan)
    .where(
      and(eq(cadencePlan.workspaceId, workspaceId), eq(cadencePlan.distributorId, distributorId)),
    )
    .then((rows) => rows[0]);
}

export function findCadencePlanById(tx: Tx, workspaceId: string, planId: string) {
  return tx
    .select()
    .from(cadencePlan)
    .where(and(eq(cadencePlan.workspaceId, workspaceId), eq(cadencePlan.id, planId)))
    .then((rows) => rows[0]);
}

export function insertCadencePlan(tx: Tx, values: typeof cadencePlan.$inferInsert) {
  return tx
    .insert(cadencePlan)
    .values(values)
    .returning()
    .then((rows) => rows[0]);
}

export function updateCadencePlanRow(
  tx: Tx,
  workspaceId: string,
  planId: string,
  values: Partial<typeof cadencePlan.$inferInsert>,
) {
  return tx
    .update(cadencePlan)
    .set(values)
    .where(and(eq(cadencePlan.workspaceId, workspaceId), eq(cadencePlan.id, planId)))
    .returning()
    .then((rows) => rows[0]);
}

/** The plans in which any of the contacts attends, with their relationship's name. */
export function listPlansAttendedBy(tx: Tx, workspaceId: string, contactIds: readonly string[]) {
  return tx
    .select({ plan: cadencePlan, distributorName: distributor.name })
    .from(cadencePlan)
    .innerJoin(
      distributor,
      and(
        eq(distributor.workspaceId, cadencePlan.workspaceId),
        eq(distributor.id, cadencePlan.distributorId),
      ),
    )
    .where(
      and(
        eq(cadencePlan.workspaceId, workspaceId),
        arrayOverlaps(cadencePlan.attendeeContactIds, [...contactIds]),
      ),
    );
}

/** The due day of the relationship's latest cadence plan, if it has a plan (for reports). */
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
