// Every statement on the monthly reports themselves: the report row of a month, its immutable
// revisions and its review conversation.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { listProductLineCodes } from '../charter/charter.queries.ts';
import type { Tx } from '../db/client.ts';
import {
  monthlyReport,
  monthlyReportEvent,
  monthlyReportRevision,
  workspace,
} from '../db/schema.ts';

export type ReportRow = typeof monthlyReport.$inferSelect;

const monthOf = (workspaceId: string, distributorId: string, periodDate: string) =>
  and(
    eq(monthlyReport.workspaceId, workspaceId),
    eq(monthlyReport.distributorId, distributorId),
    eq(monthlyReport.period, periodDate),
  );

/** The report row of one month (`periodDate`: the month's first day), if it has one. */
export function findReport(tx: Tx, workspaceId: string, distributorId: string, periodDate: string) {
  return tx
    .select()
    .from(monthlyReport)
    .where(monthOf(workspaceId, distributorId, periodDate))
    .then((rows) => rows[0]);
}

export function listReportsOfMonths(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  periodDates: string[],
) {
  return tx
    .select()
    .from(monthlyReport)
    .where(
      and(
        eq(monthlyReport.workspaceId, workspaceId),
        eq(monthlyReport.distributorId, distributorId),
        inArray(monthlyReport.period, periodDates),
      ),
    );
}

/** The first day of the earliest month with a submitted report, if any. */
export function findFirstReportedMonth(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ period: sql<string | null>`min(${monthlyReport.period})::text` })
    .from(monthlyReport)
    .where(
      and(
        eq(monthlyReport.workspaceId, workspaceId),
        eq(monthlyReport.distributorId, distributorId),
        sql`${monthlyReport.revision} > 0`,
      ),
    )
    .then((rows) => rows[0]?.period ?? null);
}

/** Creates the month's report row unless it exists, then reads it locked for update. */
export async function lockReport(tx: Tx, values: typeof monthlyReport.$inferInsert) {
  await tx.insert(monthlyReport).values(values).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(monthlyReport)
    .where(monthOf(values.workspaceId, values.distributorId, values.period))
    .for('update');
  return row;
}

export function updateReport(
  tx: Tx,
  workspaceId: string,
  reportId: string,
  values: Partial<Omit<ReportRow, 'workspaceId' | 'id' | 'distributorId' | 'period'>>,
) {
  return tx
    .update(monthlyReport)
    .set(values)
    .where(and(eq(monthlyReport.workspaceId, workspaceId), eq(monthlyReport.id, reportId)))
    .returning();
}

export function findLatestRevisionHash(tx: Tx, workspaceId: string, reportId: string) {
  return tx
    .select({ contentHash: monthlyReportRevision.contentHash })
    .from(monthlyReportRevision)
    .where(
      and(
        eq(monthlyReportRevision.workspaceId, workspaceId),
        eq(monthlyReportRevision.reportId, reportId),
      ),
    )
    .orderBy(desc(monthlyReportRevision.revision))
    .limit(1)
    .then((rows) => rows[0]);
}

export function insertRevision(tx: Tx, values: typeof monthlyReportRevision.$inferInsert) {
  return tx.insert(monthlyReportRevision).values(values);
}

export function insertReportEvent(tx: Tx, values: typeof monthlyReportEvent.$inferInsert) {
  return tx.insert(monthlyReportEvent).values(values);
}

/**
 * A report's revisions, oldest first, with who submitted each: the name recorded on the
 * revision's own event when it was stored, whoever reads it and whether or not that person still
 * has an account (null only for a revision with no such event).
 */
export function listRevisions(tx: Tx, workspaceId: string, reportId: string) {
  return tx
    .select({
      revision: monthlyReportRevision,
      // Qualified by hand: inside the subquery Drizzle writes the outer columns unqualified, and
      // "revision" then meant the event's own column, so every revision took the first name.
      createdBy: sql<string | null>`(
        select e.actor_name from monthly_report_event e
        where e.workspace_id = monthly_report_revision.workspace_id
          and e.report_id = monthly_report_revision.report_id
          and e.revision = monthly_report_revision.revision
          and e.kind in ('submitted', 'revised', 'entered_on_behalf')
        order by e.created_at limit 1)`,
    })
    .from(monthlyReportRevision)
    .where(
      and(
        eq(monthlyReportRevision.workspaceId, workspaceId),
        eq(monthlyReportRevision.reportId, reportId),
      ),
    )
    .orderBy(asc(monthlyReportRevision.revision));
}

export function listReportEvents(tx: Tx, workspaceId: string, reportId: string) {
  return tx
    .select()
    .from(monthlyReportEvent)
    .where(
      and(
        eq(monthlyReportEvent.workspaceId, workspaceId),
        eq(monthlyReportEvent.reportId, reportId),
      ),
    )
    .orderBy(asc(monthlyReportEvent.createdAt));
}

export function findRevisionContent(
  tx: Tx,
  workspaceId: string,
  reportId: string,
  revision: number,
) {
  return tx
    .select({ content: monthlyReportRevision.content })
    .from(monthlyReportRevision)
    .where(
      and(
        eq(monthlyReportRevision.workspaceId, workspaceId),
        eq(monthlyReportRevision.reportId, reportId),
        eq(monthlyReportRevision.revision, revision),
      ),
    )
    .then((rows) => rows[0]);
}

/** The latest revision's content of each of the months given that has one. */
/** Joins a report to its current revision (the one its `revision` names). */
export const currentRevisionOfReport = and(
  eq(monthlyReportRevision.workspaceId, monthlyReport.workspaceId),
  eq(monthlyReportRevision.reportId, monthlyReport.id),
  eq(monthlyReportRevision.revision, monthlyReport.revision),
);

export function listLatestContents(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  periodDates: string[],
) {
  return tx
    .select({ period: monthlyReport.period, content: monthlyReportRevision.content })
    .from(monthlyReport)
    .innerJoin(monthlyReportRevision, currentRevisionOfReport)
    .where(
      and(
        eq(monthlyReport.workspaceId, workspaceId),
        eq(monthlyReport.distributorId, distributorId),
        inArray(monthlyReport.period, periodDates),
      ),
    );
}

export function findWorkspaceName(tx: Tx, workspaceId: string) {
  return tx
    .select({ name: workspace.name })
    .from(workspace)
    .where(eq(workspace.id, workspaceId))
    .then((rows) => rows[0]?.name);
}

/** The principal's product lines a report may name (not archived), by code. */
export function listReportProductLines(tx: Tx, workspaceId: string) {
  return listProductLineCodes(tx, workspaceId, { includeArchived: false });
}

/** Every product line of the principal, archived too (targets and costs keep old lines). */
export function listAllProductLines(tx: Tx, workspaceId: string) {
  return listProductLineCodes(tx, workspaceId, { includeArchived: true });
}
