// What a relationship that predates Liaison had agreed (relationship_baseline): its start date,
// buffer commitment and report due day, from the distributor import.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { distributor, relationshipBaseline } from '../db/schema.ts';

export type BaselineRow = typeof relationshipBaseline.$inferSelect;

/** Writes the baselines of many distributors, replacing what each had. */
export async function upsertBaselines(tx: Tx, rows: (typeof relationshipBaseline.$inferInsert)[]) {
  for (let start = 0; start < rows.length; start += 500) {
    await tx
      .insert(relationshipBaseline)
      .values(rows.slice(start, start + 500))
      .onConflictDoUpdate({
        target: [relationshipBaseline.workspaceId, relationshipBaseline.distributorId],
        set: {
          startedOn: sql`excluded.started_on`,
          bufferWeeks: sql`excluded.buffer_weeks`,
          bufferWeeksByLine: sql`excluded.buffer_weeks_by_line`,
          reportDueDay: sql`excluded.report_due_day`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
  }
}

/** The baselines of the given distributors (all of the workspace's without `distributorIds`). */
export function listBaselines(tx: Tx, workspaceId: string, distributorIds?: readonly string[]) {
  return tx
    .select()
    .from(relationshipBaseline)
    .where(
      and(
        eq(relationshipBaseline.workspaceId, workspaceId),
        distributorIds
          ? inArray(relationshipBaseline.distributorId, [...distributorIds])
          : undefined,
      ),
    );
}

/** Every distributor of the workspace as imports name it: id, name, ERP reference, zone. */
export function listDistributorReferences(tx: Tx, workspaceId: string) {
  return tx
    .select({
      id: distributor.id,
      name: distributor.name,
      externalRef: distributor.externalRef,
      timeZone: distributor.timeZone,
      reportCurrency: distributor.reportCurrency,
      createdAt: distributor.createdAt,
    })
    .from(distributor)
    .where(eq(distributor.workspaceId, workspaceId));
}
