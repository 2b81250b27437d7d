import { describe, expect, it } from 'vitest';
import { burdensOf, meetingOn, person, weekly } from './rotation.fixture.ts';
import { planRotation } from './rotation.ts';
import type { RotationInput } from './rotation-input.ts';
import { checkFairness, FAIRNESS_WINDOW, planFixedTime } from './rotation-ledger.ts';

describe('Europe/Berlin with Asia/Ho_Chi_Minh: working hours overlap', () => {
  const input: RotationInput = {
    participants: [
      person('jonas', 'principal', 'Europe/Berlin'),
      person('lan', 'distributor', 'Asia/Ho_Chi_Minh', {
        start: '08:00',
        end: '17:00',
        weekdays: [1, 2, 3, 4, 5],
      }),
    ],
    occurrences: weekly('2026-01-06', 52),
  };
  const plan = planRotation(input);

  it('meets inside both working days all year: nobody is burdened', () => {
    expect(plan.meetings.every((meeting) => meeting.burdenedParty === 'none')).toBe(true);
    expect(plan.maxImbalance).toBe(0);
    expect(plan.meetings.every((meeting) => meeting.noFairSlot === null)).toBe(true);
  });

  it('keeps 09:00 in Berlin across the March change; Ho Chi Minh City moves from 15:00 to 14:00', () => {
    expect(meetingOn(plan, '2026-03-24')).toMatchObject({
      startUtc: '2026-03-24T08:00:00Z',
      local: ['2026-03-24T09:00:00+01:00', '2026-03-24T15:00:00+07:00'],
    });
    expect(meetingOn(plan, '2026-03-31')).toMatchObject({
      startUtc: '2026-03-31T07:00:00Z',
      local: ['2026-03-31T09:00:00+02:00', '2026-03-31T14:00:00+07:00'],
    });
  });

  it('and back across the October change', () => {
    expect(meetingOn(plan, '2026-10-20').local).toEqual([
      '2026-10-20T09:00:00+02:00',
      '2026-10-20T14:00:00+07:00',
    ]);
    expect(meetingOn(plan, '2026-10-27').local).toEqual([
      '2026-10-27T09:00:00+01:00',
      '2026-10-27T15:00:00+07:00',
    ]);
  });
});

describe('Europe/Berlin with America/Mexico_City: the overlap shrinks in the German summer', () => {
  // Mexico City keeps UTC−6 all year: Berlin is 7 hours ahead in winter and 8 in summer, which
  // leaves one common hour (16:30–17:30 in Berlin) in winter and only half an hour in summer.
  const input: RotationInput = {
    participants: [
      person('jonas', 'principal', 'Europe/Berlin'),
      person('alejandro', 'distributor', 'America/Mexico_City', {
        start: '09:00',
        end: '18:00',
        weekdays: [1, 2, 3, 4, 5],
      }),
    ],
    occurrences: weekly('2026-01-06', 52, 60),
  };
  const plan = planRotation(input);
  const summer = plan.meetings.filter(
    (meeting) => meeting.date >= '2026-03-31' && meeting.date < '2026-10-25',
  );

  it('meets in the common hour in winter, 16:00 in Berlin and 09:00 in Mexico City', () => {
    expect(meetingOn(plan, '2026-03-24')).toMatchObject({
      local: ['2026-03-24T16:00:00+01:00', '2026-03-24T09:00:00-06:00'],
      burden: { principal: 0, distributor: 0 },
    });
    expect(meetingOn(plan, '2026-11-03').burden).toEqual({ principal: 0, distributor: 0 });
  });

  it('takes turns in summer: half an hour early in Mexico, then half an hour late in Berlin', () => {
    expect(meetingOn(plan, '2026-03-31')).toMatchObject({
      local: ['2026-03-31T16:30:00+02:00', '2026-03-31T08:30:00-06:00'],
      burden: { principal: 0, distributor: 30 },
    });
    expect(meetingOn(plan, '2026-04-07')).toMatchObject({
      local: ['2026-04-07T17:00:00+02:00', '2026-04-07T09:00:00-06:00'],
      burden: { principal: 30, distributor: 0 },
    });
    const turns = summer.map((meeting) => meeting.burdenedParty);
    expect(turns.filter((party) => party === 'principal').length).toBeGreaterThanOrEqual(14);
    expect(turns.filter((party) => party === 'distributor').length).toBeGreaterThanOrEqual(14);
    expect(checkFairness(burdensOf(plan)).every((window) => window.isFair)).toBe(true);
  });

  it('a fixed 16:00 in Berlin would leave Mexico City at 08:00 all summer', () => {
    const fixed = planFixedTime(input, '16:00');
    const july = fixed.meetings.find((meeting) => meeting.startUtc.startsWith('2026-07-07'));
    expect(july?.attendees.map((attendee) => attendee.localTime)).toEqual(['16:00', '08:00']);
    expect(fixed.unfairWindows).toBeGreaterThan(20);
  });
});

