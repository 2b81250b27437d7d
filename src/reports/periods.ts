// Report months: "2026-03" in the API, the month's first day in the database. A month's report is
// due on the due day of the month after it (the charter's, else the cadence plan's, else the
// 10th): see report-schedule.service.ts.
import { DateTime } from 'luxon';

export const DEFAULT_DUE_DAY = 10;

export function periodDate(period: string): string {
  return `${period}-01`;
}

export function periodOf(date: string): string {
  return date.slice(0, 7);
}

export function dueOn(period: string, dueDay: number): string {
  return (
    DateTime.fromISO(periodDate(period), { zone: 'utc' })
      .plus({ months: 1 })
      .set({ day: dueDay })
      .toISODate() ?? ''
  );
}

/** The `count` months up to and including the last one that has ended, newest first. */
export function recentPeriods(today: string, count: number): string[] {
  const lastEnded = DateTime.fromISO(today, { zone: 'utc' }).startOf('month').minus({ months: 1 });
  return Array.from({ length: count }, (_, index) =>
    lastEnded.minus({ months: index }).toFormat('yyyy-MM'),
  );
}

/** "2026-03" moved by `months` (plain arithmetic: a scorecard shifts hundreds of periods). */
export function shiftPeriod(period: string, months: number): string {
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
