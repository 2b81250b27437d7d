import { describe, expect, it } from 'vitest';
import { MonthlyReportContent } from './report.content.ts';
import { sampleContent } from './spreadsheet/sample-report.fixture.ts';

const issuesOf = (content: unknown) => {
  const result = MonthlyReportContent.safeParse(content);
  return result.success
    ? []
    : result.error.issues.map((issue) => [issue.path.join('.'), issue.code]);
};

describe('MonthlyReportContent', () => {
  it('accepts a complete report', () => {
    expect(issuesOf(sampleContent)).toEqual([]);
  });

  it.each([
    ['a malformed period', { period: '2026-13' }, 'period'],
    ['an unknown currency', { currency: 'EUX' }, 'currency'],
    [
      'cents below a cent',
      { sales: [{ productLine: 'BRK-PAD', units: 1, revenue: 1.001 }] },
      'sales.0.revenue',
    ],
    [
      'a fractional unit',
      { inventory: [{ productLine: 'BRK-PAD', unitsOnHand: 0.5 }] },
      'inventory.0.unitsOnHand',
    ],
    [
      'a score above 10',
      { customerSatisfaction: { complaints: 0, returns: 0, score: 10.5 } },
      'customerSatisfaction.score',
    ],
  ])('refuses %s', (_, change, path) => {
    expect(issuesOf({ ...sampleContent, ...change }).map(([where]) => where)).toEqual([path]);
  });

  it('refuses the same product line twice and the same account and line twice', () => {
    const content = {
      ...sampleContent,
      sales: [...sampleContent.sales, { productLine: 'BRK-PAD', units: 1, revenue: 1 }],
      pipeline: [
        ...sampleContent.pipeline,
        { ...sampleContent.pipeline[0], account: 'SAIGON AUTO PARTS' },
      ],
    };
    expect(issuesOf(content)).toEqual([
      ['sales.2', 'custom'],
      ['pipeline.2', 'custom'],
    ]);
  });
});
