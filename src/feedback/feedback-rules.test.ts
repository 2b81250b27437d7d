import { describe, expect, it } from 'vitest';
import { averagesOf, gapsOf, quarterBefore, quarterEnd, quarterOf } from './feedback-rules.ts';

describe('feedback quarters', () => {
  it.each([
    ['2026-01-01T00:00:00Z', '2026-Q1'],
    ['2026-03-31T23:59:59Z', '2026-Q1'],
    ['2026-12-06T22:00:00Z', '2026-Q4'],
  ])('puts %s in %s (UTC)', (moment, quarter) => {
    expect(quarterOf(new Date(moment))).toBe(quarter);
  });

  it('closes a round when the next quarter starts, across the year', () => {
    expect(quarterEnd('2026-Q4').toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(quarterEnd('2026-Q2').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(quarterBefore('2026-Q1')).toBe('2025-Q4');
    expect(quarterBefore('2026-Q4', 2)).toBe('2026-Q2');
  });
});

describe('feedback gaps', () => {
  it('flags a topic where the sides differ by a full point or more', () => {
    const brenner = averagesOf([
      { communication: 5, support: 4, commitments: 4, overall: 4 },
      { communication: 4, support: 4, commitments: 4, overall: 5 },
    ]);
    const saigon = averagesOf([{ communication: 2, support: 3, commitments: 3, overall: 4 }]);
    expect(brenner.communication).toBe(4.5);
    expect(gapsOf('2026-Q3', brenner, saigon)).toEqual([
      {
        quarter: '2026-Q3',
        topic: 'communication',
        principal: 4.5,
        distributor: 2,
        difference: 2.5,
      },
      { quarter: '2026-Q3', topic: 'support', principal: 4, distributor: 3, difference: 1 },
      { quarter: '2026-Q3', topic: 'commitments', principal: 4, distributor: 3, difference: 1 },
    ]);
  });

  it('flags nothing while one side has not answered', () => {
    const brenner = averagesOf([{ communication: 5, support: 5, commitments: 5, overall: 5 }]);
    expect(gapsOf('2026-Q4', brenner, averagesOf([]))).toEqual([]);
  });
});
