// The principal's exports of reports: the background job's row and the reports it reads.

import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { distributor, exportJob, monthlyReport, monthlyReportRevision } from '../db/schema.ts';
import { currentRevisionOfReport } from './reports.queries.ts';

export type ExportJobRow = typeof exportJob.$inferSelect;

const yearRange = (year: number) =>
  and(gte(monthlyReport.period, `${year}-01-01`), lt(monthlyReport.period, `${year + 1}-01-01`));

/** The ids of the distributors with a submitted report in `year`. */
export function listReportingDistributorIds(tx: Tx, workspaceId: string, year: number) {
  return tx
    .selectDistinct({ id: monthlyReport.distributorId })
    .from(monthlyReport)
    .where(
      and(
        eq(monthlyReport.workspaceId, workspaceId),
        sql`${monthlyReport.revision} > 0`,
        yearRange(year),
      ),
    )
    .then((rows) => rows.map((row) => row.id));
}

/** The latest revision of every report of `year` of these distributors, by name and month. */
export function listYearReports(
  tx: Tx,
  workspaceId: string,
  distributorIds: string[],
  year: number,
) {
  return tx
    .select({
      name: distributor.name,
      country: distributor.country,
      period: monthlyReport.period,
      content: monthlyReportRevision.content,
    })
    .from(monthlyReport)
    .innerJoin(monthlyReportRevision, currentRevisionOfReport)
    .innerJoin(
      distributor,
      and(
        eq(distributor.workspaceId, monthlyReport.workspaceId),
        eq(distributor.id, monthlyReport.distributorId),
      ),
    )
    .where(
      and(
        eq(monthlyReport.workspaceId, workspaceId),
        inArray(monthlyReport.distributorId, distributorIds),
        yearRange(year),
      ),
    )
    .orderBy(asc(distributor.name), asc(monthlyReport.period));
}

export async function insertExportJob(tx: Tx, values: typeof exportJob.$inferInsert) {
  const [row] = await tx.insert(exportJob).values(values).returning({ id: exportJob.id });
  return row;
}

export function updateExportJob(
  tx: Tx,
  workspaceId: string,
  jobId: string,
  values: Partial<Pick<ExportJobRow, 'done' | 'status' | 'content' | 'error' | 'finishedAt'>>,
) {
  return tx
    .update(exportJob)
    .set(values)
    .where(and(eq(exportJob.workspaceId, workspaceId), eq(exportJob.id, jobId)));
}

/** The job's progress, without its file. */
export function findExportJob(tx: Tx, workspaceId: string, jobId: string) {
  return tx
    .select({
      id: exportJob.id,
      status: exportJob.status,
      done: exportJob.done,
      total: exportJob.total,
      fileName: exportJob.fileName,
      error: exportJob.error,
      createdAt: exportJob.createdAt,
      finishedAt: exportJob.finishedAt,
    })
    .from(exportJob)
    .where(and(eq(exportJob.workspaceId, workspaceId), eq(exportJob.id, jobId)))
    .then((rows) => rows[0]);
}

export function findExportFile(tx: Tx, workspaceId: string, jobId: string) {
  return tx
    .select({ status: exportJob.status, fileName: exportJob.fileName, content: exportJob.content })
    .from(exportJob)
    .where(and(eq(exportJob.workspaceId, workspaceId), eq(exportJob.id, jobId)))
    .then((rows) => rows[0]);
}
