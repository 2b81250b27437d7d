// A relationship's recent reporting, as it stood on a given day, for other domains' rules (the
// early warnings): each month's deadline, whether its report came and when, its totals and stock,
// and the competitors it named. A report first submitted after the day does not count yet.
import type { Tx } from '../db/client.ts';
import { periodDate, periodOf, recentPeriods } from './periods.ts';
import type { MonthlyReportContent } from './report.content.ts';
import { dayIn } from './report-deadlines.ts';
import { listDistributorMonths } from './report-facts.queries.ts';
import { monthDeadline, reportSchedule } from './report-schedule.service.ts';
import { listLatestContents, listReportsOfMonths } from './reports.queries.ts';

export type ReportedMonth = {
  period: string;
  dueOn: string;
  /** Owed by the relationship (months before it began are not). */
  expected: boolean;
  late: boolean;
  /** The day (distributor's calendar) the report first arrived, if it had by the day asked. */
  submittedOn: string | null;
  revenue: number | null;
  units: number | null;
  unitsOnHand: number | null;
  currency: string | null;
  /** Competitors named in competitive activity, and whether market notes tag competition. */
  competitors: string[];
  competitionNoted: boolean;
};

/**
 * The `count` months that had ended by `asOf` (YYYY-MM-DD, the distributor's calendar), newest
 * first; `until` is the last instant whose submissions count.
 */
export async function reportHistory(
  tx: Tx,
  workspaceId: string,
  distributor: { id: string; timeZone: string; createdAt: Date },
  asOf: { day: string; until: Date },
  count: number,
): Promise<ReportedMonth[]> {
  const clock = { now: () => asOf.until };
  const schedule = {
    ...(await reportSchedule(tx, workspaceId, distributor, clock)),
    today: asOf.day,
  };
  const periods = recentPeriods(asOf.day, count);
  const dates = periods.map(periodDate);
  const counted = (at: Date | null) => (at && at <= asOf.until ? at : null);
  const reports = await listReportsOfMonths(tx, workspaceId, distributor.id, dates);
  const summaries = await listDistributorMonths(
    tx,
    workspaceId,
    distributor.id,
    dates.at(-1) ?? asOf.day,
    dates[0] ?? asOf.day,
  );
  const contents = await listLatestContents(tx, workspaceId, distributor.id, dates);
  return periods.map((period) => {
    const report = reports.find((row) => periodOf(row.period) === period);
    const firstSubmittedAt = counted(report?.firstSubmittedAt ?? null);
    const deadline = monthDeadline(
      schedule,
      period,
      report ? { dueOn: report.dueOn, firstSubmittedAt } : undefined,
    );
    const summary = firstSubmittedAt
      ? summaries.find((row) => periodOf(row.period) === period)
      : undefined;
    const content = firstSubmittedAt
      ? contents.find((row) => periodOf(row.period) === period)?.content
      : undefined;
    // The revision's content was checked by MonthlyReportContent when it was submitted.
    const reported = content as Partial<MonthlyReportContent> | undefined;
    const observations = reported?.competitiveActivity ?? [];
    const notes = reported?.marketIntelligence ?? [];
    return {
      period,
      dueOn: deadline.dueOn,
      expected: deadline.expected,
      late: deadline.late,
      submittedOn: firstSubmittedAt ? dayIn(firstSubmittedAt, distributor.timeZone) : null,
      revenue: summary ? Number(summary.revenue) : null,
      units: summary ? summary.units : null,
      unitsOnHand: summary?.unitsOnHand ?? null,
      currency: summary?.currency ?? null,
      competitors: [...new Set(observations.map((entry) => entry.competitor))],
      competitionNoted: notes.some((note) => note.tags.some((tag) => /compet/i.test(tag))),
    };
  });
}
