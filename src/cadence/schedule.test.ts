import { describe, expect, it } from 'vitest';
import { planCadence } from './schedule.ts';

const protocol = [
  { kind: 'weekly' as const, minutes: 30 },
  { kind: 'monthly' as const, minutes: 60 },
  { kind: 'quarterly' as const, minutes: 120 },
  { kind: 'annual' as const, minutes: 240 },
];

// 2026-03-02 is a Monday.
const year = planCadence({
  startsOn: '2026-03-02',
  from: '2026-03-02',
  until: '2027-03-02',
  meetings: protocol,
});
const weekly = year.filter((meeting) => meeting.kind === 'weekly');

describe('the layered cadence', () => {
  it('meets twice a week in month one, then weekly', () => {
    const monthOne = weekly.filter((meeting) => meeting.date < '2026-04-01');
    expect(monthOne.map((meeting) => meeting.date)).toEqual([
      '2026-03-03',
      '2026-03-05',
      '2026-03-10',
      '2026-03-12',
      '2026-03-17',
      '2026-03-19',
      '2026-03-24',
      '2026-03-26',
      '2026-03-31',
    ]);
    const april = weekly.filter((meeting) => meeting.date.startsWith('2026-04'));
    expect(april.map((meeting) => meeting.date)).toEqual([
      '2026-04-07',
      '2026-04-14',
      '2026-04-21',
      '2026-04-28',
    ]);
    expect(new Set(weekly.map((meeting) => meeting.phase))).toEqual(
      new Set(['month_one', 'first_90_days', 'steady']),
    );
    expect(weekly.find((meeting) => meeting.date === '2026-05-26')?.phase).toBe('first_90_days');
    expect(weekly.find((meeting) => meeting.date === '2026-06-02')?.phase).toBe('steady');
  });

  it('holds the review after the monthly report is due, stepping up to QBRs and the annual plan', () => {
    const reviews = year.filter((meeting) => meeting.kind !== 'weekly');
    expect(reviews.map((meeting) => `${meeting.kind} ${meeting.date}`)).toEqual([
      'monthly 2026-04-16',
      'monthly 2026-05-14',
      'quarterly 2026-06-11',
      'monthly 2026-07-16',
      'monthly 2026-08-13',
      'quarterly 2026-09-17',
      'monthly 2026-10-15',
      'monthly 2026-11-12',
      'quarterly 2026-12-17',
      'monthly 2027-01-14',
      'monthly 2027-02-11',
    ]);
    const next = planCadence({
      startsOn: '2026-03-02',
      from: '2027-03-01',
      until: '2027-04-01',
      meetings: protocol,
    });
    expect(
      next.filter((m) => m.kind !== 'weekly').map((m) => `${m.kind} ${m.date} ${m.minutes}`),
    ).toEqual(['annual 2027-03-11 240']);
  });

  it('follows the charter: its due day, its weekdays, and only the kinds it names', () => {
    const plan = planCadence({
      startsOn: '2026-03-02',
      from: '2026-06-01',
      until: '2026-07-01',
      meetings: [{ kind: 'monthly', minutes: 45 }],
      reportDueDay: 15,
      reviewWeekday: 2,
    });
    expect(plan).toEqual([
      { kind: 'monthly', date: '2026-06-16', minutes: 45, phase: 'steady', number: 3 },
    ]);
  });

  it('numbers meetings from the start, whatever window is asked for', () => {
    const window = planCadence({
      startsOn: '2026-03-02',
      from: '2026-06-01',
      until: '2026-06-30',
      meetings: protocol,
    });
    const sameInYear = year.filter(
      (meeting) => meeting.date >= '2026-06-01' && meeting.date < '2026-06-30',
    );
    expect(window).toEqual(sameInYear);
    expect(window[0]).toMatchObject({ kind: 'weekly', date: '2026-06-02', number: 18 });
  });

  it('leaves out a check-in on the day of a review', () => {
    const onThursday = planCadence({
      startsOn: '2026-03-02',
      from: '2026-04-01',
      until: '2026-05-01',
      meetings: protocol,
      checkInWeekday: 4,
    });
    expect(onThursday.filter((m) => m.date === '2026-04-16').map((m) => m.kind)).toEqual([
      'monthly',
    ]);
  });

  it('refuses dates and weekdays that are not', () => {
    expect(() =>
      planCadence({
        startsOn: '2026-02-30',
        from: '2026-03-01',
        until: '2026-04-01',
        meetings: protocol,
      }),
    ).toThrow(/startsOn: "2026-02-30" is not a calendar date/);
    expect(() =>
      planCadence({
        startsOn: '2026-03-02',
        from: '2026-03-01',
        until: '2026-04-01',
        meetings: protocol,
        reviewWeekday: 8,
      }),
    ).toThrow(/reviewWeekday: 8 is not an ISO weekday/);
    expect(() =>
      planCadence({
        startsOn: '2026-03-02',
        from: '2026-05-01',
        until: '2026-04-01',
        meetings: protocol,
      }),
    ).toThrow(/until: the end is before the start/);
  });
});
