import { describe, expect, it } from 'vitest';
import { person } from './rotation.fixture.ts';
import { assessRotation, checkFairness, FAIRNESS_WINDOW } from './rotation-ledger.ts';

describe('the fairness rule', () => {
  const take = (party: 'principal' | 'distributor', minutes: number) =>
    party === 'principal'
      ? { principal: minutes, distributor: 0 }
      : { principal: 0, distributor: minutes };

  it('accepts strict alternation and rejects five late calls against three', () => {
    const alternating = Array.from({ length: 12 }, (_, index) =>
      take(index % 2 ? 'principal' : 'distributor', 60),
    );
    expect(checkFairness(alternating).every((window) => window.isFair)).toBe(true);
    const lopsided = ['d', 'd', 'p', 'd', 'p', 'd', 'p', 'd'].map((who) =>
      take(who === 'p' ? 'principal' : 'distributor', 60),
    );
    const last = checkFairness(lopsided).at(-1);
    expect(last).toMatchObject({
      first: 0,
      last: 7,
      imbalance: -120,
      allowance: 60,
      isFair: false,
    });
  });

  it('weighs amounts, not counts: four night calls are not paid back by four short evenings', () => {
    const burdens = Array.from({ length: 8 }, (_, index) =>
      index % 2 ? take('principal', 120) : take('distributor', 30),
    );
    expect(checkFairness(burdens).at(-1)).toMatchObject({ imbalance: 360, isFair: false });
  });

  it('holds the start of a series to the rule over the meetings so far', () => {
    const windows = checkFairness([take('distributor', 60), take('distributor', 60)]);
    expect(windows.map((window) => window.isFair)).toEqual([true, false]);
    expect(FAIRNESS_WINDOW).toBe(8);
  });
});

describe('the ledger of meetings already set', () => {
  it('weighs times moved by hand and shows who took the inconvenient ones', () => {
    const assessment = assessRotation({
      participants: [
        person('jonas', 'principal', 'Europe/Berlin'),
        person('lan', 'distributor', 'Asia/Ho_Chi_Minh', {
          start: '08:00',
          end: '17:00',
          weekdays: [1, 2, 3, 4, 5],
        }),
      ],
      meetings: [
        { startUtc: '2026-03-24T08:00:00Z', minutes: 30 }, // 09:00 Berlin, 15:00 Saigon
        { startUtc: '2026-03-31T13:00:00Z', minutes: 30 }, // 15:00 Berlin, 20:00 Saigon
        { startUtc: '2026-04-07T13:00:00Z', minutes: 30 },
      ],
    });
    expect(assessment.meetings.map((meeting) => meeting.burden)).toEqual([
      { principal: 0, distributor: 0 },
      { principal: 0, distributor: 60 },
      { principal: 0, distributor: 60 },
    ]);
    expect(assessment.meetings[2]?.attendees.map((attendee) => attendee.localStart)).toEqual([
      '2026-04-07T15:00:00+02:00',
      '2026-04-07T20:00:00+07:00',
    ]);
    expect(assessment.meetings[2]?.ledger).toMatchObject({
      distributor: 120,
      distributorMeetings: 2,
    });
    expect(assessment.meetings.map((meeting) => meeting.window.isFair)).toEqual([
      true,
      true,
      false,
    ]);
    expect(assessment.unfairWindows).toBe(1);
  });
});
