import { describe, expect, it } from 'vitest';
import { defaultCharterContent } from '../charter/charter.content.ts';
import { type LetterInput, writeConcernLetter } from './concern-letter.ts';
import type { ConcernSignal } from './concerns.schema.ts';

const stock: ConcernSignal = {
  kind: 'stock_below_buffer',
  severity: 'critical',
  params: { weeksOfCover: 1.9, bufferWeeks: 6.5, period: '2026-10' },
  evidence: [{ kind: 'report', path: '/api/v1/distributors/d/reports/2026-10' }],
};

function input(overrides: Partial<LetterInput>): LetterInput {
  const charter = defaultCharterContent('2025-06-01', 'en');
  charter.inventory.lines = [
    { productLineId: 'brk', minimumOrderQuantity: 2000, bufferWeeks: 8 },
    { productLineId: 'disc', minimumOrderQuantity: 600, bufferWeeks: 8 },
    { productLineId: null, minimumOrderQuantity: 200, bufferWeeks: 4 },
  ];
  return {
    number: 2,
    asOf: '2026-11-20',
    principalName: 'Brenner Autoteile GmbH',
    distributorName: 'Saigon Motor Parts',
    addresseeName: 'Lê Quốc Huy',
    senderName: 'Jonas Becker',
    signals: [stock],
    charter,
    productLines: new Map([
      ['brk', { code: 'BRK-100', name: 'Brake pads' }],
      ['disc', { code: 'BRK-110', name: 'Brake discs' }],
    ]),
    language: 'vi',
    reasonOf: (signal) => `reason of ${signal.kind}`,
    ...overrides,
  };
}

describe('writeConcernLetter', () => {
  it('cites the buffer clause with each line’s commitment and the weeks on hand', () => {
    const letter = writeConcernLetter(input({}));
    expect(letter.body).toContain(
      'Relationship Charter, section 5 (Inventory commitments): the charter sets a buffer stock commitment of 8 weeks of cover for BRK-100, BRK-110; 4 weeks for every other line. Your report for 2026-10 shows 1.9 weeks of cover on hand',
    );
    expect(letter.citations).toEqual([
      { section: 'inventory', number: 5, signalKind: 'stock_below_buffer' },
    ]);
    expect(letter.bodyTranslation).toContain('8 tuần tồn kho cho BRK-100, BRK-110');
  });

  it.each([
    ['th-TH', 'th', 'เรียน คุณLê Quốc Huy', 'กฎบัตรความสัมพันธ์ทางธุรกิจ ข้อ 5'],
    ['zh-CN', 'zh', '尊敬的Lê Quốc Huy：', '合作关系章程第 5 节（库存承诺）'],
    [
      'de',
      'de',
      'Guten Tag Lê Quốc Huy,',
      'Partnerschaftscharta, Abschnitt 5 (Lagerverpflichtungen)',
    ],
  ])('writes %s beside English', (tag, language, greeting, clause) => {
    const letter = writeConcernLetter(input({ language: tag }));
    expect(letter.secondLanguage).toBe(language);
    expect(letter.bodyTranslation?.split('\n\n')[0]).toBe(greeting);
    expect(letter.bodyTranslation).toContain(clause);
    expect(letter.body.split('\n\n')).toHaveLength(
      letter.bodyTranslation?.split('\n\n').length ?? 0,
    );
  });

  it('leaves out a revenue comparison that could not be made', () => {
    const revenue = (prior: string | number, lastYear: string | number): ConcernSignal => ({
      kind: 'revenue_down',
      severity: 'warning',
      params: {
        againstPrior3MonthsPercent: prior,
        againstLastYearPercent: lastYear,
        periods: ['2026-10', '2026-09', '2026-08'],
      },
      evidence: [],
    });
    const prior = writeConcernLetter(input({ signals: [revenue(62, '—')] }));
    expect(prior.body).toContain('has fallen by 62 % against the three months before.');
    expect(prior.body).not.toContain('—');
    expect(prior.bodyTranslation).toContain('đã giảm 62 % so với ba tháng trước đó.');
    const lastYear = writeConcernLetter(input({ signals: [revenue('—', 35)] }));
    expect(lastYear.body).toContain('has fallen by 35 % against the same months last year.');
    expect(lastYear.citations).toEqual([
      { section: 'goals', number: 7, signalKind: 'revenue_down' },
    ]);
  });

  it('writes English alone for a language without a catalogue, or English itself', () => {
    for (const language of ['pl', 'en', null]) {
      const letter = writeConcernLetter(input({ language }));
      expect(letter).toMatchObject({
        secondLanguage: null,
        subjectTranslation: null,
        bodyTranslation: null,
      });
    }
  });

  it('falls back to the signal’s reason for a kind the template does not know, citing nothing', () => {
    const silence: ConcernSignal = {
      kind: 'silence',
      severity: 'warning',
      params: {},
      evidence: [],
    };
    const letter = writeConcernLetter(input({ signals: [silence], charter: null }));
    expect(letter.body).toContain('reason of silence');
    expect(letter.body).toContain('on the figures available to us as of 2026-11-20');
    expect(letter.citations).toEqual([]);
  });
});
