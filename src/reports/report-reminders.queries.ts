// The report reminders job: which relationships report at all (the one read across workspaces),
// and the reminders already sent.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { hasSignedCharterSql } from '../charter/charter.queries.ts';
import type { Db, Tx } from '../db/client.ts';
import { distributor, reportReminder, workspace } from '../db/schema.ts';

/**
 * Every active relationship that reports at all (a signed charter or a submitted report), in
 * every workspace (or one): ids only. Read as the owner because it crosses workspaces; each is
 * then reminded inside its own workspace's scope.
 */
export function listReportingDistributorsAsOwner(db: Db, workspaceId?: string) {
  return db
    .select({ workspaceId: distributor.workspaceId, distributorId: distributor.id })
    .from(distributor)
    .where(
      and(
        workspaceId ? eq(distributor.workspaceId, workspaceId) : undefined,
        eq(distributor.status, 'active'),
        inArray(distributor.lifecycleStage, ['onboarding', 'active', 'at_risk']),
        sql`(${hasSignedCharterSql(distributor.workspaceId, distributor.id)}
          or exists (select 1 from monthly_report r where r.workspace_id = ${distributor.workspaceId}
              and r.distributor_id = ${distributor.id} and r.revision > 0))`,
      ),
    );
}

/** What a reminder names: the distributor, its calendar, and the principal. */
export function findReminderFacts(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({
      id: distributor.id,
      name: distributor.name,
      timeZone: distributor.timeZone,
      createdAt: distributor.createdAt,
      principal: workspace.name,
    })
    .from(distributor)
    .innerJoin(workspace, eq(workspace.id, distributor.workspaceId))
    .where(and(eq(distributor.workspaceId, workspaceId), eq(distributor.id, distributorId)))
    .then((rows) => rows[0]);
}

/** When the reminder of this kind for this month (`period`: its first day) was last sent. */
export function findLastReminder(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  period: string,
  kind: 'before' | 'overdue',
) {
  return tx
    .select({ sentAt: reportReminder.sentAt })
    .from(reportReminder)
    .where(
      and(
        eq(reportReminder.workspaceId, workspaceId),
        eq(reportReminder.distributorId, distributorId),
        eq(reportReminder.period, period),
        eq(reportReminder.kind, kind),
      ),
    )
    .then((rows) => rows[0]);
}

export function upsertReminder(tx: Tx, values: typeof reportReminder.$inferInsert) {
  return tx
    .insert(reportReminder)
    .values(values)
    .onConflictDoUpdate({
      target: [
        reportReminder.workspaceId,
        reportReminder.distributorId,
        reportReminder.period,
        reportReminder.kind,
      ],
      set: { sentAt: values.sentAt },
    });
}
