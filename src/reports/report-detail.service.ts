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

/**
 * Who fills in, submits and confirms reports: the distributor's people. Principal editors enter
 * figures only on the distributor's behalf (report-on-behalf.service.ts).
 */
export const reportWriters: readonly Role[] = ['distributor_admin', 'distributor_member'];

/** Who takes part in the review conversation: both sides' people who may change things. */
export const reportCommenters: readonly Role[] = [...principalEditors, ...reportWriters];

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
  const isDistributorSide = reportWriters.includes(ctx.actor.role);
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
    // The draft is the distributor's until it submits: the principal never reads it.
    draft: isDistributorSide ? (row?.draft ?? null) : null,
    draftSavedAt: isDistributorSide ? (row?.draftSavedAt ?? null) : null,
    revision: row?.revision ?? 0,
    content: latest ?? null,
    revisions: revisions.map(({ revision, createdBy }, index) => ({
      revision: revision.revision,
      source: revision.source,
      fileName: revision.fileName,
      createdAt: revision.createdAt,
      createdBy,
      enteredOnBehalf: revision.enteredOnBehalf,
      onBehalfReason: revision.onBehalfReason,
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
      cell: event.cell,
      actorName: event.actorName,
      createdAt: event.createdAt,
    })),
    productLines: scope.productLines.map(({ code, name }) => ({ code, name })),
    canEdit: reportWriters.includes(ctx.actor.role),
    canConfirm: reportWriters.includes(ctx.actor.role) && row?.status === 'awaiting_confirmation',
    // Only while the distributor has not submitted figures of its own for the month.
    canEnterOnBehalf:
      principalEditors.includes(ctx.actor.role) &&
      (!row || row.revision === 0 || row.status === 'awaiting_confirmation'),
    canReview: principalEditors.includes(ctx.actor.role),
    canComment: reportCommenters.includes(ctx.actor.role),
  };
}