describe('Australia/Sydney with Europe/Berlin: little or no overlap', () => {
  const participants = [
    person('olivia', 'principal', 'Australia/Sydney', {
      start: '09:00',
      end: '17:00',
      weekdays: [1, 2, 3, 4, 5],
    }),
    person('jonas', 'distributor', 'Europe/Berlin', {
      start: '09:00',
      end: '17:00',
      weekdays: [1, 2, 3, 4, 5],
    }),
  ];
  // Sydney is 8 to 10 hours ahead of Berlin through the year: with both working 09:00–17:00
  // there is never a common half hour, so every meeting burdens someone.
  const plan = planRotation({ participants, occurrences: weekly('2026-01-06', 52) });

  it('burdens every meeting, and the burden changes sides within every 8 meetings', () => {
    expect(plan.meetings.every((meeting) => meeting.burdenedParty !== 'none')).toBe(true);
    for (const meeting of plan.meetings.slice(FAIRNESS_WINDOW - 1)) {
      expect(meeting.window.principal).toBeGreaterThan(0);
      expect(meeting.window.distributor).toBeGreaterThan(0);
    }
    const ledger = plan.meetings.at(-1)?.ledger;
    expect(ledger?.principalMeetings).toBeGreaterThanOrEqual(20);
    expect(ledger?.distributorMeetings).toBeGreaterThanOrEqual(20);
    expect(Math.abs((ledger?.principal ?? 0) - (ledger?.distributor ?? 0))).toBeLessThanOrEqual(60);
  });

  it('keeps the rule in every 8-meeting window, across both countries’ DST changes', () => {
    const windows = checkFairness(burdensOf(plan));
    expect(windows.filter((window) => window.isFair === false)).toEqual([]);
    expect(plan.unfairWindows).toBe(0);
    expect(plan.meetings.every((meeting) => meeting.noFairSlot === null)).toBe(true);
  });

  it('shows each side its own time: Sydney’s evening or Berlin’s early morning (×2, so half as often)', () => {
    // Before 5 April Sydney is on daylight time (UTC+11) and Berlin, until 29 March, on UTC+1.
    const january = plan.meetings.slice(0, 2).map((meeting) => meeting.attendees);
    expect(january.map((attendees) => attendees.map((attendee) => attendee.localStart))).toEqual([
      ['2026-01-06T19:00:00+11:00', '2026-01-06T09:00:00+01:00'],
      ['2026-01-13T16:00:00+11:00', '2026-01-13T06:00:00+01:00'],
    ]);
    // In the southern winter both are on standard time, 8 hours apart (UTC+10, UTC+2).
    const july = plan.meetings.find((meeting) => meeting.date === '2026-07-07');
    expect(july?.attendees.map((attendee) => attendee.localStart.slice(19))).toEqual([
      '+10:00',
      '+02:00',
    ]);
  });

  it('keeps a running ledger of who took which inconvenient slot', () => {
    const [first, second] = plan.meetings;
    expect(first?.ledger).toEqual({
      principal: 30,
      distributor: 0,
      principalMeetings: 1,
      distributorMeetings: 0,
    });
    expect(second?.ledger).toEqual({
      principal: 30,
      distributor: 60,
      principalMeetings: 1,
      distributorMeetings: 1,
    });
  });

  it('takes held meetings into account: after two early Berlin calls, Sydney stays late', () => {
    const continued = planRotation({
      participants,
      occurrences: weekly('2026-01-06', 1),
      history: [
        { principal: 0, distributor: 30 },
        { principal: 0, distributor: 30 },
      ],
    });
    expect(continued.meetings[0]?.burdenedParty).toBe('principal');
    expect(continued.meetings[0]?.window).toMatchObject({ first: -2, last: 0, imbalance: -30 });
  });
});

describe('America/New_York with Asia/Ho_Chi_Minh: eleven or twelve hours apart', () => {
  const plan = planRotation({
    participants: [
      person('mike', 'principal', 'America/New_York', {
        start: '09:00',
        end: '17:00',
        weekdays: [1, 2, 3, 4, 5],
      }),
      person('lan', 'distributor', 'Asia/Ho_Chi_Minh', {
        start: '08:00',
        end: '17:00',
        weekdays: [1, 2, 3, 4, 5],
      }),
    ],
    occurrences: weekly('2026-01-06', 52),
  });

  it('shares the early morning in New York with the evening in Ho Chi Minh City', () => {
    expect(meetingOn(plan, '2026-03-03')).toEqual({
      startUtc: '2026-03-03T12:00:00Z',
      local: ['2026-03-03T07:00:00-05:00', '2026-03-03T19:00:00+07:00'],
      burden: { principal: 30, distributor: 30 },
    });
    // New York moves to daylight time on 8 March: 07:00 there is now 18:00 in Vietnam.
    expect(meetingOn(plan, '2026-03-10').local).toEqual([
      '2026-03-10T07:00:00-04:00',
      '2026-03-10T18:00:00+07:00',
    ]);
    expect(checkFairness(burdensOf(plan)).every((window) => window.isFair)).toBe(true);
  });
});

describe('when no fair slot exists', () => {
  it('says so when the meeting day is the distributor’s weekend', () => {
    // Saudi Arabia works Sunday to Thursday; a Friday meeting burdens Riyadh whatever the time.
    const plan = planRotation({
      participants: [
        person('jonas', 'principal', 'Europe/Berlin'),
        person('faisal', 'distributor', 'Asia/Riyadh', {
          start: '08:00',
          end: '16:00',
          weekdays: [7, 1, 2, 3, 4],
        }),
      ],
      occurrences: weekly('2026-01-09', 10),
    });
    expect(plan.meetings.map((meeting) => meeting.noFairSlot)).toEqual([
      null,
      ...Array.from({ length: 9 }, () => 'one_sided'),
    ]);
    // It still picks the least painful time: Friday daytime in Riyadh, the principal at work.
    expect(plan.meetings[1]?.burden).toEqual({ principal: 0, distributor: 60 });
    expect(plan.meetings[1]?.window.isFair).toBe(false);
  });
});
