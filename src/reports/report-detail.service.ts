// One monthly report as the API shows it: the latest revision, the draft, every revision with
// what it changed, and the review conversation.
import type { Tx } from '../db/client.ts';
import type { Role } from '../db/types.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { type Context, principalEditors } from '../platform/tenancy.ts';
import { periodDate } from './periods.ts';
import type { MonthlyReportContent } from './report.content.ts';
import { describeChanges } from './report-changes.ts';
import { monthDeadline, reportSchedule } from './report-schedule.service.ts';
import {
  findReport,
  listReportEvents,
  listReportProductLines,
  listRevisions,
} from './reports.queries.ts';

/** Who fills in and submits reports: the distributor's people, and principal editors for them. */
export const reportWriters: readonly Role[] = [
  ...principalEditors,
  'distributor_admin',
  'distributor_member',
];

export async function reportScope(ctx: Context, tx: Tx, distributorId: string) {
  const distributorRow = await getVisibleDistributor(ctx, tx, distributorId);
  const schedule = await reportSchedule(tx, ctx.actor.workspaceId, distributorRow, ctx.clock);
  return {
    distributor: distributorRow,
    currency: distributorRow.reportCurrency,
    schedule,
    dueDay: schedule.dueDay,
    productLines: await listReportProductLines(tx, ctx.actor.workspaceId),
    /** Today on the distributor's calendar, as every report deadline reads it. */
    today: schedule.today,
  };
}
export type ReportScope = Awaited<ReturnType<typeof reportScope>>;

/** The month's report row, if it has one. */
export function findMonthReport(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  period: string,
) {
  return findReport(tx, workspaceId, distributorId, periodDate(period));
}

export async function reportDetail(ctx: Context, tx: Tx, scope: ReportScope, period: string) {
  const row = await findMonthReport(tx, ctx.actor.workspaceId, scope.distributor.id, period);
  const revisions = row ? await listRevisions(tx, row.workspaceId, row.id) : [];
  const events = row ? await listReportEvents(tx, row.workspaceId, row.id) : [];
  const latest = revisions.at(-1)?.revision.content as MonthlyReportContent | undefined;
  const deadline = monthDeadline(scope.schedule, period, row);
  return {
    id: row?.id ?? null,
    distributorId: scope.distributor.id,
    distributorName: scope.distributor.name,
    period,
    currency: row?.currency ?? scope.currency,
    status: row && (row.revision > 0 || row.draft) ? row.status : ('missing' as const),
    dueOn: deadline.dueOn,
    expected: deadline.expected,
    late: deadline.late,
    draft: row?.draft ?? null,
    draftSavedAt: row?.draftSavedAt ?? null,
    revision: row?.revision ?? 0,
    content: latest ?? null,
    revisions: revisions.map(({ revision, createdBy }, index) => ({
      revision: revision.revision,
      source: revision.source,
      fileName: revision.fileName,
      createdAt: revision.createdAt,
      createdBy,
      changes: describeChanges(
        ctx.t,
        revisions[index - 1]?.revision.content as MonthlyReportContent | undefined,
        revision.content as MonthlyReportContent,
      ),
    })),
    events: events.map((event) => ({
      id: event.id,
      kind: event.kind,
      revision: event.revision,
      body: event.body,
      actorName: event.actorName,
      createdAt: event.createdAt,
    })),
    productLines: scope.productLines.map(({ code, name }) => ({ code, name })),
    canEdit: reportWriters.includes(ctx.actor.role),
    canReview: principalEditors.includes(ctx.actor.role),
  };
}
