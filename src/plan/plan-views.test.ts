import { describe, expect, it } from 'vitest';
import { goalProgress } from './plan-views.ts';

describe('a goal’s progress from its KPI', () => {
  it.each([
    ['a ratio, compared in percent', 'attainment', 95, { attainment: 0.931 }, 93.1, 98],
    ['weeks against weeks', 'weeksOfCover', 8, { weeksOfCover: 6 }, 6, 75],
    ['lower is better, under the target', 'complaints', 5, { complaints: 3 }, 3, 100],
    ['lower is better, over the target', 'complaints', 5, { complaints: 10 }, 10, 50],
    ['not measured yet', 'timeliness', 90, { timeliness: null }, null, null],
    ['no KPI linked', null, 40, {}, null, null],
    ['a target of zero, reached', 'growth', 0, { growth: 0.12 }, 12, 100],
  ] as const)('%s', (_name, kpi, target, values, current, percent) => {
    expect(goalProgress(kpi, target, values)).toEqual({
      currentValue: current,
      progressPercent: percent,
    });
  });
});
