// The layered meeting cadence of one relationship, as calendar dates: the seeds' rhythm of
// weekly operational check-ins, monthly performance reviews, quarterly business reviews and
// annual strategic planning, denser while onboarding (twice a week in month one, weekly until
// day 90). A pure function: the time of day is the rotation planner's job (rotation.ts).
import { DateTime } from 'luxon';

export const meetingKinds = ['weekly', 'monthly', 'quarterly', 'annual'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export type CadenceInput = {
  /** The relationship's start (the charter's term start, or the signing date): YYYY-MM-DD. */
  startsOn: string;
  /** Plan from this date (inclusive) … */
  from: string;
  /** … until this date (exclusive). */
  until: string;
  /** The meeting kinds the charter's protocol names, with their length in minutes. */
  meetings: { kind: MeetingKind; minutes: number }[];
  /** ISO weekday of the operational check-in (1 = Monday … 7 = Sunday). Default: Tuesday. */
  checkInWeekday?: number;
  /** The second check-in of onboarding month one. Default: two days after the first. */
  secondCheckInWeekday?: number;
  /** The distributor's monthly report is due on this day; the review follows it. Default 10. */
  reportDueDay?: number;
  /** ISO weekday of reviews (monthly, quarterly, annual). Default: Thursday. */
  reviewWeekday?: number;
};

export type PlannedMeeting = {
  kind: MeetingKind;
  /** The local calendar date, YYYY-MM-DD. */
  date: string;
  minutes: number;
  /** Which phase produced it: onboarding month one, the rest of the first 90 days, or steady. */
  phase: 'month_one' | 'first_90_days' | 'steady';
  /** The n-th meeting of its kind since the start (1-based), stable whatever window is asked. */
  number: number;
};

const ONBOARDING_MONTH_DAYS = 30;
const ONBOARDING_DAYS = 90;

function date(iso: string, field: string): DateTime {
  const parsed = DateTime.fromISO(iso, { zone: 'utc' });
  if (!parsed.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    throw new RangeError(`${field}: "${iso}" is not a calendar date (YYYY-MM-DD)`);
  }
  return parsed.startOf('day');
}

/** The first date on or after `day` that falls on `weekday`. */
function onOrAfter(day: DateTime, weekday: number): DateTime {
  return day.plus({ days: (weekday - day.weekday + 7) % 7 });
}

/** The review date of a month: the first review weekday after the report's due day. */
function reviewDay(month: DateTime, dueDay: number, weekday: number): DateTime {
  const due = month.set({ day: Math.min(dueDay, month.daysInMonth ?? 28) });
  return onOrAfter(due.plus({ days: 1 }), weekday);
}

/**
 * Every meeting of the cadence between `from` and `until`. Reviews share the monthly slot: the
 * month of a relationship anniversary holds the annual planning, every third month the quarterly
 * business review, the others the monthly review (each only if the protocol names the kind, the
 * next smaller one otherwise). A check-in on the day of a review is left out: the review covers it.
 */
export function planCadence(input: CadenceInput): PlannedMeeting[] {
  const start = date(input.startsOn, 'startsOn');
  const from = date(input.from, 'from');
  const until = date(input.until, 'until');
  if (until < from) throw new RangeError('until: the end is before the start');
  const minutes = new Map(input.meetings.map((meeting) => [meeting.kind, meeting.minutes]));
  const checkIn = input.checkInWeekday ?? 2;
  const secondCheckIn = input.secondCheckInWeekday ?? ((checkIn + 1) % 7) + 1;
  const reviewWeekday = input.reviewWeekday ?? 4;
  const dueDay = input.reportDueDay ?? 10;
  for (const [field, weekday] of [
    ['checkInWeekday', checkIn],
    ['secondCheckInWeekday', secondCheckIn],
    ['reviewWeekday', reviewWeekday],
  ] as const) {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      throw new RangeError(`${field}: ${weekday} is not an ISO weekday (1–7)`);
    }
  }

  const all: Omit<PlannedMeeting, 'number'>[] = [];
  const reviewDates = new Set<string>();

  // Reviews: one per month after the start month, in the monthly slot.
  for (let month = 1; ; month++) {
    const monthStart = start.startOf('month').plus({ months: month });
    if (monthStart >= until.plus({ months: 1 })) break;
    const kind: MeetingKind | undefined =
      month % 12 === 0 && minutes.has('annual')
        ? 'annual'
        : month % 3 === 0 && minutes.has('quarterly')
          ? 'quarterly'
          : minutes.has('monthly')
            ? 'monthly'
            : undefined;
    if (!kind) continue;
    const day = reviewDay(monthStart, dueDay, reviewWeekday);
    const iso = day.toISODate() ?? '';
    reviewDates.add(iso);
    all.push({ kind, date: iso, minutes: minutes.get(kind) ?? 60, phase: phaseOf(start, day) });
  }

  // Operational check-ins: twice a week in month one, weekly after.
  if (minutes.has('weekly')) {
    const length = minutes.get('weekly') ?? 30;
    for (let week = start.startOf('week'); week < until; week = week.plus({ weeks: 1 })) {
      for (const weekday of [checkIn, secondCheckIn]) {
        const day = week.plus({ days: weekday - 1 });
        if (day < start) continue;
        const second = weekday === secondCheckIn && weekday !== checkIn;
        if (second && day.diff(start, 'days').days >= ONBOARDING_MONTH_DAYS) continue;
        const iso = day.toISODate() ?? '';
        if (reviewDates.has(iso)) continue;
        all.push({ kind: 'weekly', date: iso, minutes: length, phase: phaseOf(start, day) });
      }
    }
  }

  all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const counters = new Map<MeetingKind, number>();
  const numbered = all.map((meeting) => {
    const number = (counters.get(meeting.kind) ?? 0) + 1;
    counters.set(meeting.kind, number);
    return { ...meeting, number };
  });
  const fromIso = from.toISODate() ?? '';
  const untilIso = until.toISODate() ?? '';
  return numbered.filter((meeting) => meeting.date >= fromIso && meeting.date < untilIso);
}

function phaseOf(start: DateTime, day: DateTime): PlannedMeeting['phase'] {
  const days = day.diff(start, 'days').days;
  if (days < ONBOARDING_MONTH_DAYS) return 'month_one';
  if (days < ONBOARDING_DAYS) return 'first_90_days';
  return 'steady';
}

export type MeetingRhythm = 'twice_weekly' | 'weekly' | 'monthly' | 'quarterly' | 'annual';

/**
 * How often a meeting of this kind recurs at its date: check-ins are twice a week in onboarding
 * month one (planCadence above), so a label says "twice-weekly" there rather than "weekly".
 */
export function rhythmOf(kind: MeetingKind, localDate: string, startsOn: string): MeetingRhythm {
  if (kind !== 'weekly') return kind;
  const phase = phaseOf(date(startsOn, 'startsOn'), date(localDate, 'localDate'));
  return phase === 'month_one' ? 'twice_weekly' : 'weekly';
}
