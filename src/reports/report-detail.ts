// One monthly report as the API shows it: the latest revision, the draft, every revision with
// what it changed, and the review conversation.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import type { Role } from '../db/schema.ts';
import {
  appUser,
  monthlyReport,
  monthlyReportEvent,
  monthlyReportRevision,
  productLine,
} from '../db/schema.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { type Context, principalEditors, todayFor } from '../platform/tenancy.ts';
import { dueOn, periodDate, reportDueDay } from './periods.ts';
import type { MonthlyReportContent } from './report.content.ts';
import { describeChanges } from './report-changes.ts';

/** Who fills in and submits reports: the distributor's people, and principal editors for them. */
export const reportWriters: readonly Role[] = [
  ...principalEditors,
  'distributor_admin',
  'distributor_member',
];

export async function reportScope(ctx: Context, tx: Tx, distributorId: string) {
  const distributorRow = await getVisibleDistributor(ctx, tx, distributorId);
  const lines = await tx
    .select({ id: productLine.id, code: productLine.code, name: productLine.name })
    .from(productLine)
    .where(and(eq(productLine.workspaceId, ctx.actor.workspaceId), isNull(productLine.archivedAt)))
    .orderBy(asc(productLine.code));
  return {
    distributor: distributorRow,
    currency: distributorRow.reportCurrency,
    dueDay: await reportDueDay(tx, ctx.actor.workspaceId, distributorId),
    productLines: lines,
    today: todayFor(ctx),
  };
}
export type ReportScope = Awaited<ReturnType<typeof reportScope>>;

export function findReport(tx: Tx, workspaceId: string, distributorId: string, period: string) {
  return tx
    .select()
    .from(monthlyReport)
    .where(
      and(
        eq(monthlyReport.workspaceId, workspaceId),
        eq(monthlyReport.distributorId, distributorId),
        eq(monthlyReport.period, periodDate(period)),
      ),
    )
    .then((rows) => rows[0]);
}

export function isLate(
  row: { firstSubmittedAt: Date | null } | undefined,
  due: string,
  today: string,
) {
  const submitted = row?.firstSubmittedAt?.toISOString().slice(0, 10);
  return submitted ? submitted > due : today > due;
}

export async function reportDetail(ctx: Context, tx: Tx, scope: ReportScope, period: string) {
  const row = await findReport(tx, ctx.actor.workspaceId, scope.distributor.id, period);
  const revisions = row
    ? await tx
        .select({ revision: monthlyReportRevision, createdBy: appUser.name })
        .from(monthlyReportRevision)
        .leftJoin(appUser, eq(appUser.id, monthlyReportRevision.createdBy))
        .where(
          and(
            eq(monthlyReportRevision.workspaceId, row.workspaceId),
            eq(monthlyReportRevision.reportId, row.id),
          ),
        )
        .orderBy(asc(monthlyReportRevision.revision))
    : [];
  const events = row
    ? await tx
        .select()
        .from(monthlyReportEvent)
        .where(
          and(
            eq(monthlyReportEvent.workspaceId, row.workspaceId),
            eq(monthlyReportEvent.reportId, row.id),
          ),
        )
        .orderBy(asc(monthlyReportEvent.createdAt))
    : [];
  const latest = revisions.at(-1)?.revision.content as MonthlyReportContent | undefined;
  const due = row?.dueOn ?? dueOn(period, scope.dueDay);
  return {
    id: row?.id ?? null,
    distributorId: scope.distributor.id,
    distributorName: scope.distributor.name,
    period,
    currency: row?.currency ?? scope.currency,
    status: row && (row.revision > 0 || row.draft) ? row.status : ('missing' as const),
    dueOn: due,
    late: isLate(row, due, scope.today),
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
