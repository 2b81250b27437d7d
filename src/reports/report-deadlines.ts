// When a monthly report is owed and whether it is late, on one calendar: the distributor's (its
// `timeZone`). A report is due on a day of the distributor's month, so "today", the due date and
// the day a report arrived are all read in the distributor's zone, whoever looks at them.
import { DateTime } from 'luxon';
import { type Clock, todayIn } from '../platform/clock.ts';
import { periodDate, shiftPeriod } from './periods.ts';

/** Today (YYYY-MM-DD) on the distributor's calendar: the one "today" of report deadlines. */
export function reportToday(clock: Clock, timeZone: string): string {
  return todayIn(clock, timeZone);
}

/** The day (YYYY-MM-DD) an instant falls on in `timeZone`. */
export function dayIn(instant: Date, timeZone: string): string {
  const day = DateTime.fromJSDate(instant, { zone: timeZone || 'UTC' }).toISODate();
  return day ?? instant.toISOString().slice(0, 10);
}

/**
 * A month is owed once the relationship has begun by its last day: a relationship that started
 * on 2027-03-15 owes March's report, and nothing before it.
 */
export function isExpected(period: string, relationshipStartsOn: string): boolean {
  return periodDate(shiftPeriod(period, 1)) > relationshipStartsOn;
}

/**
 * Submitted after its due date, or not submitted and past it; a month the relationship did not
 * owe is never late.
 */
export function isLate(
  row: { firstSubmittedAt: Date | null } | undefined,
  due: string,
  schedule: { today: string; timeZone: string; expected: boolean },
) {
  if (!schedule.expected) return false;
  const submitted = row?.firstSubmittedAt ? dayIn(row.firstSubmittedAt, schedule.timeZone) : null;
  return submitted ? submitted > due : schedule.today > due;
}
