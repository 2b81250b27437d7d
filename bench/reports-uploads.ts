// A month's report with a 10,000-opportunity pipeline, as the XLSX template filled in (built with
// the template writer, so it is the file a distributor would send back) and as JSON.
import type { MonthlyReportContent } from '../src/reports/report.content.ts';
import { parseReportFile } from '../src/reports/spreadsheet/parse.ts';
import type { ReportContext } from '../src/reports/spreadsheet/report-rows.ts';
import { writeReportTemplate } from '../src/reports/spreadsheet/template.ts';
import type { Random } from './random.ts';

export const PIPELINE_ROWS = 10_000;

const stages = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const;

export function largeReport(
  random: Random,
  input: { period: string; currency: string; productLineCodes: string[] },
): MonthlyReportContent {
  const { period, currency, productLineCodes } = input;
  const closeMonth = (offset: number) => {
    const [year = 2026, month = 1] = period.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1 + offset, 1 + random.int(28)));
    return date.toISOString().slice(0, 10);
  };
  return {
    period,
    currency,
    sales: productLineCodes.map((code) => {
      const units = 20 + random.int(2000);
      return { productLine: code, units, revenue: units * (5 + random.int(400)) };
    }),
    inventory: productLineCodes.map((code) => ({
      productLine: code,
      unitsOnHand: random.int(5000),
    })),
    pipeline: Array.from({ length: PIPELINE_ROWS }, (_, index) => ({
      account: `Workshop ${String(Math.floor(index / productLineCodes.length)).padStart(4, '0')}`,
      productLine: productLineCodes[index % productLineCodes.length] ?? '',
      stage: random.pick(stages),
      value: 100 * (1 + random.int(500)),
      expectedClose: closeMonth(1 + random.int(6)),
    })),
    marketIntelligence: [
      { note: 'Workshops are stocking up before the rainy season.', tags: ['seasonal'] },
      { note: 'Two fleet operators tendered their brake maintenance.', tags: ['fleet'] },
    ],
    competitiveActivity: [
      {
        competitor: 'Competing brand',
        product: 'Brake pads',
        pricePoint: 18.5,
        observation: 'Priced 12 % below ours at the largest wholesaler.',
      },
    ],
    customerSatisfaction: { complaints: random.int(5), returns: random.int(3), score: 8.2 },
  };
}

export async function largeReportXlsx(
  content: MonthlyReportContent,
  input: { distributorName: string; productLines: { code: string; name: string }[] },
) {
  return writeReportTemplate({
    distributorName: input.distributorName,
    period: content.period,
    currency: content.currency,
    productLines: input.productLines,
    content,
    locale: 'en',
  });
}

/** Parsing and checking alone, in-process: the part of an upload before any SQL. */
export async function timeParse(bytes: Buffer, context: ReportContext) {
  const started = performance.now();
  const parsed = await parseReportFile(bytes, 'report.xlsx', context);
  if (!parsed.ok) {
    throw new Error(
      `the bench's XLSX does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`,
    );
  }
  return performance.now() - started;
}
