// A relationship's reporting schedule: the day of the month its reports are due (the signed
// charter's, else the imported baseline's, else the cadence plan's, else the 10th), when it began
// owing reports, and today on its calendar. Every "is it due, is it late" of reports starts here.
import { signedProtocol } from '../cadence/cadence.service.ts';
import { planReportDueDay } from '../cadence/report-due-day.service.ts';
import type { Tx } from '../db/client.ts';
import { relationshipBaselineOf } from '../distributors/baseline.service.ts';
import type { Clock } from '../platform/clock.ts';
import { DEFAULT_DUE_DAY, dueOn } from './periods.ts';
import { dayIn, isExpected, isLate, reportToday } from './report-deadlines.ts';
import { findFirstReportedMonth } from './reports.queries.ts';

export type ReportSchedule = {
  dueDay: number;
  /** The day the relationship began (YYYY-MM-DD): months ending before it owe no report. */
  startsOn: string;
  /** The distributor's zone, the calendar of its deadlines. */
  timeZone: string;
  /** Today on the distributor's calendar. */
  today: string;
};

/**
 * The relationship began on its charter's term start, else on the start date the distributor
 * import brought (a relationship older than Liaison), else when the distributor was created; a
 * month it already reported for belongs to the relationship too (history brought in later).
 */
export async function reportSchedule(
  tx: Tx,
  workspaceId: string,
  distributor: { id: string; timeZone: string; createdAt: Date },
  clock: Clock,
): Promise<ReportSchedule> {
  const charter = await signedProtocol(tx, workspaceId, distributor.id);
  const baseline = charter
    ? undefined
    : await relationshipBaselineOf(tx, workspaceId, distributor.id);
  const dueDay =
    charter?.reportDueDay ??
    baseline?.reportDueDay ??
    (await planReportDueDay(tx, workspaceId, distributor.id)) ??
    DEFAULT_DUE_DAY;
  const began =
    charter?.startsOn ?? baseline?.startedOn ?? dayIn(distributor.createdAt, distributor.timeZone);
  const firstReported = await findFirstReportedMonth(tx, workspaceId, distributor.id);
  return {
    dueDay,
    startsOn: firstReported && firstReported < began ? firstReported : began,
    timeZone: distributor.timeZone,
    today: reportToday(clock, distributor.timeZone),
  };
}

/** Where one month's report stands against the schedule: its due date, whether owed, late. */
export function monthDeadline(
  schedule: ReportSchedule,
  period: string,
  row: { dueOn: string; firstSubmittedAt: Date | null } | undefined,
) {
  const due = row?.dueOn ?? dueOn(period, schedule.dueDay);
  const expected = isExpected(period, schedule.startsOn);
  return {
    dueOn: due,
    expected,
    late: isLate(row, due, { today: schedule.today, timeZone: schedule.timeZone, expected }),
  };
}
