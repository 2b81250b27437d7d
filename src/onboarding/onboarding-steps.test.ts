// The journey's timing rule, with a pinned start and named days.
import { describe, expect, it } from 'vitest';
import { dueDays, isFollowed, stepTiming } from './onboarding-steps.ts';

const start = new Date('2027-01-01T09:00:00Z');
const on = (day: string) => new Date(`${day}T12:00:00Z`);

describe('an onboarding step’s timing', () => {
  it.each([
    ['charter_signed', '2027-01-20', false, { dueOn: '2027-01-31', lateByDays: 0, isLate: false }],
    ['charter_signed', '2027-01-31', false, { dueOn: '2027-01-31', lateByDays: 0, isLate: false }],
    ['charter_signed', '2027-02-15', false, { dueOn: '2027-01-31', lateByDays: 15, isLate: true }],
    ['charter_signed', '2027-02-15', true, { dueOn: '2027-01-31', lateByDays: 0, isLate: false }],
    ['cadence_planned', '2027-01-09', false, { dueOn: '2027-01-08', lateByDays: 1, isLate: true }],
    ['first_monthly_review', '2027-03-01', false, { dueOn: '2027-04-01', isLate: false }],
  ] as const)('%s on %s (done: %s) is %o', (key, day, isDone, expected) => {
    expect(stepTiming(dueDays[key], start, on(day), isDone)).toMatchObject(expected);
  });

  it('counts from a workspace’s own due day', () => {
    expect(stepTiming(45, start, on('2027-02-15'), false)).toEqual({
      dueOn: '2027-02-15',
      lateByDays: 0,
      isLate: false,
    });
  });

  it('follows a journey until 90 days after the relationship left onboarding', () => {
    expect(isFollowed(null, on('2027-06-01'))).toBe(true);
    expect(isFollowed(on('2027-03-01'), on('2027-05-30'))).toBe(true);
    expect(isFollowed(on('2027-03-01'), on('2027-06-01'))).toBe(false);
  });
});
