import { describe, expect, it } from 'vitest';
import { officeHours, person, weekly } from './rotation.fixture.ts';
import { planRotation } from './rotation.ts';
import { type RotationInput, RotationInputError } from './rotation-input.ts';
import { planFixedTime } from './rotation-ledger.ts';

describe('bad input', () => {
  const valid: RotationInput = {
    participants: [
      person('jonas', 'principal', 'Europe/Berlin'),
      person('lan', 'distributor', 'Asia/Ho_Chi_Minh'),
    ],
    occurrences: weekly('2026-01-06', 2),
  };

  function issuesOf(input: RotationInput) {
    try {
      planRotation(input);
    } catch (error) {
      if (error instanceof RotationInputError) return error.issues;
      throw error;
    }
    throw new Error('expected a RotationInputError');
  }

  it('points at an unknown time zone and at working hours that end before they start, together', () => {
    const issues = issuesOf({
      ...valid,
      participants: [
        person('jonas', 'principal', 'Europe/Berlin', { ...officeHours, start: '18:00' }),
        person('lan', 'distributor', 'Asia/Hanoi'),
      ],
    });
    expect(issues).toEqual([
      {
        pointer: '#/participants/0/workingHours/end',
        code: 'hours_end_before_start',
        value: '17:30',
      },
      { pointer: '#/participants/1/timeZone', code: 'unknown_time_zone', value: 'Asia/Hanoi' },
    ]);
  });

  it.each([
    [
      'a time that is not HH:mm',
      { start: '9am' },
      '#/participants/0/workingHours/start',
      'invalid_time',
    ],
    [
      'no working days',
      { weekdays: [] },
      '#/participants/0/workingHours/weekdays',
      'invalid_weekdays',
    ],
    [
      'equal start and end',
      { start: '17:30' },
      '#/participants/0/workingHours/end',
      'hours_end_before_start',
    ],
  ] as const)('rejects %s', (_, hours, pointer, code) => {
    const issues = issuesOf({
      ...valid,
      participants: [
        person('jonas', 'principal', 'Europe/Berlin', { ...officeHours, ...hours }),
        person('lan', 'distributor', 'Asia/Ho_Chi_Minh'),
      ],
    });
    expect(issues).toMatchObject([{ pointer, code }]);
  });

  it('rejects a pinned time that is not HH:mm', () => {
    expect(() => planFixedTime(valid, '25:00')).toThrow(RotationInputError);
  });

  it('rejects a series without a distributor, bad dates and lengths, and dates out of order', () => {
    const issues = issuesOf({
      participants: [person('jonas', 'principal', 'Europe/Berlin')],
      occurrences: [
        { date: '2026-02-30', minutes: 30 },
        { date: '2026-03-10', minutes: 0 },
        { date: '2026-03-03', minutes: 30 },
      ],
      referenceZone: 'Mars/Olympus',
    });
    expect(issues.map((issue) => `${issue.pointer} ${issue.code}`)).toEqual([
      '#/participants party_missing',
      '#/occurrences/0/date invalid_date',
      '#/occurrences/1/minutes invalid_minutes',
      '#/occurrences/2/date occurrences_out_of_order',
      '#/referenceZone unknown_time_zone',
    ]);
  });
});
